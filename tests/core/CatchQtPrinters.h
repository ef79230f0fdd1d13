// Lets Catch2 print QDate and QString in failure messages instead of "{?}" or a list of characters.
// Include it first in every test file that checks Qt values: a file without it instantiates Catch's generic
// printer for the same type, and the linker may keep that one for the whole test binary (ODR).
#pragma once

#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

namespace Catch {

template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& d) {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(null date)");
    }
};

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};

} // namespace Catch
