// Opens a Koers file: the start screen (recent files, another file, a new file, the demo) and the
// unlock screen after an idle lock. Shows every error the core reports in words, in the dialog.
#pragma once

#include "storage/Store.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace koers {

class Prompts;

class AppSettings;

class StartDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Start, Unlock };

    StartDialog(AppSettings& settings, const Clock& clock, Prompts& prompts, Mode mode, const QString& lockedPath = {},
                QWidget* parent = nullptr);

    // After accepted(): the opened store.
    std::unique_ptr<Store> takeStore() { return std::move(m_store); }
    QString openedPath() const { return m_openedPath; }

    // The steps behind the buttons, callable from tests.
    bool openFile(const QString& path, const QString& passphrase);
    bool createFile(const QString& path, const QString& passphrase, const QString& repeat, bool withDemo);

    QLineEdit* passphraseField() const { return m_passphrase; }
    QPushButton* openButton() const { return m_open; }
    QLabel* messageLabel() const { return m_message; }
    QListWidget* recentList() const { return m_recent; }
    QLineEdit* newPassphraseField() const { return m_newPassphrase; }
    QProgressBar* strengthBar() const { return m_strengthBar; }
    QLabel* strengthLabel() const { return m_strength; }
    // The new-file page (as New file... and Demo file... show it).
    void showNewFilePage(bool demo);

    static QString defaultDemoPath();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showError(const QString& text);
    QString selectedPath() const;

    AppSettings& m_settings;
    const Clock& m_clock;
    Prompts& m_prompts;
    Mode m_mode;
    QString m_lockedPath;
    std::unique_ptr<Store> m_store;
    QString m_openedPath;
    QStackedWidget* m_pages;
    QListWidget* m_recent;
    QLineEdit* m_passphrase;
    QPushButton* m_open;
    QLabel* m_message;
    QLineEdit* m_newPath;
    QLineEdit* m_newPassphrase;
    QLineEdit* m_newRepeat;
    QLabel* m_strength;
    QProgressBar* m_strengthBar;
    bool m_newIsDemo = false;
};

} // namespace koers
