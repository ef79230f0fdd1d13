#include "Statement.h"

#include "SqliteError.h"
#include "util/TimeText.h"

#include <QStringEncoder>

#include <sqlite3.h>

namespace koers {

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_texts(std::move(other.m_texts)) {
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_texts = std::move(other.m_texts);
    }
    return *this;
}

void Statement::bind(int index, const QString& value) {
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    bind(index, QStringView(value));
}

QByteArray& Statement::textBuffer(int index) {
    if (m_texts.size() <= static_cast<size_t>(index))
        m_texts.resize(static_cast<size_t>(index) + 1);
    return m_texts[static_cast<size_t>(index)];
}

void Statement::bindText(int index, QByteArrayView utf8) {
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void Statement::bind(int index, QStringView value) {
    QByteArray& buffer = textBuffer(index);
    // Most values are short ASCII (codes, dates, ids, names): copied byte for byte, without setting up
    // an encoder, which showed up in bulk-import profiles.
    if (value.size() <= 64) {
        buffer.resize(value.size());
        char* out = buffer.data();
        bool ascii = true;
        for (const QChar c : value) {
            ascii = ascii && c.unicode() < 0x80;
            *out++ = static_cast<char>(c.unicode());
        }
        if (ascii) {
            bindText(index, QByteArrayView(buffer.constData(), value.size()));
            return;
        }
    }
    QStringEncoder encoder(QStringEncoder::Utf8);
    buffer.resize(encoder.requiredSpace(value.size()));
    const char* end = encoder.appendToBuffer(buffer.data(), value);
    bindText(index, QByteArrayView(buffer.constData(), end - buffer.constData()));
}

void Statement::bindStaticText(int index, const char* utf8) {
    if (!utf8) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    bindText(index, QByteArrayView(utf8, qstrlen(utf8)));
}

void Statement::bind(int index, const QByteArray& value) {
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QDate& value) {
    if (!value.isValid()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    QByteArray& buffer = textBuffer(index);
    buffer.resize(10);
    if (!TimeText::writeIsoDate(value, buffer.data())) {
        bind(index, value.toString(Qt::ISODate));
        return;
    }
    bindText(index, buffer);
}

void Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, rc);
}

Status Statement::exec() {
    auto r = step();
    while (r.ok() && r.value())
        r = step();
    reset();
    if (!r.ok())
        return r.error();
    return {};
}

int Statement::changes() const {
    return m_db ? sqlite3_changes(m_db) : 0;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QByteArrayView Statement::utf8(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QDate Statement::date(int column) const {
    if (isNull(column))
        return {};
    return QDate::fromString(text(column), Qt::ISODate);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const {
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

} // namespace koers
