// CsvDialectDetector: guesses the dialect of a spreadsheet file from its first bytes, so the import wizard
// can open what Dutch Excel, LibreOffice or a municipal system wrote without asking. The guess is shown in
// the wizard's preview and the user can correct it.
#pragma once

#include "CsvDialect.h"

#include <QByteArrayView>

class QIODevice;

namespace koers {

class CsvDialectDetector {
public:
    static constexpr qsizetype kDefaultSampleSize = 64 * 1024;

    // Encoding: a UTF-8 BOM wins; otherwise valid UTF-8 (plain ASCII included) is UTF-8 and anything else
    // Windows-1252, so invalid UTF-8 is never decoded into replacement characters. The reader repeats the
    // check beyond the sample.
    // Delimiter: of ';' ',' tab '|', the one that splits the first records (quotes respected) into the same
    // number of fields most often; on a tie the one giving more fields, then the order above. A file
    // without any of them gets ','.
    // Line ending: the first record separator; CRLF when there is none.
    // Header: assumed when the first record has some text and no number- or date-like field.
    static CsvDialect detect(QByteArrayView firstBytes);

    // Peeks at the start of the device without consuming it.
    static CsvDialect detect(QIODevice& device, qsizetype sampleSize = kDefaultSampleSize);
};

} // namespace koers
