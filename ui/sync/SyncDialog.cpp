#include "SyncDialog.h"

#include "ConflictsView.h"
#include "prompts/Prompts.h"
#include "report/RecordText.h"
#include "rules/PassphraseStrength.h"
#include "storage/Store.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncTables.h"
#include "util/SecureBytes.h"
#include "widgets/PassphraseAids.h"
#include "widgets/WorkDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QString number(qint64 n) {
    return QLocale().toString(n);
}

QString packageFilter() {
    return QCoreApplication::translate("SyncDialog", "Koers sync packages (*.koerssync)");
}

// The passphrase leaves the field as bytes that are wiped after use.
SecretBytes takePassphrase(QLineEdit* field) {
    SecretBytes bytes(field->text().toUtf8());
    field->clear();
    return bytes;
}

} // namespace

void SyncDialog::setShowFullBsn(bool show) {
    m_conflicts->setShowFullBsn(show);
}

SyncDialog::SyncDialog(Store& store, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompts(prompts) {
    setWindowTitle(tr("Sync with other devices"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeExportTab(), tr("Export"));
    m_tabs->addTab(makeImportTab(), tr("Import"));
    m_conflicts = new ConflictsView(m_store, m_prompts, this);
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    connect(m_conflicts, &ConflictsView::recordsChanged, this, &SyncDialog::recordsChanged);
    connect(m_conflicts, &ConflictsView::reloaded, this, &SyncDialog::updateConflictsTab);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(close);
    resize(820, 560);
    loadPeers();
    updateButtons();
    updateConflictsTab();
}

void SyncDialog::updateConflictsTab() {
    const int open = m_conflicts->openCount();
    m_tabs->setTabText(ConflictsTab, open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
}

QWidget* SyncDialog::makeExportTab() {
    auto* page = new QWidget(this);
    m_peer = new QComboBox(page);
    m_peer->setEditable(true);
    m_peer->setInsertPolicy(QComboBox::NoInsert);
    m_peer->setToolTip(tr("The device or colleague the package is for. Koers remembers what each peer got, so the "
                          "next package holds only what changed since."));
    m_full = new QCheckBox(tr("Everything (a full package), not only the changes since the last package"), page);
    m_exportPass = new QLineEdit(page);
    m_exportPass->setAccessibleName(tr("Package passphrase"));
    m_exportRepeat = new QLineEdit(page);
    m_exportRepeat->setAccessibleName(tr("Repeat the package passphrase"));
    // The package passphrase is chosen here, so it gets the same aids and strength bar as a new file's.
    auto* exportCaps = PassphraseAids::makeCapsWarning(page);
    PassphraseAids::attach(m_exportPass, exportCaps);
    PassphraseAids::attach(m_exportRepeat, exportCaps);
    m_exportStrengthBar = PassphraseAids::makeStrengthBar(page);
    m_exportStrength = new QLabel(PassphraseStrength::text(PassphraseStrength::Level::TooShort), page);
    m_exportButton = new QPushButton(tr("Export package…"), page);
    m_exportStatus = new QLabel(page);
    m_exportStatus->setWordWrap(true);

    m_peers = new QTableWidget(0, PeerColumnCount, page);
    m_peers->setHorizontalHeaderLabels({tr("Peer"), tr("Last package"), tr("Records"), tr("Packages")});
    m_peers->verticalHeader()->hide();
    m_peers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peers->horizontalHeader()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("For peer:"), m_peer);
    form->addRow(QString(), m_full);
    form->addRow(tr("Package passphrase:"), m_exportPass);
    form->addRow(tr("Repeat passphrase:"), m_exportRepeat);
    form->addRow(tr("Strength:"), m_exportStrengthBar);
    form->addRow(QString(), m_exportStrength);
    form->addRow(QString(), exportCaps);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_exportButton, 0, Qt::AlignRight);
    layout->addWidget(m_exportStatus);
    layout->addWidget(new QLabel(tr("Remembered peers:"), page));
    layout->addWidget(m_peers, 1);

    connect(m_peer, &QComboBox::currentTextChanged, this, &SyncDialog::updateButtons);
    connect(m_exportPass, &QLineEdit::textChanged, this, &SyncDialog::updateButtons);
    connect(m_exportPass, &QLineEdit::textChanged, this,
            [this](const QString& text) { PassphraseAids::showStrength(m_exportStrengthBar, m_exportStrength, text); });
    connect(m_exportRepeat, &QLineEdit::textChanged, this, &SyncDialog::updateButtons);
    connect(m_exportButton, &QPushButton::clicked, this, &SyncDialog::exportPackage);
    connect(m_peers, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_peers->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_peer->setCurrentText(m_peers->item(rows.first().row(), PeerName)->text());
    });
    return page;
}

QWidget* SyncDialog::makeImportTab() {
    auto* page = new QWidget(this);
    m_importPass = new QLineEdit(page);
    m_importPass->setAccessibleName(tr("Passphrase of the package"));
    // The passphrase the package was made with: shown on request and Caps Lock warned, no strength (not chosen here).
    auto* importCaps = PassphraseAids::makeCapsWarning(page);
    PassphraseAids::attach(m_importPass, importCaps);
    m_importButton = new QPushButton(tr("Import package…"), page);
    m_importStatus = new QLabel(tr("The whole package is checked before anything is changed."), page);
    m_importStatus->setWordWrap(true);
    m_summary = new QTableWidget(0, SummaryColumnCount, page);
    m_summary->setHorizontalHeaderLabels({tr("Table"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Conflicts")});
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("Package passphrase:"), m_importPass);
    form->addRow(QString(), importCaps);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_importButton, 0, Qt::AlignRight);
    layout->addWidget(m_importStatus);
    layout->addWidget(m_summary, 1);

    connect(m_importPass, &QLineEdit::textChanged, this, &SyncDialog::updateButtons);
    connect(m_importButton, &QPushButton::clicked, this, &SyncDialog::importPackage);
    return page;
}

void SyncDialog::loadPeers() {
    auto peers = SyncExporter(m_store).peers();
    if (!peers.ok()) {
        m_exportStatus->setText(peers.message());
        return;
    }
    const QString current = m_peer->currentText();
    m_peer->clear();
    m_peers->setRowCount(static_cast<int>(peers->size()));
    int row = 0;
    for (const SyncPeer& p : peers.value()) {
        m_peer->addItem(p.name);
        m_peers->setItem(row, PeerName, cell(p.name));
        m_peers->setItem(row, PeerLastPackage,
                         cell(QLocale().toString(p.lastExportAt.toLocalTime(), QLocale::ShortFormat)));
        m_peers->setItem(row, PeerRecords, cell(number(p.lastRows), true));
        m_peers->setItem(row, PeerPackages, cell(number(p.packages), true));
        ++row;
    }
    m_peers->resizeColumnsToContents();
    m_peer->setCurrentText(current);
}

void SyncDialog::updateButtons() {
    const bool match = !m_exportPass->text().isEmpty() && m_exportPass->text() == m_exportRepeat->text();
    m_exportButton->setEnabled(match && !m_peer->currentText().trimmed().isEmpty());
    m_importButton->setEnabled(!m_importPass->text().isEmpty());
}

void SyncDialog::exportPackage() {
    const QString peer = m_peer->currentText().trimmed();
    QString suggested = peer;
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    QString path = m_prompts.saveFileName(this, tr("Export sync package"), suggested + QStringLiteral(".koerssync"),
                                          packageFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".koerssync")))
        path += QStringLiteral(".koerssync");
    if (!PassphraseStrength::acceptable(m_exportPass->text())) {
        m_exportStatus->setText(PassphraseStrength::text(PassphraseStrength::Level::TooShort));
        return;
    }
    SecretBytes pass = takePassphrase(m_exportPass);
    m_exportRepeat->clear();
    SyncExportOptions options{peer, m_full->isChecked()};
    auto result = WorkDialog::run(this, tr("Export package"), m_store, [&](Progress& progress) {
        options.progress = &progress;
        return SyncExporter(m_store).exportTo(path, pass.bytes(), options);
    });
    if (!result)
        return; // locked meanwhile: the file is closed
    const auto& summary = *result;
    if (summary.cancelled()) {
        m_exportStatus->setText(tr("Export cancelled; no package was written."));
        return;
    }
    if (!summary.ok()) {
        m_exportStatus->setText(summary.message());
        m_prompts.warning(this, tr("Export package"), summary.message());
        return;
    }
    m_exportStatus->setText(
        (summary->full ? tr("Wrote a full package for %1: %n record(s).", nullptr, static_cast<int>(summary->rows))
                       : tr("Wrote the changes since the last package for %1: %n record(s).", nullptr,
                            static_cast<int>(summary->rows)))
            .arg(peer));
    loadPeers();
}

void SyncDialog::importPackage() {
    const QString path = m_prompts.openFileName(this, tr("Import sync package"), packageFilter());
    if (path.isEmpty())
        return;
    SecretBytes pass = takePassphrase(m_importPass);
    SyncImportOptions options;
    // A package that deletes or empties many clients is merged only when the user agrees, seeing the counts.
    options.confirm = [this, &options](const SyncClientEffects& e) {
        // Asked on the window's thread while the import waits; No is the default: Enter never merges a package
        // that deletes clients.
        return WorkDialog::ask(*options.progress, [this, e](QWidget* parent) {
            return m_prompts.question(parent, tr("Import package"),
                                      tr("This package deletes %1, empties the name or BSN of %2 and anonymises %3 of "
                                         "the %4 clients in this file.\n\nImport it anyway? A backup of the file is "
                                         "made first, so it can be restored.")
                                          .arg(e.deleted)
                                          .arg(e.emptied)
                                          .arg(e.anonymised)
                                          .arg(e.liveClients),
                                      Prompts::Buttons::YesNo, Prompts::Choice::No) == Prompts::Choice::Yes;
        });
    };
    auto result = WorkDialog::run(this, tr("Import package"), m_store, [&](Progress& progress) {
        options.progress = &progress;
        return SyncImporter(m_store).importFrom(path, pass.bytes(), options);
    });
    if (!result)
        return; // locked meanwhile: the import was stopped and rolled back, the file is closed
    const auto& summary = *result;
    if (summary.cancelled()) {
        m_importStatus->setText(tr("Import cancelled; nothing was changed."));
        return;
    }
    if (!summary.ok()) {
        m_importStatus->setText(tr("Nothing was changed. %1").arg(summary.message()));
        m_prompts.warning(this, tr("Import package"), summary.message());
        return;
    }
    showSummary(summary.value());
    if (summary->effects.affected() > 0 && !summary->backupPath.isEmpty())
        m_importStatus->setText(m_importStatus->text() + QLatin1Char(' ') +
                                tr("The file as it was before is kept as the backup %1 (File → Back-ups).")
                                    .arg(QFileInfo(summary->backupPath).fileName()));
    m_conflicts->reload();
    Q_EMIT recordsChanged();
}

void SyncDialog::showSummary(const SyncImportSummary& s) {
    m_importStatus->setText(tr("Imported a %1 from device %2, made %3.")
                                .arg(s.full ? tr("full package") : tr("package of changes"), s.sourceDevice.left(8),
                                     QLocale().toString(s.created.toLocalTime(), QLocale::ShortFormat)));
    m_summary->setRowCount(static_cast<int>(s.perTable.size()) + 1);
    int row = 0;
    auto fill = [this, &row](const QString& name, const SyncImportCounts& c) {
        m_summary->setItem(row, SummaryTable, cell(name));
        m_summary->setItem(row, SummaryNew, cell(number(c.added), true));
        m_summary->setItem(row, SummaryUpdated, cell(number(c.updated), true));
        m_summary->setItem(row, SummaryUnchanged, cell(number(c.unchanged), true));
        m_summary->setItem(row, SummaryConflicts, cell(number(c.conflicts), true));
        ++row;
    };
    for (const QString& table : sync::tableNames()) // parents first, as in the package
        if (s.perTable.contains(table))
            fill(recordtext::tableTitle(table), s.perTable.value(table));
    fill(tr("Total"), s.total);
    QFont bold = m_summary->font();
    bold.setBold(true);
    for (int col = 0; col < SummaryColumnCount; ++col)
        m_summary->item(row - 1, col)->setFont(bold);
}

} // namespace koers
