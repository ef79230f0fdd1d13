// The tables a sync package carries and their CSV form, derived from each entity's fields() visitor so a
// new field travels without code here. A table's CSV header is its columns (meta first, as in the
// database) followed by known_versions, the record's SyncKnowledge.
#pragma once

#include "domain/Client.h"
#include "domain/Coach.h"
#include "domain/Contact.h"
#include "domain/Intake.h"
#include "domain/IntakeSection.h"
#include "domain/Involvement.h"
#include "domain/Milestone.h"
#include "domain/Municipality.h"
#include "domain/PlanGoal.h"
#include "domain/PlanVersion.h"
#include "storage/RecordCodec.h"

#include <QStringList>

#include <type_traits>

namespace koers::sync {

inline const QString& knowledgeColumn() {
    static const QString name = QStringLiteral("known_versions");
    return name;
}

// Calls f(std::type_identity<T>{}) for every synchronised table, parents before children.
template <class F>
void forEachTable(F&& f) {
    f(std::type_identity<Municipality>{});
    f(std::type_identity<Coach>{});
    f(std::type_identity<Client>{});
    f(std::type_identity<Intake>{});
    f(std::type_identity<IntakeSection>{});
    f(std::type_identity<PlanVersion>{});
    f(std::type_identity<PlanGoal>{});
    f(std::type_identity<Milestone>{});
    f(std::type_identity<Contact>{});
    f(std::type_identity<Involvement>{});
}

// The same, children before parents.
template <class F>
void forEachTableChildrenFirst(F&& f) {
    f(std::type_identity<Involvement>{});
    f(std::type_identity<Contact>{});
    f(std::type_identity<Milestone>{});
    f(std::type_identity<PlanGoal>{});
    f(std::type_identity<PlanVersion>{});
    f(std::type_identity<IntakeSection>{});
    f(std::type_identity<Intake>{});
    f(std::type_identity<Client>{});
    f(std::type_identity<Coach>{});
    f(std::type_identity<Municipality>{});
}

inline QStringList tableNames() {
    QStringList out;
    forEachTable([&out]<class T>(std::type_identity<T>) { out << QString::fromLatin1(T::table); });
    return out;
}

inline QString fileName(QStringView table) {
    return table.toString() + QStringLiteral(".csv");
}

template <class T>
const QStringList& csvHeader() {
    static const QStringList header = codec::allColumns<T>() + QStringList{knowledgeColumn()};
    return header;
}

// The record in allColumns<T>() order, as text.
template <class T>
QStringList rowTexts(const T& r) {
    QStringList out;
    out.reserve(codec::allColumns<T>().size() + 1);
    out << r.meta.id << TimeText::isoUtcMs(r.meta.createdAt) << r.meta.updatedAt.toString() << r.meta.updatedAt.device
        << codec::toText(r.meta.deleted);
    out << codec::fieldTexts(r);
    return out;
}

// Reads a record from texts in allColumns<T>() order (extra trailing texts are ignored). False when any
// value is not valid for its column.
template <class T>
bool parseRow(const QStringList& texts, T& r) {
    if (texts.size() < codec::allColumns<T>().size() || texts[0].isEmpty())
        return false;
    r.meta.id = texts[0];
    r.meta.createdAt = QDateTime::fromString(texts[1], Qt::ISODateWithMs);
    const auto stamp = Hlc::parse(texts[2]);
    if (!r.meta.createdAt.isValid() || !stamp || stamp->device != texts[3] ||
        !codec::fromText(texts[4], r.meta.deleted))
        return false;
    r.meta.updatedAt = *stamp;
    int column = codec::kMetaColumnCount;
    bool ok = true;
    T::fields(r, [&](const char*, auto& value) { ok = codec::fromText(texts[column++], value) && ok; });
    return ok;
}

// SQL shared by export, import and conflicts: every column of T, with the record's stored knowledge last.
template <class T>
QString selectWithKnowledge() {
    QStringList cols;
    for (const QString& c : codec::allColumns<T>())
        cols << QStringLiteral("t.") + c;
    return QStringLiteral("SELECT %1, k.knowledge FROM %2 t LEFT JOIN sync_state k ON k.table_name = '%2' AND "
                          "k.record_id = t.id")
        .arg(cols.join(QLatin1String(", ")), QLatin1String(T::table));
}

} // namespace koers::sync
