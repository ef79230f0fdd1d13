#include "core/CatchQtPrinters.h"

#include "ImportTestSupport.h"
#include "csv/CsvDialectDetector.h"
#include "csv/CsvReader.h"
#include "demo/DemoGenerator.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "export/ClientExporter.h"
#include "import/ClientImporter.h"
#include "rules/MilestonePlanner.h"
#include "services/ClientService.h"
#include "storage/Repository.h"

#include <QFile>

using namespace koers;
using namespace koers::test;

namespace {

ImportOptions detected(const QString& path, DuplicatePolicy policy = DuplicatePolicy::Skip) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    ImportOptions o;
    o.dialect = CsvDialectDetector::detect(f);
    o.onDuplicate = policy;
    return o;
}

std::vector<std::pair<qint64, std::string>> issues(const std::vector<ImportIssue>& list) {
    std::vector<std::pair<qint64, std::string>> out;
    for (const auto& i : list)
        out.emplace_back(i.row, i.message.toStdString());
    return out;
}

std::optional<Client> findClient(Store& store, const QString& lastName) {
    const auto clients = Repository<Client>(store).list();
    for (const Client& c : clients.value())
        if (c.lastName == lastName)
            return c;
    return std::nullopt;
}

QString municipalityName(Store& store, const QString& id) {
    auto m = Repository<Municipality>(store).get(id);
    return m.ok() ? m->name : QString();
}

} // namespace

TEST_CASE("Dutch Excel file: analysis writes nothing, commit writes valid rows with milestones", "[import]") {
    StoreFixture fx;
    REQUIRE(fx.store);
    Store& store = *fx.store;
    Coach anna;
    anna.name = QStringLiteral("Anna de Boer");
    const QString annaId = Repository<Coach>(store).insert(anna)->meta.id;
    ClientService service(store);
    ClientImporter importer(store, service);
    const QString path = importDataPath("clients_excel_nl.csv");
    const ImportOptions options = detected(path);
    REQUIRE(options.dialect == CsvDialect::excel());

    const auto before = rowCounts(store);
    auto analysis = importer.analyse(path, options);
    REQUIRE(analysis.ok());
    REQUIRE(rowCounts(store) == before);

    const ImportReport& a = analysis.value();
    REQUIRE(a.rows == 14);
    REQUIRE(a.imported == 6);
    REQUIRE(a.skipped == 0);
    REQUIRE(a.summaryLine() == u"imported 6, updated 0, skipped 0, rejected 8");
    REQUIRE(a.newMunicipalities ==
            QStringList{QStringLiteral("Baarn"), QStringLiteral("Soest"), QStringLiteral("Bunschoten")});
    // Row numbers as Excel shows them: row 3 holds a line break, so later rows are not line numbers.
    const std::vector<std::pair<qint64, std::string>> expectedRejects = {
        {8, "The BSN is not valid (it fails the elfproef)."},
        {9, "The date of birth is in the future."},
        {10, "Date of birth is not a date (use dd-mm-jjjj or jjjj-mm-dd)."},
        {11, "Unknown learning route (use B1, onderwijs or Z)."},
        {12, "A name is required."},
        {13, "Same BSN as row 2."},
        {14, "Same name and date of birth as row 6."},
        {15, "The date of koppeling is in the future."},
    };
    REQUIRE(issues(a.rejected) == expectedRejects);
    REQUIRE(issues(a.warnings) ==
            std::vector<std::pair<qint64, std::string>>{{5, "Unknown coach: the client has no coach yet."}});
    // The refused row keeps its cells for the rejected-rows file.
    REQUIRE(a.rejected.front().fields.value(1) == u"Bsn");

    auto committed = importer.commit(path, options, &a);
    REQUIRE(committed.ok());
    REQUIRE(committed->summaryLine() == a.summaryLine());

    auto clients = Repository<Client>(store).list();
    REQUIRE(clients->size() == 6);
    const Client seyma = *findClient(store, QStringLiteral(u"Yılmaz"));
    REQUIRE(seyma.firstNames == u"Şeyma");
    REQUIRE(seyma.dateOfBirth == QDate(1990, 3, 14));
    REQUIRE(seyma.sex == Sex::Female);
    REQUIRE(seyma.route == Route::B1);
    REQUIRE(seyma.coachId == annaId);
    REQUIRE(seyma.koppelingDate == QDate(2025, 1, 2));
    REQUIRE(seyma.note == u"Spreekt ook \"een beetje\" Engels; wil werken");
    REQUIRE(seyma.phone == u"+31 6 1234 5678");
    REQUIRE(municipalityName(store, seyma.municipalityId) == u"Baarn");
    const Client omer = *findClient(store, QStringLiteral(u"Çelik"));
    REQUIRE(omer.note == u"eerste regel\r\ntweede regel");
    REQUIRE(omer.route == Route::Z);
    REQUIRE(omer.dateOfBirth == QDate(1985, 2, 1));
    const Client lina = *findClient(store, QStringLiteral("Mansour"));
    REQUIRE(lina.municipalityId == omer.municipalityId); // "soest" is Soest
    REQUIRE(findClient(store, QStringLiteral("Tesfay"))->coachId.isEmpty());
    REQUIRE(findClient(store, QStringLiteral("Haddad"))->route == Route::Education);
    REQUIRE(Repository<Municipality>(store).list()->size() == 3);

    // Milestones by the same template as a client added by hand: derived from the rules, so the import
    // writes no milestone rows, and each client shows its whole template with computed dates.
    REQUIRE(store.db().queryInt(u"SELECT count(*) FROM milestone").value() == 0);
    for (const Client& c : clients.value()) {
        auto shown = service.milestones(c.meta.id);
        REQUIRE(shown.ok());
        REQUIRE(shown->size() == MilestonePlanner::kindsFor(c.route, c.targetGroup).size());
        REQUIRE(shown->front().kind == MilestoneKind::IntakeDone);
        REQUIRE(shown->front().dueDate == MilestonePlanner().dueDate(MilestoneKind::IntakeDone, DueBasis::of(c)));
    }

    // One audit entry with counts and no personal data.
    auto st = store.db().prepare(u"SELECT action, detail FROM audit_log WHERE action = 'import'");
    REQUIRE(st->step().value());
    REQUIRE(st->text(1) == u"rows=14 imported=6 updated=0 skipped=0 rejected=8 municipalities=3");
    REQUIRE_FALSE(st->step().value());
    REQUIRE(store.db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'create'").value() == 1); // the coach
}

TEST_CASE("Rejected rows are saved with their row number and reason", "[import]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    const QString path = importDataPath("clients_excel_nl.csv");
    auto report = importer.analyse(path, detected(path));
    REQUIRE(report.ok());
    const QString out = fx.dir.filePath(QStringLiteral("geweigerd.csv"));
    REQUIRE(ClientImporter::writeRejected(report.value(), out).ok());

    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(f.peek(3) == "\xEF\xBB\xBF");
    CsvReader reader(f, CsvDialect::excel());
    QStringList fields;
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(fields.size() == 16);
    REQUIRE(fields.mid(14) == QStringList{QStringLiteral("Row"), QStringLiteral("Reason")});
    int rows = 0;
    while (reader.readRow(fields).value()) {
        ++rows;
        REQUIRE(fields.size() == 16);
    }
    REQUIRE(rows == 8);

    // Fixed and imported again, the file maps by itself: "Row" and "Reason" are ignored.
    auto again = importer.analyse(out, detected(out));
    REQUIRE(again.ok());
    REQUIRE(again->rows == 8);
}

TEST_CASE("Each dialect imports: Windows-1252, comma with LF, tab", "[import][dialect]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);

    SECTION("Windows-1252 with Ö, Ç, ç, è, ë, € and curly quotes") {
        const QString path = importDataPath("clients_cp1252.csv");
        const ImportOptions o = detected(path);
        REQUIRE(o.dialect.encoding == CsvDialect::Encoding::Windows1252);
        REQUIRE(importer.commit(path, o)->summaryLine() == u"imported 3, updated 0, skipped 0, rejected 0");
        REQUIRE(findClient(*fx.store, QStringLiteral(u"Çelik"))->firstNames == u"Ömer");
        REQUIRE(findClient(*fx.store, QStringLiteral(u"Çelik"))->note == u"Voorschot €12,50 – “betaald”");
        REQUIRE(findClient(*fx.store, QStringLiteral(u"Lefèvre"))->firstNames == u"François");
        REQUIRE(findClient(*fx.store, QStringLiteral(u"Øyvindsen"))->firstNames == u"Zoë");
    }
    SECTION("comma, LF, ISO dates, English headers") {
        const QString path = importDataPath("clients_comma_lf.csv");
        const ImportOptions o = detected(path);
        REQUIRE(o.dialect.delimiter == u',');
        REQUIRE(o.dialect.lineEnding == CsvDialect::LineEnding::LF);
        REQUIRE(importer.commit(path, o)->summaryLine() == u"imported 3, updated 0, skipped 0, rejected 0");
        const Client chidi = *findClient(*fx.store, QStringLiteral("Okafor"));
        REQUIRE(chidi.firstNames == u"Chidi");
        REQUIRE(chidi.targetGroup == TargetGroup::Family);
        REQUIRE(chidi.dateOfBirth == QDate(1988, 8, 8));
        REQUIRE(chidi.email == u"chidi@example.org");
        REQUIRE(findClient(*fx.store, QStringLiteral("Haile"))->route == Route::Z);
    }
    SECTION("tab") {
        const QString path = importDataPath("clients_tab.tsv");
        const ImportOptions o = detected(path);
        REQUIRE(o.dialect.delimiter == u'\t');
        REQUIRE(importer.commit(path, o)->summaryLine() == u"imported 2, updated 0, skipped 0, rejected 0");
        REQUIRE(Repository<Client>(*fx.store).list()->size() == 2);
    }
}

TEST_CASE("Duplicates of stored clients are skipped or updated, as chosen", "[import][duplicates]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    const QString path = importDataPath("clients_excel_nl.csv");
    REQUIRE(importer.commit(path, detected(path)).ok());
    const auto counts = rowCounts(*fx.store);

    auto skipped = importer.commit(path, detected(path, DuplicatePolicy::Skip));
    REQUIRE(skipped.ok());
    REQUIRE(skipped->summaryLine() == u"imported 0, updated 0, skipped 6, rejected 8");
    REQUIRE(rowCounts(*fx.store)["client"] == counts.at("client"));

    // A second file about the same people: a new route for one (found by BSN), a note for another (found
    // by name and date of birth, no BSN in the file).
    const QString update = fx.dir.filePath(QStringLiteral("update.csv"));
    QFile f(update);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(u"BSN;Voornaam;Achternaam;Geboortedatum;Leerroute;Opmerking\r\n"
                           u"123456782;Amina;Haddad;30-07-1992;B1;\r\n"
                           u";Yonas;Tesfay;30-11-2001;;nieuwe opmerking\r\n")
                .toUtf8());
    f.close();
    const Client before = *findClient(*fx.store, QStringLiteral("Haddad"));
    auto updated = importer.commit(update, detected(update, DuplicatePolicy::Update));
    REQUIRE(updated.ok());
    REQUIRE(updated->summaryLine() == u"imported 0, updated 2, skipped 0, rejected 0");
    const Client amina = *findClient(*fx.store, QStringLiteral("Haddad"));
    REQUIRE(amina.meta.id == before.meta.id);
    REQUIRE(amina.route == Route::B1);
    REQUIRE(amina.municipalityId == before.municipalityId); // not in the file: kept
    REQUIRE(service.milestones(amina.meta.id)->size() ==
            MilestonePlanner::kindsFor(Route::B1, amina.targetGroup).size()); // the new route's template
    REQUIRE(findClient(*fx.store, QStringLiteral("Tesfay"))->note == u"nieuwe opmerking");
    REQUIRE(rowCounts(*fx.store)["client"] == counts.at("client"));
}

TEST_CASE("A file cut off inside a quoted field fails with a clear error and writes nothing", "[import]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    const QString path = importDataPath("clients_truncated.csv");
    const auto before = rowCounts(*fx.store);

    auto analysis = importer.analyse(path, detected(path));
    REQUIRE_FALSE(analysis.ok());
    REQUIRE(analysis.message() == u"The file ends inside a quoted field that starts on line 4.");
    auto committed = importer.commit(path, detected(path));
    REQUIRE_FALSE(committed.ok());
    REQUIRE(committed.message() == analysis.message());
    // The two good rows before the cut were written inside the transaction and rolled back with it.
    REQUIRE(rowCounts(*fx.store) == before);
}

TEST_CASE("Commit refuses when the outcome differs from the confirmed analysis", "[import]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    const QString path = importDataPath("clients_tab.tsv");
    auto analysis = importer.analyse(path, detected(path));
    REQUIRE(analysis.ok());
    REQUIRE(importer.commit(path, detected(path)).ok()); // someone else imported meanwhile
    const auto before = rowCounts(*fx.store);
    auto again = importer.commit(path, detected(path), &analysis.value());
    REQUIRE_FALSE(again.ok());
    REQUIRE(rowCounts(*fx.store) == before);
}

TEST_CASE("Files the importer cannot use give clear errors", "[import]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    REQUIRE(importer.analyse(fx.dir.filePath(QStringLiteral("missing.csv")), {}).code() == ErrorCode::FileNotFound);
    const QString noName = fx.dir.filePath(QStringLiteral("noname.csv"));
    QFile f(noName);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("BSN;Telefoon\r\n123456782;0612345678\r\n");
    f.close();
    auto r = importer.analyse(noName, detected(noName));
    REQUIRE(r.code() == ErrorCode::Invalid);
    REQUIRE(r.message() == u"No column is mapped to a first or last name.");
}

TEST_CASE("A row without BSN or date of birth imports with a warning", "[import][duplicates]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    const QString path = fx.dir.filePath(QStringLiteral("kaal.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Achternaam;Leerroute\r\nNadir;B1\r\n\r\n;;\r\n");
    f.close();
    auto report = importer.commit(path, detected(path));
    REQUIRE(report.ok());
    REQUIRE(report->rows == 1); // blank rows, also ";;", are not rows
    REQUIRE(report->summaryLine() == u"imported 1, updated 0, skipped 0, rejected 0");
    REQUIRE(issues(report->warnings) ==
            std::vector<std::pair<qint64, std::string>>{
                {2, "Neither a BSN nor a date of birth: a later import cannot recognise this client."}});
}

namespace {

QString writeFile(StoreFixture& fx, const char* name, const char16_t* text) {
    const QString path = fx.dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QString::fromUtf16(text).toUtf8());
    return path;
}

} // namespace

TEST_CASE("The same-person rule: two BSNs are two people, without a BSN a name and birth date decide",
          "[import][duplicates]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    const QString first = writeFile(fx, "eerste.csv",
                                    u"BSN;Voornaam;Achternaam;Geboortedatum\r\n"
                                    u"990039596;Lina;Mansour;05-05-1979\r\n"
                                    u"990047519;Lina;Mansour;05-05-1979\r\n"
                                    u";Lina;Mansour;05-05-1979\r\n"
                                    u";Yonas;Tesfay;30-11-2001\r\n"
                                    u"990055437;Yonas;Tesfay;30-11-2001\r\n"
                                    u"990039596;Ander;Mens;01-01-1990\r\n"
                                    u";Amina;;30-07-1992\r\n");
    auto report = importer.commit(first, detected(first));
    REQUIRE(report.ok());
    REQUIRE(report->summaryLine() == u"imported 3, updated 0, skipped 0, rejected 4");
    REQUIRE(issues(report->rejected) ==
            std::vector<std::pair<qint64, std::string>>{
                {4, "Same name and date of birth as row 2."},
                {6, "Same name and date of birth as row 5."}, // the earlier row has no BSN
                {7, "Same BSN as row 2."},
                {8, "A surname is required: the BRP records a single name as the surname."}});
    REQUIRE(issues(report->warnings) ==
            std::vector<std::pair<qint64, std::string>>{
                {3, "Possibly the same person as row 2: same name and date of birth, another BSN."}});

    // Against the stored clients, by the same rule.
    const QString second = writeFile(fx, "tweede.csv",
                                     u"BSN;Voornaam;Achternaam;Geboortedatum\r\n"
                                     u"990063355;Lina;Mansour;05-05-1979\r\n"
                                     u"990071273;Yonas;Tesfay;30-11-2001\r\n");
    report = importer.commit(second, detected(second));
    REQUIRE(report.ok());
    REQUIRE(report->summaryLine() == u"imported 1, updated 0, skipped 1, rejected 0");
    REQUIRE(issues(report->warnings) ==
            std::vector<std::pair<qint64, std::string>>{
                {2, "Possibly the same person as a stored client: same name and date of birth, another BSN."}});

    // A row without BSN that may mean any of three stored people cannot update one of them.
    const QString third = writeFile(fx, "derde.csv",
                                    u"BSN;Voornaam;Achternaam;Geboortedatum;Opmerking\r\n"
                                    u";Lina;Mansour;05-05-1979;nieuw\r\n"
                                    u";Yonas;Tesfay;30-11-2001;nieuw\r\n");
    report = importer.commit(third, detected(third, DuplicatePolicy::Update));
    REQUIRE(report.ok());
    REQUIRE(report->summaryLine() == u"imported 0, updated 1, skipped 0, rejected 1");
    REQUIRE(issues(report->rejected) ==
            std::vector<std::pair<qint64, std::string>>{
                {2, "Same name and date of birth as 3 stored clients: add the BSN to say which one is meant."}});
    REQUIRE(findClient(*fx.store, QStringLiteral("Tesfay"))->note == u"nieuw");
}

TEST_CASE("An export of 20,000 demo clients imports into a new file without refusing anyone",
          "[import][duplicates][demo]") {
    // Demo people have distinct BSNs; some share a name and a date of birth (as real people do). Before the
    // same-person rule was one rule, re-importing such an export refused those as duplicates.
    StoreFixture source("bron.koers");
    {
        DemoGenerator generator(20260, source.clock.today());
        Transaction tx(source.store->db());
        REQUIRE(tx.started().ok());
        QHash<QString, QString> ids; // generated id -> stored id of municipalities and coaches
        for (const Municipality& m : generator.municipalities())
            ids.insert(m.meta.id, Repository<Municipality>(*source.store).insert(m)->meta.id);
        for (const Coach& c : generator.coaches())
            ids.insert(c.meta.id, Repository<Coach>(*source.store).insert(c)->meta.id);
        Repository<Client> clients(*source.store);
        for (int i = 0; i < 20000; ++i) {
            Client c = generator.nextClient().client;
            c.municipalityId = ids.value(c.municipalityId);
            c.coachId = ids.value(c.coachId);
            REQUIRE(clients.insert(c).ok());
        }
        const Status committed = tx.commit();
        INFO(committed.message().toStdString());
        REQUIRE(committed.ok());
    }
    const QString path = source.dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(ClientExporter::exportClients(*source.store, path).value() == 20000);

    StoreFixture target("doel.koers");
    ClientService service(*target.store);
    auto report = ClientImporter(*target.store, service).analyse(path, detected(path));
    REQUIRE(report.ok());
    REQUIRE(report->summaryLine() == u"imported 20000, updated 0, skipped 0, rejected 0");
    qint64 possible = 0;
    for (const ImportIssue& w : report->warnings)
        possible += w.message.startsWith(QStringLiteral("Possibly the same person as row"));
    CHECK(possible > 0); // the pairs that were refused before
}

TEST_CASE("A name that looks read in the wrong encoding imports with a warning", "[import]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    ClientImporter importer(*fx.store, service);
    const QString path = fx.dir.filePath(QStringLiteral("codering.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Voornaam;Achternaam;Geboortedatum\r\n"
            "?mer;Kaya;01-02-1990\r\n"                           // a code page without the letter
            "G\xEF\xBF\xBDl;Demir;02-03-1991\r\n"                // the replacement character
            "Meryem;\xC3\x83\xC2\xB6zt\xC3\xBCrk;03-04-1992\r\n" // UTF-8 read as Latin-1 and saved again
            "Anna;Jansen ?;04-05-1993\r\n"                       // a lone question mark is not inside a word
            "Şeyma;Çelik;05-06-1994\r\n");
    f.close();
    auto report = importer.analyse(path, detected(path));
    REQUIRE(report.ok());
    REQUIRE(report->imported == 5);
    std::vector<qint64> rows;
    for (const ImportIssue& w : report->warnings)
        if (w.message.contains(u"replacement character"))
            rows.push_back(w.row);
    REQUIRE(rows == std::vector<qint64>{2, 3, 4});
}
