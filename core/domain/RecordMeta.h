// The bookkeeping every synchronised record carries (design §3): identity, creation time, the hybrid
// logical clock stamp and device of its last change, and the tombstone that lets deletes travel in sync.
#pragma once

#include "util/Hlc.h"

#include <QDateTime>
#include <QString>

namespace koers {

struct RecordMeta {
    QString id;          // UUID without braces
    QDateTime createdAt; // UTC
    Hlc updatedAt;       // device part is the device that made the change ("updated_by")
    bool deleted = false;
};

} // namespace koers
