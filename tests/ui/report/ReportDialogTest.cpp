// The report dialog writes the same CSV as the core and a PDF, through the file-dialog seam; the
// threshold is a setting. The dossier's "Export for access request" writes PDF and CSV and is audited.
// With KOERS_SCREENSHOT_DIR set, it saves a screenshot of the dialog (for looking at).
#include "core/CatchQtPrinters.h"

#include "demo/DemoLoader.h"
#include "dossier/DossierUndo.h"
#include "dossier/DossierView.h"
#include "report/ReportDialog.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"
#include "ui/ScriptedPrompts.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

struct DemoFile {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Store> store;

    explicit DemoFile(int clients) {
        auto s = Store::create(dir.filePath(QStringLiteral("demo.koers")), "demo", clock, QStringLiteral("lead"));
        REQUIRE(s.ok());
        store = std::move(s.value());
        REQUIRE(DemoLoader::load(*store, clients, 7).ok());
    }
};

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Report dialog: period, municipalities, threshold, then PDF and CSV", "[ui][report]") {
    DemoFile demo(150);
    AppSettings settings(demo.dir.filePath(QStringLiteral("settings.ini")));
    ScriptedPrompts prompts;
    ReportDialog dialog(*demo.store, settings, prompts);

    // Opens on the last full quarter before "today" (2 November 2026): Q3.
    REQUIRE(dialog.spec().from == QDate(2026, 7, 1));
    REQUIRE(dialog.spec().to == QDate(2026, 9, 30));
    REQUIRE(dialog.spec().threshold == 5);
    REQUIRE(dialog.municipalityList()->count() > 1);

    dialog.setPeriod(ReportDialog::PeriodKind::Year, 2026, 0);
    REQUIRE(dialog.spec().from == QDate(2026, 1, 1));
    REQUIRE(dialog.spec().to == QDate(2026, 12, 31));
    dialog.setPeriod(ReportDialog::PeriodKind::HalfYear, 2026, 2);
    REQUIRE(dialog.spec().from == QDate(2026, 7, 1));

    dialog.thresholdBox()->setValue(7);
    REQUIRE(AppSettings(demo.dir.filePath(QStringLiteral("settings.ini"))).reportThreshold() == 7);
    const QString firstPlace = dialog.municipalityList()->item(0)->data(Qt::UserRole).toString();
    dialog.municipalityList()->item(0)->setCheckState(Qt::Checked);
    REQUIRE(dialog.spec().municipalityIds == QStringList{firstPlace});

    SECTION("CSV: the core's report for the chosen spec, byte for byte") {
        prompts.nextFile = demo.dir.filePath(QStringLiteral("figures.csv"));
        QTest::mouseClick(dialog.csvButton(), Qt::LeftButton);
        REQUIRE(prompts.errors.isEmpty());
        auto expected = Report::make(*demo.store, dialog.spec());
        REQUIRE(expected.ok());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(expected->writeCsv(buffer).ok());
        REQUIRE(bytesOf(prompts.nextFile) == buffer.data());
        REQUIRE(bytesOf(prompts.nextFile).contains("<7"));
    }
    SECTION("PDF") {
        prompts.nextFile = demo.dir.filePath(QStringLiteral("report.pdf"));
        QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
        REQUIRE(prompts.errors.isEmpty());
        REQUIRE(bytesOf(prompts.nextFile).startsWith("%PDF"));
        REQUIRE(prompts.shown.size() == 1);
    }
    SECTION("print preview shows the report's pages") {
        QPointer<QPrintPreviewDialog> preview = dialog.openPreview();
        REQUIRE(preview);
        preview->resize(900, 700);
        QTest::qWait(50);
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        REQUIRE(widget);
        // The title page and one page per figure: eight report figures and the six of the cohort section.
        REQUIRE(widget->pageCount() == 15);
        if (const QString shots = qEnvironmentVariable("KOERS_SCREENSHOT_DIR"); !shots.isEmpty())
            preview->grab().save(QDir(shots).filePath(QStringLiteral("koers-report-preview.png")));
        preview->close();
        QTest::qWait(10);
    }
    SECTION("cancelling the file dialog writes nothing") {
        prompts.nextFile.clear();
        REQUIRE_FALSE(dialog.savePdf());
        REQUIRE(prompts.shown.isEmpty());
    }
    SECTION("a period that ends before it begins disables the buttons") {
        dialog.setCustomPeriod(QDate(2026, 5, 1), QDate(2026, 4, 1));
        REQUIRE_FALSE(dialog.pdfButton()->isEnabled());
        dialog.setCustomPeriod(QDate(2026, 2, 1), QDate(2026, 4, 1));
        REQUIRE(dialog.pdfButton()->isEnabled());
        REQUIRE(dialog.spec().from == QDate(2026, 2, 1));
    }
    if (const QString shots = qEnvironmentVariable("KOERS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(560, 480);
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("koers-report-dialog.png")));
    }
}

TEST_CASE("Dossier: export for access request writes PDF and CSV and audits it", "[ui][report]") {
    DemoFile demo(10);
    ScriptedPrompts prompts;
    DossierUndo undo;
    DossierView view(undo, prompts);
    auto id = demo.store->db().queryText(u"SELECT id FROM client WHERE deleted = 0 ORDER BY rowid LIMIT 1");
    REQUIRE(id.ok());
    view.open(*demo.store, id.value());

    prompts.nextFile = demo.dir.filePath(QStringLiteral("inzage.pdf"));
    QTest::mouseClick(view.exportButton(), Qt::LeftButton);
    REQUIRE(prompts.errors.isEmpty());
    REQUIRE(bytesOf(prompts.nextFile).startsWith("%PDF"));
    const QByteArray csv = bytesOf(demo.dir.filePath(QStringLiteral("inzage.csv")));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"
                           "section;record;field;value"));
    REQUIRE(csv.contains(id.value().toUtf8()));
    auto logged = demo.store->db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'export-dossier'");
    REQUIRE(logged.ok());
    REQUIRE(logged.value() == 1);
    REQUIRE(prompts.shown.size() == 1);
    if (const QString shots = qEnvironmentVariable("KOERS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        view.resize(1000, 640);
        view.show();
        QTest::qWait(50);
        view.grab().save(QDir(shots).filePath(QStringLiteral("koers-dossier-export.png")));
    }
}
