// The one same-person rule (issue: the import and the new-client dialog disagreed): a BSN is personal, so two
// different BSNs are two people even with the same name and date of birth.
#include "core/CatchQtPrinters.h"

#include "PersonTestSupport.h"

#include "domain/Client.h"
#include "rules/SamePerson.h"

using namespace koers;
using namespace koers::test;

namespace {

const QDate born(1990, 3, 14);

} // namespace

TEST_CASE("Same BSN, or same name and birth without a BSN on one side: the same person", "[rules][sameperson]") {
    const Client seyma = person("Şeyma", "Yılmaz", born, "990007923");
    CHECK(SamePerson::match(seyma, person("Other", "Name", QDate(2001, 1, 1), "990007923")) == PersonMatch::Same);
    CHECK(SamePerson::match(seyma, person("Şeyma", "Yılmaz", born)) == PersonMatch::Same);
    CHECK(SamePerson::match(person("Şeyma", "Yılmaz", born), seyma) == PersonMatch::Same);
    CHECK(SamePerson::match(person("Şeyma", "Yılmaz", born), person("Şeyma", "Yılmaz", born)) == PersonMatch::Same);
    // Case, spacing and the split between first names and surname do not matter.
    CHECK(SamePerson::match(seyma, person("  ŞEYMA ", "yılmaz", born)) == PersonMatch::Same);
    CHECK(SamePerson::match(person("Anna Maria", "de  Vries", born), person("anna", "Maria de Vries", born)) ==
          PersonMatch::Same);
}

TEST_CASE("Same name and birth with two different BSNs: possibly the same person", "[rules][sameperson]") {
    CHECK(SamePerson::match(person("Lina", "Mansour", born, "990023758"),
                            person("Lina", "Mansour", born, "990031676")) == PersonMatch::Possible);
    // A BSN that fails the elfproef is no BSN to go by.
    CHECK(SamePerson::match(person("Lina", "Mansour", born, "990023758"),
                            person("Lina", "Mansour", born, "123456789")) == PersonMatch::Same);
}

TEST_CASE("Anything else: different people", "[rules][sameperson]") {
    CHECK(SamePerson::match(person("Lina", "Mansour", born), person("Lina", "Mansour", born.addDays(1))) ==
          PersonMatch::Different);
    CHECK(SamePerson::match(person("Lina", "Mansour", born, "990023758"),
                            person("Lina", "Mansur", born, "990031676")) == PersonMatch::Different);
    // Without a date of birth a name alone says too little.
    CHECK(SamePerson::match(person("Lina", "Mansour", QDate()), person("Lina", "Mansour", QDate())) ==
          PersonMatch::Different);
    CHECK(SamePerson::personKey(person("Lina", "Mansour", QDate())).isEmpty());
}

TEST_CASE("The rule on what two records share", "[rules][sameperson]") {
    CHECK(SamePerson::match(true, false, true) == PersonMatch::Same);
    CHECK(SamePerson::match(false, true, false) == PersonMatch::Same);
    CHECK(SamePerson::match(false, true, true) == PersonMatch::Possible);
    CHECK(SamePerson::match(false, false, false) == PersonMatch::Different);
    CHECK(SamePerson::nameKey(u"  Ömer \t ÇELIK ") == QStringLiteral(u"ömer çelik"));
    CHECK(SamePerson::nameKey(u"Ömer", u"Çelik") == SamePerson::nameKey(u"ömer çelik"));
    CHECK(SamePerson::bsnKey(u" 990.007.923 ") == QStringLiteral("990007923"));
    CHECK(SamePerson::bsnKey(u"123456789").isEmpty());
}
