#include "Enums.h"

#include <QCoreApplication>

namespace koers {

QString translateEnumLabel(const char* source) {
    return QCoreApplication::translate("Enums", source);
}

#define KOERS_ENUM_TABLE(E, ...)                                                                                       \
    template <>                                                                                                        \
    std::span<const EnumEntry<E>> enumEntries<E>() {                                                                   \
        static const EnumEntry<E> entries[] = {__VA_ARGS__};                                                           \
        return entries;                                                                                                \
    }

KOERS_ENUM_TABLE(Route, {Route::None, "none", QT_TRANSLATE_NOOP("Enums", "Not yet chosen")},
                 {Route::B1, "b1", QT_TRANSLATE_NOOP("Enums", "B1 route")},
                 {Route::Education, "education", QT_TRANSLATE_NOOP("Enums", "Education route")},
                 {Route::Z, "z", QT_TRANSLATE_NOOP("Enums", "Z route (self-reliance)")})

KOERS_ENUM_TABLE(ClientStatus, {ClientStatus::Active, "active", QT_TRANSLATE_NOOP("Enums", "Obliged to integrate")},
                 {ClientStatus::Voluntary, "voluntary", QT_TRANSLATE_NOOP("Enums", "Voluntary")},
                 {ClientStatus::Exempted, "exempted", QT_TRANSLATE_NOOP("Enums", "Exemption (diploma)")},
                 {ClientStatus::Dispensed, "dispensed", QT_TRANSLATE_NOOP("Enums", "Dispensation")},
                 {ClientStatus::Moved, "moved", QT_TRANSLATE_NOOP("Enums", "Moved away")},
                 {ClientStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Completed")},
                 {ClientStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("Enums", "Stopped")})

KOERS_ENUM_TABLE(TargetGroup, {TargetGroup::Asylum, "asylum", QT_TRANSLATE_NOOP("Enums", "Asylum status holder")},
                 {TargetGroup::Family, "family", QT_TRANSLATE_NOOP("Enums", "Family migrant")},
                 {TargetGroup::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other migrant")})

KOERS_ENUM_TABLE(Sex, {Sex::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "Unknown")},
                 {Sex::Female, "female", QT_TRANSLATE_NOOP("Enums", "Female")},
                 {Sex::Male, "male", QT_TRANSLATE_NOOP("Enums", "Male")},
                 {Sex::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")})

KOERS_ENUM_TABLE(Participation, {Participation::None, "none", QT_TRANSLATE_NOOP("Enums", "None yet")},
                 {Participation::Work, "work", QT_TRANSLATE_NOOP("Enums", "Paid work")},
                 {Participation::Education, "education", QT_TRANSLATE_NOOP("Enums", "Education")},
                 {Participation::Volunteering, "volunteering", QT_TRANSLATE_NOOP("Enums", "Volunteering")})

KOERS_ENUM_TABLE(LanguageLevel, {LanguageLevel::None, "none", QT_TRANSLATE_NOOP("Enums", "Not set")},
                 {LanguageLevel::A0, "a0", "A0"}, {LanguageLevel::A1, "a1", "A1"}, {LanguageLevel::A2, "a2", "A2"},
                 {LanguageLevel::B1, "b1", "B1"}, {LanguageLevel::B2, "b2", "B2"})

KOERS_ENUM_TABLE(IntakeTopic,
                 {IntakeTopic::LanguageLevel, "language_level", QT_TRANSLATE_NOOP("Enums", "Language level")},
                 {IntakeTopic::LearnabilityTest, "learnability_test",
                  QT_TRANSLATE_NOOP("Enums", "Learnability test (LBT)")},
                 {IntakeTopic::Education, "education", QT_TRANSLATE_NOOP("Enums", "Education")},
                 {IntakeTopic::WorkExperience, "work_experience", QT_TRANSLATE_NOOP("Enums", "Work experience")},
                 {IntakeTopic::Health, "health", QT_TRANSLATE_NOOP("Enums", "Health")},
                 {IntakeTopic::SocialNetwork, "social_network", QT_TRANSLATE_NOOP("Enums", "Social network")},
                 {IntakeTopic::Finances, "finances", QT_TRANSLATE_NOOP("Enums", "Finances")},
                 {IntakeTopic::DigitalSkills, "digital_skills", QT_TRANSLATE_NOOP("Enums", "Digital skills")},
                 {IntakeTopic::Motivation, "motivation", QT_TRANSLATE_NOOP("Enums", "Motivation")},
                 {IntakeTopic::Family, "family", QT_TRANSLATE_NOOP("Enums", "Family")})

KOERS_ENUM_TABLE(LifeDomain, {LifeDomain::Language, "language", QT_TRANSLATE_NOOP("Enums", "Language")},
                 {LifeDomain::WorkIncome, "work_income", QT_TRANSLATE_NOOP("Enums", "Work and income")},
                 {LifeDomain::Health, "health", QT_TRANSLATE_NOOP("Enums", "Health")},
                 {LifeDomain::SocialNetwork, "social_network", QT_TRANSLATE_NOOP("Enums", "Social network")},
                 {LifeDomain::Finances, "finances", QT_TRANSLATE_NOOP("Enums", "Finances")},
                 {LifeDomain::Housing, "housing", QT_TRANSLATE_NOOP("Enums", "Housing")})

KOERS_ENUM_TABLE(
    MilestoneKind, {MilestoneKind::IntakeDone, "intake_done", QT_TRANSLATE_NOOP("Enums", "Broad intake done")},
    {MilestoneKind::PipFixed, "pip_fixed", QT_TRANSLATE_NOOP("Enums", "PIP decided")},
    {MilestoneKind::LanguageCourseStarted, "language_course_started",
     QT_TRANSLATE_NOOP("Enums", "Language course started")},
    {MilestoneKind::ExamReading, "exam_reading", QT_TRANSLATE_NOOP("Enums", "Exam reading")},
    {MilestoneKind::ExamListening, "exam_listening", QT_TRANSLATE_NOOP("Enums", "Exam listening")},
    {MilestoneKind::ExamWriting, "exam_writing", QT_TRANSLATE_NOOP("Enums", "Exam writing")},
    {MilestoneKind::ExamSpeaking, "exam_speaking", QT_TRANSLATE_NOOP("Enums", "Exam speaking")},
    {MilestoneKind::ExamKnm, "exam_knm", QT_TRANSLATE_NOOP("Enums", "Exam KNM")},
    {MilestoneKind::MapDone, "map_done", QT_TRANSLATE_NOOP("Enums", "MAP completed")},
    {MilestoneKind::PvtSigned, "pvt_signed", QT_TRANSLATE_NOOP("Enums", "PVT signed")},
    {MilestoneKind::BridgingYearDone, "bridging_year_done", QT_TRANSLATE_NOOP("Enums", "Bridging year completed")},
    {MilestoneKind::ZCourseHoursDone, "z_course_hours_done", QT_TRANSLATE_NOOP("Enums", "Z route: 800 course hours")},
    {MilestoneKind::ZParticipationHoursDone, "z_participation_hours_done",
     QT_TRANSLATE_NOOP("Enums", "Z route: 800 participation hours")},
    {MilestoneKind::OntzorgenEnded, "ontzorgen_ended",
     QT_TRANSLATE_NOOP("Enums", "Relief of payments (ontzorgen) ended")},
    {MilestoneKind::RouteSwitchDeadline, "route_switch_deadline",
     QT_TRANSLATE_NOOP("Enums", "Last day to switch route")},
    {MilestoneKind::TermEnd, "term_end", QT_TRANSLATE_NOOP("Enums", "End of integration term")})

KOERS_ENUM_TABLE(MilestoneStatus, {MilestoneStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enums", "Planned")},
                 {MilestoneStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enums", "In progress")},
                 {MilestoneStatus::Achieved, "achieved", QT_TRANSLATE_NOOP("Enums", "Achieved")},
                 {MilestoneStatus::Waived, "waived", QT_TRANSLATE_NOOP("Enums", "Waived")})

KOERS_ENUM_TABLE(ContactKind, {ContactKind::ProgressTalk, "progress_talk", QT_TRANSLATE_NOOP("Enums", "Progress talk")},
                 {ContactKind::HomeVisit, "home_visit", QT_TRANSLATE_NOOP("Enums", "Home visit")},
                 {ContactKind::Phone, "phone", QT_TRANSLATE_NOOP("Enums", "Phone call")},
                 {ContactKind::WithPartner, "with_partner", QT_TRANSLATE_NOOP("Enums", "Meeting with partner")},
                 {ContactKind::Intake, "intake", QT_TRANSLATE_NOOP("Enums", "Intake conversation")},
                 {ContactKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")})

KOERS_ENUM_TABLE(InvolvementRole,
                 {InvolvementRole::SocialSupport, "social_support",
                  QT_TRANSLATE_NOOP("Enums", "Social support (e.g. VluchtelingenWerk)")},
                 {InvolvementRole::LanguageSchool, "language_school", QT_TRANSLATE_NOOP("Enums", "Language school")},
                 {InvolvementRole::Employment, "employment", QT_TRANSLATE_NOOP("Enums", "Employment service (WSP)")},
                 {InvolvementRole::KeyPerson, "key_person", QT_TRANSLATE_NOOP("Enums", "Key person (sleutelpersoon)")},
                 {InvolvementRole::Volunteer, "volunteer", QT_TRANSLATE_NOOP("Enums", "Volunteer / language buddy")},
                 {InvolvementRole::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")})

#undef KOERS_ENUM_TABLE

} // namespace koers
