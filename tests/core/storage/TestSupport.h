// Helpers shared by the storage tests: temporary files and a fixed clock.
#pragma once

#include "util/Clock.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace koers::test {

inline QDateTime fixedNow() {
    return QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
}

inline QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace koers::test
