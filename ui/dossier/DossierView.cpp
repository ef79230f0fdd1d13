#include "DossierView.h"

#include "ContactsTab.h"
#include "DossierUndo.h"
#include "IntakeTab.h"
#include "InvolvementsTab.h"
#include "MilestonesTab.h"
#include "PersonalTab.h"
#include "PlanTab.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "prompts/Prompts.h"
#include "queries/DossierQuery.h"
#include "report/DossierDocument.h"
#include "rules/Bsn.h"
#include "services/ChangeFeed.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace koers {

DossierView::DossierView(DossierUndo& undo, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_exportButton(new QPushButton(tr("E&xport for access request..."), this)) {
    m_ctx.prompts = &prompts;
    setChangeFeed(nullptr);
    m_personal = new PersonalTab(m_ctx, this);
    m_intake = new IntakeTab(m_ctx, this);
    m_plan = new PlanTab(m_ctx, this);
    m_milestones = new MilestonesTab(m_ctx, this);
    m_contacts = new ContactsTab(m_ctx, this);
    m_involvements = new InvolvementsTab(m_ctx, this);
    m_tabs->addTab(m_personal, tr("&Personal data"));
    m_tabs->addTab(m_intake, tr("&Intake"));
    m_tabs->addTab(m_plan, tr("P&lan (PIP)"));
    m_tabs->addTab(m_milestones, tr("&Milestones"));
    m_tabs->addTab(m_contacts, tr("&Conversations"));
    m_tabs->addTab(m_involvements, tr("In&volved"));

    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_exportButton->setToolTip(tr("The whole dossier as PDF and CSV, for the client's access request (AVG)"));
    connect(m_exportButton, &QPushButton::clicked, this, &DossierView::exportForAccessRequest);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_exportButton);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(m_personal, &PersonalTab::modifiedChanged, this, &DossierView::modifiedChanged);
    for (DossierTab* tab : allTabs())
        connect(tab, &DossierTab::editsChanged, this, &DossierView::editsChanged);
    setEnabled(false);
}

DossierView::~DossierView() = default;

bool DossierView::exportForAccessRequest() {
    if (!m_ctx.store || m_ctx.clientId.isEmpty())
        return false;
    const QString pdf = m_ctx.prompts->saveFileName(this, tr("Export for access request"),
                                                    QStringLiteral("inzage-%1.pdf").arg(m_ctx.clientId.left(8)),
                                                    tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return false;
    // The CSV goes beside the PDF: the same data in a form the client can process further.
    const QFileInfo info(pdf);
    const QString csv = info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
    const Status done = DossierDocument::exportDossier(*m_ctx.store, m_ctx.clientId, pdf, csv);
    if (!done.ok()) {
        m_ctx.prompts->error(this, tr("Export for access request"), done.message());
        return false;
    }
    m_ctx.prompts->information(
        this, tr("Export for access request"),
        tr("The dossier was written to %1 and %2. These files are not encrypted: hand them to the client and "
           "delete them afterwards.")
            .arg(info.fileName(), QFileInfo(csv).fileName()));
    return true;
}

void DossierView::open(Store& store, const QString& clientId) {
    if (m_ctx.store != &store || !m_ctx.service) {
        auto service = DossierService::forStore(store);
        if (!service.ok()) {
            m_ctx.prompts->error(this, tr("Dossier"), service.message());
            return;
        }
        m_ctx.service = std::make_shared<DossierService>(std::move(service.value()));
        m_ctx.store = &store;
    }
    m_ctx.clientId = clientId;
    m_ctx.undo = m_undo.open(clientId);
    reload();
}

void DossierView::setChangeFeed(ChangeFeed* feed) {
    disconnect(m_feedConnection);
    if (!feed) {
        m_ctx.refresh = [this] {
            reload();
        };
        return;
    }
    m_feedConnection = connect(feed, &ChangeFeed::changed, this, &DossierView::storeChanged);
    m_ctx.refresh = [feed] {
        feed->flush();
    };
}

void DossierView::storeChanged(const StoreChange& change) {
    if (!m_ctx.store || m_ctx.clientId.isEmpty())
        return;
    // Rule settings move the milestones' dates: the service computes with the new ones.
    if (change.touches(QStringLiteral("setting")))
        if (auto service = DossierService::forStore(*m_ctx.store); service.ok())
            m_ctx.service = std::make_shared<DossierService>(std::move(service.value()));
    // Names of coach and municipality are shown; rule settings move the milestones' dates.
    if (change.touchesClient(m_ctx.clientId) || change.touchesAny({"coach", "municipality", "setting"}))
        reload();
}

void DossierView::showMilestone(const QString& milestoneId) {
    m_tabs->setCurrentWidget(m_milestones);
    m_milestones->selectMilestone(milestoneId);
    m_milestones->table()->setFocus(Qt::OtherFocusReason);
}

void DossierView::showContact(const QString& contactId) {
    m_tabs->setCurrentWidget(m_contacts);
    m_contacts->selectContact(contactId);
    m_contacts->table()->setFocus(Qt::OtherFocusReason);
}

void DossierView::close() {
    m_ctx.store = nullptr;
    m_ctx.service.reset();
    m_ctx.clientId.clear();
    m_header->clear();
    setEnabled(false);
}

void DossierView::reload() {
    if (!m_ctx.store || m_ctx.clientId.isEmpty())
        return;
    auto dossier = DossierQuery(*m_ctx.store).load(m_ctx.clientId);
    if (!dossier.ok()) {
        m_header->setText(dossier.message());
        setEnabled(false);
        return;
    }
    const Dossier& d = dossier.value();
    m_ctx.clientName = d.client.displayName();
    QStringList header{d.client.displayName()};
    if (!d.client.bsn.isEmpty()) // many newcomers have no BSN yet
        header << tr("BSN %1").arg(maskBsn(d.client.bsn));
    header << label(d.client.route) << label(d.client.status);
    m_header->setText(header.join(QStringLiteral("   ·   ")));
    // Each tab keeps what was typed into it and not saved.
    for (DossierTab* tab : allTabs())
        tab->load(d);
    setEnabled(true);
    Q_EMIT reloaded();
}

std::vector<DossierTab*> DossierView::allTabs() const {
    return {m_personal, m_intake, m_plan, m_milestones, m_contacts, m_involvements};
}

QString DossierView::tabTitle(const DossierTab* tab) const {
    return m_tabs->tabText(m_tabs->indexOf(const_cast<DossierTab*>(tab))).remove(QLatin1Char('&'));
}

QStringList DossierView::unsavedTabs() const {
    QStringList out;
    for (const DossierTab* tab : allTabs())
        if (tab->hasUnsavedEdits())
            out << tabTitle(tab);
    return out;
}

bool DossierView::hasUnsavedEdits() const {
    if (!m_ctx.store)
        return false;
    for (const DossierTab* tab : allTabs())
        if (tab->hasUnsavedEdits())
            return true;
    return false;
}

QStringList DossierView::saveEdits() {
    QStringList refused;
    for (DossierTab* tab : allTabs()) {
        if (!m_ctx.store || !tab->hasUnsavedEdits())
            continue;
        if (const Status saved = tab->saveEdits(); !saved.ok())
            refused << tr("%1: %2").arg(tabTitle(tab), saved.message());
    }
    return refused;
}

void DossierView::discardEdits() {
    for (DossierTab* tab : allTabs())
        tab->discardEdits();
}

} // namespace koers
