#include "SyncDecision.h"

#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace koers::sync {

Decision decide(const Version* local, const Version& incoming) {
    Decision d;
    if (!local) {
        d.kind = Decision::Insert;
        d.knowledge = incoming.knowledge;
        d.knowledgeGrew = true;
        return d;
    }
    const Hlc& in = incoming.stamp;
    const Hlc& mine = local->stamp;
    // Concurrent: neither version was made knowing the other. Only then is the loser a conflict; an older
    // version that the newer one was made from is simply superseded.
    const bool concurrent = in != mine && !local->knowledge.knows(in) && !incoming.knowledge.knows(mine);
    d.kind = mine < in ? Decision::Replace : Decision::Keep;
    d.conflict = concurrent;
    d.knowledge = local->knowledge;
    d.knowledgeGrew = d.knowledge.merge(incoming.knowledge);
    return d;
}

QString conflictId(QStringView table, QStringView recordId, const Hlc& loser) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(table.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(recordId.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(loser.toString().toUtf8());
    return QString::fromLatin1(h.result().toHex().left(32));
}

QString conflictRow(const QStringList& rowTexts) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w = CsvWriter::rfc4180(buffer);
    (void)w.writeRow(rowTexts);
    (void)w.finish();
    return QString::fromUtf8(bytes).chopped(2); // without the CRLF
}

} // namespace koers::sync
