// Help > User guide (F1): the user guide (docs/handleiding.md, built into the program) in a window of its own,
// with its chapters in a list beside it and a search field (Ctrl+F in the guide; Enter finds the next place,
// Esc clears). It stays open beside the main window while the coach works.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace koers {

class GuideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    // The guide's Markdown as built into the program (":/guide/handleiding.md").
    static QString guideText();

    QTextBrowser* browser() const { return m_browser; }
    QListWidget* chapters() const { return m_chapters; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* searchStatus() const { return m_status; }

    // Moves to the next place (from the cursor, wrapping once) where the search text occurs; false if none.
    bool findNext();
    // Shows the chapter or section with this heading (as in the list).
    void showHeading(const QString& heading);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTextBrowser* m_browser;
    QListWidget* m_chapters;
    QLineEdit* m_search;
    QLabel* m_status;
};

} // namespace koers
