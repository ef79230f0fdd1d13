// The burgerservicenummer (BSN): validation by the elfproef, normalising what spreadsheets make of it,
// and masking for screens and logs where the full number must not appear.
#pragma once

#include <QString>
#include <QStringView>

namespace koers {

// True for 9 digits (or 8, as Excel drops the leading zero) that pass the elfproef and are not all zeros.
// Separators are not accepted here; run normalizeBsn first for typed or imported input.
bool isValidBsn(QStringView bsn);

// Strips whitespace and dots and left-pads 8 digits to 9. Returns an empty string when anything else
// than digits, whitespace and dots is present. Does not check the elfproef or any other length.
QString normalizeBsn(QStringView bsn);

// "******782": only the last three digits stay visible. Input that does not normalise is masked entirely.
QString maskBsn(QStringView bsn);

} // namespace koers
