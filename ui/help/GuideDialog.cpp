#include "GuideDialog.h"

#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace koers {

namespace {
const QString kGuide = QStringLiteral(":/guide/handleiding.md");

} // namespace

QString GuideDialog::guideText() {
    QFile file(kGuide);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_chapters(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Koers user guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    const QString text = guideText();
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->document()->setMarkdown(text.isEmpty() ? tr("The user guide is missing from this build.") : text);

    m_chapters->setAccessibleName(tr("Chapters"));
    // The chapters and sections are the document's own heading blocks (## and ###; # is the title).
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3)
            continue;
        const QString heading = block.text().trimmed();
        auto* item = new QListWidgetItem(level == 3 ? QStringLiteral("    ") + heading : heading, m_chapters);
        item->setData(Qt::UserRole, heading);
        item->setToolTip(heading);
    }
    connect(m_chapters, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showHeading(item->data(Qt::UserRole).toString());
    });

    m_search->setPlaceholderText(tr("Search in the guide"));
    m_search->setAccessibleName(tr("Search in the guide"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_search, &QLineEdit::textChanged, m_status, &QLabel::clear);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_status);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_chapters);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    resize(1000, 680);
    m_browser->setFocus();
}

void GuideDialog::showHeading(const QString& heading) {
    QTextDocument* doc = m_browser->document();
    // Headings are blocks of their own with a heading level; the words may also occur in the running text.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == heading) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            // Scroll so that the heading stands at the top, not just somewhere in view.
            m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
            m_browser->ensureCursorVisible();
            return;
        }
    }
}

bool GuideDialog::findNext() {
    const QString what = m_search->text().trimmed();
    if (what.isEmpty())
        return false;
    if (!m_browser->find(what)) {
        m_browser->moveCursor(QTextCursor::Start);
        if (!m_browser->find(what)) {
            m_status->setText(tr("Not found"));
            return false;
        }
    }
    m_status->clear();
    return true;
}

void GuideDialog::keyPressEvent(QKeyEvent* event) {
    // Esc clears a search first; with nothing to clear it closes the guide, as in any dialog.
    if (event->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        m_browser->setFocus();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace koers
