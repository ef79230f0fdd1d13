#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "prompts/Prompts.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace koers {

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this)) {
    setTitle(tr("Choose the spreadsheet"));
    setSubTitle(tr("A CSV file saved from Excel or another program. Nothing is written until the last step."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* hint = new QLabel(tr("In Excel: File › Save as › CSV (semicolon delimited) or CSV UTF-8. The separator, "
                               "the text encoding and the header row are recognised by themselves; you can "
                               "correct them in the next step."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("File:"), this));
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = m_wizard->prompts().openFileName(
            this, tr("Choose a spreadsheet"), tr("Spreadsheet files (*.csv *.txt *.tsv);;All files (*)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
}

bool ImportFilePage::isComplete() const {
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage() {
    m_wizard->setPath(QFileInfo(m_path->text().trimmed()).absoluteFilePath());
    return true;
}

} // namespace koers
