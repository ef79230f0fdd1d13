// SamePerson: the one rule for whether two client records describe the same person, used by the spreadsheet
// import (within the file and against the stored clients) and by DuplicateQuery (the new-client dialog):
//  - the same BSN: the same person;
//  - the same name and date of birth where either record has no BSN: the same person;
//  - the same name and date of birth with two different BSNs: two people (a BSN is personal), but worth a
//    look: possibly the same person, a warning rather than a refusal;
//  - anything else: different people.
// Names are compared as people mean them: case and spacing ignored, first names and surname read as one
// name (a spreadsheet that puts a middle name in the other column still matches). Without a date of birth a
// name alone says too little.
#pragma once

#include <QString>
#include <QStringView>

namespace koers {

struct Client;

enum class PersonMatch {
    Different,
    Possible, // same name and date of birth, different BSNs
    Same,
};

class SamePerson {
public:
    // The rule itself, on what two records share.
    static PersonMatch match(bool sameBsn, bool sameNameAndBirth, bool bothHaveBsn);
    static PersonMatch match(const Client& a, const Client& b);

    // The keys the rule compares, for callers that index many records (an import of 100,000 rows).
    // bsnKey: the normalised BSN when it passes the elfproef, else empty (no BSN to go by).
    static QString bsnKey(QStringView bsn);
    // Name and date of birth; empty without a date of birth.
    static QString personKey(const Client& client);
    // A name folded as the rule compares it: whitespace runs as one space, lower case. Also for names of
    // municipalities and coaches. `extra` reserves room for the caller to append.
    static QString nameKey(QStringView first, QStringView second = {}, qsizetype extra = 0);
};

} // namespace koers
