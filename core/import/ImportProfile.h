// ImportProfile: a named column mapping a team reuses for the spreadsheets one source keeps sending.
// Columns are remembered by header name, not position, so a file with the columns in another order still
// maps; columns the profile does not know fall back to the automatic mapping.
#pragma once

#include "ColumnMapper.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace koers {

struct ImportProfile {
    QString name;
    std::vector<std::pair<QString, ClientField>> columns; // header as in the file, field

    static ImportProfile fromMapping(QString name, const QStringList& header, const ColumnMapping& mapping);
    ColumnMapping apply(const QStringList& header) const;

    QString toJson() const;
    static std::optional<ImportProfile> fromJson(const QString& name, const QString& json);
};

} // namespace koers
