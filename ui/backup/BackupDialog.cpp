#include "BackupDialog.h"

#include "prompts/Prompts.h"
#include "services/BackupStore.h"
#include "util/SecureBytes.h"
#include "widgets/PassphraseAids.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace koers {

BackupDialog::BackupDialog(const QString& databasePath, Restore restore, BackupNow backupNow, Prompts& prompts,
                           QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_restore(std::move(restore))
    , m_backupNow(std::move(backupNow))
    , m_prompts(prompts)
    , m_list(new QTreeWidget(this))
    , m_passphrase(new QLineEdit(this))
    , m_restoreButton(new QPushButton(tr("&Restore..."), this))
    , m_backupButton(new QPushButton(tr("Back up &now"), this))
    , m_backupToFolderButton(new QPushButton(tr("Back up to a &folder..."), this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Back-ups"));
    auto* intro = new QLabel(tr("Koers keeps an encrypted copy of the file before every schema update, client "
                                "import, sync import, passphrase change and restore; the last %1 are kept. Make "
                                "one yourself, here or on a USB stick, before work you want to be able to undo.")
                                 .arg(BackupStore::keepCount),
                             this);
    intro->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Made"), tr("Before"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Back-ups"));
    m_list->header()->setSectionResizeMode(Time, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_passphrase->setAccessibleName(tr("Passphrase of the backup"));
    auto* caps = PassphraseAids::makeCapsWarning(this);
    PassphraseAids::attach(m_passphrase, caps);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase of the backup:"), m_passphrase);
    form->addRow(QString(), caps);
    auto* hint = new QLabel(tr("A backup made before a passphrase change opens with the old passphrase."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_backupButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_backupToFolderButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    connect(m_backupButton, &QPushButton::clicked, this, [this] { makeBackup(false); });
    connect(m_backupToFolderButton, &QPushButton::clicked, this, [this] { makeBackup(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupDialog::restoreSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 420);
    reload();
}

QString BackupDialog::reasonText(const QString& reason) {
    if (reason == QLatin1String("import"))
        return tr("client import");
    if (reason == QLatin1String("sync-import"))
        return tr("sync import");
    if (reason == QLatin1String("passwd"))
        return tr("passphrase change");
    if (reason == QLatin1String("before-restore"))
        return tr("restore of a backup");
    if (reason == QLatin1String("manual"))
        return tr("made by hand");
    if (reason.startsWith(QLatin1String("before-v")))
        return tr("schema update to version %1").arg(reason.mid(8));
    return reason;
}

void BackupDialog::reload() {
    // The chosen backup stays chosen (after a failed restore, a new backup); else the newest is.
    const QString chosen =
        m_list->currentItem() ? m_list->currentItem()->data(Time, Qt::UserRole).toString() : QString();
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo& b : BackupStore::list(m_databasePath)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Time, locale.toString(b.at.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm:ss")));
        item->setText(Reason, reasonText(b.reason));
        item->setText(Size, locale.formattedDataSize(b.size));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Time, Qt::UserRole, b.path);
    }
    QTreeWidgetItem* current = m_list->topLevelItem(0);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(Time, Qt::UserRole).toString() == chosen)
            current = m_list->topLevelItem(i);
    if (current)
        m_list->setCurrentItem(current);
    m_restoreButton->setEnabled(m_list->topLevelItemCount() > 0);
}

void BackupDialog::makeBackup(bool chooseFolder) {
    QString folder;
    if (chooseFolder) {
        folder = m_prompts.folder(this, tr("Back up to a folder"));
        if (folder.isEmpty())
            return;
    }
    m_message->clear();
    const Result<QString> made = m_backupNow(folder);
    if (made.cancelled())
        return;
    if (!made.ok()) {
        m_message->setText(made.message());
        return;
    }
    reload();
    m_prompts.information(this, tr("Back-up"), madeText(made.value(), chooseFolder));
}

QString BackupDialog::madeText(const QString& path, bool elsewhere) {
    return elsewhere ? tr("An encrypted copy of the file was saved as %1. It opens with the passphrase of the file "
                          "as it is now.")
                           .arg(QDir::toNativeSeparators(path))
                     : tr("An encrypted copy of the file was made: %1.").arg(QFileInfo(path).fileName());
}

void BackupDialog::restoreSelected() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        m_message->setText(tr("Choose a backup."));
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        m_message->setText(tr("Enter the passphrase of the backup."));
        m_passphrase->setFocus();
        return;
    }
    const QString question = tr("Restore the backup made %1 (before a %2)? Koers closes the file, keeps the current "
                                "state as a backup too, and then asks for the passphrase again.")
                                 .arg(item->text(Time), item->text(Reason));
    if (m_prompts.question(this, tr("Restore backup"), question, Prompts::Buttons::YesNo, Prompts::Choice::No) !=
        Prompts::Choice::Yes)
        return;
    SecretBytes passphrase(m_passphrase->text().toUtf8());
    m_passphrase->clear();
    const Status restored = m_restore(item->data(Time, Qt::UserRole).toString(), passphrase.bytes());
    if (!restored.ok()) {
        m_message->setText(restored.message());
        reload();
        return;
    }
    accept();
}

} // namespace koers
