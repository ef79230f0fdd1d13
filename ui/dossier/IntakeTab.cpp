#include "IntakeTab.h"

#include "commands/SaveIntakeCommand.h"
#include "prompts/Prompts.h"
#include "storage/Store.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

namespace {
enum Column { Topic, Score, Note };
}

IntakeTab::IntakeTab(DossierContext& ctx, QWidget* parent)
    : DossierTab(ctx, parent)
    , m_start(new DateField(this))
    , m_completed(new DateField(this))
    , m_lbt(new QSpinBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_save(new QPushButton(tr("&Save intake"), this)) {
    m_lbt->setRange(0, 200);
    m_lbt->setSpecialValueText(tr("not taken"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Started"), m_start);
    form->addRow(tr("&Completed"), m_completed);
    form->addRow(tr("&Learnability test score"), m_lbt);
    m_table->setHorizontalHeaderLabels({tr("Topic"), tr("Score (1-5, 0 = not assessed)"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Topic, 240);
    m_table->setColumnWidth(Score, 220);
    m_table->setAccessibleName(tr("Intake topics"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    connect(m_save, &QPushButton::clicked, this, &IntakeTab::save);
    const auto edited = [this] {
        if (!m_showing)
            setModified(true);
    };
    connect(m_start, &QLineEdit::textEdited, this, edited);
    connect(m_completed, &QLineEdit::textEdited, this, edited);
    connect(m_lbt, &QSpinBox::valueChanged, this, edited);
    connect(m_table, &QTableWidget::itemChanged, this, edited);
}

void IntakeTab::load(const Dossier& dossier) {
    // Scores typed and not saved survive a change made in another tab.
    if (m_modified)
        return;
    m_intake = dossier.intakes.empty() ? Intake{} : dossier.intakes.front();
    m_sections.clear();
    for (IntakeTopic topic : allValues<IntakeTopic>()) {
        IntakeSection section;
        section.topic = topic;
        for (const IntakeSection& s : dossier.intakeSections)
            if (s.intakeId == m_intake.meta.id && s.topic == topic && !m_intake.meta.id.isEmpty())
                section = s;
        m_sections.push_back(section);
    }
    show(m_intake, m_sections);
}

void IntakeTab::show(const Intake& intake, const std::vector<IntakeSection>& sections) {
    m_showing = true;
    m_start->setDate(intake.startDate);
    m_completed->setDate(intake.completedDate);
    m_lbt->setValue(intake.lbtScore);
    m_table->setRowCount(static_cast<int>(sections.size()));
    for (int r = 0; r < static_cast<int>(sections.size()); ++r) {
        const IntakeSection& s = sections[static_cast<size_t>(r)];
        auto* topic = new QTableWidgetItem(label(s.topic));
        topic->setFlags(topic->flags() & ~Qt::ItemIsEditable);
        auto* score = new QTableWidgetItem;
        score->setData(Qt::EditRole, s.score);
        m_table->setItem(r, Topic, topic);
        m_table->setItem(r, Score, score);
        m_table->setItem(r, Note, new QTableWidgetItem(s.note));
    }
    m_save->setText(intake.meta.id.isEmpty() ? tr("&Start intake") : tr("&Save intake"));
    m_showing = false;
}

void IntakeTab::setModified(bool modified) {
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT editsChanged();
}

Status IntakeTab::saveEdits() {
    if (!m_start->isAcceptable() || !m_completed->isAcceptable())
        return makeError(ErrorCode::Invalid, tr("Enter dates as dd-mm-yyyy."));
    Intake after = m_intake;
    after.clientId = m_ctx.clientId;
    after.startDate = m_start->date().isValid() ? m_start->date() : m_ctx.store->clock().today();
    after.completedDate = m_completed->date();
    after.lbtScore = m_lbt->value();
    std::vector<IntakeSection> sections = m_sections;
    for (int r = 0; r < static_cast<int>(sections.size()); ++r) {
        auto& s = sections[static_cast<size_t>(r)];
        s.clientId = m_ctx.clientId;
        s.score = std::clamp(m_table->item(r, Score)->data(Qt::EditRole).toInt(), 0, 5);
        s.note = m_table->item(r, Note)->text();
    }
    IntakeRecord before{m_intake, {}};
    for (const IntakeSection& s : m_sections)
        if (!s.meta.id.isEmpty())
            before.sections.push_back(s);
    // Saved data replaces the form's: the reload that follows fills it.
    const bool wasModified = m_modified;
    setModified(false);
    const Status saved =
        m_ctx.run(std::make_unique<SaveIntakeCommand>(m_ctx.environment(), m_ctx.undoText(tr("save intake")),
                                                      std::move(before), IntakeRecord{after, std::move(sections)}));
    if (!saved.ok())
        setModified(wasModified);
    return saved;
}

void IntakeTab::save() {
    if (const Status saved = saveEdits(); !saved.ok())
        m_ctx.prompts->error(this, tr("Intake not saved"), saved.message());
}

void IntakeTab::discardEdits() {
    setModified(false);
    show(m_intake, m_sections);
}

} // namespace koers
