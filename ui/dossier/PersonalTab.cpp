#include "PersonalTab.h"

#include "commands/EditClientCommand.h"
#include "prompts/Prompts.h"
#include "storage/Store.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace koers {

PersonalTab::PersonalTab(DossierContext& ctx, QWidget* parent)
    : DossierTab(ctx, parent)
    , m_form(new ClientForm(false, this))
    , m_save(new QPushButton(tr("&Save (Ctrl+S)"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &PersonalTab::save);
    connect(m_form, &ClientForm::edited, this, [this] {
        setModified(true);
        m_form->showProblems(m_ctx.store->clock().today());
    });
}

void PersonalTab::load(const Dossier& dossier) {
    // Unsaved typing survives a change made in another tab.
    if (m_modified)
        return;
    m_loaded = dossier.client;
    m_form->setChoices(*m_ctx.store);
    m_form->setClient(dossier.client);
    setModified(false); // filling the form is no edit
}

void PersonalTab::setModified(bool modified) {
    if (modified == m_modified)
        return;
    m_modified = modified;
    m_save->setEnabled(modified);
    Q_EMIT modifiedChanged(modified);
    Q_EMIT editsChanged();
}

Status PersonalTab::saveEdits() {
    if (!m_modified)
        return {};
    const QDate today = m_ctx.store->clock().today();
    if (const QStringList problems = m_form->problems(today); !problems.isEmpty()) {
        m_form->showProblems(today);
        return makeError(ErrorCode::Invalid, problems.join(QLatin1Char(' ')));
    }
    // Saved data replaces the form's; clear the flag first so the reload that follows fills the form.
    setModified(false);
    const Status saved = m_ctx.run(std::make_unique<EditClientCommand>(
        m_ctx.environment(), m_ctx.undoText(tr("edit personal data")), m_loaded, m_form->client()));
    if (!saved.ok())
        setModified(true);
    return saved;
}

bool PersonalTab::save() {
    if (!m_modified)
        return false;
    const Status saved = saveEdits();
    // A form with problems shows them under the fields; anything else the core refused is said in a message.
    if (!saved.ok() && m_form->problems(m_ctx.store->clock().today()).isEmpty())
        m_ctx.prompts->error(this, tr("Not saved"), saved.message());
    return saved.ok();
}

void PersonalTab::discardEdits() {
    m_form->setClient(m_loaded);
    setModified(false);
}

} // namespace koers
