// One version of the personal plan (PIP), a formal decision with its date (dagtekening). The first
// version starts the integration term; later versions change route or components.
#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>

namespace koers {

struct PlanVersion {
    static constexpr const char* table = "plan_version";
    RecordMeta meta;
    QString clientId;
    int version = 1;
    QDate decisionDate;
    Route route = Route::None;
    LanguageLevel targetLevel = LanguageLevel::None;
    QString languageProvider;
    double hoursPerWeek = 0;
    bool map = false;
    bool pvt = false;
    bool knm = false;
    QDate ontzorgenStart;
    QDate ontzorgenEnd;
    double budgetCoaching = 0; // euros
    bool childcare = false;
    QString note;

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("client_id", s.clientId);
        v("version", s.version);
        v("decision_date", s.decisionDate);
        v("route", s.route);
        v("target_level", s.targetLevel);
        v("language_provider", s.languageProvider);
        v("hours_per_week", s.hoursPerWeek);
        v("map", s.map);
        v("pvt", s.pvt);
        v("knm", s.knm);
        v("ontzorgen_start", s.ontzorgenStart);
        v("ontzorgen_end", s.ontzorgenEnd);
        v("budget_coaching", s.budgetCoaching);
        v("childcare", s.childcare);
        v("note", s.note);
    }
};

} // namespace koers
