// Records as people read them, for screens that show stored rows (the conflicts view, the audit log): a
// table's name, a column's label as the dossier shows it, and a stored value as the dossier would show it
// (dates dd-mm-jjjj, codes by their label, yes/no, a BSN masked). One table of labels, so no screen spells
// a column in its own way.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace koers::recordtext {

// "Persoonsgegevens", "Gesprek": what one record of the table is; the stored name when the table is unknown.
QString tableLabel(QStringView table);
// "Klanten", "Gesprekken": the table as a whole, for counts per table.
QString tableTitle(QStringView table);
// "Geboortedatum" for (client, date_of_birth); the stored name when the column is unknown.
QString fieldLabel(QStringView table, QStringView column);

struct Field {
    QString column;
    QString label;
    QString text;
};

// The fields of one stored row (values by column, as the sync and conflict tables hold them), in the
// table's own order, without the bookkeeping columns and the links to parent records. A client's coach and
// municipality are shown by name from `names` (id to name; the id itself when it is not there). `fullBsn`
// shows the whole BSN (the window's "Show full BSN"), otherwise only its last three digits.
std::vector<Field> readableFields(QStringView table, const QStringList& columns, const QStringList& values,
                                  const QHash<QString, QString>& names, bool fullBsn);

} // namespace koers::recordtext
