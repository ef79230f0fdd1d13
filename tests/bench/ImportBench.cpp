// Design §9: importing a 100,000-row client spreadsheet takes at most 2x what the `sqlcipher` shell
// needs to `.import` the same file into an encrypted table with the same cipher settings. Both sides are
// timed end to end in the same run, alternately, several times: open the encrypted file (one key
// derivation), import, close. The shell gets the WAL journal a Koers file always has; Koers's import
// switches to a rollback journal for its one large transaction (see RollbackJournalScope), which the
// shell could do too but for 15 MB hardly gains from. Koers does more per row
// (parse and validate every field, detect duplicates, resolve names, stamp and audit) and writes a wider
// row with four indexes; the clients' milestones are derived from the rules, not written (MilestonePlanner).
//
// KOERS_BENCH_ROWS (default 100000) and KOERS_BENCH_RUNS (default 5) change the size.
#include <catch2/catch.hpp>

#include "BenchSupport.h"
#include "csv/CsvDialectDetector.h"
#include "csv/CsvWriter.h"
#include "domain/Coach.h"
#include "import/ClientImporter.h"
#include "rules/Bsn.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>

using namespace koers;

namespace {

const char* kPassphrase = "bench passphrase";

// A realistic Dutch Excel export: semicolons, UTF-8 with BOM, CRLF, dd-mm-jjjj, a mix of routes, some
// quoted notes with separators and line breaks.
void writeClients(const QString& path, int rows) {
    static const char16_t* firstNames[] = {u"Şeyma", u"Ömer",  u"Amina", u"Yonas", u"Lina",
                                           u"Farid", u"Selam", u"Chidi", u"Hiwet", u"Nour"};
    static const char16_t* lastNames[] = {u"Yılmaz", u"Çelik", u"Haddad", u"Tesfay", u"Mansour",
                                          u"Rahimi", u"Haile", u"Okafor", u"Ghebre", u"Al-Hassan"};
    static const char* routes[] = {"B1", "B1-route", "Z route", "onderwijs", "zelfredzaamheidsroute", ""};
    static const char* municipalities[] = {"Baarn", "Soest", "Bunschoten", "Tiel", "Buren"};
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    CsvWriter writer = CsvWriter::forExcel(file);
    REQUIRE(writer
                .writeRow({QStringLiteral("Voornaam"), QStringLiteral("Achternaam"), QStringLiteral("BSN"),
                           QStringLiteral("Geboortedatum"), QStringLiteral("Geslacht"), QStringLiteral("Geboorteland"),
                           QStringLiteral("Nationaliteit"), QStringLiteral("Gemeente"),
                           QStringLiteral("Datum koppeling"), QStringLiteral("Leerroute"), QStringLiteral("Coach"),
                           QStringLiteral("Telefoon"), QStringLiteral("E-mail"), QStringLiteral("Opmerking")})
                .ok());
    qint64 bsn = 990000000;
    for (int i = 0; i < rows; ++i) {
        while (!isValidBsn(QString::number(++bsn))) {
        }
        const QDate born = QDate(1960, 1, 1).addDays(i % 16000);
        const QDate koppeling = QDate(2024, 1, 1).addDays(i % 900);
        REQUIRE(
            writer
                .writeRow(
                    {QString::fromUtf16(firstNames[i % 10]) + QString::number(i),
                     QString::fromUtf16(lastNames[(i / 10) % 10]), QString::number(bsn),
                     born.toString(QStringLiteral("dd-MM-yyyy")), i % 2 ? QStringLiteral("V") : QStringLiteral("M"),
                     QStringLiteral(u"Syrië"), QStringLiteral("Syrisch"), QLatin1String(municipalities[i % 5]),
                     koppeling.toString(QStringLiteral("dd-MM-yyyy")), QLatin1String(routes[i % 6]),
                     i % 3 ? QStringLiteral("Anna de Boer") : QString(), QStringLiteral("06-%1").arg(10000000 + i),
                     QStringLiteral("client%1@example.org").arg(i),
                     i % 4 ? QString() : QStringLiteral("Wil werken; \"taalmaatje\" gevraagd\r\nvolgt na %1").arg(i)})
                .ok());
    }
    REQUIRE(writer.finish().ok());
}

// The shell, from a script on standard input, into a new encrypted file; returns seconds.
double runShell(const QString& shell, const QString& db, const QString& csv, bool import) {
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    QByteArray script = "PRAGMA key = '" + QByteArray(kPassphrase) +
                        "';\nPRAGMA cipher_page_size = 4096;\nPRAGMA kdf_iter = 256000;\n"
                        "PRAGMA journal_mode = WAL;\n";
    if (import)
        script += ".mode csv\n.separator ;\n.import " + QFile::encodeName(csv) +
                  " client_import\n"
                  "SELECT count(*) FROM client_import;\n";
    else
        script += "SELECT count(*) FROM sqlite_master;\n";
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(shell, {db});
    REQUIRE(p.waitForStarted());
    p.write(script);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(600000));
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QByteArray errors = p.readAllStandardError();
    INFO(errors.toStdString());
    REQUIRE(p.exitCode() == 0);
    REQUIRE(errors.isEmpty());
    return seconds;
}

// Koers as koers-cli does it: open the file, detect the dialect, import, close; returns seconds.
double runKoers(const QString& templateDb, const QString& db, const QString& csv, int rows, double* openSeconds,
                qint64* rowsWritten) {
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(templateDb, db));
    SystemClock clock;
    double countSeconds = 0; // the row count below is not part of the import
    QElapsedTimer timer;
    timer.start();
    {
        auto store = Store::open(db, kPassphrase, clock, QStringLiteral("bench"));
        REQUIRE(store.ok());
        *openSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        auto service = ClientService::forStore(*store.value());
        REQUIRE(service.ok());
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        ImportOptions options;
        options.dialect = CsvDialectDetector::detect(file);
        file.close();
        ClientImporter importer(*store.value(), service.value());
        auto report = importer.commit(csv, options);
        REQUIRE(report.ok());
        REQUIRE(report->imported == rows);
        QElapsedTimer counting;
        counting.start();
        *rowsWritten = store.value()
                           ->db()
                           .queryInt(u"SELECT (SELECT count(*) FROM client) + "
                                     u"(SELECT count(*) FROM milestone)")
                           .value();
        countSeconds = static_cast<double>(counting.nsecsElapsed()) / 1e9;
    } // closing checkpoints the WAL into the file, as the shell does when it exits
    return static_cast<double>(timer.nsecsElapsed()) / 1e9 - countSeconds;
}

} // namespace

TEST_CASE("Import of a client spreadsheet against the sqlcipher shell's .import", "[import][bench]") {
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty())
        FAIL("the sqlcipher shell is not installed (apt install sqlcipher)");
    const int rows = bench::envInt("KOERS_BENCH_ROWS", 100000);
    const int runs = bench::envInt("KOERS_BENCH_RUNS", 5);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    writeClients(csv, rows);

    // An empty Koers file with the coach the rows name, made once; each run imports into a fresh copy.
    const QString templateDb = dir.filePath(QStringLiteral("template.koers"));
    {
        SystemClock clock;
        auto store = Store::create(templateDb, kPassphrase, clock, QStringLiteral("bench"));
        REQUIRE(store.ok());
        Coach anna;
        anna.name = QStringLiteral("Anna de Boer");
        REQUIRE(Repository<Coach>(*store.value()).insert(anna).ok());
    }

    std::vector<double> koers;
    std::vector<double> koersOpen;
    std::vector<double> shellImport;
    std::vector<double> shellOpen;
    std::vector<double> ratios;
    qint64 koersRows = 0;
    for (int run = 0; run < runs; ++run) {
        double open = 0;
        const double k =
            runKoers(templateDb, dir.filePath(QStringLiteral("koers.koers")), csv, rows, &open, &koersRows);
        const double s = runShell(shell, dir.filePath(QStringLiteral("shell.db")), csv, true);
        const double s0 = runShell(shell, dir.filePath(QStringLiteral("shell0.db")), csv, false);
        koers.push_back(k);
        koersOpen.push_back(open);
        shellImport.push_back(s);
        shellOpen.push_back(s0);
        ratios.push_back(k / s);
        std::cout << "run " << run + 1 << ": koers " << k << " s, sqlcipher .import " << s << " s, ratio " << k / s
                  << std::endl;
    }
    const double mk = bench::median(koers);
    const double ms = bench::median(shellImport);
    const double mkOpen = bench::median(koersOpen);
    const double msOpen = bench::median(shellOpen);
    std::cout << rows << " rows, " << runs << " runs (medians)\n"
              << "  koers import (open + import + close): " << mk << " s (open " << mkOpen << " s)\n"
              << "  sqlcipher .import (start + key + import): " << ms << " s (start + key alone " << msOpen << " s)\n"
              << "  median ratio koers / sqlcipher: " << bench::median(ratios) << " (ratio of medians " << mk / ms
              << ")\n"
              << "  without opening the file: " << (mk - mkOpen) / (ms - msOpen) << "\n"
              << "  rows written: koers " << koersRows << " (clients and milestone rows), sqlcipher " << rows
              << std::endl;
    CHECK(bench::median(ratios) > 0);
}
