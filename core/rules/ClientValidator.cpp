#include "ClientValidator.h"

#include "Bsn.h"
#include "FieldLimits.h"
#include "domain/Client.h"

#include <QCoreApplication>

namespace koers {

std::vector<ValidationIssue> ClientValidator::validate(const Client& c, QDate today) {
    std::vector<ValidationIssue> issues;
    auto add = [&issues](const char* field, QString message) {
        issues.push_back({QString::fromLatin1(field), std::move(message)});
    };
    if (auto bound = FieldLimits::check(c)) {
        issues.push_back(std::move(*bound));
        return issues; // a value this long is not read any further
    }
    if (c.firstNames.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        add("last_name", QCoreApplication::translate("Validation", "A name is required."));
    if (!c.bsn.isEmpty() && !isValidBsn(c.bsn))
        add("bsn", QCoreApplication::translate("Validation", "The BSN is not valid (it fails the elfproef)."));
    if (c.dateOfBirth.isValid()) {
        if (c.dateOfBirth > today)
            add("date_of_birth", QCoreApplication::translate("Validation", "The date of birth is in the future."));
        else if (c.dateOfBirth < today.addYears(-120))
            add("date_of_birth", QCoreApplication::translate("Validation", "The date of birth is too long ago."));
    }
    const struct {
        const char* field;
        QDate date;
        const char* label;
    } dates[] = {
        {"residence_permit_date", c.residencePermitDate, QT_TRANSLATE_NOOP("Validation", "residence permit")},
        {"koppeling_date", c.koppelingDate, QT_TRANSLATE_NOOP("Validation", "koppeling")},
        {"housing_date", c.housingDate, QT_TRANSLATE_NOOP("Validation", "housing")},
        {"brp_date", c.brpDate, QT_TRANSLATE_NOOP("Validation", "BRP registration")},
        {"duo_notice_date", c.duoNoticeDate, QT_TRANSLATE_NOOP("Validation", "DUO notice")},
    };
    for (const auto& d : dates) {
        if (!d.date.isValid())
            continue;
        // The label is translated only for a date that fails: an import validates every row.
        const auto label = [&d] {
            return QCoreApplication::translate("Validation", d.label);
        };
        if (d.date > today)
            add(d.field, QCoreApplication::translate("Validation", "The date of %1 is in the future.").arg(label()));
        else if (c.dateOfBirth.isValid() && d.date < c.dateOfBirth)
            add(d.field,
                QCoreApplication::translate("Validation", "The date of %1 is before the date of birth.").arg(label()));
    }
    if (c.housingDate.isValid() && c.koppelingDate.isValid() && c.housingDate < c.koppelingDate)
        add("housing_date", QCoreApplication::translate("Validation", "Housing cannot be before the koppeling."));
    return issues;
}

} // namespace koers
