// The domain's closed vocabularies (design §2, §3). Each value has a stable code, used in the database,
// in CSV and sync files, and a translated label for people. Codes never change once released.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace koers {

enum class Route { None, B1, Education, Z }; // leerroute; None until the PIP fixes one
enum class ClientStatus { Active, Voluntary, Exempted, Dispensed, Moved, Completed, Stopped };
enum class TargetGroup { Asylum, Family, Other };
enum class Sex { Unknown, Female, Male, Other };
enum class Participation { None, Work, Education, Volunteering };
enum class LanguageLevel { None, A0, A1, A2, B1, B2 };
enum class IntakeTopic {
    LanguageLevel,
    LearnabilityTest,
    Education,
    WorkExperience,
    Health,
    SocialNetwork,
    Finances,
    DigitalSkills,
    Motivation,
    Family
};
enum class LifeDomain { Language, WorkIncome, Health, SocialNetwork, Finances, Housing };
enum class MilestoneKind {
    IntakeDone,
    PipFixed,
    LanguageCourseStarted,
    ExamReading,
    ExamListening,
    ExamWriting,
    ExamSpeaking,
    ExamKnm,
    MapDone,
    PvtSigned,
    BridgingYearDone,
    ZCourseHoursDone,
    ZParticipationHoursDone,
    OntzorgenEnded,
    RouteSwitchDeadline,
    TermEnd
};
// Stored status; "late" and "due soon" are not stored but computed against the Clock (see rules/).
enum class MilestoneStatus { Planned, InProgress, Achieved, Waived };
enum class ContactKind { ProgressTalk, HomeVisit, Phone, WithPartner, Intake, Other };
enum class InvolvementRole { SocialSupport, LanguageSchool, Employment, KeyPerson, Volunteer, Other };

template <class E>
struct EnumEntry {
    E value;
    const char* code;
    const char* label; // source text, translated in context "Enums"
};

// Specialised for every enum above in Enums.cpp.
template <class E>
std::span<const EnumEntry<E>> enumEntries();

template <>
std::span<const EnumEntry<Route>> enumEntries<Route>();
template <>
std::span<const EnumEntry<ClientStatus>> enumEntries<ClientStatus>();
template <>
std::span<const EnumEntry<TargetGroup>> enumEntries<TargetGroup>();
template <>
std::span<const EnumEntry<Sex>> enumEntries<Sex>();
template <>
std::span<const EnumEntry<Participation>> enumEntries<Participation>();
template <>
std::span<const EnumEntry<LanguageLevel>> enumEntries<LanguageLevel>();
template <>
std::span<const EnumEntry<IntakeTopic>> enumEntries<IntakeTopic>();
template <>
std::span<const EnumEntry<LifeDomain>> enumEntries<LifeDomain>();
template <>
std::span<const EnumEntry<MilestoneKind>> enumEntries<MilestoneKind>();
template <>
std::span<const EnumEntry<MilestoneStatus>> enumEntries<MilestoneStatus>();
template <>
std::span<const EnumEntry<ContactKind>> enumEntries<ContactKind>();
template <>
std::span<const EnumEntry<InvolvementRole>> enumEntries<InvolvementRole>();

// The stored code as a string literal (ASCII), nullptr for a value without one.
template <class E>
const char* codeOf(E value) {
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return e.code;
    return nullptr;
}

template <class E>
QString toCode(E value) {
    return QString::fromLatin1(codeOf(value));
}

template <class E>
std::optional<E> fromCode(QStringView code) {
    for (const auto& e : enumEntries<E>())
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

// fromCode for a stored code's raw bytes, compared against a table made once (lengths known): a scan of a
// million rows needs no QString and no strlen per value.
template <class E>
std::optional<E> fromCodeBytes(QByteArrayView code) {
    static const std::vector<std::pair<QByteArrayView, E>> table = [] {
        std::vector<std::pair<QByteArrayView, E>> t;
        for (const auto& e : enumEntries<E>())
            t.emplace_back(QByteArrayView(e.code), e.value);
        return t;
    }();
    for (const auto& [text, value] : table)
        if (code.size() == text.size() && code == text)
            return value;
    return std::nullopt;
}

QString translateEnumLabel(const char* source);

template <class E>
QString label(E value) {
    for (const auto& e : enumEntries<E>())
        if (e.value == value)
            return translateEnumLabel(e.label);
    return {};
}

template <class E>
std::vector<E> allValues() {
    std::vector<E> out;
    for (const auto& e : enumEntries<E>())
        out.push_back(e.value);
    return out;
}

template <class E>
concept KoersEnum = std::is_enum_v<E> && requires {
    enumEntries<E>();
};

} // namespace koers
