#include "PgCopyText.h"

namespace koers::pgcopy {

void appendRow(QByteArray& out, const QStringList& fields) {
    bool first = true;
    for (const QString& field : fields) {
        if (!first)
            out += '\t';
        first = false;
        if (field.isEmpty()) {
            out += "\\N";
            continue;
        }
        const QByteArray bytes = field.toUtf8();
        for (const char c : bytes) {
            switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
            }
        }
    }
    out += '\n';
}

bool parseRow(QByteArrayView row, QStringList& fields) {
    fields.clear();
    if (row.endsWith('\n'))
        row.chop(1);
    QByteArray field;
    bool null = false;
    auto flush = [&] {
        fields << (null ? QString() : QString::fromUtf8(field));
        field.clear();
        null = false;
    };
    for (qsizetype i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (c == '\t') {
            flush();
            continue;
        }
        if (c != '\\') {
            field += c;
            continue;
        }
        if (++i >= row.size())
            return false;
        switch (row[i]) {
        case 'N':
            if (!field.isEmpty())
                return false;
            null = true;
            break;
        case '\\':
            field += '\\';
            break;
        case 't':
            field += '\t';
            break;
        case 'n':
            field += '\n';
            break;
        case 'r':
            field += '\r';
            break;
        case 'b':
            field += '\b';
            break;
        case 'f':
            field += '\f';
            break;
        case 'v':
            field += '\v';
            break;
        default:
            return false; // octal and hex escapes are never written by the server for UTF-8 text
        }
    }
    flush();
    return true;
}

} // namespace koers::pgcopy
