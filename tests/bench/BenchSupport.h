// Small helpers for benchmarks that time steps by hand and report medians, peak memory and the sqlcipher
// shell as a reference.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <vector>

namespace koers::bench {

inline double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

template <class F>
double timeMs(F&& f) {
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

inline int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// A line of /proc/self/status in MB (VmRSS:, VmHWM:), -1 when unknown.
inline double statusMb(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return static_cast<double>(line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong()) / 1024.0;
    return -1;
}

// Resets the peak resident size to the current one (Linux 4.0 and later), so the next peak is the next step's.
inline void resetPeakRss() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

inline double peakRssMb() {
    return statusMb("VmHWM:");
}

inline QString sqlcipherShell() {
    return QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
}

// Runs the sqlcipher shell on `db` with `script` on standard input (after PRAGMA key and Koers's cipher
// settings); returns the seconds from start to exit, -1 on failure.
inline double runSqlcipher(const QString& db, const QByteArray& passphrase, const QByteArray& script) {
    const QByteArray full = "PRAGMA key = '" + passphrase +
                            "';\nPRAGMA cipher_page_size = 4096;\nPRAGMA kdf_iter = 256000;\n" + script + "\n.quit\n";
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(sqlcipherShell(), {QStringLiteral("-bail"), db});
    if (!p.waitForStarted())
        return -1;
    p.write(full);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlcipher failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    return s;
}

} // namespace koers::bench
