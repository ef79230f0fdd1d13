#include "PersonalTab.h"

#include "commands/EditClientCommand.h"
#include "storage/Store.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace koers {

PersonalTab::PersonalTab(DossierContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
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

void PersonalTab::load(const Dossier& dossier, Store& store) {
    m_loaded = dossier.client;
    m_form->setChoices(store);
    m_form->setClient(dossier.client);
    setModified(false);
}

void PersonalTab::setModified(bool modified) {
    if (modified == m_modified)
        return;
    m_modified = modified;
    m_save->setEnabled(modified);
    Q_EMIT modifiedChanged(modified);
}

bool PersonalTab::save() {
    if (!m_modified)
        return false;
    const QStringList problems = m_form->problems(m_ctx.store->clock().today());
    if (!problems.isEmpty()) {
        m_form->showProblems(m_ctx.store->clock().today());
        return false;
    }
    // Saved data replaces the form's; clear the flag first so the refresh does not ask about it.
    setModified(false);
    const bool saved = m_ctx.push(this, std::make_unique<EditClientCommand>(m_ctx.environment(),
                                                                            m_ctx.undoText(tr("edit personal data")),
                                                                            m_loaded, m_form->client()));
    if (!saved)
        setModified(true);
    return saved;
}

} // namespace koers
