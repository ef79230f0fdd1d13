#include "CsvDialectDetector.h"

#include "CsvTextCodec.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace koers {

namespace {

constexpr int kMaxSampleRecords = 50;
constexpr char kCandidates[] = {';', ',', '\t', '|'};

struct Split {
    std::vector<int> fieldCounts; // per non-blank record
    std::optional<CsvDialect::LineEnding> firstBreak;
    QList<QByteArray> firstRecord;
};

// The same quoting rules as CsvReader (a quote only opens a field at its start), reduced to counting.
Split splitSample(QByteArrayView bytes, char delimiter) {
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    Split split;
    State state = State::FieldStart;
    int fields = 1;
    bool recordEmpty = true;
    bool inFirstRecord = true;
    QByteArray field;

    auto endField = [&] {
        if (inFirstRecord)
            split.firstRecord.append(field);
        field.clear();
    };
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n && int(split.fieldCounts.size()) < kMaxSampleRecords; ++i) {
        const char c = bytes[i];
        const bool lineBreak = c == '\r' || c == '\n';
        if (state == State::Quoted) {
            if (c == '"')
                state = State::QuoteInQuoted;
            else
                field.append(c);
            continue;
        }
        if (state == State::QuoteInQuoted && c == '"') {
            field.append(c);
            state = State::Quoted;
            continue;
        }
        if (c == delimiter) {
            endField();
            ++fields;
            recordEmpty = false;
            state = State::FieldStart;
        } else if (lineBreak) {
            const bool crlf = c == '\r' && i + 1 < n && bytes[i + 1] == '\n';
            if (crlf)
                ++i;
            if (!split.firstBreak)
                split.firstBreak = c == '\n' ? CsvDialect::LineEnding::LF : CsvDialect::LineEnding::CRLF;
            endField();
            if (!recordEmpty) {
                split.fieldCounts.push_back(fields);
                inFirstRecord = false;
            } else if (inFirstRecord) {
                split.firstRecord.clear();
            }
            fields = 1;
            recordEmpty = true;
            state = State::FieldStart;
        } else if (state == State::FieldStart && c == '"') {
            recordEmpty = false;
            state = State::Quoted;
        } else {
            field.append(c);
            recordEmpty = false;
            state = State::Unquoted;
        }
    }
    // A trailing record without a line break may have been cut off by the sample size; it only counts when
    // there is little else to go on.
    if (!recordEmpty && split.fieldCounts.size() < 2 && int(split.fieldCounts.size()) < kMaxSampleRecords) {
        endField();
        split.fieldCounts.push_back(fields);
    }
    return split;
}

struct Score {
    int consistent = 0;
    int fields = 0;
};

Score score(const std::vector<int>& counts) {
    std::map<int, int> frequency;
    for (const int c : counts)
        ++frequency[c];
    Score best;
    for (const auto& [fields, times] : frequency) {
        if (times > best.consistent || (times == best.consistent && fields > best.fields))
            best = {times, fields};
    }
    return best;
}

// Numbers, dates, BSNs and phone numbers: things a data row holds and a column title does not.
bool looksLikeData(const QString& field) {
    bool digit = false;
    for (const QChar c : field) {
        if (c.isDigit())
            digit = true;
        else if (!QStringView(u" .,:/+-()").contains(c))
            return false;
    }
    return digit;
}

} // namespace

CsvDialect CsvDialectDetector::detect(QByteArrayView firstBytes) {
    CsvDialect dialect;
    QByteArrayView body = firstBytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        dialect.encoding = CsvDialect::Encoding::Utf8Bom;
        body = body.sliced(3);
    } else if (CsvTextCodec::isValidUtf8(body, true)) {
        dialect.encoding = CsvDialect::Encoding::Utf8;
    } else {
        dialect.encoding = CsvDialect::Encoding::Windows1252;
    }

    std::optional<Split> chosen;
    Score chosenScore;
    for (const char candidate : kCandidates) {
        Split split = splitSample(body, candidate);
        const Score s = score(split.fieldCounts);
        if (s.fields < 2)
            continue;
        if (!chosen || s.consistent > chosenScore.consistent ||
            (s.consistent == chosenScore.consistent && s.fields > chosenScore.fields)) {
            dialect.delimiter = QChar(char16_t(candidate));
            chosen = std::move(split);
            chosenScore = s;
        }
    }
    if (!chosen)
        chosen = splitSample(body, char(dialect.delimiter.unicode()));

    dialect.lineEnding = chosen->firstBreak.value_or(CsvDialect::LineEnding::CRLF);

    const auto decode = [&](const QByteArray& bytes) {
        return dialect.encoding == CsvDialect::Encoding::Windows1252 ? CsvTextCodec::fromWindows1252(bytes)
                                                                     : QString::fromUtf8(bytes);
    };
    const QList<QByteArray>& first = chosen->firstRecord;
    dialect.hasHeader =
        std::any_of(first.cbegin(), first.cend(), [](const QByteArray& f) { return !f.isEmpty(); }) &&
        std::none_of(first.cbegin(), first.cend(), [&](const QByteArray& f) { return looksLikeData(decode(f)); });
    return dialect;
}

CsvDialect CsvDialectDetector::detect(QIODevice& device, qsizetype sampleSize) {
    return detect(device.peek(sampleSize));
}

} // namespace koers
