// The coach's intents on a dossier, each with its inverse, as the core carries them out: validated, in one
// transaction, audited (every write lands in the audit log with the fields it changed) and with the milestones
// brought in line with the rules where a date or the route moves. A screen pushes one named undo command per
// intent that calls these; koers-cli calls them directly. No screen opens a Repository or a Transaction.
#pragma once

#include "ClientService.h"
#include "domain/Contact.h"
#include "domain/Intake.h"
#include "domain/IntakeSection.h"
#include "domain/Involvement.h"
#include "domain/PlanGoal.h"

#include <vector>

namespace koers {

// A client's broad intake with its topics. Without an id: not started yet.
struct IntakeRecord {
    Intake intake;
    std::vector<IntakeSection> sections;
};

class DossierService {
public:
    explicit DossierService(Store& store, RuleSettings rules = {});
    // Uses the rule settings stored in the file.
    static Result<DossierService> forStore(Store& store);

    ClientService& clients() { return m_clients; }
    const RuleSettings& rules() const { return m_clients.rules(); }

    // Personal data and dates; the milestones follow. Its inverse is the same call with the old values.
    Status editClient(Client client);

    // The intake as stored: the live intake and its topics, or one without an id when none was started.
    Result<IntakeRecord> intake(const QString& clientId);
    // Starts (no id) or saves the intake and its topics; returns it with the ids it got. A record that was taken
    // back (tombstoned by restoreIntake) comes back under its own id.
    Result<IntakeRecord> saveIntake(IntakeRecord intake);
    // The inverse of saveIntake: `before` as it was (`after` is what saveIntake returned). An intake or topic that
    // `before` did not have is removed again.
    Status restoreIntake(const IntakeRecord& before, const IntakeRecord& after);
    // One topic's score (0-5, 0 = not assessed) and note, starting the intake today when there is none.
    Result<IntakeRecord> scoreIntakeTopic(const QString& clientId, IntakeTopic topic, int score, const QString& note);

    // The client's live PIP versions, oldest first.
    Result<std::vector<PlanVersion>> plans(const QString& clientId);
    // The next PIP version; its route becomes the client's route.
    Result<PlanVersion> addPlanVersion(PlanVersion plan);
    // The inverse: the version is removed and the client's route becomes that of the latest version left, or
    // `routeWithoutPlan` when none is left (the route the client had before its first PIP).
    Status removePlanVersion(const QString& planId, Route routeWithoutPlan = Route::None);
    // The inverse of removePlanVersion: the version is back, with its route when it is the latest.
    Status restorePlanVersion(const QString& planId);

    // Goals of a PIP version, conversations and people involved: add, edit, remove, and restore (the inverse of
    // remove; the inverse of edit is edit with the old record, of add remove).
    Result<PlanGoal> addGoal(PlanGoal goal);
    Status editGoal(const PlanGoal& goal);
    Status removeGoal(const QString& goalId);
    Status restoreGoal(const QString& goalId);
    Result<Contact> addContact(Contact contact);
    Status editContact(const Contact& contact);
    Status removeContact(const QString& contactId);
    Status restoreContact(const QString& contactId);
    Result<Involvement> addInvolvement(Involvement involvement);
    Status editInvolvement(const Involvement& involvement);
    Status removeInvolvement(const QString& involvementId);
    Status restoreInvolvement(const QString& involvementId);

    // A milestone as shown (stored or derived from the rules) by its kind; NotFound when the route has none.
    Result<Milestone> milestone(const QString& clientId, MilestoneKind kind);
    // Milestone intents on a milestone as shown. Achieved on `done` (not after today); waived with a reason kept
    // in its note; reopened as planned. The inverse of each, and of overrideDueDate, is restoreMilestone.
    Status achieveMilestone(const Milestone& milestone, QDate done);
    Status waiveMilestone(const Milestone& milestone, const QString& reason);
    Status reopenMilestone(const Milestone& milestone);
    Status overrideDueDate(const Milestone& milestone, QDate due, const QString& reason);
    Status restoreMilestone(const Milestone& before);

private:
    Status requireClient(const QString& clientId);
    Status validate(const PlanGoal& goal);
    Status validate(const Contact& contact) const;
    Status validate(const Involvement& involvement) const;
    template <class T>
    Result<T> addRecord(T record);
    template <class T>
    Status editRecord(const T& record);
    template <class T>
    Status setDeleted(const QString& id, bool deleted);
    // The client's route after its plan versions changed, and the milestones replanned to it.
    Status followLatestPlan(const QString& clientId, Route routeWithoutPlan);

    Store* m_store;
    ClientService m_clients;
};

} // namespace koers
