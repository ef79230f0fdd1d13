#include "core/CatchQtPrinters.h"

#include "import/ColumnMapper.h"
#include "import/ImportProfile.h"

using namespace koers;

TEST_CASE("Headers map to fields in Dutch and English, case and spacing ignored", "[import][mapper]") {
    using F = ClientField;
    const QStringList headers{
        QStringLiteral("Voornaam"),       QStringLiteral("ACHTERNAAM"),      QStringLiteral(" bsn "),
        QStringLiteral("Geboorte datum"), QStringLiteral("Geboorteland"),    QStringLiteral("Nationaliteit"),
        QStringLiteral("gemeente"),       QStringLiteral("Datum koppeling"), QStringLiteral("Leerroute"),
        QStringLiteral("Coach"),          QStringLiteral("Telefoon"),        QStringLiteral("E-mail"),
        QStringLiteral("Adres"),          QStringLiteral("V-nummer"),        QStringLiteral("Opmerking"),
        QStringLiteral("Doelgroep"),      QStringLiteral("Geslacht"),        QStringLiteral("Iets anders")};
    REQUIRE(ColumnMapper::map(headers) ==
            ColumnMapping{F::FirstNames, F::LastName, F::Bsn, F::DateOfBirth, F::CountryOfBirth, F::Nationality,
                          F::Municipality, F::KoppelingDate, F::Route, F::Coach, F::Phone, F::Email, F::Address,
                          F::VNumber, F::Note, F::TargetGroup, F::Sex, F::Ignore});

    const QStringList english{QStringLiteral("first name"),     QStringLiteral("Last_Name"),
                              QStringLiteral("Date of Birth"),  QStringLiteral("e mail"),
                              QStringLiteral("Phone number"),   QStringLiteral("Country of birth"),
                              QStringLiteral("learning route"), QStringLiteral("Remarks")};
    REQUIRE(ColumnMapper::map(english) == ColumnMapping{F::FirstNames, F::LastName, F::DateOfBirth, F::Email, F::Phone,
                                                        F::CountryOfBirth, F::Route, F::Note});
    REQUIRE(ColumnMapper::normaliseHeader(u"E-mail adres") == u"emailadres");
    REQUIRE(ColumnMapper::fieldForHeader(u"Géboortedatum") == F::DateOfBirth);
}

TEST_CASE("A field goes to the first column that names it", "[import][mapper]") {
    using F = ClientField;
    const QStringList headers{QStringLiteral("Telefoon"), QStringLiteral("Mobiel"), QStringLiteral("Achternaam")};
    REQUIRE(ColumnMapper::map(headers) == ColumnMapping{F::Phone, F::Ignore, F::LastName});
    REQUIRE(ColumnMapper::hasNameColumn(ColumnMapper::map(headers)));
    REQUIRE_FALSE(ColumnMapper::hasNameColumn(ColumnMapping{F::Phone, F::Bsn}));
}

TEST_CASE("Export headers and codes map back to their own field", "[import][mapper]") {
    for (ClientField f : ColumnMapper::fields()) {
        CAPTURE(ColumnMapper::code(f));
        REQUIRE(ColumnMapper::fieldForHeader(ColumnMapper::exportHeader(f)) == f);
        REQUIRE(ColumnMapper::fromCode(ColumnMapper::code(f)) == f);
        REQUIRE_FALSE(ColumnMapper::label(f).isEmpty());
    }
}

TEST_CASE("A profile maps by header name, whatever the column order", "[import][profile]") {
    using F = ClientField;
    const QStringList saved{QStringLiteral("Naam client"), QStringLiteral("Kenmerk"), QStringLiteral("Telefoon")};
    const ImportProfile profile =
        ImportProfile::fromMapping(QStringLiteral("Gemeente X"), saved, {F::LastName, F::VNumber, F::Ignore});
    const auto restored = ImportProfile::fromJson(profile.name, profile.toJson());
    REQUIRE(restored.has_value());
    REQUIRE(restored->columns == profile.columns);

    const QStringList later{QStringLiteral("Telefoon"), QStringLiteral("Geboortedatum"), QStringLiteral("kenmerk"),
                            QStringLiteral("Naam Client")};
    // The profile's "ignore" wins over the automatic guess; unknown columns still map automatically.
    REQUIRE(restored->apply(later) == ColumnMapping{F::Ignore, F::DateOfBirth, F::VNumber, F::LastName});
}
