#include "ImportValidationPage.h"

#include "ImportIssueModel.h"
#include "ImportWizard.h"
#include "prompts/Prompts.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koers {

ImportValidationPage::ImportValidationPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_skip(new QRadioButton(tr("Skip clients who are already stored"), this))
    , m_update(new QRadioButton(tr("Update clients who are already stored with the file's values"), this))
    , m_model(new ImportIssueModel(this))
    , m_view(new QTableView(this))
    , m_save(new QPushButton(tr("Save refused rows…"), this)) {
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row has been checked. Nothing has been written yet."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* group = new QButtonGroup(this);
    group->addButton(m_skip);
    group->addButton(m_update);
    m_skip->setChecked(true);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Clients already stored (same BSN, or same name and date of birth):"), this));
    layout->addWidget(m_skip);
    layout->addWidget(m_update);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_save, 0, Qt::AlignLeft);

    connect(m_update, &QRadioButton::toggled, this, [this](bool update) {
        m_wizard->setDuplicatePolicy(update ? DuplicatePolicy::Update : DuplicatePolicy::Skip);
        analyse();
    });
    connect(m_save, &QPushButton::clicked, this, &ImportValidationPage::saveRejected);
}

void ImportValidationPage::initializePage() {
    m_update->setChecked(m_wizard->duplicatePolicy() == DuplicatePolicy::Update);
    m_wizard->forgetCancelledAnalysis();
    analyse();
}

void ImportValidationPage::analyse() {
    const Result<ImportReport>& report = m_wizard->analysis();
    if (m_wizard->interrupted())
        return; // locked meanwhile: the wizard is closing
    if (!report.ok()) {
        m_model->setReport(nullptr);
        m_summary->setText(report.cancelled()
                               ? tr("The check was cancelled. Go back and forward again to check the file.")
                               : tr("The file cannot be imported: %1").arg(report.message()));
        m_save->setEnabled(false);
        Q_EMIT completeChanged();
        return;
    }
    const ImportReport& r = report.value();
    QString text = tr("%n row(s) read: ", nullptr, static_cast<int>(r.rows)) +
                   tr("%1 new, %2 to update, %3 already stored and skipped, %4 refused.")
                       .arg(r.imported)
                       .arg(r.updated)
                       .arg(r.skipped)
                       .arg(r.rejectedCount());
    if (!r.newMunicipalities.isEmpty())
        text += QLatin1Char('\n') + tr("New municipalities: %1.").arg(r.newMunicipalities.join(QStringLiteral(", ")));
    if (r.rejectedCount() > 0)
        text += QLatin1Char('\n') + tr("Refused rows are left out; save them, correct them and import them again.");
    m_summary->setText(text);
    m_model->setReport(&r);
    m_view->resizeColumnToContents(ImportIssueModel::RowColumn);
    m_view->resizeColumnToContents(ImportIssueModel::KindColumn);
    m_save->setEnabled(r.rejectedCount() > 0);
    Q_EMIT completeChanged();
}

void ImportValidationPage::saveRejected() {
    const Result<ImportReport>& report = m_wizard->analysis();
    if (!report.ok())
        return;
    const QFileInfo source(m_wizard->path());
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + tr("-refused") + QStringLiteral(".csv"));
    const QString path = m_wizard->prompts().saveFileName(this, tr("Save as"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status saved = ClientImporter::writeRejected(report.value(), path);
    if (!saved.ok())
        m_wizard->prompts().warning(this, tr("Save refused rows"), saved.message());
}

bool ImportValidationPage::isComplete() const {
    const Result<ImportReport>& report = m_wizard->analysis();
    return report.ok() && report->imported + report->updated > 0;
}

} // namespace koers
