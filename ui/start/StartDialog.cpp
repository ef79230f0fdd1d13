#include "StartDialog.h"

#include "widgets/PassphraseAids.h"

#include "demo/DemoLoader.h"
#include "prompts/Prompts.h"
#include "rules/PassphraseStrength.h"
#include "settings/AppSettings.h"
#include "util/SecureBytes.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace koers {

namespace {
QString actorName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("koers") : user;
}

// For the QString copies the open and create paths need: overwritten in place (they are not shared) before
// they are freed.
void wipe(QString& text) {
    text.fill(QChar(u'\0'));
    text.clear();
}

SecretBytes takePassphrase(QLineEdit* field) {
    SecretBytes bytes(field->text().toUtf8());
    field->clear();
    return bytes;
}
} // namespace

QString StartDialog::defaultDemoPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.koers"));
}

StartDialog::StartDialog(AppSettings& settings, const Clock& clock, Prompts& prompts, Mode mode,
                         const QString& lockedPath, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_prompts(prompts)
    , m_mode(mode)
    , m_lockedPath(lockedPath)
    , m_pages(new QStackedWidget(this))
    , m_recent(new QListWidget(this))
    , m_passphrase(new QLineEdit(this))
    , m_open(new QPushButton(mode == Mode::Unlock ? tr("&Unlock") : tr("&Open"), this))
    , m_message(new QLabel(this))
    , m_newPath(new QLineEdit(this))
    , m_newPassphrase(new QLineEdit(this))
    , m_newRepeat(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_strengthBar(PassphraseAids::makeStrengthBar(this)) {
    setWindowTitle(mode == Mode::Unlock ? tr("Koers is locked") : tr("Koers - open a file"));
    setMinimumWidth(560);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    auto* openCaps = PassphraseAids::makeCapsWarning(this);
    PassphraseAids::attach(m_passphrase, openCaps);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setAccessibleName(tr("Message"));
    m_open->setDefault(true);

    // Page 0: open (start) or unlock.
    auto* openPage = new QWidget(this);
    auto* openLayout = new QVBoxLayout(openPage);
    if (mode == Mode::Unlock) {
        auto* explanation = new QLabel(
            tr("Koers was locked and the decrypted data removed from memory. Enter the passphrase of %1 to go on.")
                .arg(QFileInfo(lockedPath).fileName()),
            this);
        explanation->setWordWrap(true);
        openLayout->addWidget(explanation);
        m_recent->hide();
    } else {
        auto* recentLabel = new QLabel(tr("&Recent files:"), this);
        recentLabel->setBuddy(m_recent);
        openLayout->addWidget(recentLabel);
        for (const QString& path : m_settings.recentFiles()) {
            auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  -  ") + path, m_recent);
            item->setData(Qt::UserRole, path);
            if (!QFileInfo::exists(path))
                item->setToolTip(tr("This file no longer exists."));
        }
        if (!lockedPath.isEmpty()) {
            auto* item = new QListWidgetItem(QFileInfo(lockedPath).fileName() + QStringLiteral("  -  ") + lockedPath);
            item->setData(Qt::UserRole, QFileInfo(lockedPath).absoluteFilePath());
            m_recent->insertItem(0, item);
        }
        m_recent->setCurrentRow(0);
        m_recent->setAccessibleName(tr("Recent files"));
        openLayout->addWidget(m_recent, 1);
    }
    auto* passRow = new QFormLayout;
    passRow->addRow(tr("&Passphrase"), m_passphrase);
    passRow->addRow(QString(), openCaps);
    openLayout->addLayout(passRow);
    openLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    if (mode == Mode::Start) {
        auto* other = new QPushButton(tr("Open &another file..."), this);
        auto* create = new QPushButton(tr("&New file..."), this);
        auto* demo = new QPushButton(tr("&Demo file..."), this);
        buttons->addWidget(other);
        buttons->addWidget(create);
        buttons->addWidget(demo);
        connect(other, &QPushButton::clicked, this, [this] {
            const QString path = m_prompts.openFileName(this, tr("Open a Koers file"), tr("Koers files (*.koers)"));
            if (path.isEmpty())
                return;
            auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  -  ") + path);
            item->setData(Qt::UserRole, path);
            m_recent->insertItem(0, item);
            m_recent->setCurrentRow(0);
            m_passphrase->setFocus();
        });
        connect(create, &QPushButton::clicked, this, [this] { showNewFilePage(false); });
        connect(demo, &QPushButton::clicked, this, [this] { showNewFilePage(true); });
    } else {
        auto* closeFile = new QPushButton(tr("&Close the file"), this);
        buttons->addWidget(closeFile);
        connect(closeFile, &QPushButton::clicked, this, &QDialog::reject);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    openLayout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = selectedPath();
        if (path.isEmpty()) {
            showError(tr("Choose a file first."));
            return;
        }
        SecretBytes pass = takePassphrase(m_passphrase);
        QString text = QString::fromUtf8(pass.bytes());
        openFile(path, text);
        wipe(text);
    });
    m_pages->addWidget(openPage);

    // Page 1: a new file (or the demo file).
    auto* newPage = new QWidget(this);
    auto* newForm = new QFormLayout(newPage);
    auto* newCaps = PassphraseAids::makeCapsWarning(this);
    PassphraseAids::attach(m_newPassphrase, newCaps);
    PassphraseAids::attach(m_newRepeat, newCaps);
    m_newPath->setAccessibleName(tr("Where the file is stored"));
    m_newPassphrase->setAccessibleName(tr("New passphrase"));
    m_newRepeat->setAccessibleName(tr("Repeat the passphrase"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_newPath, 1);
    pathRow->addWidget(browse);
    // A label given as text to a row holding a layout has no buddy and would show its "&" as it is.
    auto* storedAt = new QLabel(tr("&Stored at"), this);
    storedAt->setBuddy(m_newPath);
    newForm->addRow(storedAt, pathRow);
    newForm->addRow(tr("&Passphrase"), m_newPassphrase);
    newForm->addRow(QString(), m_strengthBar);
    newForm->addRow(QString(), m_strength);
    newForm->addRow(tr("&Repeat"), m_newRepeat);
    newForm->addRow(QString(), newCaps);
    auto* warning = new QLabel(tr("There is no way to recover a lost passphrase: without it, the data cannot be read "
                                  "by anyone, including us. Write it down and keep it safe."),
                               this);
    warning->setWordWrap(true);
    newForm->addRow(QString(), warning);
    auto* newButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    newButtons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    newForm->addRow(newButtons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            m_prompts.saveFileName(this, tr("New Koers file"), m_newPath->text(), tr("Koers files (*.koers)"));
        if (!path.isEmpty())
            m_newPath->setText(path.endsWith(QLatin1String(".koers")) ? path : path + QStringLiteral(".koers"));
    });
    connect(m_newPassphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { PassphraseAids::showStrength(m_strengthBar, m_strength, text); });
    connect(newButtons, &QDialogButtonBox::rejected, this, [this] {
        m_pages->setCurrentIndex(0);
        m_message->clear();
    });
    connect(newButtons, &QDialogButtonBox::accepted, this, [this] {
        SecretBytes pass = takePassphrase(m_newPassphrase);
        SecretBytes repeat = takePassphrase(m_newRepeat);
        QString text = QString::fromUtf8(pass.bytes());
        QString repeated = QString::fromUtf8(repeat.bytes());
        createFile(m_newPath->text().trimmed(), text, repeated, m_newIsDemo);
        wipe(text);
        wipe(repeated);
    });
    m_pages->addWidget(newPage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_passphrase->setFocus();
}

void StartDialog::keyPressEvent(QKeyEvent* event) {
    // On the lock screen Esc must not close the file and quit: a coach presses it by habit to dismiss the screen.
    // Closing the file stays one deliberate button.
    if (m_mode == Mode::Unlock && event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void StartDialog::showNewFilePage(bool demo) {
    m_newIsDemo = demo;
    const QString base = demo ? defaultDemoPath()
                              : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                    .filePath(tr("caseload") + QStringLiteral(".koers"));
    m_newPath->setText(base);
    PassphraseAids::showStrength(m_strengthBar, m_strength, m_newPassphrase->text());
    m_pages->setCurrentIndex(1);
    m_newPassphrase->setFocus();
}

QString StartDialog::selectedPath() const {
    if (m_mode == Mode::Unlock)
        return m_lockedPath;
    const QListWidgetItem* item = m_recent->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void StartDialog::showError(const QString& text) {
    m_message->setText(text);
}

bool StartDialog::openFile(const QString& path, const QString& passphrase) {
    if (passphrase.isEmpty()) {
        showError(tr("Enter the passphrase."));
        return false;
    }
    SecretBytes bytes(passphrase.toUtf8());
    auto store = Store::open(path, bytes.bytes(), m_clock, actorName());
    if (!store.ok()) {
        showError(store.message());
        m_passphrase->setFocus();
        return false;
    }
    m_store = std::move(store.value());
    m_openedPath = QFileInfo(path).absoluteFilePath();
    m_settings.addRecentFile(m_openedPath);
    accept();
    return true;
}

bool StartDialog::createFile(const QString& path, const QString& passphrase, const QString& repeat, bool withDemo) {
    if (path.isEmpty()) {
        showError(tr("Choose where to store the file."));
        return false;
    }
    if (passphrase != repeat) {
        m_strength->setText(tr("The two passphrases differ."));
        return false;
    }
    if (PassphraseStrength::assess(passphrase) == PassphraseStrength::Level::TooShort) {
        m_strength->setText(PassphraseStrength::text(PassphraseStrength::Level::TooShort));
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    SecretBytes bytes(passphrase.toUtf8());
    auto store = Store::create(path, bytes.bytes(), m_clock, actorName());
    if (!store.ok()) {
        m_strength->setText(store.message());
        return false;
    }
    if (withDemo) {
        auto loaded = DemoLoader::load(*store.value(), 300, 1);
        if (!loaded.ok()) {
            m_strength->setText(loaded.message());
            return false;
        }
    }
    m_store = std::move(store.value());
    m_openedPath = QFileInfo(path).absoluteFilePath();
    m_settings.addRecentFile(m_openedPath);
    accept();
    return true;
}

} // namespace koers
