// ColumnMapper: which client field each spreadsheet column fills, guessed from the header by Dutch and
// English names (design §7), with case, spaces and punctuation ignored. Also names the fields for people
// (translated) and for export files (fixed Dutch headers that map back to the same field).
#pragma once

#include "ClientField.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace koers {

// One entry per column of the file, in column order.
using ColumnMapping = std::vector<ClientField>;

class ColumnMapper {
public:
    // Every field except Ignore, in the order the wizard and the exporter show them.
    static const std::vector<ClientField>& fields();

    // "E-mail adres" and "emailAdres" both become "emailadres".
    static QString normaliseHeader(QStringView header);
    static std::optional<ClientField> fieldForHeader(QStringView header);
    // Each field goes to the first column that names it; later columns with the same field are ignored,
    // so no value silently overwrites another.
    static ColumnMapping map(const QStringList& headers);

    // A translated name for screens.
    static QString label(ClientField field);
    // A stable code for saved profiles.
    static QString code(ClientField field);
    static std::optional<ClientField> fromCode(QStringView code);
    // The Dutch header the exporter writes. File content, not screen text: it stays Dutch in every UI
    // language so a file made on one machine imports on any other.
    static QString exportHeader(ClientField field);

    // The mapping has a name (first or last name) column, without which no row can be valid.
    static bool hasNameColumn(const ColumnMapping& mapping);
};

} // namespace koers
