#include "ImportConfirmPage.h"

#include "ImportWizard.h"
#include "prompts/Prompts.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace koers {

ImportConfirmPage::ImportConfirmPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_text(new QLabel(this)) {
    setTitle(tr("Import"));
    setSubTitle(tr("Check the summary, then choose Import."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("Import"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void ImportConfirmPage::initializePage() {
    const Result<ImportReport>& report = m_wizard->analysis();
    if (!report.ok()) {
        m_text->setText(report.message());
        return;
    }
    const ImportReport& r = report.value();
    QStringList lines;
    lines << tr("File: %1").arg(QFileInfo(m_wizard->path()).fileName());
    lines << tr("New clients: %1, each with the milestones of their learning route.").arg(r.imported);
    if (m_wizard->duplicatePolicy() == DuplicatePolicy::Update)
        lines << tr("Clients to update: %1.").arg(r.updated);
    else
        lines << tr("Clients already stored, skipped: %1.").arg(r.skipped);
    lines << tr("Refused rows, left out: %1.").arg(r.rejectedCount());
    if (!r.newMunicipalities.isEmpty())
        lines << tr("New municipalities: %1.").arg(r.newMunicipalities.join(QStringLiteral(", ")));
    lines << QString();
    lines << tr("Import writes all of this at once. If anything goes wrong, nothing is written.");
    m_text->setText(lines.join(QLatin1Char('\n')));
}

bool ImportConfirmPage::validatePage() {
    auto result = m_wizard->commit();
    if (m_wizard->interrupted())
        return false; // locked meanwhile: stopped and rolled back, the wizard is closing
    if (result.cancelled()) {
        m_wizard->prompts().information(this, tr("Import"), tr("Import cancelled; nothing was written."));
        return false;
    }
    if (!result.ok()) {
        m_wizard->prompts().warning(this, tr("Import"), result.message());
        return false;
    }
    m_wizard->prompts().information(this, tr("Import"),
                                    tr("Imported %1 new clients, updated %2, skipped %3; %4 rows were refused.")
                                        .arg(result->imported)
                                        .arg(result->updated)
                                        .arg(result->skipped)
                                        .arg(result->rejectedCount()));
    return true;
}

} // namespace koers
