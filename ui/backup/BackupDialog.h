// File > Back-ups...: the encrypted backups beside the open file, newest first, and restoring one (after a
// confirmation) with the passphrase the backup was made with.
#pragma once

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace koers {

class Prompts;

class BackupDialog : public QDialog {
    Q_OBJECT
public:
    // Puts the backup in place of the file; the window closes the file first and asks for the passphrase after.
    using Restore = std::function<Status(const QString& backupPath, QByteArrayView passphrase)>;
    // Makes an encrypted copy now: beside the file for an empty folder, else into the folder; returns its path.
    using BackupNow = std::function<Result<QString>(const QString& folder)>;

    enum Column { Time, Reason, Size, ColumnCount };

    BackupDialog(const QString& databasePath, Restore restore, BackupNow backupNow, Prompts& prompts,
                 QWidget* parent = nullptr);

    void reload();
    // What the coach is told after a backup made by hand; `elsewhere`: in a folder of their choice.
    static QString madeText(const QString& path, bool elsewhere);
    QTreeWidget* list() const { return m_list; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QPushButton* restoreButton() const { return m_restoreButton; }
    QPushButton* backupButton() const { return m_backupButton; }
    QPushButton* backupToFolderButton() const { return m_backupToFolderButton; }
    QLabel* messageLabel() const { return m_message; }

private:
    void restoreSelected();
    void makeBackup(bool chooseFolder);
    static QString reasonText(const QString& reason);

    QString m_databasePath;
    Restore m_restore;
    BackupNow m_backupNow;
    Prompts& m_prompts;
    QTreeWidget* m_list;
    QLineEdit* m_passphrase;
    QPushButton* m_restoreButton;
    QPushButton* m_backupButton;
    QPushButton* m_backupToFolderButton;
    QLabel* m_message;
};

} // namespace koers
