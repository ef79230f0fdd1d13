// A municipality's letterhead set in the directory (address lines, a logo chosen from a file), and the PIP tab's
// "Print decision letter", which prints it.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "core/storage/TestSupport.h"
#include "directory/DirectoryDialog.h"
#include "directory/MunicipalitiesPage.h"
#include "dossier/DossierView.h"
#include "dossier/PlanTab.h"
#include "services/ClientService.h"
#include "services/MunicipalityService.h"
#include "settings/AppSettings.h"
#include "storage/Repository.h"
#include "ui/ScriptedPrompts.h"

#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("A municipality's letterhead is set in the directory and printed on the PIP decision letter",
          "[ui][directory][letter]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("brief.koers"));
    auto created = Store::create(path, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(created.ok());
    Store& s = *created.value();
    auto soest = MunicipalityService(s).add([] {
        Municipality m;
        m.name = QStringLiteral("Soest");
        return m;
    }());
    REQUIRE(soest.ok());
    ClientService service(s);
    Client c;
    c.firstNames = QStringLiteral("Testa");
    c.lastName = QStringLiteral("Brieftest");
    c.municipalityId = soest->meta.id;
    c.koppelingDate = QDate(2026, 6, 1);
    const QString clientId = service.addClient(c)->meta.id;
    PlanVersion plan;
    plan.clientId = clientId;
    plan.decisionDate = QDate(2026, 9, 1);
    plan.route = Route::B1;
    plan.targetLevel = LanguageLevel::B1;
    REQUIRE(service.addPlanVersion(plan).ok());

    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(created.value()), path);
    window.show();

    DirectoryDialog directory(*window.store(), prompts, &window);
    directory.show();
    MunicipalitiesPage* places = directory.municipalities();
    places->table()->selectRow(0);
    REQUIRE(places->nameField()->text() == QStringLiteral("Soest"));
    CHECK(places->logoPreview()->text() == QStringLiteral("No logo"));

    // A file that is no image is refused with a message; a PNG is shown and saved with the address.
    const QString notImage = dir.filePath(QStringLiteral("logo.txt"));
    {
        QFile f(notImage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("geen plaatje");
    }
    prompts.nextFile = notImage;
    places->chooseLogo();
    CHECK(places->message()->text().contains(QStringLiteral("PNG or JPEG")));
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(QColor(0, 90, 160));
    REQUIRE(image.save(png));
    prompts.nextFile = png;
    places->chooseLogo();
    CHECK(places->message()->text().isEmpty());
    CHECK_FALSE(places->logoPreview()->pixmap().isNull());
    QTest::keyClicks(places->addressField(), QStringLiteral("Raadhuisplein 7"));
    QTest::keyClick(places->addressField(), Qt::Key_Return);
    QTest::keyClicks(places->addressField(), QStringLiteral("3762 AB Soest"));
    REQUIRE(places->save());
    const Municipality stored = MunicipalityService(*window.store()).list()->front();
    CHECK(stored.letterheadAddress == QStringLiteral("Raadhuisplein 7\n3762 AB Soest"));
    CHECK(QImage::fromData(stored.logoBytes()).size() == QSize(120, 40));
    directory.reject();

    // The PIP tab prints the selected version on that letterhead, as a PDF only its owner reads.
    window.openClient(clientId);
    PlanTab* tab = window.dossier()->planTab();
    window.dossier()->tabs()->setCurrentWidget(tab);
    REQUIRE(tab->printLetterButton()->isEnabled());
    const QString pdf = dir.filePath(QStringLiteral("beschikking.pdf"));
    prompts.nextFile = pdf;
    REQUIRE(tab->printLetter());
    REQUIRE(prompts.errors.isEmpty());
    REQUIRE(QFileInfo::exists(pdf));
    CHECK_FALSE(QFile(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Raadhuisplein 7")));
    CHECK(text.contains(QStringLiteral("Brieftest")));
    CHECK(prompts.shown.last().contains(QStringLiteral("beschikking.pdf")));

    // Cancelled at the file name: nothing written.
    prompts.nextFile.clear();
    CHECK_FALSE(tab->printLetter());

    // A client without a PIP has nothing to print.
    Client other;
    other.firstNames = QStringLiteral("Zonder");
    other.lastName = QStringLiteral("Plan");
    const QString without = ClientService(*window.store()).addClient(other)->meta.id;
    window.openClient(without);
    CHECK_FALSE(tab->printLetterButton()->isEnabled());
}
