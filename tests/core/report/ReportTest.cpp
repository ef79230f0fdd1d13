// The B&W report on a fixed, small, invented caseload (fixed clock and ids): the CSV of its figures must
// equal the committed golden file exactly, and no personal value may end up in it.
#include "core/CatchQtPrinters.h"

#include "core/storage/TestSupport.h"
#include "domain/Intake.h"
#include "domain/Municipality.h"
#include "report/Report.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QTranslator>

using namespace koers;
using namespace koers::test;

namespace {

// 48 invented clients in two municipalities, their dates spread over 2025 and 2026 by simple rules, so
// every figure has small and large cells. "Today" is 2 November 2026.
struct ReportCaseload {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()};
    std::unique_ptr<Store> store;
    QString baarn, soest;
    QStringList names;
    QStringList bsns;
    QStringList births;

    ReportCaseload() {
        auto s = Store::create(dir.filePath(QStringLiteral("r.koers")), "pass", clock, QStringLiteral("lead"));
        REQUIRE(s.ok());
        store = std::move(s.value());
        int next = 0;
        store->setIdGenerator(
            [&next] { return QStringLiteral("00000000-0000-7000-8000-%1").arg(++next, 12, 10, QLatin1Char('0')); });
        baarn = place(QStringLiteral("Baarn"));
        soest = place(QStringLiteral("Soest"));
        ClientService service(*store);
        for (int i = 0; i < 48; ++i)
            addClient(service, i);
    }

    QString place(const QString& name) {
        Municipality m;
        m.name = name;
        auto stored = Repository<Municipality>(*store).insert(m);
        REQUIRE(stored.ok());
        return stored->meta.id;
    }

    static QString bsnFor(int i) {
        // Nine digits passing the elfproef: eight chosen, the last one solved for.
        QString digits = QStringLiteral("%1").arg(10000000 + i * 7919, 8, 10, QLatin1Char('0'));
        int sum = 0;
        for (int k = 0; k < 8; ++k)
            sum += (9 - k) * digits[k].digitValue();
        for (int last = 0; last <= 9; ++last)
            if ((sum - last) % 11 == 0)
                return digits + QString::number(last);
        return {};
    }

    void addClient(ClientService& service, int i) {
        const QString bsn = bsnFor(i);
        if (bsn.isEmpty())
            return; // no valid ninth digit for this prefix: skip the number
        Client c;
        c.firstNames = QStringLiteral("Testvoornaam%1").arg(QChar(u'A' + i % 26));
        c.lastName = QStringLiteral("Achternaamtest%1").arg(i);
        c.bsn = bsn;
        c.dateOfBirth = QDate(1980 + i % 20, 1 + i % 12, 1 + i % 28);
        c.municipalityId = i % 4 == 3 ? soest : baarn;
        c.targetGroup = i % 5 == 0 ? TargetGroup::Family : (i % 7 == 0 ? TargetGroup::Other : TargetGroup::Asylum);
        c.participation =
            i % 6 == 0 ? Participation::Work : (i % 9 == 0 ? Participation::Education : Participation::None);
        const QDate start = QDate(2025, 10, 6).addDays(i * 7);
        c.koppelingDate = start;
        auto stored = service.addClient(c);
        REQUIRE(stored.ok());
        names << c.firstNames << c.lastName;
        bsns << bsn;
        births << c.dateOfBirth.toString(Qt::ISODate) << c.dateOfBirth.toString(QStringLiteral("dd-MM-yyyy"));
        const QString id = stored->meta.id;

        if (i % 8 != 7) {
            Intake in;
            in.clientId = id;
            in.startDate = start.addDays(14);
            in.completedDate = start.addDays(50 + (i % 3) * 14); // 50, 64 or 78 days
            REQUIRE(Repository<Intake>(*store).insert(in).ok());
            achieve(id, MilestoneKind::IntakeDone, in.completedDate);
            PlanVersion p;
            p.clientId = id;
            p.decisionDate = start.addDays(56 + (i % 4) * 7); // 56 .. 77 days
            p.route = i % 3 == 0 ? Route::Z : (i % 5 == 0 ? Route::Education : Route::B1);
            REQUIRE(service.addPlanVersion(p).ok());
            achieve(id, MilestoneKind::PipFixed, p.decisionDate);
            if (i % 2 == 0)
                achieve(id, MilestoneKind::LanguageCourseStarted, p.decisionDate.addDays(30));
            if (i % 4 == 1) {
                achieve(id, MilestoneKind::ExamReading, QDate(2026, 6, 1));
                achieve(id, MilestoneKind::ExamListening, QDate(2026, 6, 2));
            }
            if (i % 6 == 1)
                achieve(id, MilestoneKind::ExamWriting, QDate(2026, 7, 1));
            if (i % 5 == 2)
                achieve(id, MilestoneKind::MapDone, QDate(2026, 8, 1));
            if (i % 3 == 1)
                achieve(id, MilestoneKind::PvtSigned, QDate(2026, 5, 1));
        }
        if (i % 10 == 3)
            close(service, id, ClientStatus::Moved, start.addDays(120));
        else if (i % 13 == 4)
            close(service, id, ClientStatus::Completed, QDate(2026, 9, 1));
        else if (i == 11)
            close(service, id, ClientStatus::Dispensed, QDate(2026, 4, 1));
    }

    // Achieves the milestone of this kind when the client's route has one.
    void achieve(const QString& clientId, MilestoneKind kind, QDate done) {
        auto all = ClientService(*store).milestones(clientId);
        REQUIRE(all.ok());
        for (const Milestone& m : all.value())
            if (m.kind == kind && m.status != MilestoneStatus::Waived) {
                REQUIRE(ClientService(*store).setMilestoneStatus(m, MilestoneStatus::Achieved, done).ok());
                return;
            }
    }

    void close(ClientService& service, const QString& clientId, ClientStatus status, QDate on) {
        auto c = Repository<Client>(*store).get(clientId);
        REQUIRE(c.ok());
        c->status = status;
        c->statusDate = on;
        REQUIRE(service.updateClient(c.value()).ok());
    }
};

QByteArray csvOf(const Report& report) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(report.writeCsv(buffer).ok());
    return buffer.data();
}

} // namespace

TEST_CASE("The report's CSV on a fixed caseload equals the golden file", "[report][golden]") {
    // In Dutch, as the college gets it: the labels beside the stable keys are the translated ones.
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/koers_nl")));
    QCoreApplication::installTranslator(&dutch);
    struct Uninstall {
        QTranslator& t;
        ~Uninstall() { QCoreApplication::removeTranslator(&t); }
    } uninstall{dutch};
    ReportCaseload data;
    ReportSpec spec = ReportSpec::year(2026);
    auto report = Report::make(*data.store, spec);
    REQUIRE(report.ok());
    REQUIRE(report->municipalityNames == QStringList{QStringLiteral("Baarn"), QStringLiteral("Soest")});
    REQUIRE(report->referenceDate == QDate(2026, 11, 2));
    const QByteArray csv = csvOf(report.value());

    const QString golden = QStringLiteral(KOERS_TEST_DATA_DIR "/report/report_2026.csv");
    if (qEnvironmentVariableIsSet("KOERS_UPDATE_GOLDEN")) {
        QFile out(golden);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(csv);
    }
    REQUIRE(QString::fromUtf8(csv) == QString::fromUtf8(fileBytes(golden)));

    SECTION("the same when every derived milestone is stored as it is") {
        // Files from before derived milestones hold all of them as rows: the figures must not differ.
        auto clients = Repository<Client>(*data.store).list();
        REQUIRE(clients.ok());
        qint64 storedNow = 0;
        for (const Client& c : clients.value()) {
            auto shown = ClientService(*data.store).milestones(c.meta.id);
            REQUIRE(shown.ok());
            for (Milestone m : shown.value()) {
                if (!m.derived)
                    continue;
                m.derived = false;
                REQUIRE(Repository<Milestone>(*data.store).insert(m).ok());
                ++storedNow;
            }
        }
        REQUIRE(storedNow > 200);
        auto again = Report::make(*data.store, spec);
        REQUIRE(again.ok());
        REQUIRE(QString::fromUtf8(csvOf(again.value())) == QString::fromUtf8(fileBytes(golden)));
    }

    SECTION("no name, BSN or date of birth is in it") {
        const QString text = QString::fromUtf8(csv);
        for (const QString& name : data.names)
            REQUIRE_FALSE(text.contains(name));
        for (const QString& bsn : data.bsns)
            REQUIRE_FALSE(text.contains(bsn));
        for (const QString& birth : data.births)
            REQUIRE_FALSE(text.contains(birth));
    }
}

TEST_CASE("One municipality and a higher threshold change the report as expected", "[report]") {
    ReportCaseload data;
    ReportSpec spec = ReportSpec::year(2026);
    spec.municipalityIds = {data.soest};
    spec.threshold = 10;
    auto report = Report::make(*data.store, spec);
    REQUIRE(report.ok());
    REQUIRE(report->municipalityNames == QStringList{QStringLiteral("Soest")});
    const QString csv = QString::fromUtf8(csvOf(report.value()));
    REQUIRE(csv.contains(QStringLiteral("<10")));
    REQUIRE_FALSE(csv.contains(QStringLiteral(";<5")));

    // A year before anyone started: no counts, and no share or median (empty, not "-", for spreadsheets).
    auto empty = Report::make(*data.store, ReportSpec::year(2024));
    REQUIRE(empty.ok());
    const ReportSection& timely = empty->sections[2];
    REQUIRE(timely.figure.id == FigureId::Timeliness);
    REQUIRE(empty->measureText(timely, 1, 0).isEmpty());
    REQUIRE(empty->cellText(timely, 0, 0) == QStringLiteral("0"));

    spec.municipalityIds = {QStringLiteral("no-such-place")};
    REQUIRE_FALSE(Report::make(*data.store, spec).ok());
    spec = ReportSpec{QDate(2026, 5, 1), QDate(2026, 4, 1), {}, 5};
    REQUIRE_FALSE(Report::make(*data.store, spec).ok());
}

TEST_CASE("Report periods: quarter, half year and year", "[report]") {
    REQUIRE(ReportSpec::quarter(2026, 1).from == QDate(2026, 1, 1));
    REQUIRE(ReportSpec::quarter(2026, 1).to == QDate(2026, 3, 31));
    REQUIRE(ReportSpec::quarter(2026, 4).to == QDate(2026, 12, 31));
    REQUIRE(ReportSpec::halfYear(2026, 2).from == QDate(2026, 7, 1));
    REQUIRE(ReportSpec::halfYear(2026, 1).to == QDate(2026, 6, 30));
    REQUIRE(ReportSpec::year(2025).to == QDate(2025, 12, 31));
}
