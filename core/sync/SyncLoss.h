// How a losing version of a concurrent edit is kept, wherever the loss is seen (a file's merge, a push into
// the hub): its conflict id depends only on what lost, so the same loss seen on two devices, or on a device
// and the hub, is one conflict; its row is one CSV line in allColumns<T>() order.
#pragma once

#include "util/Hlc.h"

#include <QStringList>

namespace koers::sync {

QString conflictId(QStringView table, QStringView recordId, const Hlc& loser);
QString conflictRow(const QStringList& rowTexts);

} // namespace koers::sync
