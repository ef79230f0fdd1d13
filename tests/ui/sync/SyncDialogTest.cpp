#include "core/CatchQtPrinters.h"

#include "core/sync/SyncTestSupport.h"
#include "storage/DeviceNames.h"
#include "storage/Repository.h"
#include "sync/ConflictsView.h"
#include "sync/SyncDialog.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "ui/ScriptedPrompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace koers;
using namespace koers::test;

namespace {

// Answers the dialogs' questions from the test and records the warnings.
using FakeDialogs = ScriptedPrompts;

Client client(const QString& lastName) {
    Client c;
    c.firstNames = QStringLiteral("Testa");
    c.lastName = lastName;
    return c;
}

QString cellText(QTableWidget* t, int row, int col) {
    auto* it = t->item(row, col);
    return it ? it->text() : QString();
}

void screenshot(QWidget& w, const char* name) {
    w.show();
    QTest::qWait(50);
    w.grab().save(QStringLiteral("/tmp/%1.png").arg(QLatin1String(name)));
}

} // namespace

TEST_CASE("SyncDialog exports for a remembered peer and imports with a summary", "[ui][sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), -3600 * 1000);
    for (const char* name : {"Eerste", "Tweede", "Derde"})
        REQUIRE(Repository<Client>(*a.store).insert(client(QString::fromLatin1(name))).ok());

    FakeDialogs fakes;
    fakes.nextFile = dir.filePath(QStringLiteral("for-b.koerssync"));
    SyncDialog exportDialog(*a.store, fakes);
    exportDialog.show();
    REQUIRE_FALSE(exportDialog.exportButton()->isEnabled());
    QTest::keyClicks(exportDialog.peerBox()->lineEdit(), QStringLiteral("laptop-b"));
    QTest::keyClicks(exportDialog.exportPassphrase(), QString::fromLatin1(kPackagePass));
    QTest::keyClicks(exportDialog.exportRepeat(), QStringLiteral("typo"));
    REQUIRE_FALSE(exportDialog.exportButton()->isEnabled()); // the two entries differ
    exportDialog.exportRepeat()->clear();
    QTest::keyClicks(exportDialog.exportRepeat(), QString::fromLatin1(kPackagePass));
    REQUIRE(exportDialog.exportButton()->isEnabled());
    QTest::mouseClick(exportDialog.exportButton(), Qt::LeftButton);
    REQUIRE(fakes.warnings.isEmpty());
    REQUIRE(QFileInfo::exists(fakes.nextFile));
    REQUIRE(exportDialog.exportStatus()->text().contains(QStringLiteral("full package for laptop-b: 3 record")));
    REQUIRE(exportDialog.exportPassphrase()->text().isEmpty()); // not kept in the widget
    REQUIRE(exportDialog.peerTable()->rowCount() == 1);
    REQUIRE(cellText(exportDialog.peerTable(), 0, SyncDialog::PeerName) == QStringLiteral("laptop-b"));
    REQUIRE(cellText(exportDialog.peerTable(), 0, SyncDialog::PeerRecords) == QStringLiteral("3"));
    screenshot(exportDialog, "koers-sync-export");

    // A new dialog remembers the peer.
    SyncDialog again(*a.store, fakes);
    REQUIRE(again.peerBox()->count() == 1);
    REQUIRE(again.peerBox()->itemText(0) == QStringLiteral("laptop-b"));

    FakeDialogs fakesB;
    fakesB.nextFile = fakes.nextFile;
    SyncDialog importDialog(*b.store, fakesB);
    importDialog.show();
    int changed = 0;
    QObject::connect(&importDialog, &SyncDialog::recordsChanged, [&changed] { ++changed; });
    importDialog.tabs()->setCurrentIndex(SyncDialog::ImportTab);

    SECTION("a wrong passphrase is reported and changes nothing") {
        QTest::keyClicks(importDialog.importPassphrase(), QStringLiteral("wrong"));
        QTest::mouseClick(importDialog.importButton(), Qt::LeftButton);
        REQUIRE(fakesB.warnings.size() == 1);
        REQUIRE(fakesB.warnings.first().contains(QStringLiteral("passphrase")));
        REQUIRE(importDialog.importStatus()->text().startsWith(QStringLiteral("Nothing was changed.")));
        REQUIRE(changed == 0);
        REQUIRE(Repository<Client>(*b.store).list()->empty());
    }
    SECTION("the summary counts per table") {
        QTest::keyClicks(importDialog.importPassphrase(), QString::fromLatin1(kPackagePass));
        QTest::mouseClick(importDialog.importButton(), Qt::LeftButton);
        REQUIRE(fakesB.warnings.isEmpty());
        REQUIRE(changed == 1);
        REQUIRE(Repository<Client>(*b.store).list()->size() == 3);
        QTableWidget* s = importDialog.summaryTable();
        const int total = s->rowCount() - 1;
        REQUIRE(cellText(s, total, SyncDialog::SummaryTable) == QStringLiteral("Total"));
        REQUIRE(cellText(s, total, SyncDialog::SummaryNew) == QStringLiteral("3"));
        REQUIRE(cellText(s, total, SyncDialog::SummaryConflicts) == QStringLiteral("0"));
        REQUIRE(s->findItems(QStringLiteral("Clients"), Qt::MatchExactly).size() == 1);
        screenshot(importDialog, "koers-sync-import");
    }
}

TEST_CASE("ConflictsView shows both versions side by side and restores the loser", "[ui][sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    // Each laptop named once; B's package tells A its name.
    REQUIRE(DeviceNames(*a.store).setOwn(QStringLiteral("Laptop A"), QStringLiteral("Coach A")).ok());
    REQUIRE(DeviceNames(*b.store).setOwn(QStringLiteral("  Laptop   Fatima "), QStringLiteral("Fatima")).ok());
    Client person = client(QStringLiteral("Gedeeld"));
    person.bsn = QStringLiteral("111222333");
    person.dateOfBirth = QDate(1990, 3, 7);
    auto shared = Repository<Client>(*a.store).insert(person);
    REQUIRE(shared.ok());
    const QString base = dir.filePath(QStringLiteral("base.koerssync"));
    REQUIRE(SyncExporter(*a.store).exportTo(base, kPackagePass, {}).ok());
    REQUIRE(SyncImporter(*b.store).importFrom(base, kPackagePass).ok());
    // Concurrent edits; B's is later and wins.
    Client onA = shared.value();
    onA.phone = QStringLiteral("0201234567");
    onA.note = QStringLiteral("gesprek op locatie A");
    REQUIRE(Repository<Client>(*a.store).update(onA).ok());
    b.clock->advanceMs(60000);
    Client onB = Repository<Client>(*b.store).get(shared->meta.id).value();
    onB.note = QStringLiteral("gesprek op locatie B");
    REQUIRE(Repository<Client>(*b.store).update(onB).ok());
    const QString fromB = dir.filePath(QStringLiteral("b.koerssync"));
    REQUIRE(SyncExporter(*b.store).exportTo(fromB, kPackagePass, {}).ok());

    FakeDialogs fakes;
    fakes.nextFile = fromB;
    SyncDialog dialog(*a.store, fakes);
    dialog.show();
    QTest::keyClicks(dialog.importPassphrase(), QString::fromLatin1(kPackagePass));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    REQUIRE(fakes.warnings.isEmpty());
    REQUIRE(dialog.tabs()->tabText(SyncDialog::ConflictsTab) == QStringLiteral("Conflicts (1)"));

    ConflictsView* view = dialog.conflicts();
    REQUIRE(view->conflictCount() == 1);
    // People's words in the list: the client's name, what was edited, when and on which laptop.
    REQUIRE(cellText(view->list(), 0, ConflictsView::ClientName) == QStringLiteral("Testa Gedeeld"));
    REQUIRE(cellText(view->list(), 0, ConflictsView::What) == QStringLiteral("Personal data"));
    REQUIRE(cellText(view->list(), 0, ConflictsView::WinningVersion).endsWith(QStringLiteral(", Laptop Fatima")));
    REQUIRE(cellText(view->list(), 0, ConflictsView::LosingVersion).endsWith(QStringLiteral(", Laptop A")));
    REQUIRE(cellText(view->list(), 0, ConflictsView::WinningVersion)
                .contains(QRegularExpression(QStringLiteral(R"(^\d\d-\d\d-\d{4} \d\d:\d\d, )"))));
    // The ids only in the detail line.
    REQUIRE(view->detailLine()->text().contains(shared->meta.id));
    REQUIRE_FALSE(cellText(view->list(), 0, ConflictsView::ClientName).contains(shared->meta.id));
    QTableWidget* cmp = view->comparison();
    auto rowOf = [cmp](const QString& label) {
        for (int r = 0; r < cmp->rowCount(); ++r)
            if (cellText(cmp, r, ConflictsView::Field) == label)
                return r;
        return -1;
    };
    const int noteRow = rowOf(QStringLiteral("Note"));
    const int phoneRow = rowOf(QStringLiteral("Phone"));
    const int nameRow = rowOf(QStringLiteral("Last name"));
    REQUIRE(nameRow >= 0);
    REQUIRE(phoneRow >= 0);
    REQUIRE(rowOf(QStringLiteral("last_name")) < 0);
    // Dates as the dossier shows them, the BSN masked until the window shows it whole.
    REQUIRE(cellText(cmp, rowOf(QStringLiteral("Date of birth")), ConflictsView::Current) ==
            QStringLiteral("07-03-1990"));
    REQUIRE(cellText(cmp, rowOf(QStringLiteral("BSN")), ConflictsView::Current) == QStringLiteral("******333"));
    dialog.setShowFullBsn(true);
    REQUIRE(cellText(cmp, rowOf(QStringLiteral("BSN")), ConflictsView::Current) == QStringLiteral("111222333"));
    dialog.setShowFullBsn(false);
    REQUIRE(noteRow >= 0);
    REQUIRE(cellText(cmp, noteRow, ConflictsView::Current) == QStringLiteral("gesprek op locatie B"));
    REQUIRE(cellText(cmp, noteRow, ConflictsView::Losing) == QStringLiteral("gesprek op locatie A"));
    REQUIRE(cmp->item(noteRow, ConflictsView::Losing)->font().bold());
    REQUIRE(cellText(cmp, phoneRow, ConflictsView::Losing) == QStringLiteral("0201234567"));
    REQUIRE_FALSE(cmp->item(nameRow, ConflictsView::Field)->font().bold());            // the same on both sides
    REQUIRE(cmp->findItems(QStringLiteral("updated_at"), Qt::MatchExactly).isEmpty()); // in the list above
    dialog.tabs()->setCurrentIndex(SyncDialog::ConflictsTab);
    screenshot(dialog, "koers-sync-conflicts");

    SECTION("declining the confirmation changes nothing") {
        fakes.answers = {Prompts::Choice::No};
        QTest::mouseClick(view->restoreButton(), Qt::LeftButton);
        REQUIRE(view->conflictCount() == 1);
        REQUIRE(fakes.lastSafe == Prompts::Choice::No);
        REQUIRE(Repository<Client>(*a.store).get(shared->meta.id)->note == QStringLiteral("gesprek op locatie B"));
    }
    SECTION("restore writes the losing version back as the newest change") {
        int changed = 0;
        QObject::connect(&dialog, &SyncDialog::recordsChanged, [&changed] { ++changed; });
        fakes.answers = {Prompts::Choice::Yes};
        QTest::mouseClick(view->restoreButton(), Qt::LeftButton);
        REQUIRE(changed == 1);
        REQUIRE(view->conflictCount() == 0);
        REQUIRE(dialog.tabs()->tabText(SyncDialog::ConflictsTab) == QStringLiteral("Conflicts"));
        const Client now = Repository<Client>(*a.store).get(shared->meta.id).value();
        REQUIRE(now.note == QStringLiteral("gesprek op locatie A"));
        REQUIRE(now.phone == QStringLiteral("0201234567"));
        REQUIRE(onB.meta.updatedAt < now.meta.updatedAt);
    }
    SECTION("keep current resolves without changing the record") {
        QTest::mouseClick(view->dismissButton(), Qt::LeftButton);
        REQUIRE(view->conflictCount() == 0);
        SyncDialog reopened(*a.store, fakes);
        REQUIRE(reopened.tabs()->tabText(SyncDialog::ConflictsTab) == QStringLiteral("Conflicts"));
        REQUIRE(Repository<Client>(*a.store).get(shared->meta.id)->note == QStringLiteral("gesprek op locatie B"));
    }
}

TEST_CASE("SyncDialog asks with the counts before a package deletes many clients, and keeps a short passphrase out",
          "[ui][sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        auto c = Repository<Client>(*a.store).insert(client(QStringLiteral("Klant%1").arg(i)));
        REQUIRE(c.ok());
        ids << c->meta.id;
    }
    const QString all = dir.filePath(QStringLiteral("all.koerssync"));
    REQUIRE(SyncExporter(*a.store).exportTo(all, kPackagePass, {QString(), true}).ok());
    REQUIRE(SyncImporter(*b.store).importFrom(all, kPackagePass).ok());
    a.clock->advanceMs(1000);
    for (const QString& id : ids)
        REQUIRE(Repository<Client>(*a.store).remove(id).ok());
    const QString wipe = dir.filePath(QStringLiteral("wipe.koerssync"));
    REQUIRE(SyncExporter(*a.store).exportTo(wipe, kPackagePass, {QString(), true}).ok());

    FakeDialogs fakes;
    fakes.nextFile = wipe;
    fakes.answers = {Prompts::Choice::No};
    SyncDialog dialog(*b.store, fakes);
    dialog.show();
    QTest::keyClicks(dialog.importPassphrase(), QString::fromLatin1(kPackagePass));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    const auto asked = std::count_if(fakes.shown.cbegin(), fakes.shown.cend(),
                                     [](const QString& t) { return t.contains(QStringLiteral("deletes 12")); });
    REQUIRE(asked == 1);
    REQUIRE(fakes.shown.filter(QStringLiteral("of the 12 clients")).size() == 1);
    REQUIRE(fakes.lastSafe == Prompts::Choice::No); // Enter says No
    REQUIRE(dialog.importStatus()->text().startsWith(QStringLiteral("Nothing was changed.")));
    REQUIRE(Repository<Client>(*b.store).list()->size() == 12);

    fakes.answers = {Prompts::Choice::Yes};
    QTest::keyClicks(dialog.importPassphrase(), QString::fromLatin1(kPackagePass));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    REQUIRE(fakes.shown.filter(QStringLiteral("deletes 12")).size() == 2);
    REQUIRE(Repository<Client>(*b.store).list()->empty());
    REQUIRE(dialog.importStatus()->text().contains(QStringLiteral("kept as the backup")));

    // A package passphrase shorter than the rule is not used.
    fakes.nextFile = dir.filePath(QStringLiteral("short.koerssync"));
    QTest::keyClicks(dialog.peerBox()->lineEdit(), QStringLiteral("laptop-a"));
    QTest::keyClicks(dialog.exportPassphrase(), QStringLiteral("kort"));
    QTest::keyClicks(dialog.exportRepeat(), QStringLiteral("kort"));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE_FALSE(QFileInfo::exists(fakes.nextFile));
    REQUIRE(dialog.exportStatus()->text().contains(QStringLiteral("at least 10")));
}
