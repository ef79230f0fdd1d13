#include "TerminalProgress.h"

#include "CliSupport.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace koers::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int) {
    g_interrupted = 1;
}

constexpr qint64 kRedrawMs = 200;

} // namespace

TerminalProgress::TerminalProgress() {
    m_draw = isatty(STDERR_FILENO) == 1 || qEnvironmentVariableIntValue("KOERS_CLI_PROGRESS") == 1;
    g_interrupted = 0;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_previous);
}

TerminalProgress::~TerminalProgress() {
    clearLine();
    sigaction(SIGINT, &m_previous, nullptr);
}

void TerminalProgress::begin(const QString& phase, qint64 total) {
    m_phase = phase;
    m_total = total;
    m_done = 0;
    draw(true);
}

void TerminalProgress::advance(qint64 done) {
    m_done = done;
    draw(false);
}

bool TerminalProgress::cancelled() const {
    return g_interrupted != 0;
}

void TerminalProgress::draw(bool force) {
    if (!m_draw)
        return;
    if (!force && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < kRedrawMs)
        return;
    m_sinceDraw.start();
    const QLocale locale;
    QString line = m_phase;
    if (m_total > 0)
        line += Cli::tr(": %1 of %2 (%3 %)")
                    .arg(locale.toString(m_done), locale.toString(m_total))
                    .arg(qBound(qint64(0), m_done * 100 / m_total, qint64(100)));
    else if (m_done > 0)
        line += QStringLiteral(": ") + locale.toString(m_done);
    const QByteArray text = line.toLocal8Bit();
    const int width = static_cast<int>(text.size());
    std::fprintf(stderr, "\r%s%*s", text.constData(), qMax(0, m_width - width), "");
    std::fflush(stderr);
    m_width = width;
}

void TerminalProgress::clearLine() {
    if (!m_draw || m_width == 0)
        return;
    std::fprintf(stderr, "\r%*s\r", m_width, "");
    std::fflush(stderr);
    m_width = 0;
}

} // namespace koers::cli
