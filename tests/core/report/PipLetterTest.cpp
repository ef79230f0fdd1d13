// The PIP decision letter's text, in Dutch, against committed golden files: the first version as a beschikking,
// the second as a wijzigingsbeschikking. An invented client; "today" is 2 November 2026.
#include "core/CatchQtPrinters.h"

#include "FigureTestSupport.h"
#include "domain/AuditEntry.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "queries/AuditQuery.h"
#include "report/PipLetter.h"
#include "services/MunicipalityService.h"
#include "storage/Repository.h"

#include <QFile>

#include <QTranslator>
#include <algorithm>

using namespace koers;
using namespace koers::test;

namespace {

struct LetterCase : FigureStore {
    QString clientId;

    LetterCase()
        : FigureStore("l.koers") {
        Municipality m;
        m.name = QStringLiteral("Soest");
        const QString soest = Repository<Municipality>(*store).insert(m)->meta.id;
        Coach coach;
        coach.name = QStringLiteral("Testcoach Voorbeeld");
        const QString coachId = Repository<Coach>(*store).insert(coach)->meta.id;
        ClientService service(*store);
        Client c;
        c.firstNames = QStringLiteral("Testa");
        c.lastName = QStringLiteral("Brieftest");
        c.address = QStringLiteral("Voorbeeldstraat 1, 3760 AA Soest");
        c.municipalityId = soest;
        c.coachId = coachId;
        c.targetGroup = TargetGroup::Asylum;
        c.koppelingDate = QDate(2025, 1, 6);
        clientId = service.addClient(c)->meta.id;

        PlanVersion first;
        first.clientId = clientId;
        first.decisionDate = QDate(2025, 3, 10);
        first.route = Route::B1;
        first.targetLevel = LanguageLevel::B1;
        first.languageProvider = QStringLiteral("Taalschool Voorbeeld");
        first.hoursPerWeek = 12;
        first.map = true;
        first.pvt = true;
        first.knm = true;
        first.ontzorgenStart = QDate(2025, 2, 1);
        first.ontzorgenEnd = QDate(2025, 7, 31);
        first.budgetCoaching = 250;
        first.childcare = true;
        const QString firstId = service.addPlanVersion(first)->meta.id;
        goal(firstId, LifeDomain::Language, "Taalniveau B1 halen", "Taalles volgen", "klant", QDate(2027, 3, 1));
        goal(firstId, LifeDomain::WorkIncome, "Vrijwilligerswerk vinden", "Aanmelden bij het vrijwilligerspunt",
             "coach", QDate(2025, 9, 1));

        PlanVersion second = first;
        second.meta = {};
        second.decisionDate = QDate(2026, 2, 2);
        second.route = Route::Z;
        second.targetLevel = LanguageLevel::A1;
        second.hoursPerWeek = 8;
        second.map = true;
        second.knm = false;
        second.ontzorgenStart = {};
        second.ontzorgenEnd = {};
        second.budgetCoaching = 0;
        second.childcare = false;
        REQUIRE(service.addPlanVersion(second).ok());
    }

    void goal(const QString& planId, LifeDomain domain, const char* text, const char* action, const char* owner,
              QDate due) {
        PlanGoal g;
        g.planId = planId;
        g.clientId = clientId;
        g.domain = domain;
        g.goal = QString::fromUtf8(text);
        g.action = QString::fromUtf8(action);
        g.owner = QString::fromUtf8(owner);
        g.dueDate = due;
        REQUIRE(Repository<PlanGoal>(*store).insert(g).ok());
    }
};

struct Dutch {
    QTranslator translator;
    Dutch() {
        REQUIRE(translator.load(QStringLiteral(":/i18n/koers_nl")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }
    ~Dutch() {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

void compareWithGolden(const QString& text, const char* name) {
    const QString golden = QStringLiteral(KOERS_TEST_DATA_DIR "/report/") + QString::fromLatin1(name);
    if (qEnvironmentVariableIsSet("KOERS_UPDATE_GOLDEN")) {
        QFile out(golden);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }
    QFile in(golden);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CHECK(text == QString::fromUtf8(in.readAll()));
}

} // namespace

TEST_CASE("The PIP decision letter, first and changed version, equals its golden text", "[report][letter][golden]") {
    const Dutch dutch;
    LetterCase data;
    Letterhead head;
    head.address = QStringList{QStringLiteral("Postbus 1"), QStringLiteral("3760 AA Soest")};

    auto first = PipLetter::load(*data.store, data.clientId, 1, head);
    REQUIRE(first.ok());
    CHECK_FALSE(first->change);
    CHECK(first->letterhead.name == QStringLiteral("Soest")); // the client's municipality by default
    compareWithGolden(first->text(), "pip_letter_v1.txt");

    auto latest = PipLetter::load(*data.store, data.clientId, 0, head);
    REQUIRE(latest.ok());
    CHECK(latest->version == 2);
    CHECK(latest->change);
    compareWithGolden(latest->text(), "pip_letter_v2.txt");
    // The file name has no personal data.
    CHECK_FALSE(latest->suggestedFileName().contains(QStringLiteral("Brieftest")));

    // Printing it is audited by version, never by contents.
    REQUIRE(PipLetter::recordExport(*data.store, latest.value()).ok());
    auto audit = AuditQuery(*data.store).ofClient(data.clientId);
    REQUIRE(audit.ok());
    const auto it = std::find_if(audit->begin(), audit->end(),
                                 [](const auto& e) { return e.action == QStringLiteral("export-pip-letter"); });
    REQUIRE(it != audit->end());
    CHECK(it->detail == QStringLiteral("version=2"));

    CHECK(PipLetter::load(*data.store, data.clientId, 3, head).code() == ErrorCode::NotFound);
}

TEST_CASE("The letter's letterhead comes from the client's municipality as set in the directory",
          "[report][letter][golden]") {
    const Dutch dutch;
    LetterCase data;
    auto places = MunicipalityService(*data.store).list();
    REQUIRE(places.ok());
    REQUIRE(places->size() == 1);
    Municipality soest = places->front();
    soest.letterheadAddress = QStringLiteral("  Postbus 1 \n\n3760   AA Soest\n");
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x');
    soest.logo = QString::fromLatin1(png.toBase64());
    REQUIRE(MunicipalityService(*data.store).edit(soest).ok());

    auto letter = PipLetter::load(*data.store, data.clientId, 1, Letterhead{});
    REQUIRE(letter.ok());
    CHECK(letter->letterhead.name == QStringLiteral("Soest"));
    CHECK(letter->letterhead.address == QStringList{QStringLiteral("Postbus 1"), QStringLiteral("3760 AA Soest")});
    CHECK(letter->letterhead.logo == png);
    // The same letter as with the address given by hand.
    compareWithGolden(letter->text(), "pip_letter_v1.txt");

    // What is given wins over the directory.
    Letterhead given;
    given.name = QStringLiteral("Gemeente Soest, team inburgering");
    given.address = QStringList{QStringLiteral("Raadhuisplein 1")};
    given.logoPath = QStringLiteral("/elders/logo.png");
    auto own = PipLetter::load(*data.store, data.clientId, 1, given);
    REQUIRE(own.ok());
    CHECK(own->letterhead.name == given.name);
    CHECK(own->letterhead.address == given.address);
    CHECK(own->letterhead.logo.isEmpty());
}
