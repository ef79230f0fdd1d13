#include "PgResult.h"

#include <libpq-fe.h>

namespace koers {

PgResult::~PgResult() {
    if (m_result)
        PQclear(m_result);
}

PgResult& PgResult::operator=(PgResult&& other) noexcept {
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const {
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const {
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArrayView PgResult::raw(int row, int column) const {
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const {
    return raw(row, column).toByteArray().toLongLong();
}

} // namespace koers
