#include "core/CatchQtPrinters.h"

#include "../import/ImportTestSupport.h"
#include "csv/CsvDialectDetector.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "export/ClientExporter.h"
#include "import/ClientImporter.h"
#include "import/ValueParsers.h"
#include "services/ClientService.h"
#include "storage/Repository.h"

#include <QFile>

#include <algorithm>

using namespace koers;
using namespace koers::test;

namespace {

ImportOptions detected(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    ImportOptions o;
    o.dialect = CsvDialectDetector::detect(f);
    return o;
}

// Every exported field of every client, with references by name, sorted: what "the same data" means.
std::vector<QStringList> snapshot(Store& store) {
    QHash<QString, QString> names;
    const auto municipalities = Repository<Municipality>(store).list();
    for (const auto& m : municipalities.value())
        names.insert(m.meta.id, m.name);
    const auto coaches = Repository<Coach>(store).list();
    for (const auto& c : coaches.value())
        names.insert(c.meta.id, c.name);
    std::vector<QStringList> out;
    const auto clients = Repository<Client>(store).list();
    for (const Client& c : clients.value())
        out.push_back({c.firstNames,
                       c.lastName,
                       c.bsn,
                       c.vNumber,
                       c.dateOfBirth.toString(Qt::ISODate),
                       toCode(c.sex),
                       c.countryOfBirth,
                       c.nationality,
                       c.languages,
                       c.phone,
                       c.email,
                       c.address,
                       names.value(c.municipalityId),
                       names.value(c.coachId),
                       toCode(c.targetGroup),
                       toCode(c.status),
                       toCode(c.route),
                       c.residencePermitDate.toString(Qt::ISODate),
                       c.koppelingDate.toString(Qt::ISODate),
                       c.housingDate.toString(Qt::ISODate),
                       c.brpDate.toString(Qt::ISODate),
                       c.duoNoticeDate.toString(Qt::ISODate),
                       c.note});
    std::sort(out.begin(), out.end(),
              [](const QStringList& a, const QStringList& b) { return a.join(u'|') < b.join(u'|'); });
    return out;
}

Client richClient(const QString& municipalityId, const QString& coachId) {
    Client c;
    c.firstNames = QStringLiteral("Hiwet Selam");
    c.lastName = QStringLiteral("Ghebre");
    c.bsn = QStringLiteral("111222333");
    c.vNumber = QStringLiteral("V1234567");
    c.dateOfBirth = QDate(1994, 2, 28);
    c.sex = Sex::Other;
    c.countryOfBirth = QStringLiteral("Eritrea");
    c.nationality = QStringLiteral("Eritrees");
    c.languages = QStringLiteral("Tigrinya; Arabisch");
    c.phone = QStringLiteral("+31 6 9876 5432");
    c.email = QStringLiteral("hiwet@example.org");
    c.address = QStringLiteral("Dorpsstraat 1\nAppartement 2");
    c.municipalityId = municipalityId;
    c.coachId = coachId;
    c.targetGroup = TargetGroup::Family;
    c.status = ClientStatus::Voluntary;
    c.route = Route::Education;
    c.residencePermitDate = QDate(2024, 3, 1);
    c.koppelingDate = QDate(2024, 4, 1);
    c.housingDate = QDate(2024, 6, 15);
    c.brpDate = QDate(2024, 6, 20);
    c.duoNoticeDate = QDate(2024, 7, 1);
    c.note = QStringLiteral("-2 uur per week; @taalcafé =ja \"zegt\" ze");
    return c;
}

} // namespace

TEST_CASE("Export then import gives the same data", "[import][export]") {
    StoreFixture source("source.koers");
    ClientService service(*source.store);
    Municipality baarn;
    baarn.name = QStringLiteral("Baarn");
    const QString baarnId = Repository<Municipality>(*source.store).insert(baarn)->meta.id;
    Coach coach;
    coach.name = QStringLiteral("Anna de Boer");
    const QString coachId = Repository<Coach>(*source.store).insert(coach)->meta.id;
    REQUIRE(service.addClient(richClient(baarnId, coachId)).ok());
    ClientImporter sourceImporter(*source.store, service);
    const QString nl = importDataPath("clients_excel_nl.csv");
    REQUIRE(sourceImporter.commit(nl, detected(nl)).ok());
    const QString cp = importDataPath("clients_cp1252.csv");
    REQUIRE(sourceImporter.commit(cp, detected(cp)).ok());

    const QString file = source.dir.filePath(QStringLiteral("overdracht.csv"));
    auto exported = ClientExporter::exportClients(*source.store, file);
    REQUIRE(exported.ok());
    REQUIRE(exported.value() == 10);
    REQUIRE(source.store->db().queryText(u"SELECT detail FROM audit_log WHERE action = 'export'").value() ==
            u"clients=10");

    // For Excel: BOM, semicolons, Dutch headers, dd-mm-jjjj, formulas neutralised.
    const QByteArray bytes = fileBytes(file);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBFVoornaam;Achternaam;BSN;V-nummer;Geboortedatum;"));
    REQUIRE(bytes.contains(";28-02-1994;"));
    REQUIRE(bytes.contains("'=SOM(A1)"));
    REQUIRE(bytes.contains("\"'-2 uur per week; @taalcaf\xC3\xA9 =ja \"\"zegt\"\" ze\""));

    // The receiving provider has the coach already; the municipalities come with the file.
    StoreFixture target("target.koers");
    Repository<Coach>(*target.store).insert(coach).value();
    ClientService targetService(*target.store);
    ClientImporter importer(*target.store, targetService);
    const ImportOptions options = detected(file);
    REQUIRE(options.dialect == CsvDialect::excel());
    auto imported = importer.commit(file, options);
    REQUIRE(imported.ok());
    REQUIRE(imported->summaryLine() == u"imported 10, updated 0, skipped 0, rejected 0");
    REQUIRE(imported->warnings.empty());
    REQUIRE(snapshot(*target.store) == snapshot(*source.store));

    // A second round trip changes nothing either.
    const QString again = target.dir.filePath(QStringLiteral("terug.csv"));
    REQUIRE(ClientExporter::exportClients(*target.store, again).ok());
    REQUIRE(fileBytes(again) == bytes);
}
