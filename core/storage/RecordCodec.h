// Moves records between the entity structs and SQL rows, driven by each struct's fields() visitor, so a
// table's columns are named in exactly one place. Column order: the meta columns, then the fields.
#pragma once

#include "Statement.h"
#include "domain/Enums.h"
#include "domain/RecordMeta.h"
#include "util/TimeText.h"

#include <QStringList>

namespace koers::codec {

inline const QStringList& metaColumns() {
    static const QStringList cols{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("updated_by"), QStringLiteral("deleted")};
    return cols;
}
constexpr int kMetaColumnCount = 5;

template <class T>
QStringList fieldColumns() {
    QStringList out;
    T probe;
    T::fields(probe, [&out](const char* name, auto&) { out << QString::fromLatin1(name); });
    return out;
}

template <class T>
const QStringList& allColumns() {
    static const QStringList cols = metaColumns() + fieldColumns<T>();
    return cols;
}

// Text form of one value, as stored in TEXT columns and written to CSV files.
inline QString toText(const QString& v) {
    return v;
}
inline QString toText(const QDate& v) {
    return v.isValid() ? TimeText::isoDate(v) : QString();
}
inline QString toText(bool v) {
    return v ? QStringLiteral("1") : QStringLiteral("0");
}
inline QString toText(int v) {
    return QString::number(v);
}
inline QString toText(double v) {
    return QString::number(v, 'g', 15);
}
template <KoersEnum E>
QString toText(E v) {
    return toCode(v);
}

inline bool fromText(QStringView t, QString& v) {
    v = t.toString();
    return true;
}
inline bool fromText(QStringView t, QDate& v) {
    v = t.isEmpty() ? QDate() : QDate::fromString(t.toString(), Qt::ISODate);
    return t.isEmpty() || v.isValid();
}
inline bool fromText(QStringView t, bool& v) {
    v = t == u"1";
    return t == u"1" || t == u"0";
}
inline bool fromText(QStringView t, int& v) {
    bool ok = false;
    v = t.toInt(&ok);
    return ok;
}
inline bool fromText(QStringView t, double& v) {
    bool ok = false;
    v = t.toDouble(&ok);
    return ok;
}
template <KoersEnum E>
bool fromText(QStringView t, E& v) {
    const auto parsed = fromCode<E>(t);
    if (parsed)
        v = *parsed;
    return parsed.has_value();
}

// Empty text is stored as NULL, so an unset reference (coach, municipality) satisfies its foreign key.
inline void bindValue(Statement& st, int index, const QString& v) {
    if (v.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, QStringView(v)); // a view: no reference counting per field of a bulk write
}
inline void bindValue(Statement& st, int index, const QDate& v) {
    st.bind(index, v);
}
inline void bindValue(Statement& st, int index, bool v) {
    st.bind(index, v);
}
inline void bindValue(Statement& st, int index, int v) {
    st.bind(index, v);
}
inline void bindValue(Statement& st, int index, double v) {
    st.bind(index, v);
}
template <KoersEnum E>
void bindValue(Statement& st, int index, E v) {
    st.bindStaticText(index, codeOf(v));
}

inline void readValue(const Statement& st, int column, QString& v) {
    v = st.isNull(column) ? QString() : st.text(column);
}
inline void readValue(const Statement& st, int column, QDate& v) {
    v = st.date(column);
}
inline void readValue(const Statement& st, int column, bool& v) {
    v = st.int64(column) != 0;
}
inline void readValue(const Statement& st, int column, int& v) {
    v = static_cast<int>(st.int64(column));
}
inline void readValue(const Statement& st, int column, double& v) {
    v = st.real(column);
}
template <KoersEnum E>
void readValue(const Statement& st, int column, E& v) {
    fromText(st.text(column), v);
}

// Binds meta and fields to parameters 1..N in column order.
template <class T>
void bindRecord(Statement& st, const T& r) {
    st.bind(1, r.meta.id);
    st.bind(2, TimeText::isoUtcMs(r.meta.createdAt));
    st.bind(3, r.meta.updatedAt.toString());
    st.bind(4, r.meta.updatedAt.device);
    st.bind(5, r.meta.deleted);
    int index = kMetaColumnCount + 1;
    T::fields(r, [&](const char*, const auto& value) { bindValue(st, index++, value); });
}

// Reads a row selected with allColumns<T>() starting at `first`.
template <class T>
void readRecord(const Statement& st, T& r, int first = 0) {
    r.meta.id = st.text(first);
    r.meta.createdAt = QDateTime::fromString(st.text(first + 1), Qt::ISODateWithMs);
    r.meta.updatedAt = Hlc::parse(st.text(first + 2)).value_or(Hlc{});
    r.meta.deleted = st.int64(first + 4) != 0;
    int column = first + kMetaColumnCount;
    T::fields(r, [&](const char*, auto& value) { readValue(st, column++, value); });
}

// Field values as text, in fieldColumns<T>() order.
template <class T>
QStringList fieldTexts(const T& r) {
    QStringList out;
    T::fields(r, [&out](const char*, const auto& value) { out << toText(value); });
    return out;
}

} // namespace koers::codec
