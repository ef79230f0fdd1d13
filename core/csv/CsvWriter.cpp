#include "CsvWriter.h"

#include "CsvTextCodec.h"
#include "util/OutOfSpace.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

#include <algorithm>
#include <cerrno>

namespace koers {

namespace {

bool isPlainNumber(QStringView value) {
    if (value.isEmpty() || (value.front() != u'+' && value.front() != u'-'))
        return false;
    const QStringView rest = value.sliced(1);
    const bool allowed = std::all_of(rest.begin(), rest.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || QStringView(u" .,-()").contains(c);
    });
    const bool digit = std::any_of(rest.begin(), rest.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return allowed && digit;
}

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device, CsvDialect dialect, bool excelSafe)
    : m_device(device)
    , m_dialect(dialect)
    , m_excelSafe(excelSafe) {
}

CsvWriter CsvWriter::forExcel(QIODevice& device) {
    return CsvWriter(device, CsvDialect::excel(), true);
}

CsvWriter CsvWriter::rfc4180(QIODevice& device) {
    return CsvWriter(device, CsvDialect::rfc4180(), false);
}

bool CsvWriter::needsNeutralising(QStringView value) {
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    const bool trigger =
        first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
    return trigger && !isPlainNumber(value);
}

QString CsvWriter::formatField(const QString& value) const {
    QString text = m_excelSafe && needsNeutralising(value) ? u'\'' + value : value;
    const bool quote = text.contains(m_dialect.delimiter) || text.contains(u'"') || text.contains(u'\r') ||
                       text.contains(u'\n') || (!text.isEmpty() && (isBlank(text.front()) || isBlank(text.back())));
    if (!quote)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

Status CsvWriter::writeRow(const QStringList& fields) {
    if (!m_dialect.isValid())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "Csv", "The delimiter must be a single ASCII character other than a quote or a line break."));

    QString line;
    if (fields.size() == 1 && fields.front().isEmpty()) {
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += m_dialect.delimiter;
            line += formatField(fields[i]);
        }
    }
    line += m_dialect.lineEnding == CsvDialect::LineEnding::CRLF ? QStringView(u"\r\n") : QStringView(u"\n");

    QByteArray bytes;
    if (m_dialect.encoding == CsvDialect::Encoding::Windows1252) {
        bytes = CsvTextCodec::toWindows1252(line);
    } else {
        if (m_dialect.encoding == CsvDialect::Encoding::Utf8Bom && !m_bomWritten)
            bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        bytes += line.toUtf8();
    }
    if (m_device.write(bytes) != bytes.size())
        return writeError(errno);
    m_bomWritten = true;
    ++m_rowsWritten;
    return {};
}

Status CsvWriter::finish() {
    if (auto* file = qobject_cast<QFileDevice*>(&m_device); file && !file->flush())
        return writeError(errno);
    return {};
}

Error CsvWriter::writeError(int systemErrno) const {
    const auto* file = qobject_cast<const QFileDevice*>(&m_device);
    if (file ? isOutOfSpace(*file, systemErrno) : isOutOfSpace(systemErrno))
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate(
                             "Csv", "The disk is full: the file could not be written. Free some space and try again."));
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("Csv", "The file could not be written: %1").arg(m_device.errorString()));
}

} // namespace koers
