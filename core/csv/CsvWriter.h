// CsvWriter: writes rows for Excel (caseload export, rejected import rows) and for sync packages. A field
// is quoted only when it has to be: when it holds the delimiter, a quote, CR or LF, or starts or ends with
// a space or tab (which spreadsheet programs would otherwise trim). Quotes inside are doubled.
//
// excelSafe guards against formula injection (CSV injection): a field that starts with '=', '+', '-',
// '@', tab or CR would be run as a formula by a spreadsheet program, so it gets a leading apostrophe, e.g.
// "=SUM(A1)" is written as "'=SUM(A1)". Exempt are fields that are plainly a number: a leading '+' or '-'
// followed only by digits, spaces, '.', ',', '-', '(' and ')', with at least one digit, such as "-12",
// "-3,5" or "+31 6 1234 5678". These stay readable; at worst Excel reads them as arithmetic, which cannot
// call a function or reach another program.
//
// A row with no fields is written as an empty line (it reads back as one empty field); a row holding one
// empty field is written as "" so that it survives readers that skip blank lines.
#pragma once

#include "CsvDialect.h"
#include "util/Result.h"

#include <QStringList>

class QIODevice;

namespace koers {

class CsvWriter {
public:
    // The device must be open for writing. With Encoding::Utf8Bom the BOM goes before the first row; with
    // Windows-1252, characters it cannot hold become '?'.
    CsvWriter(QIODevice& device, CsvDialect dialect, bool excelSafe = false);
    Q_DISABLE_COPY(CsvWriter)

    // CsvDialect::excel() with excelSafe on: for files people open in Excel.
    static CsvWriter forExcel(QIODevice& device);
    // CsvDialect::rfc4180() with excelSafe off: for files programs read back (sync), values untouched.
    static CsvWriter rfc4180(QIODevice& device);

    Status writeRow(const QStringList& fields);
    // Files buffer their writes, so a full disk may only show here: call it after the last row (before
    // QSaveFile::commit()).
    Status finish();

    const CsvDialect& dialect() const { return m_dialect; }
    bool excelSafe() const { return m_excelSafe; }
    qint64 rowsWritten() const { return m_rowsWritten; }

    // The field as it appears in the file (neutralised when excelSafe, then quoted if needed).
    QString formatField(const QString& value) const;
    // Whether excelSafe would add an apostrophe to the value.
    static bool needsNeutralising(QStringView value);

private:
    Error writeError(int systemErrno) const;

    QIODevice& m_device;
    CsvDialect m_dialect;
    bool m_excelSafe;
    qint64 m_rowsWritten = 0;
    bool m_bomWritten = false;
};

} // namespace koers
