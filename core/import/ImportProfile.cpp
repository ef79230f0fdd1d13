#include "ImportProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace koers {

ImportProfile ImportProfile::fromMapping(QString name, const QStringList& header, const ColumnMapping& mapping) {
    ImportProfile p;
    p.name = std::move(name);
    for (qsizetype i = 0; i < header.size() && i < static_cast<qsizetype>(mapping.size()); ++i)
        p.columns.emplace_back(header[i], mapping[static_cast<size_t>(i)]);
    return p;
}

ColumnMapping ImportProfile::apply(const QStringList& header) const {
    ColumnMapping mapping = ColumnMapper::map(header);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = ColumnMapper::normaliseHeader(header[i]);
        for (const auto& [known, field] : columns) {
            if (ColumnMapper::normaliseHeader(known) != key)
                continue;
            // The profile's choice wins; an automatic guess elsewhere for the same field gives way.
            if (field != ClientField::Ignore)
                std::replace(mapping.begin(), mapping.end(), field, ClientField::Ignore);
            mapping[static_cast<size_t>(i)] = field;
            break;
        }
    }
    return mapping;
}

QString ImportProfile::toJson() const {
    QJsonArray cols;
    for (const auto& [header, field] : columns)
        cols.append(
            QJsonObject{{QStringLiteral("header"), header}, {QStringLiteral("field"), ColumnMapper::code(field)}});
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("columns"), cols}})
            .toJson(QJsonDocument::Compact));
}

std::optional<ImportProfile> ImportProfile::fromJson(const QString& name, const QString& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    ImportProfile p;
    p.name = name;
    const QJsonArray cols = doc.object().value(QStringLiteral("columns")).toArray();
    for (const auto& c : cols) {
        const QJsonObject o = c.toObject();
        // A field code from a newer Koers is skipped rather than failing the whole profile.
        const auto field = ColumnMapper::fromCode(o.value(QStringLiteral("field")).toString());
        if (field)
            p.columns.emplace_back(o.value(QStringLiteral("header")).toString(), *field);
    }
    return p;
}

} // namespace koers
