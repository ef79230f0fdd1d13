// The per-record rule of sync as a pure function, shared by every place two versions of a record meet: the
// file's merge (SyncMerger) and a push into the hub, where the hub's version is the local one. The version
// with the higher hybrid-logical-clock stamp wins; when neither version knew the other (concurrent), the
// loser is a conflict, kept for review. Knowledge is what a side has seen of the record's history.
#pragma once

#include "SyncKnowledge.h"
#include "SyncTables.h"

#include <QStringList>

namespace koers::sync {

struct Version {
    Hlc stamp;
    SyncKnowledge knowledge; // includes stamp
};

template <class T>
Version versionOf(const T& record, SyncKnowledge knowledge) {
    knowledge.add(record.meta.updatedAt);
    return {record.meta.updatedAt, std::move(knowledge)};
}

struct Decision {
    enum Kind {
        Insert,  // new to this side
        Replace, // the incoming version wins
        Keep,    // this side's version stays
    };
    Kind kind = Insert;
    bool conflict = false;      // the loser (this side's on Replace, the incoming on Keep) must be kept
    bool knowledgeGrew = false; // `knowledge` must be stored
    SyncKnowledge knowledge;    // what this side knows afterwards
};

// `local` is null when this side does not have the record.
Decision decide(const Version* local, const Version& incoming);

// The id of a conflict: the same loss seen on two devices (or a device and the hub) is one conflict.
QString conflictId(QStringView table, QStringView recordId, const Hlc& loser);
// A losing version as a conflict keeps it: its row as one CSV line in allColumns<T>() order.
QString conflictRow(const QStringList& rowTexts);

} // namespace koers::sync
