// A prepared SQLite statement: binds parameters by position, steps, reads columns. Values go through
// bindings only, never through SQL text.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace koers {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Q_DISABLE_COPY(Statement)

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    void bind(int index, const QString& value); // null QString binds NULL
    void bind(int index, QStringView value);
    void bind(int index, const QByteArray& value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<qint64>(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, const QDate& value); // ISO yyyy-MM-dd, NULL when invalid
    // Text that outlives the statement (a string literal such as an enum code), bound without a copy;
    // nullptr binds NULL.
    void bindStaticText(int index, const char* utf8);
    void bindNull(int index);

    // Advances; true while a row is available. Errors are reported through error().
    Result<bool> step();
    // Runs to completion (for statements that return no rows).
    Status exec();
    // Steps through every row, calling `onRow(*this)` for each; stops at the first error, the statement's or,
    // when `onRow` returns a Status, the handler's.
    template <class F>
    Status each(F&& onRow) {
        for (;;) {
            auto more = step();
            if (!more.ok())
                return more.error();
            if (!more.value())
                return {};
            if constexpr (std::is_same_v<std::invoke_result_t<F&, Statement&>, Status>) {
                KOERS_TRY(onRow(*this));
            } else {
                onRow(*this);
            }
        }
    }
    void reset();
    // Rows the last INSERT, UPDATE or DELETE on this statement's connection changed.
    int changes() const;

    QString text(int column) const;
    // The column's UTF-8 bytes without a copy, valid until the next step: for scans of a million rows,
    // where a QString per value would cost more than the query.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QDate date(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

private:
    // Points `index` at UTF-8 bytes the statement keeps (see m_texts).
    void bindText(int index, QByteArrayView utf8);
    QByteArray& textBuffer(int index);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    // The UTF-8 form of each text parameter, per parameter index, kept until that parameter is bound again
    // so SQLite can use it in place (SQLITE_STATIC) instead of copying it: a bulk import binds tens of
    // millions of values, and a malloc and free per value showed up in profiles. The buffers keep their
    // capacity, so after the first row binding allocates nothing.
    std::vector<QByteArray> m_texts;
};

} // namespace koers
