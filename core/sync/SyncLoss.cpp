#include "SyncLoss.h"

#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace koers::sync {

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
