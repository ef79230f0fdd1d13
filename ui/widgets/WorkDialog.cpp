#include "WorkDialog.h"

#include "storage/Store.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace koers {

namespace {

// One operation at a time: the window is modal behind it. Set and cleared on the window's thread, read by the
// worker between (thread start and join order the accesses).
std::atomic<WorkDialog*> g_current{nullptr};

QString timeLeftText(qint64 ms) {
    if (ms < 0)
        return {};
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return WorkDialog::tr("about %n second(s) left", nullptr, static_cast<int>(qMax(seconds, qint64(1))));
    return WorkDialog::tr("about %n minute(s) left", nullptr, static_cast<int>((seconds + 59) / 60));
}

} // namespace

WorkDialog::WorkDialog(QWidget* parent, const QString& title)
    : QDialog(parent) {
    setWindowTitle(title);
    setModal(true);
    m_phase = new QLabel(tr("Starting…"), this);
    QFont bold = m_phase->font();
    bold.setBold(true);
    m_phase->setFont(bold);
    m_phase->setWordWrap(true); // long phases ("… this cannot be stopped …") wrap instead of being cut off
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_counts = new QLabel(this);
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_cancel, &QPushButton::clicked, this, &WorkDialog::requestCancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &WorkDialog::poll);
}

WorkDialog::~WorkDialog() {
    if (m_thread) {
        m_state.cancel();
        m_thread->wait();
    }
}

bool WorkDialog::runWork(QWidget* parent, const QString& title, Store* store,
                         const std::function<void(Progress&)>& work) {
    WorkDialog dialog(parent, title);
    dialog.m_thread = QThread::create([&dialog, store, &work] {
        if (!store) {
            work(dialog.m_state);
            return;
        }
        Store::WorkerScope scope(*store);
        work(dialog.m_state);
    });
    connect(dialog.m_thread, &QThread::finished, &dialog, &WorkDialog::workFinished);
    g_current.store(&dialog);
    dialog.m_thread->start();
    dialog.m_timer->start();
    dialog.exec();
    g_current.store(nullptr);
    if (dialog.m_thread) { // closed before the worker's end was seen (a lock): it has stopped by now
        dialog.m_thread->wait();
        delete dialog.m_thread;
        dialog.m_thread = nullptr;
    }
    return !dialog.m_interrupted;
}

WorkDialog* WorkDialog::current() {
    return g_current.load();
}

bool WorkDialog::ask(Progress& progress, const std::function<bool(QWidget* parent)>& question) {
    // The answer outlives the worker's wait: a lock may end the wait while the question is still on screen.
    auto answer = std::make_shared<std::atomic<int>>(-1);
    QPointer<WorkDialog> dialog = g_current.load();
    if (!dialog)
        return false;
    QMetaObject::invokeMethod(
        dialog.data(),
        [dialog, answer, question, &progress] {
            // Runs on the dialog's thread; the worker waits (below) until the answer is in or it is cancelled,
            // so `progress` is alive while this may still read it.
            if (answer->load() != -1 || progress.cancelled()) {
                answer->store(0);
                return;
            }
            const bool yes = question(dialog.data());
            answer->store(yes ? 1 : 0);
        },
        Qt::QueuedConnection);
    while (answer->load() == -1) {
        if (progress.cancelled()) {
            // Tell a question not yet shown not to show; one on screen answers into the void.
            int expected = -1;
            answer->compare_exchange_strong(expected, 0);
            return false;
        }
        QThread::msleep(20);
    }
    return answer->load() == 1 && !progress.cancelled();
}

void WorkDialog::requestCancel() {
    // A final phase (re-encrypting the file) runs to its end: there is nothing to stop.
    if (!m_thread || m_state.snapshot().final)
        return;
    m_state.cancel();
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Stopping; nothing is changed…"));
}

bool WorkDialog::inFinalPhase() const {
    return m_thread && m_state.snapshot().final;
}

void WorkDialog::reject() {
    if (m_thread) {
        // Closed from outside while the work runs (a lock): stop it and wait until it has rolled back.
        m_interrupted = true;
        m_state.cancel();
        m_thread->wait();
    }
    QDialog::reject();
}

void WorkDialog::closeEvent(QCloseEvent* event) {
    // The window's close button asks to stop; the dialog goes when the work has rolled back.
    if (m_thread) {
        requestCancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void WorkDialog::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        requestCancel();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void WorkDialog::poll() {
    const ProgressSnapshot s = m_state.snapshot();
    if (m_state.cancelled())
        return; // "stopping" stays on screen
    if (!s.phase.isEmpty())
        m_phase->setText(s.phase);
    m_cancel->setEnabled(!s.final);
    const QString finalNote = s.final ? tr("This cannot be stopped; it takes a moment.") : QString();
    const QLocale locale;
    if (s.total > 0) {
        // QProgressBar counts in int: scale to per mille.
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(qBound(qint64(0), s.done * 1000 / s.total, qint64(1000))));
        QString text = tr("%1 of %2").arg(locale.toString(s.done), locale.toString(s.total));
        if (const QString left = timeLeftText(s.remainingMs); !left.isEmpty())
            text += QStringLiteral(" · ") + left;
        m_counts->setText(finalNote.isEmpty() ? text : text + QStringLiteral(" · ") + finalNote);
    } else {
        m_bar->setRange(0, 0);
        m_counts->setText(s.done > 0 ? locale.toString(s.done) : finalNote);
    }
}

void WorkDialog::workFinished() {
    if (!m_thread)
        return;
    m_timer->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    accept();
}

} // namespace koers
