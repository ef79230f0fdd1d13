#include "NewClientDialog.h"

#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "prompts/Prompts.h"
#include "queries/DuplicateQuery.h"
#include "rules/Bsn.h"
#include "services/ClientService.h"
#include "storage/Store.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace koers {

NewClientDialog::NewClientDialog(Store& store, ClientService& service, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_service(service)
    , m_prompts(prompts)
    , m_form(new ClientForm(true, this)) {
    setWindowTitle(tr("New client"));
    m_form->setChoices(store);
    m_form->setClient(Client{});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add client"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!create().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ClientForm::edited, this, [this] {
        m_edited = true;
        m_form->showProblems(m_store.clock().today());
    });
    m_form->firstNamesField()->setFocus();
}

void NewClientDialog::reject() {
    // Cancel or Esc on a half-filled form asks first; No (keep typing) is what Enter gives.
    if (m_edited && !m_closingForLock &&
        m_prompts.question(this, tr("New client"), tr("Throw away what was typed for this new client?"),
                           Prompts::Buttons::YesNo, Prompts::Choice::No) != Prompts::Choice::Yes)
        return;
    QDialog::reject();
}

QString NewClientDialog::keepOnLock() {
    m_closingForLock = true;
    if (!m_edited)
        return {};
    const Client client = m_form->client();
    const QString who = client.displayName().isEmpty() ? tr("a new client") : client.displayName();
    const QDate today = m_store.clock().today();
    if (const QStringList problems = m_form->problems(today); !problems.isEmpty())
        return tr("New client %1: %2").arg(who, problems.join(QLatin1Char(' ')));
    // Nobody is there to answer the duplicate question: a possible duplicate is not added.
    if (auto duplicates = DuplicateQuery(m_store).find(client); !duplicates.ok() || !duplicates->empty())
        return tr("New client %1: may already exist, so it was not added.").arg(who);
    auto added = m_service.addClient(client);
    if (!added.ok())
        return tr("New client %1: %2").arg(who, added.message());
    m_createdId = added->meta.id;
    return {};
}

QString NewClientDialog::create() {
    const QDate today = m_store.clock().today();
    if (!m_form->problems(today).isEmpty()) {
        m_form->showProblems(today);
        return {};
    }
    Client client = m_form->client();
    auto duplicates = DuplicateQuery(m_store).find(client);
    if (duplicates.ok() && !duplicates->empty()) {
        QStringList names;
        for (const DuplicateCandidate& found : duplicates.value()) {
            const Client& d = found.client;
            QString line =
                QStringLiteral("%1 (%2, BSN %3)")
                    .arg(d.displayName(), d.dateOfBirth.toString(QStringLiteral("dd-MM-yyyy")), maskBsn(d.bsn));
            if (found.match == PersonMatch::Possible)
                line += QLatin1String(": ") + tr("another BSN, possibly the same person");
            names << line;
        }
        const auto answer = m_prompts.question(
            this, tr("Possible duplicate"),
            tr("This client may already exist:\n%1\n\nAdd a new client anyway?").arg(names.join(QLatin1Char('\n'))),
            Prompts::Buttons::YesNo, Prompts::Choice::No);
        if (answer != Prompts::Choice::Yes)
            return {};
    }
    auto added = m_service.addClient(client);
    if (!added.ok()) {
        m_prompts.error(this, tr("Client not added"), added.message());
        return {};
    }
    m_createdId = added->meta.id;
    return m_createdId;
}

} // namespace koers
