// One line of the append-only audit log: who did what to which record, when. Holds field names and
// counts, never the personal values themselves.
#pragma once

#include <QDateTime>
#include <QString>

namespace koers {

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString device;
    QString actor;
    QString action; // create, update, delete, export, import, passwd, migrate, ...
    QString table;
    QString recordId;
    QString clientId;
    QString detail;
};

} // namespace koers
