// A client (inburgeraar): personal data, the administrative dates the rules start from, and the current
// route and status. The route is the one of the latest PIP version (kept here so the caseload needs no join).
#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>

namespace koers {

struct Client {
    static constexpr const char* table = "client";
    RecordMeta meta;
    QString firstNames;
    QString lastName;
    QString bsn;
    QString vNumber;
    QDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString countryOfBirth;
    QString nationality;
    QString languages;
    QString phone;
    QString email;
    QString address;
    QString municipalityId;
    QString coachId;
    TargetGroup targetGroup = TargetGroup::Asylum;
    ClientStatus status = ClientStatus::Active;
    QDate statusDate; // when the status last changed (outflow in reports)
    Route route = Route::None;
    Participation participation = Participation::None;
    QDate residencePermitDate;
    QDate koppelingDate;
    QDate housingDate;
    QDate brpDate;
    QDate duoNoticeDate;
    QDate dutyEndDate; // end of the integration duty; retention counts from here
    QString householdId;
    bool familyReunificationPending = false;
    QString note;

    QString displayName() const {
        if (lastName.isEmpty() || firstNames.isEmpty())
            return lastName.isEmpty() ? firstNames : lastName;
        return firstNames + QLatin1Char(' ') + lastName;
    }

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("first_names", s.firstNames);
        v("last_name", s.lastName);
        v("bsn", s.bsn);
        v("v_number", s.vNumber);
        v("date_of_birth", s.dateOfBirth);
        v("sex", s.sex);
        v("country_of_birth", s.countryOfBirth);
        v("nationality", s.nationality);
        v("languages", s.languages);
        v("phone", s.phone);
        v("email", s.email);
        v("address", s.address);
        v("municipality_id", s.municipalityId);
        v("coach_id", s.coachId);
        v("target_group", s.targetGroup);
        v("status", s.status);
        v("status_date", s.statusDate);
        v("route", s.route);
        v("participation", s.participation);
        v("residence_permit_date", s.residencePermitDate);
        v("koppeling_date", s.koppelingDate);
        v("housing_date", s.housingDate);
        v("brp_date", s.brpDate);
        v("duo_notice_date", s.duoNoticeDate);
        v("duty_end_date", s.dutyEndDate);
        v("household_id", s.householdId);
        v("family_reunification_pending", s.familyReunificationPending);
        v("note", s.note);
    }
};

} // namespace koers
