// A client's dossier in tabs: personal data, intake, plan, milestones, conversations, involved.
// Every edit is an undoable command through the core; the view reloads from the store after each.
#pragma once

#include "DossierContext.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;

namespace koers {

class ChangeFeed;
struct StoreChange;

class ContactsTab;
class DossierTab;
class DossierUndo;
class IntakeTab;
class InvolvementsTab;
class MilestonesTab;
class PersonalTab;
class PlanTab;

class DossierView : public QWidget {
    Q_OBJECT
public:
    // Each client's edits go to that client's history in `undo`.
    DossierView(DossierUndo& undo, Prompts& prompts, QWidget* parent = nullptr);
    ~DossierView() override;

    // Shows a client of this store; the store must outlive the view's use of it (see close()).
    void open(Store& store, const QString& clientId);
    void close();
    void reload();
    // The open file's announcements: the dossier reloads when its client changed, and its own edits are announced
    // through it. Without a feed (a view on its own) it reloads after each of its edits.
    void setChangeFeed(ChangeFeed* feed);
    const QString& clientId() const { return m_ctx.clientId; }
    // The titles of the tabs with edits that are not saved.
    QStringList unsavedTabs() const;
    bool hasUnsavedEdits() const;
    // Saves every tab's edits without asking anything; one line per tab that could not be saved ("tab: why").
    QStringList saveEdits();
    void discardEdits();
    const QString& clientName() const { return m_ctx.clientName; }
    // Asks where to save and writes the whole dossier as PDF and CSV (AVG access request).
    bool exportForAccessRequest();
    QPushButton* exportButton() const { return m_exportButton; }

    QTabWidget* tabs() const { return m_tabs; }
    // The tab that holds a record, with the record selected (the agenda's Enter).
    void showMilestone(const QString& milestoneId);
    void showContact(const QString& contactId);
    PersonalTab* personalTab() const { return m_personal; }
    IntakeTab* intakeTab() const { return m_intake; }
    PlanTab* planTab() const { return m_plan; }
    MilestonesTab* milestonesTab() const { return m_milestones; }
    ContactsTab* contactsTab() const { return m_contacts; }
    InvolvementsTab* involvementsTab() const { return m_involvements; }

Q_SIGNALS:
    // After every reload from the store.
    void reloaded();
    void modifiedChanged(bool modified);
    // A tab's unsaved edits came or went.
    void editsChanged();

private:
    void storeChanged(const StoreChange& change);
    std::vector<DossierTab*> allTabs() const;
    QString tabTitle(const DossierTab* tab) const;

    DossierUndo& m_undo;
    DossierContext m_ctx;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QPushButton* m_exportButton;
    PersonalTab* m_personal;
    IntakeTab* m_intake;
    PlanTab* m_plan;
    MilestonesTab* m_milestones;
    ContactsTab* m_contacts;
    InvolvementsTab* m_involvements;
    QMetaObject::Connection m_feedConnection;
};

} // namespace koers
