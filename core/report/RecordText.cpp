#include "RecordText.h"

#include "rules/Bsn.h"
#include "storage/RecordCodec.h"
#include "sync/SyncTables.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <type_traits>

namespace koers::recordtext {

namespace {

QString translated(const char* source) {
    return QCoreApplication::translate("RecordText", source);
}

struct Label {
    const char* table; // nullptr: any table
    const char* column;
    const char* label;
};

// The dossier's own labels, without their mnemonics. A column shared by several tables (note, name, phone)
// has one entry for all, unless a table means something else by it.
constexpr Label kLabels[] = {
    {"municipality", "name", QT_TRANSLATE_NOOP("RecordText", "Name")},
    {"municipality", "cbs_code", QT_TRANSLATE_NOOP("RecordText", "CBS code")},
    {"municipality", "letterhead_address", QT_TRANSLATE_NOOP("RecordText", "Letterhead address")},
    {"municipality", "logo", QT_TRANSLATE_NOOP("RecordText", "Logo")},
    {"coach", "team", QT_TRANSLATE_NOOP("RecordText", "Team")},
    {"coach", "active", QT_TRANSLATE_NOOP("RecordText", "Active")},
    {"client", "first_names", QT_TRANSLATE_NOOP("RecordText", "First names")},
    {"client", "last_name", QT_TRANSLATE_NOOP("RecordText", "Last name")},
    {"client", "bsn", QT_TRANSLATE_NOOP("RecordText", "BSN")},
    {"client", "v_number", QT_TRANSLATE_NOOP("RecordText", "V-number")},
    {"client", "date_of_birth", QT_TRANSLATE_NOOP("RecordText", "Date of birth")},
    {"client", "sex", QT_TRANSLATE_NOOP("RecordText", "Sex")},
    {"client", "country_of_birth", QT_TRANSLATE_NOOP("RecordText", "Country of birth")},
    {"client", "nationality", QT_TRANSLATE_NOOP("RecordText", "Nationality")},
    {"client", "languages", QT_TRANSLATE_NOOP("RecordText", "Languages")},
    {"client", "address", QT_TRANSLATE_NOOP("RecordText", "Address")},
    {"client", "municipality_id", QT_TRANSLATE_NOOP("RecordText", "Municipality")},
    {"client", "coach_id", QT_TRANSLATE_NOOP("RecordText", "Coach")},
    {"client", "target_group", QT_TRANSLATE_NOOP("RecordText", "Target group")},
    {"client", "status", QT_TRANSLATE_NOOP("RecordText", "Status")},
    {"client", "status_date", QT_TRANSLATE_NOOP("RecordText", "Status since")},
    {"client", "route", QT_TRANSLATE_NOOP("RecordText", "Route")},
    {"client", "participation", QT_TRANSLATE_NOOP("RecordText", "Participation")},
    {"client", "residence_permit_date", QT_TRANSLATE_NOOP("RecordText", "Residence permit")},
    {"client", "koppeling_date", QT_TRANSLATE_NOOP("RecordText", "Koppeling")},
    {"client", "housing_date", QT_TRANSLATE_NOOP("RecordText", "Housing")},
    {"client", "brp_date", QT_TRANSLATE_NOOP("RecordText", "BRP registration")},
    {"client", "duo_notice_date", QT_TRANSLATE_NOOP("RecordText", "DUO notice")},
    {"client", "duty_end_date", QT_TRANSLATE_NOOP("RecordText", "Integration duty ended")},
    {"client", "household_id", QT_TRANSLATE_NOOP("RecordText", "Household")},
    {"client", "family_reunification_pending", QT_TRANSLATE_NOOP("RecordText", "Family reunification pending")},
    {"intake", "start_date", QT_TRANSLATE_NOOP("RecordText", "Started")},
    {"intake", "completed_date", QT_TRANSLATE_NOOP("RecordText", "Completed")},
    {"intake", "lbt_score", QT_TRANSLATE_NOOP("RecordText", "Learnability test score")},
    {"intake_section", "topic", QT_TRANSLATE_NOOP("RecordText", "Topic")},
    {"intake_section", "score", QT_TRANSLATE_NOOP("RecordText", "Score")},
    {"intake_section", "choice", QT_TRANSLATE_NOOP("RecordText", "Choice")},
    {"plan_version", "version", QT_TRANSLATE_NOOP("RecordText", "Version")},
    {"plan_version", "decision_date", QT_TRANSLATE_NOOP("RecordText", "Date of decision")},
    {"plan_version", "route", QT_TRANSLATE_NOOP("RecordText", "Route")},
    {"plan_version", "target_level", QT_TRANSLATE_NOOP("RecordText", "Target level")},
    {"plan_version", "language_provider", QT_TRANSLATE_NOOP("RecordText", "Language provider")},
    {"plan_version", "hours_per_week", QT_TRANSLATE_NOOP("RecordText", "Hours per week")},
    {"plan_version", "map", QT_TRANSLATE_NOOP("RecordText", "MAP")},
    {"plan_version", "pvt", QT_TRANSLATE_NOOP("RecordText", "PVT")},
    {"plan_version", "knm", QT_TRANSLATE_NOOP("RecordText", "KNM")},
    {"plan_version", "ontzorgen_start", QT_TRANSLATE_NOOP("RecordText", "Ontzorgen from")},
    {"plan_version", "ontzorgen_end", QT_TRANSLATE_NOOP("RecordText", "Ontzorgen until")},
    {"plan_version", "budget_coaching", QT_TRANSLATE_NOOP("RecordText", "Budget coaching")},
    {"plan_version", "childcare", QT_TRANSLATE_NOOP("RecordText", "Childcare")},
    {"plan_goal", "domain", QT_TRANSLATE_NOOP("RecordText", "Life domain")},
    {"plan_goal", "goal", QT_TRANSLATE_NOOP("RecordText", "Goal")},
    {"plan_goal", "action", QT_TRANSLATE_NOOP("RecordText", "Action")},
    {"plan_goal", "owner", QT_TRANSLATE_NOOP("RecordText", "Who")},
    {"plan_goal", "due_date", QT_TRANSLATE_NOOP("RecordText", "By")},
    {"plan_goal", "done", QT_TRANSLATE_NOOP("RecordText", "Done")},
    {"milestone", "kind", QT_TRANSLATE_NOOP("RecordText", "Milestone")},
    {"milestone", "due_date", QT_TRANSLATE_NOOP("RecordText", "Due")},
    {"milestone", "due_overridden", QT_TRANSLATE_NOOP("RecordText", "Due date set by hand")},
    {"milestone", "override_reason", QT_TRANSLATE_NOOP("RecordText", "Reason")},
    {"milestone", "done_date", QT_TRANSLATE_NOOP("RecordText", "Achieved on")},
    {"milestone", "status", QT_TRANSLATE_NOOP("RecordText", "State")},
    {"contact", "date", QT_TRANSLATE_NOOP("RecordText", "Date")},
    {"contact", "kind", QT_TRANSLATE_NOOP("RecordText", "Kind")},
    {"contact", "with_whom", QT_TRANSLATE_NOOP("RecordText", "With whom")},
    {"contact", "summary", QT_TRANSLATE_NOOP("RecordText", "Summary")},
    {"contact", "next_step", QT_TRANSLATE_NOOP("RecordText", "Next step")},
    {"contact", "next_step_date", QT_TRANSLATE_NOOP("RecordText", "Next step by")},
    {"involvement", "role", QT_TRANSLATE_NOOP("RecordText", "Role")},
    {"involvement", "organisation", QT_TRANSLATE_NOOP("RecordText", "Organisation")},
    {nullptr, "name", QT_TRANSLATE_NOOP("RecordText", "Name")},
    {nullptr, "email", QT_TRANSLATE_NOOP("RecordText", "E-mail")},
    {nullptr, "phone", QT_TRANSLATE_NOOP("RecordText", "Phone")},
    {nullptr, "note", QT_TRANSLATE_NOOP("RecordText", "Note")},
    {nullptr, "deleted", QT_TRANSLATE_NOOP("RecordText", "Deleted")},
    {nullptr, "client_id", QT_TRANSLATE_NOOP("RecordText", "Client")},
};

struct TableLabel {
    const char* table;
    const char* label;
};

constexpr TableLabel kTables[] = {
    {"municipality", QT_TRANSLATE_NOOP("RecordText", "Municipality")},
    {"coach", QT_TRANSLATE_NOOP("RecordText", "Coach")},
    {"client", QT_TRANSLATE_NOOP("RecordText", "Personal data")},
    {"intake", QT_TRANSLATE_NOOP("RecordText", "Intake")},
    {"intake_section", QT_TRANSLATE_NOOP("RecordText", "Intake topic")},
    {"plan_version", QT_TRANSLATE_NOOP("RecordText", "PIP version")},
    {"plan_goal", QT_TRANSLATE_NOOP("RecordText", "PIP goal")},
    {"milestone", QT_TRANSLATE_NOOP("RecordText", "Milestone")},
    {"contact", QT_TRANSLATE_NOOP("RecordText", "Conversation")},
    {"involvement", QT_TRANSLATE_NOOP("RecordText", "Involved party")},
    {"setting", QT_TRANSLATE_NOOP("RecordText", "Setting")},
    {"import_profile", QT_TRANSLATE_NOOP("RecordText", "Import profile")},
    {"sync_conflict", QT_TRANSLATE_NOOP("RecordText", "Sync conflict")},
    {"device_name", QT_TRANSLATE_NOOP("RecordText", "Names")},
};

constexpr TableLabel kTitles[] = {
    {"municipality", QT_TRANSLATE_NOOP("RecordText", "Municipalities")},
    {"coach", QT_TRANSLATE_NOOP("RecordText", "Coaches")},
    {"client", QT_TRANSLATE_NOOP("RecordText", "Clients")},
    {"intake", QT_TRANSLATE_NOOP("RecordText", "Intakes")},
    {"intake_section", QT_TRANSLATE_NOOP("RecordText", "Intake topics")},
    {"plan_version", QT_TRANSLATE_NOOP("RecordText", "Plan versions")},
    {"plan_goal", QT_TRANSLATE_NOOP("RecordText", "Plan goals")},
    {"milestone", QT_TRANSLATE_NOOP("RecordText", "Milestones")},
    {"contact", QT_TRANSLATE_NOOP("RecordText", "Conversations")},
    {"involvement", QT_TRANSLATE_NOOP("RecordText", "People involved")},
};

QString lookUp(QStringView table, const TableLabel* begin, const TableLabel* end) {
    for (const TableLabel* t = begin; t != end; ++t)
        if (table == QLatin1String(t->table))
            return translated(t->label);
    return table.toString();
}

// Links to a parent record say nothing to a reader: the client is named beside the row already.
bool isLink(QStringView column) {
    return column == u"client_id" || column == u"intake_id" || column == u"plan_id" || column == u"household_id";
}

QString dateText(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString valueText(const QString& v) {
    return v;
}
QString valueText(const QDate& v) {
    return dateText(v);
}
QString valueText(bool v) {
    return v ? QCoreApplication::translate("RecordText", "yes") : QCoreApplication::translate("RecordText", "no");
}
QString valueText(int v) {
    return QString::number(v);
}
QString valueText(double v) {
    return QLocale().toString(v, 'g', 15);
}
template <KoersEnum E>
QString valueText(E v) {
    return label(v);
}

} // namespace

QString tableLabel(QStringView table) {
    return lookUp(table, std::begin(kTables), std::end(kTables));
}

QString tableTitle(QStringView table) {
    return lookUp(table, std::begin(kTitles), std::end(kTitles));
}

QString fieldLabel(QStringView table, QStringView column) {
    for (const auto& l : kLabels)
        if (l.table && table == QLatin1String(l.table) && column == QLatin1String(l.column))
            return translated(l.label);
    for (const auto& l : kLabels)
        if (!l.table && column == QLatin1String(l.column))
            return translated(l.label);
    return column.toString();
}

std::vector<Field> readableFields(QStringView table, const QStringList& columns, const QStringList& values,
                                  const QHash<QString, QString>& names, bool fullBsn) {
    std::vector<Field> out;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (table != QLatin1String(T::table))
            return;
        T record;
        T::fields(record, [&](const char* name, auto& value) {
            const QString column = QString::fromLatin1(name);
            const qsizetype at = columns.indexOf(column);
            if (at < 0 || isLink(column))
                return;
            const QString stored = values.value(at);
            QString text;
            if (stored.isEmpty()) {
                text.clear();
            } else if (column == u"coach_id" || column == u"municipality_id") {
                text = names.value(stored, stored);
            } else if (column == u"bsn") {
                text = fullBsn ? stored : maskBsn(stored);
            } else if (column == u"logo") {
                // An image, not text to read: its size tells two versions apart.
                text = QCoreApplication::translate("RecordText", "image of %1 KB")
                           .arg(std::max<qsizetype>(1, QByteArray::fromBase64(stored.toLatin1()).size() / 1024));
            } else if (codec::fromText(stored, value)) {
                text = valueText(value);
            } else {
                text = stored; // not what this Koers stores: shown as it is rather than hidden
            }
            out.push_back({column, fieldLabel(table, column), text});
        });
        const qsizetype deleted = columns.indexOf(QStringLiteral("deleted"));
        if (deleted >= 0)
            out.push_back({QStringLiteral("deleted"), fieldLabel(table, u"deleted"),
                           valueText(values.value(deleted) == QLatin1String("1"))});
    });
    return out;
}

} // namespace koers::recordtext
