#include "ReportDialog.h"

#include "ReportDocument.h"
#include "prompts/Prompts.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"
#include "widgets/WorkDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace koers {

ReportDialog::ReportDialog(Store& store, AppSettings& settings, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_part(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_municipalities(new QListWidget(this))
    , m_threshold(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new QPushButton(tr("&Preview..."), this))
    , m_pdf(new QPushButton(tr("Save as &PDF..."), this))
    , m_csv(new QPushButton(tr("Save figures as &CSV..."), this)) {
    setWindowTitle(tr("Report for the college van B&W"));
    m_kind->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_kind->addItem(tr("Half year"), int(PeriodKind::HalfYear));
    m_kind->addItem(tr("Year"), int(PeriodKind::Year));
    m_kind->addItem(tr("Other period"), int(PeriodKind::Custom));
    const QDate today = store.clock().today();
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_to->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_threshold->setRange(2, 100);
    m_threshold->setValue(settings.reportThreshold());
    m_threshold->setToolTip(tr("Numbers below this are hidden in the report."));

    auto st = store.db().prepare(u"SELECT id, name FROM municipality WHERE deleted = 0 ORDER BY name");
    if (st.ok()) {
        const Status read = st->each([this](Statement& row) {
            auto* item = new QListWidgetItem(row.text(1), m_municipalities);
            item->setData(Qt::UserRole, row.text(0));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        });
        Q_UNUSED(read) // an empty list then means "all", which is still a valid report
    }

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_kind);
    periodRow->addWidget(m_part);
    periodRow->addWidget(m_year);
    auto* datesRow = new QHBoxLayout;
    datesRow->addWidget(m_from);
    datesRow->addWidget(new QLabel(tr("to"), this));
    datesRow->addWidget(m_to);
    auto* form = new QFormLayout;
    form->addRow(tr("Period"), periodRow);
    form->addRow(QString(), datesRow);
    form->addRow(tr("Municipalities\n(none ticked: all)"), m_municipalities);
    form->addRow(tr("Hide numbers below"), m_threshold);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_csv, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportDialog::saveCsv);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePeriod);
    connect(m_part, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePeriod);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportDialog::updatePeriod);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::updateSummary);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::updateSummary);
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
        m_settings.setReportThreshold(value);
        updateSummary();
    });
    // The last full quarter is what a policy officer reports on most often.
    const int lastQuarter = (today.month() - 1) / 3; // 0: the previous year's fourth
    setPeriod(PeriodKind::Quarter, lastQuarter == 0 ? today.year() - 1 : today.year(),
              lastQuarter == 0 ? 4 : lastQuarter);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setPeriod(PeriodKind kind, int year, int part) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_year->setValue(year);
    updatePeriod();
    if (part >= 1 && part <= m_part->count())
        m_part->setCurrentIndex(part - 1);
}

void ReportDialog::setCustomPeriod(QDate from, QDate to) {
    m_kind->setCurrentIndex(m_kind->findData(int(PeriodKind::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::selectMunicipalities(const QStringList& ids) {
    for (int i = 0; i < m_municipalities->count(); ++i) {
        QListWidgetItem* item = m_municipalities->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportDialog::updatePeriod() {
    const auto kind = PeriodKind(m_kind->currentData().toInt());
    const QSignalBlocker block(m_part);
    const int part = std::max(0, m_part->currentIndex());
    QStringList parts;
    if (kind == PeriodKind::Quarter)
        parts = QStringList{tr("Q1"), tr("Q2"), tr("Q3"), tr("Q4")};
    else if (kind == PeriodKind::HalfYear)
        parts = QStringList{tr("First half"), tr("Second half")};
    if (m_part->count() != parts.size() || (!parts.isEmpty() && m_part->itemText(0) != parts.first())) {
        m_part->clear();
        m_part->addItems(parts);
        m_part->setCurrentIndex(std::min(part, int(parts.size()) - 1));
    }
    m_part->setVisible(!parts.isEmpty());
    m_year->setVisible(kind != PeriodKind::Custom);
    const bool custom = kind == PeriodKind::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const int year = m_year->value();
        const int p = m_part->currentIndex() + 1;
        const ReportSpec s = kind == PeriodKind::Quarter    ? ReportSpec::quarter(year, p)
                             : kind == PeriodKind::HalfYear ? ReportSpec::halfYear(year, p)
                                                            : ReportSpec::year(year);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(s.from);
        m_to->setDate(s.to);
    }
    updateSummary();
}

void ReportDialog::updateSummary() {
    const ReportSpec s = spec();
    const bool valid = s.isValid();
    m_preview->setEnabled(valid);
    m_pdf->setEnabled(valid);
    m_csv->setEnabled(valid);
    m_summary->setText(
        valid ? tr("Figures from %1 to %2; numbers below %3 are hidden.")
                    .arg(s.from.toString(QStringLiteral("dd-MM-yyyy")), s.to.toString(QStringLiteral("dd-MM-yyyy")))
                    .arg(s.threshold)
              : tr("The period ends before it begins."));
}

ReportSpec ReportDialog::spec() const {
    ReportSpec s;
    s.from = m_from->date();
    s.to = m_to->date();
    s.threshold = m_threshold->value();
    for (int i = 0; i < m_municipalities->count(); ++i)
        if (m_municipalities->item(i)->checkState() == Qt::Checked)
            s.municipalityIds << m_municipalities->item(i)->data(Qt::UserRole).toString();
    return s;
}

std::optional<Result<Report>> ReportDialog::makeReport() {
    // Reading the facts of a large file takes seconds the first time: on a worker, behind its progress.
    const ReportSpec wanted = spec();
    return WorkDialog::run(this, tr("Report"), m_store, [this, &wanted](Progress& progress) -> Result<Report> {
        progress.begin(tr("Reading the figures"), 0);
        if (!m_figures) {
            auto figures = DashboardFigures::forStore(m_store);
            if (!figures.ok())
                return figures.error();
            m_figures = std::make_unique<DashboardFigures>(std::move(figures.value()));
        }
        KOERS_TRY(progress.check());
        progress.begin(tr("Computing the report"), 0);
        return Report::make(*m_figures, m_store, wanted);
    });
}

QString ReportDialog::suggestedName(const QString& suffix) const {
    const ReportSpec s = spec();
    return tr("report-%1-%2.%3")
        .arg(s.from.toString(QStringLiteral("yyyyMMdd")), s.to.toString(QStringLiteral("yyyyMMdd")), suffix);
}

void ReportDialog::preview() {
    openPreview();
}

QPrintPreviewDialog* ReportDialog::openPreview() {
    auto made = makeReport();
    if (!made || made->cancelled())
        return nullptr; // locked meanwhile, or cancelled
    auto& report = *made;
    if (!report.ok()) {
        m_prompts.error(this, tr("Report"), report.message());
        return nullptr;
    }
    // The printer and the document live as long as the preview, which deletes itself when closed.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    std::shared_ptr<QTextDocument> doc = ReportDocument::build(report.value());
    auto* dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Report preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [doc, printer](QPrinter* target) { doc->print(target); });
    dialog->open();
    return dialog;
}

bool ReportDialog::savePdf() {
    const QString path = m_prompts.saveFileName(this, tr("Save the report"), suggestedName(QStringLiteral("pdf")),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    auto made = makeReport();
    if (!made || made->cancelled())
        return false; // locked meanwhile, or cancelled
    auto& report = *made;
    Status written = report.ok() ? ReportDocument::writePdf(report.value(), path) : Status(report.error());
    if (!written.ok()) {
        m_prompts.error(this, tr("Report"), written.message());
        return false;
    }
    m_prompts.information(this, tr("Report"), tr("The report was saved as %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool ReportDialog::saveCsv() {
    const QString path = m_prompts.saveFileName(this, tr("Save the figures"), suggestedName(QStringLiteral("csv")),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    auto made = makeReport();
    if (!made || made->cancelled())
        return false; // locked meanwhile, or cancelled
    auto& report = *made;
    Status written = report.ok() ? report->writeCsv(path) : Status(report.error());
    if (!written.ok()) {
        m_prompts.error(this, tr("Report"), written.message());
        return false;
    }
    m_prompts.information(this, tr("Report"), tr("The figures were saved as %1.").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace koers
