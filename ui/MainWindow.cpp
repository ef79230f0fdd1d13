#include "MainWindow.h"

#include "audit/AuditView.h"
#include "backup/BackupDialog.h"
#include "caseload/AgendaView.h"
#include "caseload/AssignCommand.h"
#include "caseload/CaseloadView.h"
#include "dashboard/DashboardView.h"
#include "directory/DirectoryDialog.h"
#include "dossier/DossierView.h"
#include "dossier/NewClientDialog.h"
#include "export/ClientExporter.h"
#include "help/AboutDialog.h"
#include "help/GuideDialog.h"
#include "hub/HubSyncDialog.h"
#include "import/ImportWizard.h"
#include "lock/IdleLock.h"
#include "prompts/Prompts.h"
#include "report/ReportDialog.h"
#include "retention/RetentionView.h"
#include "services/BackupStore.h"
#include "services/CaseloadService.h"
#include "services/ChangeFeed.h"
#include "services/ClientService.h"
#include "services/CoachService.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "start/ChangePassphraseDialog.h"
#include "start/StartDialog.h"
#include "sync/HandoverDialog.h"
#include "sync/SyncDialog.h"
#include "widgets/WorkDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace koers {

namespace {
enum Tab { CaseloadPage, AgendaPage, DossierPage, DashboardPage };
}

MainWindow::MainWindow(AppSettings& settings, const Clock& clock, Prompts& prompts, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_prompts(prompts)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_lockedPage(new QLabel(this))
    , m_caseload(new CaseloadView(settings, this))
    , m_agenda(new AgendaView(this))
    , m_dossier(new DossierView(m_undo, prompts, this))
    , m_idle(new IdleLock(this)) {
    m_tabs->addTab(m_caseload, tr("Case&load"));
    m_tabs->addTab(m_agenda, tr("A&genda"));
    m_tabs->addTab(m_dossier, tr("&Dossier"));
    m_tabs->setTabEnabled(DossierPage, false);
    // The dashboard reads the whole file's figures when first shown, not at start-up.
    m_dashboardHolder = new QWidget(this);
    m_tabs->addTab(m_dashboardHolder, tr("Da&shboard"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Back on the caseload with no dossier open: undo reaches the caseload's own steps.
        if (index == CaseloadPage && m_undo.noneActive())
            m_undo.openCaseload();
        if (index == DashboardPage)
            ensureDashboard();
        if (index == AgendaPage && m_agendaStale)
            reloadAgenda();
    });
    m_lockedPage->setAlignment(Qt::AlignCenter);
    m_lockedPage->setText(tr("Koers is locked."));
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_lockedPage);
    setCentralWidget(m_stack);
    createActions();

    connect(m_caseload, &CaseloadView::openClient, this, &MainWindow::openClient);
    connect(m_caseload, &CaseloadView::assignRequested, this, &MainWindow::assignClients);
    connect(m_caseload, &CaseloadView::handoverRequested, this, &MainWindow::handOverClients);
    connect(m_agenda, &AgendaView::openMilestone, this, [this](const QString& clientId, const QString& milestoneId) {
        if (openClient(clientId))
            m_dossier->showMilestone(milestoneId);
    });
    connect(m_agenda, &AgendaView::openContact, this, [this](const QString& clientId, const QString& contactId) {
        if (openClient(clientId))
            m_dossier->showContact(contactId);
    });
    connect(m_idle, &IdleLock::idle, this, [this] { lock(true); });
    m_idle->setTimeoutMinutes(m_settings.idleLockMinutes());

    resize(1400, 900);
    if (const QByteArray geometry = m_settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    updateTitle();
}

MainWindow::~MainWindow() {
    dropStore();
}

void MainWindow::dropStore() {
    m_caseload->stopLoading();
    dropDashboard();
    m_dossier->close();
    m_dossier->setChangeFeed(nullptr);
    m_undo.clear();
    m_feed.reset();
    m_store.reset();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newClientAction = file->addAction(tr("&New client..."), this, &MainWindow::newClient);
    newClientAction->setShortcut(QKeySequence::New);
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::saveEdits);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("&Import clients..."), this, &MainWindow::importClients);
    file->addAction(tr("&Export caseload..."), this, &MainWindow::exportClients);
    file->addAction(tr("S&ynchronise..."), this, &MainWindow::synchronise);
    file->addAction(tr("Synchronise with ser&ver..."), this, &MainWindow::synchroniseWithServer);
    file->addAction(m_caseload->handoverAction());
    file->addAction(tr("&Report for the college..."), this, &MainWindow::showReport);
    file->addSeparator();
    file->addAction(tr("Change &passphrase..."), this, &MainWindow::changePassphrase);
    file->addAction(tr("Back &up now"), this, [this] {
        if (!m_store)
            return;
        const Result<QString> made = backupNow(QString());
        if (made.ok())
            m_prompts.information(this, tr("Back-up"), BackupDialog::madeText(made.value(), false));
        else if (!made.cancelled())
            m_prompts.error(this, tr("Back-up"), made.message());
    });
    file->addAction(tr("&Back-ups..."), this, &MainWindow::showBackups);
    file->addSeparator();
    QAction* lockAction = file->addAction(tr("&Lock"), this, [this] { lock(false); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Each dossier has its own history; the actions follow the open dossier's and name its client.
    QAction* undo = m_undo.group()->createUndoAction(this, tr("&Undo:"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.group()->createRedoAction(this, tr("&Redo:"));
    // An undo or redo shows the dossier it changed, also when pressed from the caseload or the agenda.
    connect(m_undo.group(), &QUndoGroup::indexChanged, this, [this] {
        if (m_store && !m_dossier->clientId().isEmpty() && m_dossier->clientId() == m_undo.activeClient())
            m_tabs->setCurrentIndex(DossierPage);
        else if (m_store && m_undo.caseloadActive())
            m_tabs->setCurrentIndex(CaseloadPage);
    });
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_caseload->assignAction());
    edit->addSeparator();
    edit->addAction(tr("Coaches and &municipalities..."), this, &MainWindow::showDirectory);
    QAction* settings = edit->addAction(tr("&Settings..."), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    QAction* find = edit->addAction(tr("&Find client"), this, [this] {
        m_tabs->setCurrentIndex(CaseloadPage);
        m_caseload->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Audit log..."), this, &MainWindow::showAuditLog);
    view->addAction(tr("&Retention period..."), this, &MainWindow::showRetention);
    QAction* fullBsn = view->addAction(tr("Show full &BSN"));
    fullBsn->setCheckable(true);
    fullBsn->setChecked(m_settings.showFullBsn());
    connect(fullBsn, &QAction::toggled, this, [this](bool on) {
        m_settings.setShowFullBsn(on);
        m_caseload->model()->setShowFullBsn(on);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Koers"), this, &MainWindow::showAbout);

    for (QAction* a : {newClientAction, save, lockAction, quit, undo, redo, find, settings, guide})
        addAction(a);
}

void MainWindow::showSettings() {
    if (!m_store || m_store->inUseByWorker())
        return;
    SettingsDialog dialog(*m_store, m_settings, m_prompts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_idle->setTimeoutMinutes(m_settings.idleLockMinutes());
}

void MainWindow::showGuide() {
    if (!m_guide)
        m_guide = new GuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout() {
    QString cipher;
    if (m_store && !m_store->inUseByWorker())
        cipher = m_store->db().queryText(u"PRAGMA cipher_version").value_or(QString());
    auto* about = new AboutDialog(cipher, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::updateTitle() {
    setWindowTitle(m_path.isEmpty() ? tr("Koers") : tr("Koers - %1").arg(QFileInfo(m_path).fileName()));
}

void MainWindow::setStore(std::unique_ptr<Store> store, const QString& path) {
    dropStore();
    m_store = std::move(store);
    if (m_store) {
        m_feed = std::make_unique<ChangeFeed>(*m_store);
        connect(m_feed.get(), &ChangeFeed::changed, this, &MainWindow::storeChanged);
        m_dossier->setChangeFeed(m_feed.get());
    }
    m_path = path;
    m_locked = false;
    m_stack->setCurrentWidget(m_tabs);
    updateTitle();
    reloadViews();
    m_idle->setActive(m_store != nullptr);
}

void MainWindow::reloadViews() {
    if (!m_store)
        return;
    m_caseload->reload(*m_store);
    reloadAgenda();
    statusBar()->showMessage(tr("%1 opened").arg(QFileInfo(m_path).fileName()), 5000);
}

void MainWindow::reloadAgenda() {
    // Read when it is shown: at 100,000 clients the agenda takes seconds, and the caseload comes first after
    // unlocking.
    m_agendaStale = m_tabs->currentIndex() != AgendaPage;
    if (!m_agendaStale && m_store)
        m_agenda->reload(*m_store);
}

void MainWindow::storeChanged(const StoreChange& change) {
    if (!m_store)
        return;
    // The caseload shows clients with their coach, municipality and next milestone; the agenda the milestones and
    // the conversations' next steps.
    if (change.allClients || change.touchesAny({"client", "milestone", "plan_version", "coach", "municipality"}))
        m_caseload->reload(*m_store);
    if (change.allClients || change.touchesAny({"client", "milestone", "plan_version", "coach", "contact"}))
        reloadAgenda();
    // The dashboard reads its facts once: any change to what it counts makes them stale.
    if (m_dashboard && (change.allClients || change.touchesAny({"client", "milestone", "plan_version", "coach",
                                                                "municipality", "intake"}))) {
        dropDashboard();
        if (m_tabs->currentIndex() == DashboardPage)
            ensureDashboard();
    }
}

bool MainWindow::openClient(const QString& clientId) {
    if (!m_store || clientId.isEmpty())
        return false;
    if (m_dossier->clientId() != clientId && !resolveUnsavedEdits())
        return false;
    m_dossier->open(*m_store, clientId);
    m_tabs->setTabEnabled(DossierPage, true);
    m_tabs->setCurrentIndex(DossierPage);
    return m_dossier->clientId() == clientId;
}

void MainWindow::newClient() {
    if (!m_store)
        return;
    auto service = ClientService::forStore(*m_store);
    if (!service.ok()) {
        m_prompts.error(this, tr("New client"), service.message());
        return;
    }
    NewClientDialog dialog(*m_store, service.value(), m_prompts, this);
    if (dialog.exec() != QDialog::Accepted || !m_store)
        return;
    m_feed->flush(); // the caseload shows the new client before its dossier opens
    openClient(dialog.createdId());
    m_dossier->tabs()->setCurrentIndex(0); // a new dossier starts at its personal data
}

void MainWindow::ensureDashboard() {
    if (m_dashboard || !m_store)
        return;
    // Reading the facts of a large file takes a while: on a worker, behind its progress. Cancelled: the tab stays
    // empty until it is chosen again.
    auto loaded = WorkDialog::run(this, tr("Dashboard"), *m_store, [this](Progress& progress) {
        progress.begin(tr("Reading the figures"), 0);
        auto figures = DashboardFigures::forStore(*m_store);
        if (figures.ok())
            if (Status read = figures->reload(); !read.ok())
                return Result<DashboardFigures>(read.error());
        return figures;
    });
    if (!loaded || !m_store || m_locked)
        return; // locked meanwhile
    if (loaded->cancelled()) {
        m_tabs->setCurrentIndex(CaseloadPage);
        return;
    }
    m_dashboard = loaded->ok() ? new DashboardView(*m_store, m_prompts, std::move(loaded->value()), m_dashboardHolder)
                               : new DashboardView(*m_store, m_prompts, m_dashboardHolder); // shows the error itself
    auto* layout = m_dashboardHolder->layout() ? m_dashboardHolder->layout() : new QVBoxLayout(m_dashboardHolder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardView::openCaseload, this, &MainWindow::showCaseloadFor);
}

void MainWindow::dropDashboard() {
    delete m_dashboard;
    m_dashboard = nullptr;
}

QStringList MainWindow::clientsForTeamStep() {
    if (!m_store || m_locked || m_store->inUseByWorker())
        return {};
    const QStringList ids = m_caseload->selectedClientIds();
    if (ids.isEmpty() || !resolveUnsavedEdits())
        return {};
    return ids;
}

void MainWindow::assignClients() {
    const QStringList ids = clientsForTeamStep();
    if (ids.isEmpty())
        return;
    const QString title = tr("Assign to coach");
    auto coaches = CoachService(*m_store).list(false);
    if (!coaches.ok()) {
        m_prompts.error(this, title, coaches.message());
        return;
    }
    if (coaches->empty()) {
        m_prompts.information(this, title,
                              tr("There are no active coaches in this file. Add them under Edit, Coaches and "
                                 "municipalities."));
        return;
    }
    QStringList names;
    for (const Coach& c : coaches.value())
        names << c.name;
    const int chosen =
        m_prompts.choice(this, title, tr("Give the %n selected client(s) to:", nullptr, int(ids.size())), names);
    if (chosen < 0)
        return;
    const Coach& coach = coaches->at(chosen);
    auto step = CaseloadService(*m_store).assign(ids, coach.meta.id);
    if (!step.ok()) {
        m_prompts.error(this, title, step.message());
        return;
    }
    m_tabs->setCurrentIndex(CaseloadPage);
    if (step->moves.empty()) {
        m_prompts.information(this, title, tr("The selected clients have %1 as their coach already.").arg(coach.name));
        return;
    }
    const int moved = static_cast<int>(step->moves.size());
    m_undo.openCaseload()->push(new AssignCommand(*m_store, m_prompts, std::move(step.value()), coach.name, [this] {
        if (m_feed)
            m_feed->flush();
    }));
    m_feed->flush();
    statusBar()->showMessage(tr("%n client(s) assigned to %1.", nullptr, moved).arg(coach.name), 5000);
}

void MainWindow::handOverClients() {
    const QStringList ids = clientsForTeamStep();
    if (ids.isEmpty())
        return;
    HandoverDialog dialog(*m_store, m_prompts, ids, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result() || !m_store)
        return;
    m_feed->flush();
    const Handover& done = *dialog.result();
    m_prompts.information(this, tr("Hand over"),
                          tr("%n client(s) handed over on %1. Give the package and its passphrase to the receiver "
                             "separately; here the clients are now moved away.",
                             nullptr, done.clients)
                              .arg(done.date.toString(QStringLiteral("dd-MM-yyyy"))));
}

void MainWindow::importClients() {
    if (!m_store)
        return;
    auto service = ClientService::forStore(*m_store);
    if (!service.ok()) {
        m_prompts.error(this, tr("Import"), service.message());
        return;
    }
    ImportWizard wizard(*m_store, service.value(), m_prompts, this);
    wizard.exec(); // the views follow the feed
}

void MainWindow::synchronise() {
    if (!m_store || !resolveUnsavedEdits())
        return;
    SyncDialog dialog(*m_store, m_prompts, this);
    dialog.setShowFullBsn(m_settings.showFullBsn());
    bool changed = false;
    connect(&dialog, &SyncDialog::recordsChanged, this, [&changed] { changed = true; });
    dialog.exec();
    // Merged records may touch the open dossier: its undo history no longer matches the data. (Locked meanwhile:
    // the history is gone already.) The views follow the feed.
    if (changed && !m_locked)
        m_undo.clear();
}

void MainWindow::synchroniseWithServer() {
    if (!m_store || !resolveUnsavedEdits())
        return;
    HubSyncDialog dialog(*m_store, m_settings, this);
    bool changed = false;
    connect(&dialog, &HubSyncDialog::recordsChanged, this, [&changed] { changed = true; });
    dialog.exec();
    // As after a package: the undo history no longer matches the data; the views follow the feed.
    if (changed && !m_locked)
        m_undo.clear();
}

void MainWindow::showReport() {
    if (!m_store)
        return;
    ReportDialog dialog(*m_store, m_settings, m_prompts, this);
    dialog.exec();
}

void MainWindow::showBackups() {
    if (!m_store)
        return;
    BackupDialog dialog(
        m_path,
        [this](const QString& backupPath, QByteArrayView passphrase) { return restoreBackup(backupPath, passphrase); },
        [this](const QString& folder) { return backupNow(folder); }, m_prompts, this);
    dialog.exec();
}

Result<QString> MainWindow::backupNow(const QString& folder) {
    // The copy holds what is saved: edits still open in the dossier are saved or dropped first, as asked.
    if (!m_store || !resolveUnsavedEdits())
        return Progress::cancelledError();
    auto made = WorkDialog::run(this, tr("Back-up"), *m_store, [this, &folder](Progress& progress) {
        return m_store->db().backupNow(folder, progress);
    });
    if (!made)
        return Progress::cancelledError(); // locked meanwhile: the copy was stopped and removed
    return *made;
}

Status MainWindow::restoreBackup(const QString& backupPath, QByteArrayView passphrase) {
    // A wrong passphrase is told before the window closes the file.
    if (Status usable = Database::verify(backupPath, passphrase, false); !usable.ok())
        return usable.code() == ErrorCode::WrongPassphrase
                   ? makeError(ErrorCode::WrongPassphrase, tr("The passphrase does not open this backup. A backup made "
                                                              "before a passphrase change needs the old passphrase."))
                   : usable;
    // The restore replaces the file: unsaved edits are asked about first, then the lock closes the file and the
    // unlock dialog opens the result.
    if (resolveUnsavedEdits())
        lock(false);
    if (!m_locked)
        return makeError(ErrorCode::Invalid, tr("The open changes were kept; nothing was restored."));
    // The file is closed; the copies and the check run on a worker behind the lock screen.
    auto restored = WorkDialog::runWithoutStore(this, tr("Restore backup"), [&](Progress& progress) {
        return BackupStore::restore(m_path, backupPath, passphrase, progress);
    });
    Result<QString> kept = restored ? std::move(*restored) : Result<QString>(Progress::cancelledError());
    if (kept.cancelled()) {
        m_prompts.information(this, tr("Restore backup"),
                              tr("Cancelled: nothing was restored; the file is as it was."));
        return {};
    }
    if (!kept.ok()) {
        m_prompts.error(this, tr("Restore backup"), kept.message());
        return {}; // the file is as it was; the unlock dialog opens it again
    }
    m_prompts.information(this, tr("Restore backup"),
                          tr("The backup was restored; the replaced state is kept as a backup too. Open "
                             "the file with the passphrase of the backup."));
    return {};
}

void MainWindow::showDirectory() {
    if (!m_store)
        return;
    DirectoryDialog dialog(*m_store, m_prompts, this);
    dialog.exec(); // the views follow the feed
}

void MainWindow::showAuditLog() {
    if (!m_store)
        return;
    AuditView view(*m_store, m_prompts, this);
    view.exec();
}

void MainWindow::showRetention() {
    if (!m_store || !resolveUnsavedEdits())
        return;
    RetentionView view(*m_store, m_clock.today(), m_prompts, this);
    view.exec();
    // Anonymised records may be in the undo history: it no longer matches the file. The views follow the feed.
    if (view.changedRecords() && !m_locked)
        m_undo.clear();
}

void MainWindow::changePassphrase() {
    if (!m_store)
        return;
    ChangePassphraseDialog dialog(
        [this](QByteArrayView oldPassphrase, QByteArrayView newPassphrase) {
            return applyPassphraseChange(oldPassphrase, newPassphrase);
        },
        this);
    dialog.exec();
}

Status MainWindow::applyPassphraseChange(QByteArrayView oldPassphrase, QByteArrayView newPassphrase) {
    if (!m_store)
        return makeError(ErrorCode::Invalid, tr("No file is open."));
    // A copy of the file first, then the re-encryption: on a worker, so the window keeps answering.
    auto changed = WorkDialog::run(this, tr("Change passphrase"), *m_store, [&](Progress& progress) -> Status {
        KOERS_TRY(m_store->db().changePassphrase(oldPassphrase, newPassphrase, progress));
        return m_store->audit(u"passwd");
    });
    if (!changed)
        return Progress::cancelledError(); // locked meanwhile: stopped before the re-encryption, or finished
    KOERS_TRY(*changed);
    statusBar()->showMessage(tr("Passphrase changed; the previous state is kept as a backup."), 5000);
    return {};
}

void MainWindow::exportClients() {
    if (!m_store)
        return;
    const QString path =
        m_prompts.saveFileName(this, tr("Export the caseload"), tr("caseload.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto exported = WorkDialog::run(this, tr("Export"), *m_store, [this, &path](Progress& progress) {
        return ClientExporter::exportClients(*m_store, path, progress);
    });
    if (!exported)
        return; // locked meanwhile: stopped, no file written
    Result<qint64>& written = *exported;
    if (written.cancelled()) {
        m_prompts.information(this, tr("Export"), tr("Cancelled: no file was written."));
        return;
    }
    if (!written.ok()) {
        m_prompts.error(this, tr("Export"), written.message());
        return;
    }
    m_prompts.information(
        this, tr("Export"),
        tr("%n client(s) written to %1. The file is not encrypted: keep it safe and delete it when done.", nullptr,
           static_cast<int>(written.value()))
            .arg(QFileInfo(path).fileName()));
}

void MainWindow::showCaseloadFor(const QStringList& clientIds, const QString& description) {
    m_caseload->showOnly(clientIds, description);
    m_tabs->setCurrentIndex(CaseloadPage);
}

void MainWindow::saveEdits() {
    const QStringList refused = m_dossier->saveEdits();
    if (!refused.isEmpty())
        m_prompts.error(this, tr("Not saved"),
                        tr("Not everything in the dossier of %1 could be saved:\n%2")
                            .arg(m_dossier->clientName(), refused.join(QLatin1Char('\n'))));
}

bool MainWindow::resolveUnsavedEdits() {
    if (!m_dossier->hasUnsavedEdits())
        return true;
    m_tabs->setCurrentIndex(DossierPage);
    const auto answer = m_prompts.question(this, tr("Unsaved changes"),
                                           tr("The dossier of %1 has changes that are not saved yet (%2).\n\n"
                                              "Save them?")
                                               .arg(m_dossier->clientName(), m_dossier->unsavedTabs().join(u", ")),
                                           Prompts::Buttons::SaveDiscardCancel, Prompts::Choice::Yes);
    if (answer == Prompts::Choice::Cancel)
        return false;
    if (answer == Prompts::Choice::No) {
        m_dossier->discardEdits();
        return true;
    }
    const QStringList refused = m_dossier->saveEdits();
    if (refused.isEmpty())
        return true;
    // Stay, so the coach can put right what could not be saved.
    m_prompts.error(this, tr("Not saved"),
                    tr("These changes could not be saved:\n%1").arg(refused.join(QLatin1Char('\n'))));
    return false;
}

void MainWindow::lock(bool idle) {
    if (!m_store || m_locked)
        return;
    Q_UNUSED(idle)
    // Work running on a worker (a package, an import, a server sync) holds the file's connection: it stops and
    // rolls back first, before anything here writes.
    QStringList stopped, finished;
    if (WorkDialog* work = WorkDialog::current()) {
        (work->inFinalPhase() ? finished : stopped) << work->windowTitle();
        work->reject();
    }
    for (HubSyncDialog* hub : findChildren<HubSyncDialog*>())
        if (hub->isVisible() && hub->stopSync())
            stopped << hub->windowTitle();
    // A lock never waits for an answer (the coach may have walked away): everything valid is saved, and what
    // could not be kept is reported after unlocking, with the client and the tab.
    QStringList lost;
    if (m_dossier->hasUnsavedEdits())
        for (const QString& line : m_dossier->saveEdits())
            lost << tr("%1, %2").arg(m_dossier->clientName(), line);
    for (NewClientDialog* dialog : findChildren<NewClientDialog*>())
        if (dialog->isVisible())
            if (const QString note = dialog->keepOnLock(); !note.isEmpty())
                lost << note;
    QStringList notes;
    if (!stopped.isEmpty())
        notes << tr("Koers locked while this was running; it was stopped before it changed anything: %1.")
                     .arg(stopped.join(QStringLiteral(", ")));
    if (!finished.isEmpty())
        notes << tr("Koers locked while this was finishing; it was completed first: %1.")
                     .arg(finished.join(QStringLiteral(", ")));
    if (!lost.isEmpty())
        notes << tr("Koers locked while these changes could not be saved; they were discarded:\n%1")
                     .arg(lost.join(QLatin1Char('\n')));
    if (!notes.isEmpty())
        m_lostEditsNote = notes.join(QStringLiteral("\n\n"));
    m_locked = true;
    m_idle->setActive(false);
    // A dialog open over the window (audit log, sync, report, back-ups, a question) shows or holds decrypted
    // data and a reference to the store: it closes before the store goes, innermost first.
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it)
        if ((*it)->isVisible())
            (*it)->reject();
    m_reopenClient = m_dossier->clientId();
    // Every copy of personal data goes: views, undo history (its commands hold records), the store.
    m_tabs->setTabEnabled(DossierPage, false);
    m_caseload->clear();
    m_agenda->clear();
    dropStore();
    m_stack->setCurrentWidget(m_lockedPage);

    m_unlock = new StartDialog(m_settings, m_clock, m_prompts, StartDialog::Mode::Unlock, m_path, this);
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_unlock, &QDialog::accepted, this, &MainWindow::unlocked);
    connect(m_unlock, &QDialog::rejected, this, [this] {
        m_unlock = nullptr;
        close();
    });
    m_unlock->open();
}

void MainWindow::unlocked() {
    std::unique_ptr<Store> store = m_unlock->takeStore();
    m_unlock = nullptr;
    setStore(std::move(store), m_path);
    if (!m_reopenClient.isEmpty())
        openClient(m_reopenClient);
    m_tabs->setCurrentIndex(m_reopenClient.isEmpty() ? CaseloadPage : DossierPage);
    if (!m_lostEditsNote.isEmpty()) {
        m_prompts.information(this, tr("Changes discarded"), m_lostEditsNote);
        m_lostEditsNote.clear();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_locked && !resolveUnsavedEdits()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    dropStore();
    event->accept();
}

} // namespace koers
