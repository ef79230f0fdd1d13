#include "HubSyncDialog.h"

#include "hub/HubLocalState.h"
#include "hub/HubProgress.h"
#include "hub/PgConnection.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"
#include "util/SecureBytes.h"
#include "widgets/PassphraseAids.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace koers {

// Shared between the worker and the dialog: plain atomics, read by a timer on the UI thread.
class HubSyncDialog::Progress final : public HubProgress {
public:
    void step(Phase phase, qint64 done, qint64) override {
        m_phase = static_cast<int>(phase);
        m_done = done;
    }
    bool cancelled() const override { return m_cancel; }
    std::atomic<int> m_phase{-1};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancel{false};
};

HubSyncDialog::HubSyncDialog(Store& store, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(settings) {
    setWindowTitle(tr("Synchronise with server"));
    auto* intro = new QLabel(tr("Sends the changes made in this file to the team's server and fetches what changed "
                                "there in your caseload. Clients that were handed to another coach are removed from "
                                "this laptop once your changes to them have been sent."),
                             this);
    intro->setWordWrap(true);
    m_server = new QLineEdit(m_settings.hubConnection(), this);
    m_server->setPlaceholderText(QStringLiteral("host=hub.gemeente.nl dbname=koers user=… sslmode=verify-full"));
    m_server->setToolTip(tr("The server's connection string, as the team lead or the administrator gave it to you. "
                            "Koers remembers it, never the password."));
    m_password = new QLineEdit(this);
    m_password->setAccessibleName(tr("Password of the server"));
    auto* caps = PassphraseAids::makeCapsWarning(this);
    PassphraseAids::attach(m_password, caps);
    m_password->setPlaceholderText(tr("only if the server asks for one"));
    m_lastSync = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), caps);
    form->addRow(tr("Last synchronised:"), m_lastSync);

    auto* buttons = new QDialogButtonBox(this);
    m_sync = buttons->addButton(tr("Synchronise"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_sync->setDefault(true);
    connect(m_sync, &QPushButton::clicked, this, &HubSyncDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_progressState)
            m_progressState->m_cancel = true;
        m_status->setText(tr("Stopping after the current step…"));
    });
    connect(m_close, &QPushButton::clicked, this, &HubSyncDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &HubSyncDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(buttons);
    resize(640, 340);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &HubSyncDialog::poll);
    showLastSync();
    updateButtons();
}

HubSyncDialog::~HubSyncDialog() {
    if (m_thread) {
        m_progressState->m_cancel = true;
        m_thread->wait();
    }
}

void HubSyncDialog::showLastSync() {
    auto last = HubLocalState::lastSync(m_store);
    m_lastSync->setText(last.ok() && last.value().isValid()
                            ? QLocale().toString(last.value().toLocalTime(), QLocale::ShortFormat)
                            : tr("never"));
}

void HubSyncDialog::updateButtons() {
    const bool running = m_thread != nullptr;
    m_sync->setEnabled(!running && !m_server->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_server->setEnabled(!running);
    m_password->setEnabled(!running);
}

void HubSyncDialog::start() {
    const QString conninfo = m_server->text().trimmed();
    if (conninfo.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        m_status->setText(tr("Leave the password out of the server's connection string: type it in the password "
                             "field."));
        return;
    }
    m_settings.setHubConnection(conninfo);
    SecretBytes password(m_password->text().toUtf8());
    m_password->clear();
    m_result.reset();
    m_progressState = std::make_unique<Progress>();
    m_status->setText(tr("Connecting…"));
    m_progress->setRange(0, 0); // busy
    Progress* progress = m_progressState.get();
    auto secret = std::make_shared<SecretBytes>(std::move(password));
    m_thread = QThread::create([this, conninfo, secret, progress] {
        Store::WorkerScope scope(m_store); // the connection is the worker's until it ends
        auto hub = PgConnection::connect(conninfo, secret->bytes());
        if (!hub.ok()) {
            m_result = Result<HubSyncSummary>(hub.error());
            return;
        }
        m_result = HubSync(m_store, *hub.value()).run(progress);
    });
    connect(m_thread, &QThread::finished, this, &HubSyncDialog::done);
    m_thread->start();
    m_poll->start();
    updateButtons();
}

void HubSyncDialog::poll() {
    if (!m_progressState)
        return;
    const qint64 n = m_progressState->m_done;
    switch (m_progressState->m_phase.load()) {
    case static_cast<int>(HubProgress::Phase::Pushing):
        m_status->setText(tr("Sending changes: %n record(s)…", nullptr, static_cast<int>(n)));
        break;
    case static_cast<int>(HubProgress::Phase::Pulling):
        m_status->setText(tr("Fetching changes: %n record(s)…", nullptr, static_cast<int>(n)));
        break;
    case static_cast<int>(HubProgress::Phase::Finishing):
        m_status->setText(tr("Finishing…"));
        break;
    default:
        break;
    }
}

void HubSyncDialog::done() {
    if (!m_thread)
        return; // already handled by reject()
    m_poll->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->setRange(0, 1);
    const Result<HubSyncSummary> result =
        m_result.value_or(Result<HubSyncSummary>(makeError(ErrorCode::Io, QString())));
    updateButtons();
    if (!result.ok()) {
        m_progress->setValue(0);
        if (result.code() == ErrorCode::WrongPassphrase) {
            m_password->setFocus();
            m_status->setText(tr("%1 Type the password and synchronise again.").arg(result.message()));
        } else {
            m_status->setText(tr("Not synchronised. %1").arg(result.message()));
        }
        Q_EMIT finished();
        return;
    }
    m_progress->setValue(1);
    const HubSyncSummary& s = result.value();
    const SyncImportCounts& m = s.pull.merged;
    QString text = tr("Synchronised. Sent: %n change(s).", nullptr, static_cast<int>(s.push.sent)) + QLatin1Char(' ') +
                   tr("Received: %n new or changed record(s).", nullptr, static_cast<int>(m.added + m.updated));
    const qint64 conflicts = s.push.conflicts + m.conflicts + s.pull.conflicts;
    if (conflicts > 0)
        text += QLatin1Char(' ') + tr("%n conflicting edit(s) kept for review (File > Synchronise > Conflicts).",
                                      nullptr, static_cast<int>(conflicts));
    if (s.pull.dropped > 0)
        text += QLatin1Char(' ') + tr("%n client(s) handed to another coach were removed from this laptop.", nullptr,
                                      static_cast<int>(s.pull.dropped));
    if (s.push.refused > 0)
        text += QLatin1Char(' ') +
                tr("%n record(s) outside your caseload were not sent.", nullptr, static_cast<int>(s.push.refused));
    m_status->setText(text);
    showLastSync();
    if (m.added + m.updated + m.conflicts + s.pull.conflicts + s.pull.dropped > 0)
        Q_EMIT recordsChanged();
    Q_EMIT finished();
}

bool HubSyncDialog::waitForSync(int ms) {
    QElapsedTimer t;
    t.start();
    while (m_thread && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    QCoreApplication::processEvents();
    return m_thread == nullptr;
}

bool HubSyncDialog::stopSync() {
    if (!m_thread)
        return false;
    m_progressState->m_cancel = true;
    m_thread->wait();
    done();
    return true;
}

void HubSyncDialog::reject() {
    // The file is in use by the worker until it stops: never leave before that.
    stopSync();
    QDialog::reject();
}

} // namespace koers
