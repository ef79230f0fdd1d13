// koers-cli report and dossier: the PDF's text (pdftotext) holds every figure of the CSV and no name or
// BSN of the data set; the dossier export and the PIP decision letter are complete and audited; wrong input
// gives exit code 2.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "core/storage/TestSupport.h"
#include "domain/Client.h"
#include "domain/Municipality.h"
#include "domain/PlanVersion.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

using namespace koers;
using namespace koers::test;

namespace {

using Run = CliRun;

Run run(const QString& program, const QStringList& args, const QByteArray& input = {}) {
    return runProgram(program, args, input);
}

Run cli(const QString& db, QStringList args) {
    return run(QStringLiteral(KOERS_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args, "test pass 1\n");
}

QString pdfText(const QString& pdf) {
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return text.out;
}

// The images in a PDF, as pdfimages (poppler-utils) lists them.
int pdfImageCount(const QString& pdf) {
    const Run list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(list.exitCode == 0);
    return static_cast<int>(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2; // two header lines
}

struct People {
    QStringList lastNames;
    QStringList fullNames;
    QStringList bsns;
    QString someId;
    QString someBsn;
    QString someLastName;
};

People peopleOf(const QString& db) {
    FixedClock clock(fixedNow());
    auto store = Store::open(db, "test pass 1", clock, QStringLiteral("test"));
    REQUIRE(store.ok());
    auto clients = Repository<Client>(*store.value()).list();
    REQUIRE(clients.ok());
    People p;
    for (const Client& c : clients.value()) {
        p.lastNames << c.lastName;
        p.fullNames << c.displayName();
        if (!c.bsn.isEmpty())
            p.bsns << c.bsn;
        if (p.someId.isEmpty() && !c.bsn.isEmpty() && c.lastName.size() >= 4) {
            p.someId = c.meta.id;
            p.someBsn = c.bsn;
            p.someLastName = c.lastName;
        }
    }
    return p;
}

// The detail of the newest audit entry with this action.
QString lastAuditDetail(const QString& db, const char* action) {
    FixedClock clock(fixedNow());
    auto store = Store::open(db, "test pass 1", clock, QStringLiteral("test"));
    REQUIRE(store.ok());
    auto st = store.value()->db().prepare(u"SELECT detail FROM audit_log WHERE action = ?1 ORDER BY seq DESC LIMIT 1");
    REQUIRE(st.ok());
    st->bind(1, QString::fromLatin1(action));
    auto row = st->step();
    REQUIRE(row.ok());
    REQUIRE(row.value());
    return st->text(0);
}

} // namespace

TEST_CASE("koers-cli report: PDF and CSV with the same figures, anonymous", "[cli][report]") {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        FAIL("pdftotext is missing: install poppler-utils (scripts/deps.sh does)");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    REQUIRE(cli(db, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("300"),
                     QStringLiteral("--seed"), QStringLiteral("11")})
                .exitCode == 0);
    const People people = peopleOf(db);
    REQUIRE(people.fullNames.size() == 300);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    const Run made = cli(db, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                              QStringLiteral("--to"), QStringLiteral("31-12-2026"), QStringLiteral("--pdf"), pdf,
                              QStringLiteral("--csv"), csv});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    const QString text = pdfText(pdf);
    QSet<QString> tokens;
    for (const QString& t : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        tokens.insert(t);

    QString rows = QString::fromUtf8(fileBytes(csv));
    rows.remove(QChar(0xfeff));
    const QStringList lines = rows.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.first() == QStringLiteral("figure;figure_label;category;category_label;series;series_label;value"));
    REQUIRE(lines.size() > 60);
    int small = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QString value = lines[i].section(QLatin1Char(';'), -1);
        INFO(lines[i].toStdString());
        // The CSV writes decimals for Dutch Excel (a comma); the PDF as the language of the report has them.
        const QString printed = QString(value).replace(QLatin1Char(','), QLatin1Char('.'));
        REQUIRE((tokens.contains(value.isEmpty() ? QStringLiteral("-") : value) || tokens.contains(printed)));
        small += value == QStringLiteral("<5") ? 1 : 0;
    }
    REQUIRE(small > 0); // the demo data has small cells: they are hidden in both

    for (const QString& name : people.fullNames)
        REQUIRE_FALSE(text.contains(name));
    for (const QString& last : people.lastNames)
        if (last.size() >= 4)
            REQUIRE_FALSE(tokens.contains(last));
    for (const QString& bsn : people.bsns)
        REQUIRE_FALSE(text.contains(bsn));
    REQUIRE(text.contains(QStringLiteral("Clients per route")));

    SECTION("one municipality by name, dates as dd-mm-yyyy") {
        FixedClock clock(fixedNow());
        QString place;
        {
            auto store = Store::open(db, "test pass 1", clock, QStringLiteral("test"));
            REQUIRE(store.ok());
            auto name = store.value()->db().queryText(u"SELECT name FROM municipality ORDER BY name LIMIT 1");
            REQUIRE(name.ok());
            place = name.value();
        }
        const Run one = cli(db, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("01-07-2026"),
                                 QStringLiteral("--to"), QStringLiteral("30-09-2026"), QStringLiteral("--municipality"),
                                 place.toUpper(), QStringLiteral("--pdf"), dir.filePath(QStringLiteral("q3.pdf"))});
        REQUIRE(one.exitCode == 0);
        REQUIRE(pdfText(dir.filePath(QStringLiteral("q3.pdf"))).contains(place));
    }
    SECTION("wrong input is a usage error (exit 2) and writes nothing") {
        const QString out = dir.filePath(QStringLiteral("bad.pdf"));
        REQUIRE(cli(db, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--pdf"), out})
                    .exitCode == 2);
        REQUIRE(cli(db, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-31"),
                         QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--pdf"), out})
                    .exitCode == 2);
        REQUIRE(cli(db, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-12-31")})
                    .exitCode == 2);
        const Run unknown =
            cli(db, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                     QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--municipality"),
                     QStringLiteral("Atlantis"), QStringLiteral("--pdf"), out});
        REQUIRE(unknown.exitCode == 2);
        REQUIRE(unknown.err.contains(QStringLiteral("Atlantis")));
        REQUIRE_FALSE(QFile::exists(out));
    }
}

TEST_CASE("koers-cli dossier: the whole dossier as PDF and CSV, audited", "[cli][report]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    REQUIRE(cli(db, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("20"),
                     QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode == 0);
    const People people = peopleOf(db);
    REQUIRE_FALSE(people.someId.isEmpty());

    const QString pdf = dir.filePath(QStringLiteral("dossier.pdf"));
    const QString csv = dir.filePath(QStringLiteral("dossier.csv"));
    const Run made =
        cli(db, {QStringLiteral("dossier"), people.someId, QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString text = pdfText(pdf);
    REQUIRE(text.contains(people.someLastName));
    REQUIRE(text.contains(people.someBsn)); // an access request gets the full BSN
    REQUIRE(text.contains(QStringLiteral("Milestones")));
    REQUIRE(text.contains(QStringLiteral("Audit log")));
    REQUIRE(fileBytes(csv).startsWith("\xEF\xBB\xBF"
                                      "section;record;field;value\r\n"));
    const QString rows = QString::fromUtf8(fileBytes(csv));
    REQUIRE(rows.contains(QStringLiteral("client;%1;bsn;%2").arg(people.someId, people.someBsn)));
    REQUIRE(rows.contains(QStringLiteral("milestone;")));

    REQUIRE(lastAuditDetail(db, "export-dossier") == QStringLiteral("pdf,csv"));

    REQUIRE(cli(db, {QStringLiteral("dossier"), people.someId}).exitCode == 2);
    REQUIRE(cli(db, {QStringLiteral("dossier"), QStringLiteral("--pdf"), pdf}).exitCode == 2);
    REQUIRE(cli(db, {QStringLiteral("dossier"), QStringLiteral("no-such-id"), QStringLiteral("--pdf"),
                     dir.filePath(QStringLiteral("none.pdf"))})
                .exitCode == 1);
}

TEST_CASE("koers-cli pip-letter: the decision letter as PDF for one client, audited, nothing personal printed",
          "[cli][report][letter]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    REQUIRE(cli(db, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("20"),
                     QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode == 0);
    QString clientId;
    QString lastName;
    QString municipality;
    {
        FixedClock clock(fixedNow());
        auto store = Store::open(db, "test pass 1", clock, QStringLiteral("test"));
        REQUIRE(store.ok());
        auto plans = Repository<PlanVersion>(*store.value()).list();
        REQUIRE(plans.ok());
        REQUIRE_FALSE(plans->empty());
        clientId = plans->front().clientId;
        const Client client = Repository<Client>(*store.value()).get(clientId).value();
        lastName = client.lastName;
        municipality = Repository<Municipality>(*store.value()).get(client.municipalityId)->name;
    }
    const QString pdf = dir.filePath(QStringLiteral("beschikking.pdf"));
    const Run made = cli(db, {QStringLiteral("pip-letter"), clientId, QStringLiteral("--pdf"), pdf,
                              QStringLiteral("--letterhead-address"), QStringLiteral("Postbus 1")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK_FALSE(made.out.contains(lastName));
    // Readable by its owner only: no group or other bits.
    CHECK_FALSE(QFile(pdf).permissions() &
                (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
    const QString text = pdfText(pdf);
    CHECK(text.contains(lastName));
    CHECK(text.contains(QStringLiteral("Postbus 1")));
    CHECK(text.contains(QStringLiteral("6:7")));
    CHECK(lastAuditDetail(db, "export-pip-letter").startsWith(QStringLiteral("version=")));

    // The municipality's letterhead as set in the directory: its address and logo, without options.
    const QString logo = dir.filePath(QStringLiteral("logo.png"));
    {
        QFile f(logo);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
    }
    const Run set =
        cli(db, {QStringLiteral("municipality"), QStringLiteral("letterhead"), municipality,
                 QStringLiteral("--address"), QStringLiteral("Raadhuisplein 7"), QStringLiteral("--address"),
                 QStringLiteral("1234 AB Voorbeeld"), QStringLiteral("--logo"), logo});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("2 address line")));
    CHECK(cli(db, {QStringLiteral("municipality"), QStringLiteral("list")})
              .out.contains(QStringLiteral("address, logo")));
    const QString fromDirectory = dir.filePath(QStringLiteral("briefhoofd.pdf"));
    REQUIRE(cli(db, {QStringLiteral("pip-letter"), clientId, QStringLiteral("--pdf"), fromDirectory}).exitCode == 0);
    const QString headed = pdfText(fromDirectory);
    CHECK(headed.contains(QStringLiteral("Raadhuisplein 7")));
    CHECK(headed.contains(QStringLiteral("1234 AB Voorbeeld")));
    CHECK(pdfImageCount(fromDirectory) > 0); // the logo (with its alpha mask, a second image)
    CHECK(pdfImageCount(pdf) == 0);
    // Not an image: refused, nothing changed.
    CHECK(cli(db, {QStringLiteral("municipality"), QStringLiteral("letterhead"), municipality, QStringLiteral("--logo"),
                   fromDirectory})
              .exitCode == 1);
    CHECK(cli(db, {QStringLiteral("municipality"), QStringLiteral("letterhead"), QStringLiteral("Nergens"),
                   QStringLiteral("--no-logo")})
              .exitCode == 1);
    CHECK(cli(db, {QStringLiteral("municipality"), QStringLiteral("letterhead"), municipality, QStringLiteral("--logo"),
                   logo, QStringLiteral("--no-logo")})
              .exitCode == 2);
    CHECK(cli(db, {QStringLiteral("pip-letter"), clientId}).exitCode == 2);
    CHECK(cli(db, {QStringLiteral("pip-letter"), clientId, QStringLiteral("--version"), QStringLiteral("x"),
                   QStringLiteral("--pdf"), pdf})
              .exitCode == 2);
    CHECK(cli(db, {QStringLiteral("pip-letter"), clientId, QStringLiteral("--version"), QStringLiteral("99"),
                   QStringLiteral("--pdf"), dir.filePath(QStringLiteral("none.pdf"))})
              .exitCode == 1);
}
