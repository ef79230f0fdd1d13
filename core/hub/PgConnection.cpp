#include "PgConnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace koers {

namespace {

// libpq's own text about a failed connection (host, port, TLS, authentication) names no record.
QString connectionText(pg_conn* conn) {
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

Error pgError(const PgResult& result, pg_conn* conn) {
    pg_result* r = result.handle();
    const QString state = r ? QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE)) : QString();
    if (!r || state.isEmpty() || state.startsWith(QLatin1String("08")) || PQstatus(conn) != CONNECTION_OK)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Hub", "The connection to the hub was lost: %1").arg(connectionText(conn)));
    const char* tableField = PQresultErrorField(r, PG_DIAG_TABLE_NAME);
    const char* constraintField = PQresultErrorField(r, PG_DIAG_CONSTRAINT_NAME);
    QString where;
    if (tableField)
        where = QString::fromUtf8(tableField);
    if (constraintField)
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromUtf8(constraintField);
    const QString suffix = where.isEmpty() ? QStringLiteral(" (SQLSTATE %1)").arg(state)
                                           : QStringLiteral(" (SQLSTATE %1, %2)").arg(state, where);
    if (state == QLatin1String("42501")) {
        // "permission denied for table x", "new row violates row-level security policy for table x": names only.
        const char* primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        const QString what = primary ? QStringLiteral(" (SQLSTATE 42501: %1)").arg(QString::fromUtf8(primary)) : suffix;
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "Hub", "The hub refused this login access: it has no grant for these "
                                                        "records, or its grant was revoked. Ask the team lead.") +
                                                 what);
    }
    if (state == QLatin1String("3F000") || state == QLatin1String("42P01") || state == QLatin1String("42883"))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "Hub", "This database is not a Koers hub, or of another version (run koers-cli hub setup).") +
                suffix);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return makeError(
            ErrorCode::Locked,
            QCoreApplication::translate("Hub", "The hub was busy with another device's changes to the same records. "
                                               "Nothing was changed; synchronise again.") +
                suffix);
    if (state.startsWith(QLatin1String("57")) || state.startsWith(QLatin1String("53")))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Hub", "The hub is not available at the moment (shut down or overloaded).") +
                suffix);
    return makeError(ErrorCode::Database, QCoreApplication::translate("Hub", "The hub reported an error.") + suffix);
}

PgConnection::~PgConnection() {
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString& conninfo, QByteArrayView password) {
    const QByteArray info = conninfo.toUtf8();
    const QByteArray pass = password.toByteArray();
    // The connection string is expanded in place of dbname; what follows it overrides it.
    std::vector<const char*> keys{"application_name", "dbname", "connect_timeout"};
    std::vector<const char*> values{"koers", info.constData(), "10"};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(pass.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn* conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!conn)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Hub", "Out of memory while connecting to the hub."));
    std::unique_ptr<PgConnection> c(new PgConnection(conn));
    if (PQstatus(conn) != CONNECTION_OK) {
        if (PQconnectionNeedsPassword(conn) && password.isEmpty())
            return makeError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate("Hub", "The hub asks for a password."));
        if (PQconnectionUsedPassword(conn) || PQconnectionNeedsPassword(conn))
            return makeError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate("Hub", "The hub did not accept the login or password: %1")
                                 .arg(connectionText(conn)));
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Hub", "Cannot connect to the hub: %1").arg(connectionText(conn)));
    }
    KOERS_TRY(c->run(QStringLiteral("SET DateStyle = ISO; SET TimeZone = 'UTC'; SET extra_float_digits = 1; "
                                    "SET client_min_messages = warning")));
    return c;
}

Result<PgResult> PgConnection::exec(const QString& sql, const QList<QByteArray>& params) {
    const QByteArray text = sql.toUtf8();
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const QByteArray& p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    PgResult result(params.isEmpty() ? PQexec(m_conn, text.constData())
                                     : PQexecParams(m_conn, text.constData(), static_cast<int>(values.size()), nullptr,
                                                    values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = result.handle() ? PQresultStatus(result.handle()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return pgError(result, m_conn);
    return result;
}

Status PgConnection::run(const QString& sql, const QList<QByteArray>& params) {
    auto r = exec(sql, params);
    if (!r.ok())
        return r.error();
    return {};
}

Status PgConnection::copyIn(const QString& copySql, QByteArrayView data) {
    PgResult start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start.handle() || PQresultStatus(start.handle()) != PGRES_COPY_IN)
        return pgError(start, m_conn);
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const qsizetype n = std::min(kChunk, data.size() - at);
        if (PQputCopyData(m_conn, data.data() + at, static_cast<int>(n)) != 1)
            return connectionError();
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return connectionError();
    Status status;
    while (pg_result* r = PQgetResult(m_conn)) {
        PgResult end(r);
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status.ok())
            status = pgError(end, m_conn);
    }
    return status;
}

Status PgConnection::copyOut(const QString& copySql, const std::function<Status(QByteArrayView)>& onRow) {
    PgResult start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start.handle() || PQresultStatus(start.handle()) != PGRES_COPY_OUT)
        return pgError(start, m_conn);
    Status status;
    for (;;) {
        char* buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n < 0)
            break;
        if (status.ok())
            status = onRow(QByteArrayView(buffer, n));
        PQfreemem(buffer);
        // After an error in onRow the rest is read and dropped: the connection stays usable.
    }
    while (pg_result* r = PQgetResult(m_conn)) {
        PgResult end(r);
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status.ok())
            status = pgError(end, m_conn);
    }
    if (status.ok() && PQstatus(m_conn) != CONNECTION_OK)
        return connectionError();
    return status;
}

QByteArray PgConnection::textArray(const QStringList& values) {
    QByteArray out("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        if (values[i].isEmpty()) {
            out += "NULL";
            continue;
        }
        out += '"';
        for (const char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

QString PgConnection::literal(const QString& value) const {
    const QByteArray bytes = value.toUtf8();
    char* escaped = PQescapeLiteral(m_conn, bytes.constData(), static_cast<size_t>(bytes.size()));
    const QString out = escaped ? QString::fromUtf8(escaped) : QString();
    PQfreemem(escaped);
    return out;
}

QString PgConnection::identifier(const QString& name) const {
    const QByteArray bytes = name.toUtf8();
    char* escaped = PQescapeIdentifier(m_conn, bytes.constData(), static_cast<size_t>(bytes.size()));
    const QString out = escaped ? QString::fromUtf8(escaped) : QString();
    PQfreemem(escaped);
    return out;
}

QString PgConnection::user() const {
    return QString::fromUtf8(PQuser(m_conn));
}

bool PgConnection::isBroken() const {
    return PQstatus(m_conn) != CONNECTION_OK;
}

Error PgConnection::connectionError() const {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("Hub", "The connection to the hub was lost: %1").arg(connectionText(m_conn)));
}

} // namespace koers
