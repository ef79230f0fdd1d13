// The result of one libpq command: rows of text values (the text protocol), freed with the object.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <utility>

struct pg_result;

namespace koers {

class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* result)
        : m_result(result) {}
    ~PgResult();
    PgResult(PgResult&& other) noexcept
        : m_result(std::exchange(other.m_result, nullptr)) {}
    PgResult& operator=(PgResult&& other) noexcept;
    Q_DISABLE_COPY(PgResult)

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    // The value's bytes (UTF-8), valid as long as the result; empty for NULL.
    QByteArrayView raw(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(raw(row, column)); }
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const { return raw(row, column) == "t"; }
    pg_result* handle() const { return m_result; }

private:
    pg_result* m_result = nullptr;
};

} // namespace koers
