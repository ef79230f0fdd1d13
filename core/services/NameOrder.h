// Names of people and places in the order a Dutch reader expects: accents and case folded (Ç with C, Ö with O),
// digits by value. Lists of coaches and municipalities use it, so every choice box is alphabetical, and the caseload
// sorts its clients' names with the same collator.
#pragma once

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace koers {

// Dutch whatever the system's locale: Koers is a Dutch program, and a Swedish or C locale would put Ö after Z.
inline QCollator nameCollator() {
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

template <class T>
void sortByName(std::vector<T>& records) {
    const QCollator collator = nameCollator();
    std::stable_sort(records.begin(), records.end(),
                     [&collator](const T& a, const T& b) { return collator.compare(a.name, b.name) < 0; });
}

} // namespace koers
