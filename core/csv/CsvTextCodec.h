// CsvTextCodec: the byte-level text conversions the CSV engine needs and Qt 6.4 does not guarantee. Qt's
// UTF-8 decoder replaces bad bytes without telling where, and QStringDecoder only knows Windows-1252 when
// Qt was built with ICU; Dutch Excel files are often Windows-1252, so the table lives here.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace koers {

class CsvTextCodec {
public:
    static bool isAscii(QByteArrayView bytes);

    // Strict RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF. A sample cut from a longer
    // file may end halfway through a character; allowIncompleteTail accepts that.
    static bool isValidUtf8(QByteArrayView bytes, bool allowIncompleteTail = false);

    // 0x80-0x9F by the Windows table; the five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    // map to the C1 control of the same value, as Windows and the WHATWG encoding standard do, so no byte
    // is ever lost.
    static QString fromWindows1252(QByteArrayView bytes);

    // Characters Windows-1252 cannot hold become '?'; lossy, when given, tells whether that happened.
    static QByteArray toWindows1252(QStringView text, bool* lossy = nullptr);
};

} // namespace koers
