// RuleSettings: the Wi2021 periods and the municipality's policy periods the due dates are computed from
// (design §2). All are editable in settings, so they live in one plain struct that storage can persist.
#pragma once

#include <QMap>
#include <QString>

namespace koers {

struct RuleSettings {
    // Set by law or by the national guidance the law refers to.
    int intakeWeeks = 10;       // brede intake, counted from the start of the municipality's involvement
    int pipWeeks = 10;          // PIP decision after DUO's notice (else BRP registration, else koppeling)
    int termYears = 3;          // inburgeringstermijn from the day after the first PIP
    int routeSwitchMonths = 18; // route switch allowed until this long after the first PIP
    int ontzorgenMonths = 6;    // minimum period of paying fixed costs from the benefit
    int housingWeeks = 12;      // COA task setting: 10 weeks to find a home plus 2 to move in
    int progressTalkMonths = 3; // not fixed by law, but every team needs a rhythm
    int retentionYears = 5;     // keep the dossier this long after the duty ends
    int dueSoonDays = 14;       // how far ahead "due soon" looks

    // Municipal policy, not law: planning targets a municipality sets for its own follow-up.
    int languageCourseStartWeeks = 6; // after the PIP
    int mapMonths = 12;
    int pvtMonths = 12;
    int examMonths = 30;
    int bridgingYearMonths = 12;
    int zHoursMonths = 30;

    // Stable snake_case keys, so stored settings survive renames in the code.
    QMap<QString, int> toMap() const;
    // Unknown keys are ignored (settings written by a newer Koers); missing keys keep their defaults.
    static RuleSettings fromMap(const QMap<QString, int>& map);

    // The one list of keys: toMap/fromMap and any settings screen walk it.
    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("intake_weeks", s.intakeWeeks);
        v("pip_weeks", s.pipWeeks);
        v("term_years", s.termYears);
        v("route_switch_months", s.routeSwitchMonths);
        v("ontzorgen_months", s.ontzorgenMonths);
        v("housing_weeks", s.housingWeeks);
        v("progress_talk_months", s.progressTalkMonths);
        v("retention_years", s.retentionYears);
        v("due_soon_days", s.dueSoonDays);
        v("language_course_start_weeks", s.languageCourseStartWeeks);
        v("map_months", s.mapMonths);
        v("pvt_months", s.pvtMonths);
        v("exam_months", s.examMonths);
        v("bridging_year_months", s.bridgingYearMonths);
        v("z_hours_months", s.zHoursMonths);
    }

    friend bool operator==(const RuleSettings&, const RuleSettings&) = default;
};

} // namespace koers
