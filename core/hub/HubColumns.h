// The hub's record tables mirror the file's: the same tables and column names, derived from each entity's
// fields() visitor (see RecordCodec), with PostgreSQL types taken from the C++ types. Two hub columns
// follow: known_versions (the record's SyncKnowledge, as in a package) and hub_xid (the transaction that
// last wrote the row, the pull cursor; design §9b). Rows travel in the text forms of a sync package, so
// sync::rowTexts and sync::parseRow read and write them.
#pragma once

#include "domain/Enums.h"
#include "storage/RecordCodec.h"

#include <QDate>
#include <QStringList>

namespace koers::hub {

inline QString sqlType(const QString&) {
    return QStringLiteral("text");
}
inline QString sqlType(const QDate&) {
    return QStringLiteral("date");
}
inline QString sqlType(const bool&) {
    return QStringLiteral("boolean NOT NULL DEFAULT false");
}
inline QString sqlType(const int&) {
    return QStringLiteral("integer NOT NULL DEFAULT 0");
}
inline QString sqlType(const double&) {
    return QStringLiteral("double precision NOT NULL DEFAULT 0");
}
template <KoersEnum E>
QString sqlType(const E&) {
    return QStringLiteral("text NOT NULL");
}

// How a column is selected so that its text is the one the file and packages use.
inline QString selectExpr(const QString& column, const QString&) {
    return column;
}
inline QString selectExpr(const QString& column, const QDate&) {
    return column; // DateStyle ISO: yyyy-mm-dd
}
inline QString selectExpr(const QString& column, const bool&) {
    return column + QStringLiteral("::int");
}
inline QString selectExpr(const QString& column, const int&) {
    return column;
}
inline QString selectExpr(const QString& column, const double&) {
    return column;
}
template <KoersEnum E>
QString selectExpr(const QString& column, const E&) {
    return column;
}

inline const QString& knowledgeColumn() {
    static const QString name = QStringLiteral("known_versions");
    return name;
}

// "name type" for every column of T's hub table.
template <class T>
QStringList columnDefinitions() {
    QStringList out{QStringLiteral("id text PRIMARY KEY"), QStringLiteral("created_at timestamptz NOT NULL"),
                    QStringLiteral("updated_at text NOT NULL"), QStringLiteral("updated_by text NOT NULL"),
                    QStringLiteral("deleted boolean NOT NULL DEFAULT false")};
    T probe;
    T::fields(probe, [&out](const char* name, const auto& value) {
        out << QString::fromLatin1(name) + QLatin1Char(' ') + sqlType(value);
    });
    out << knowledgeColumn() + QStringLiteral(" text NOT NULL DEFAULT ''")
        << QStringLiteral("hub_xid bigint NOT NULL DEFAULT 0");
    return out;
}

// The field columns with their types (for adding a field that a newer Koers knows).
template <class T>
QList<std::pair<QString, QString>> fieldTypes() {
    QList<std::pair<QString, QString>> out;
    T probe;
    T::fields(probe, [&out](const char* name, const auto& value) {
        out.push_back({QString::fromLatin1(name), sqlType(value)});
    });
    return out;
}

// Every column of codec::allColumns<T>() as text, then known_versions; `alias` prefixes the columns.
template <class T>
QString selectList(const QString& alias = QString()) {
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList out{
        p + QStringLiteral("id"),
        QStringLiteral("to_char(%1created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(p),
        p + QStringLiteral("updated_at"), p + QStringLiteral("updated_by"), p + QStringLiteral("deleted::int")};
    T probe;
    T::fields(probe,
              [&](const char* name, const auto& value) { out << selectExpr(p + QString::fromLatin1(name), value); });
    out << p + knowledgeColumn();
    return out.join(QLatin1String(", "));
}

// The columns a row is written with (allColumns<T>() and known_versions).
template <class T>
QString writeColumns() {
    return (codec::allColumns<T>() + QStringList{knowledgeColumn()}).join(QLatin1String(", "));
}

template <class T>
constexpr bool hasClientColumn() {
    return requires(T t) {
        t.clientId;
    };
}

// The column naming the client a record of T belongs to (the client's own id); null for coaches and
// municipalities, which belong to no client.
template <class T>
const char* clientColumn() {
    if constexpr (hasClientColumn<T>())
        return "client_id";
    else
        return qstrcmp(T::table, "client") == 0 ? "id" : nullptr;
}

template <class T>
QString clientIdOf(const T& record) {
    if constexpr (hasClientColumn<T>())
        return record.clientId;
    else
        return qstrcmp(T::table, "client") == 0 ? record.meta.id : QString();
}

} // namespace koers::hub
