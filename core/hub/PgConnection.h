// One connection to the hub, through libpq. The connection string is libpq's own (key=value or a
// postgresql:// URI); a password comes from libpq's means (PGPASSWORD, ~/.pgpass) or is handed in as the
// `password` connection parameter, never put into the string. Every session speaks ISO dates in UTC.
// Errors carry a translated message with the SQLSTATE and the object's name, never a value from a row.
#pragma once

#include "PgResult.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct pg_conn;

namespace koers {

class PgConnection {
public:
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    // ErrorCode::WrongPassphrase when the server wants a password that was not given or not accepted.
    static Result<std::unique_ptr<PgConnection>> connect(const QString& conninfo, QByteArrayView password = {});

    // Parameters are sent as text; a null QByteArray is SQL NULL.
    Result<PgResult> exec(const QString& sql, const QList<QByteArray>& params = {});
    Status run(const QString& sql, const QList<QByteArray>& params = {});
    // COPY ... FROM STDIN with `data` in COPY's text format.
    Status copyIn(const QString& copySql, QByteArrayView data);
    // COPY ... TO STDOUT: onRow gets each row in COPY's text format (with its newline) and may stop the
    // copy with an error.
    Status copyOut(const QString& copySql, const std::function<Status(QByteArrayView)>& onRow);

    // A text[] parameter in PostgreSQL's array syntax; an empty text is a NULL element.
    static QByteArray textArray(const QStringList& values);
    // SQL text forms, escaped by libpq for this connection's encoding.
    QString literal(const QString& value) const;
    QString identifier(const QString& name) const;
    QString user() const;
    bool isBroken() const;

private:
    explicit PgConnection(pg_conn* conn)
        : m_conn(conn) {}
    Error connectionError() const;

    pg_conn* m_conn = nullptr;
};

// The error of a failed command, as it is told to the user (see the class comment).
Error pgError(const PgResult& result, pg_conn* conn);

} // namespace koers
