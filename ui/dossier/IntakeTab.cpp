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
    : QWidget(parent)
    , m_ctx(ctx)
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
}

void IntakeTab::load(const Dossier& dossier) {
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
    m_start->setDate(m_intake.startDate);
    m_completed->setDate(m_intake.completedDate);
    m_lbt->setValue(m_intake.lbtScore);
    m_table->setRowCount(static_cast<int>(m_sections.size()));
    for (int r = 0; r < static_cast<int>(m_sections.size()); ++r) {
        const IntakeSection& s = m_sections[static_cast<size_t>(r)];
        auto* topic = new QTableWidgetItem(label(s.topic));
        topic->setFlags(topic->flags() & ~Qt::ItemIsEditable);
        auto* score = new QTableWidgetItem;
        score->setData(Qt::EditRole, s.score);
        m_table->setItem(r, Topic, topic);
        m_table->setItem(r, Score, score);
        m_table->setItem(r, Note, new QTableWidgetItem(s.note));
    }
    m_save->setText(m_intake.meta.id.isEmpty() ? tr("&Start intake") : tr("&Save intake"));
}

void IntakeTab::save() {
    if (!m_start->isAcceptable() || !m_completed->isAcceptable()) {
        m_ctx.prompts->error(this, tr("Intake not saved"), tr("Enter dates as dd-mm-yyyy."));
        return;
    }
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
    m_ctx.push(this, std::make_unique<SaveIntakeCommand>(m_ctx.environment(), m_ctx.undoText(tr("save intake")),
                                                         std::move(before), IntakeRecord{after, std::move(sections)}));
}

} // namespace koers
