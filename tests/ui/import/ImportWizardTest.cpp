#include "core/CatchQtPrinters.h"

#include "core/import/ImportTestSupport.h"
#include "domain/Coach.h"
#include "import/ImportConfirmPage.h"
#include "import/ImportDialectPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportIssueModel.h"
#include "import/ImportMappingPage.h"
#include "import/ImportProfileStore.h"
#include "import/ImportValidationPage.h"
#include "import/ImportWizard.h"
#include "import/PreviewModel.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "ui/ScriptedPrompts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

// Answers the wizard's questions from the test and records its messages.
using FakeDialogs = ScriptedPrompts;

// KOERS_SCREENSHOT_DIR=/tmp keeps a picture of every page for a person to look at.
void screenshot(QWizard& wizard, const char* name) {
    const QString dir = qEnvironmentVariable("KOERS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    wizard.grab().save(QDir(dir).filePath(QStringLiteral("koers-import-%1.png").arg(QLatin1String(name))));
}

ClientField fieldIn(QComboBox* box) {
    return static_cast<ClientField>(box->currentData().toInt());
}

} // namespace

TEST_CASE("The import wizard walks a Dutch Excel file from choice to commit", "[ui][import]") {
    StoreFixture fx;
    Store& store = *fx.store;
    Coach anna;
    anna.name = QStringLiteral("Anna de Boer");
    REQUIRE(Repository<Coach>(store).insert(anna).ok());
    ClientService service(store);
    FakeDialogs dialogs;
    ImportWizard wizard(store, service, dialogs);
    wizard.show();
    auto before = rowCounts(store);

    // 1. File: "Browse…" goes through the seam.
    auto* filePage = qobject_cast<ImportFilePage*>(wizard.page(ImportWizard::FilePageId));
    REQUIRE_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    dialogs.nextFile = importDataPath("clients_excel_nl.csv");
    QTest::mouseClick(filePage->findChild<QPushButton*>(), Qt::LeftButton);
    REQUIRE(filePage->pathEdit()->text() == dialogs.nextFile);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, "1-file");
    wizard.next();

    // 2. Dialect: detected, overridable, with a live preview.
    auto* dialectPage = qobject_cast<ImportDialectPage*>(wizard.currentPage());
    REQUIRE(dialectPage);
    QAbstractItemModelTester tester(dialectPage->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(dialectPage->delimiterBox()->currentData().toChar() == u';');
    REQUIRE(dialectPage->encodingBox()->currentData().toInt() == static_cast<int>(CsvDialect::Encoding::Utf8Bom));
    REQUIRE(dialectPage->headerBox()->isChecked());
    REQUIRE(dialectPage->previewModel()->columnCount() == 14);
    REQUIRE(dialectPage->previewModel()->headerData(0, Qt::Horizontal).toString() == u"Voornaam");
    REQUIRE(dialectPage->previewModel()->data(dialectPage->previewModel()->index(0, 0)).toString() == u"Şeyma");
    screenshot(wizard, "2-dialect");
    dialectPage->delimiterBox()->setCurrentIndex(dialectPage->delimiterBox()->findData(QChar(u',')));
    REQUIRE(wizard.dialect().delimiter == u',');
    REQUIRE(dialectPage->previewModel()->columnCount() < 14);
    dialectPage->delimiterBox()->setCurrentIndex(dialectPage->delimiterBox()->findData(QChar(u';')));
    REQUIRE(dialectPage->previewModel()->columnCount() == 14);
    wizard.next();

    // 3. Mapping: guessed from the headers; a changed combo box takes the field from its old column.
    auto* mappingPage = qobject_cast<ImportMappingPage*>(wizard.currentPage());
    REQUIRE(mappingPage);
    const auto& boxes = mappingPage->fieldBoxes();
    REQUIRE(boxes.size() == 14);
    REQUIRE(fieldIn(boxes[0]) == ClientField::FirstNames);
    REQUIRE(fieldIn(boxes[9]) == ClientField::Route);
    REQUIRE(fieldIn(boxes[13]) == ClientField::Note);
    screenshot(wizard, "3-mapping");
    boxes[12]->setCurrentIndex(boxes[12]->findData(static_cast<int>(ClientField::Note))); // E-mail as note
    REQUIRE(fieldIn(boxes[13]) == ClientField::Ignore);
    boxes[0]->setCurrentIndex(0);
    boxes[1]->setCurrentIndex(0);
    REQUIRE_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no name column
    // Saved as a profile and chosen again later.
    dialogs.nextText = QStringLiteral("Zonder naam");
    mappingPage->saveProfile();
    REQUIRE(ImportProfileStore::names(store).value() == QStringList{QStringLiteral("Zonder naam")});
    before = rowCounts(store); // the profile is written at once; clients only at the end
    mappingPage->profileBox()->setCurrentIndex(0);
    Q_EMIT mappingPage->profileBox()->activated(0); // back to the automatic mapping
    REQUIRE(fieldIn(boxes[0]) == ClientField::FirstNames);
    REQUIRE(fieldIn(boxes[13]) == ClientField::Note);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    // 4. Validation: counts, refused rows with reasons, the duplicate choice; still nothing written.
    auto* validationPage = qobject_cast<ImportValidationPage*>(wizard.currentPage());
    REQUIRE(validationPage);
    QAbstractItemModelTester issueTester(validationPage->issueModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(validationPage->summaryLabel()->text().startsWith(
        QStringLiteral("14 row(s) read: 6 new, 0 to update, 0 already stored and skipped, 8 refused.")));
    REQUIRE(validationPage->issueModel()->rowCount() == 9); // 8 refused, 1 warning
    REQUIRE(validationPage->issueModel()->index(0, ImportIssueModel::ReasonColumn).data().toString() ==
            u"Unknown coach: the client has no coach yet.");
    REQUIRE(rowCounts(store) == before);
    dialogs.nextFile = fx.dir.filePath(QStringLiteral("geweigerd.csv"));
    validationPage->saveRejected();
    REQUIRE(QFileInfo::exists(dialogs.nextFile));
    validationPage->updateButton()->click();
    REQUIRE(wizard.duplicatePolicy() == DuplicatePolicy::Update);
    validationPage->skipButton()->click();
    screenshot(wizard, "4-validation");
    wizard.next();

    // 5. Confirm: the summary, then Import writes everything.
    auto* confirmPage = qobject_cast<ImportConfirmPage*>(wizard.currentPage());
    REQUIRE(confirmPage);
    REQUIRE(confirmPage->textLabel()->text().contains(QStringLiteral("New clients: 6")));
    REQUIRE(wizard.button(QWizard::FinishButton)->text() == u"Import");
    screenshot(wizard, "5-confirm");
    REQUIRE(rowCounts(store) == before);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(dialogs.shown ==
            QStringList{QStringLiteral("Imported 6 new clients, updated 0, skipped 0; 8 rows were refused.")});
    REQUIRE(dialogs.warnings.isEmpty());
    REQUIRE(wizard.result().has_value());
    REQUIRE(Repository<Client>(store).list()->size() == 6);
    REQUIRE(wizard.result()->imported == 6);
}

TEST_CASE("The import wizard shows a cut-off file's error and cannot go on", "[ui][import]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    FakeDialogs dialogs;
    ImportWizard wizard(*fx.store, service, dialogs);
    wizard.show();
    auto* filePage = qobject_cast<ImportFilePage*>(wizard.page(ImportWizard::FilePageId));
    QTest::keyClicks(filePage->pathEdit(), importDataPath("clients_truncated.csv"));
    wizard.next();
    auto* dialectPage = qobject_cast<ImportDialectPage*>(wizard.currentPage());
    REQUIRE(dialectPage);
    REQUIRE(dialectPage->errorLabel()->text() == u"The file ends inside a quoted field that starts on line 4.");
    REQUIRE(dialectPage->previewModel()->rowCount() == 2); // the rows before the cut are shown
    REQUIRE_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, "6-truncated");
    REQUIRE(Repository<Client>(*fx.store).list()->empty());
}

TEST_CASE("The check page warns of a name read in the wrong encoding", "[ui][import]") {
    StoreFixture fx;
    ClientService service(*fx.store);
    FakeDialogs dialogs;
    ImportWizard wizard(*fx.store, service, dialogs);
    wizard.show();
    // Exported by an older system that had already lost the letters: a replacement character and a "?".
    const QString path = fx.dir.filePath(QStringLiteral("oud-systeem.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Voornaam;Achternaam;Geboortedatum\r\n"
            "\xEF\xBF\xBDmer;Kaya;01-02-1990\r\n"
            "Anna;Jansen;02-03-1991\r\n"
            "G?l;Demir;03-04-1992\r\n");
    f.close();
    auto* filePage = qobject_cast<ImportFilePage*>(wizard.page(ImportWizard::FilePageId));
    QTest::keyClicks(filePage->pathEdit(), path);
    wizard.next();
    wizard.next();
    wizard.next();
    auto* validationPage = qobject_cast<ImportValidationPage*>(wizard.currentPage());
    REQUIRE(validationPage);
    ImportIssueModel* issues = validationPage->issueModel();
    REQUIRE(issues->rowCount() == 2);
    for (int i = 0; i < 2; ++i) {
        REQUIRE(issues->index(i, ImportIssueModel::RowColumn).data().toString() == (i == 0 ? u"2" : u"4"));
        REQUIRE(issues->index(i, ImportIssueModel::ReasonColumn)
                    .data()
                    .toString()
                    .startsWith(u"The name holds a replacement character or a \"?\" inside a word"));
    }
    REQUIRE(validationPage->summaryLabel()->text().startsWith(QStringLiteral("3 row(s) read: 3 new")));
    screenshot(wizard, "7-encoding");
}
