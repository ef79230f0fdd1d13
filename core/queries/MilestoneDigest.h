// MilestoneDigest: every client's open milestones in brief, for the lists over the whole caseload (agenda,
// werkvoorraad). It reads the stored milestones and the first PIP dates once, each table in file order,
// and the rules add the derived milestones per client row (milestones nobody touched are not stored, see
// MilestonePlanner). Reading through the indexes per client instead visits the pages in random order, and
// SQLCipher decrypts a page again at every visit that misses its cache: at 100,000 clients that took seconds.
#pragma once

#include "rules/FirstPip.h"
#include "rules/MilestonePlanner.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace koers {

class Statement;
class Store;

struct OpenMilestone {
    QString id; // filled only when asked for
    MilestoneKind kind = MilestoneKind::IntakeDone;
    QDate due;
};

class MilestoneDigest {
public:
    // withIds: also keep each open milestone's id (the agenda needs them, the caseload does not).
    static Result<MilestoneDigest> load(Store& store, bool withIds);

    // The same reading in slices, for the window to go on between them (below).
    class Loader;

    // Select-list fragment for a client table aliased `c` with what the rules need (DueBasis); columnCount
    // columns, read back with readBasis (without the first PIP, which lives in another table).
    static QString columns();
    static constexpr int columnCount = 6;
    static DueBasis readBasis(const Statement& row, int first);

    // The client's open milestones that have a due date, stored and derived, in no particular order; the
    // client's columns() start at `first` in `row`.
    std::vector<OpenMilestone> openDated(const Statement& row, int first, const QString& clientId) const;
    std::vector<OpenMilestone> openDated(DueBasis basis, const QString& clientId) const;
    // The earliest of them (on one date the lowest kind, so the choice does not depend on storage order).
    std::optional<OpenMilestone> next(const DueBasis& basis, const QString& clientId) const;

private:
    struct Stored {
        MilestoneKinds kinds = 0; // kinds with a live stored record (any status)
        FirstPip firstPip;
        std::vector<OpenMilestone> open; // stored open ones with a due date
    };

    MilestoneDigest(RuleSettings rules, bool withIds);
    // The entry of the row's client (client id in column 0); rows of one client mostly follow each other.
    Stored& entryFor(const Statement& row);
    void addMilestone(const Statement& row);
    void addPlan(const Statement& row);

    QByteArray m_lastClient;
    Stored* m_current = nullptr;

    MilestonePlanner m_planner;
    bool m_withIds;
    QHash<QString, Stored> m_stored;
};

// MilestoneDigest::load in slices, for the window to go on between them (the caseload of a large file). No
// statement stays open between two slices: each slice reads on from the last row id it saw.
class MilestoneDigest::Loader {
public:
    static Result<Loader> start(Store& store, bool withIds);
    // Reads up to `rows` more rows; true once everything is read.
    Result<bool> step(Store& store, int rows);
    // After step() said true.
    MilestoneDigest take() { return std::move(m_digest); }

private:
    explicit Loader(MilestoneDigest digest)
        : m_digest(std::move(digest)) {}
    MilestoneDigest m_digest;
    int m_table = 0; // 0 milestones, 1 plan versions, 2 done
    qint64 m_lastRowid = 0;
};

} // namespace koers
