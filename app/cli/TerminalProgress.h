// TerminalProgress: a long koers-cli command (sync-export, sync-import, import-clients, demo) shows one updating
// line on stderr while stderr is a terminal ("Checking the package: 120.000 of 558.000 (21 %)"), nothing otherwise,
// so scripts and logs stay clean. Ctrl+C while it is in use cancels the work at its next safe point: it rolls back
// and the command exits with the cancellation's message.
#pragma once

#include "util/Progress.h"

#include <QElapsedTimer>
#include <QString>

#include <csignal>

namespace koers::cli {

class TerminalProgress final : public Progress {
public:
    TerminalProgress();
    ~TerminalProgress() override;
    Q_DISABLE_COPY_MOVE(TerminalProgress)

    void begin(const QString& phase, qint64 total) override;
    void advance(qint64 done) override;
    bool cancelled() const override;

    // Whether the line is drawn (stderr is a terminal); tests force it with KOERS_CLI_PROGRESS=1.
    bool drawing() const { return m_draw; }

private:
    void draw(bool force);
    void clearLine();

    bool m_draw = false;
    QString m_phase;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_width = 0; // of the line drawn last, to blank it
    QElapsedTimer m_sinceDraw;
    struct sigaction m_previous {};
};

} // namespace koers::cli
