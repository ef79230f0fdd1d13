#include "ColumnMapper.h"

#include <QCoreApplication>
#include <QHash>

namespace koers {

namespace {

struct FieldInfo {
    ClientField field;
    const char* code;
    const char* label;        // source text, context "ColumnMapper"
    const char* exportHeader; // Dutch, also the first synonym
    // Normalised header names (see normaliseHeader), Dutch first, then English.
    const char* synonyms[12]; // null-terminated when shorter
};

// clang-format off
const FieldInfo kFields[] = {
    {ClientField::FirstNames, "first_names", QT_TRANSLATE_NOOP("ColumnMapper", "First name(s)"), "Voornaam",
     {"voornaam", "voornamen", "roepnaam", "firstname", "firstnames", "givenname", "givennames", "forename"}},
    {ClientField::LastName, "last_name", QT_TRANSLATE_NOOP("ColumnMapper", "Last name"), "Achternaam",
     {"achternaam", "geslachtsnaam", "familienaam", "lastname", "surname", "familyname"}},
    {ClientField::Bsn, "bsn", QT_TRANSLATE_NOOP("ColumnMapper", "BSN"), "BSN",
     {"bsn", "burgerservicenummer", "bsnnummer", "citizenservicenumber"}},
    {ClientField::VNumber, "v_number", QT_TRANSLATE_NOOP("ColumnMapper", "V-number"), "V-nummer",
     {"vnummer", "vnr", "vreemdelingennummer", "vnumber"}},
    {ClientField::DateOfBirth, "date_of_birth", QT_TRANSLATE_NOOP("ColumnMapper", "Date of birth"), "Geboortedatum",
     {"geboortedatum", "gebdatum", "geborenop", "dateofbirth", "birthdate", "birthday", "dob"}},
    {ClientField::Sex, "sex", QT_TRANSLATE_NOOP("ColumnMapper", "Sex"), "Geslacht",
     {"geslacht", "sekse", "sex", "gender"}},
    {ClientField::CountryOfBirth, "country_of_birth", QT_TRANSLATE_NOOP("ColumnMapper", "Country of birth"),
     "Geboorteland", {"geboorteland", "landvangeboorte", "countryofbirth", "birthcountry"}},
    {ClientField::Nationality, "nationality", QT_TRANSLATE_NOOP("ColumnMapper", "Nationality"), "Nationaliteit",
     {"nationaliteit", "nationality"}},
    {ClientField::Languages, "languages", QT_TRANSLATE_NOOP("ColumnMapper", "Languages"), "Talen",
     {"talen", "taal", "gesprokentalen", "moedertaal", "languages", "language", "spokenlanguages"}},
    {ClientField::Phone, "phone", QT_TRANSLATE_NOOP("ColumnMapper", "Phone"), "Telefoon",
     {"telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobielnummer", "phone", "phonenumber", "telephone",
      "mobile"}},
    {ClientField::Email, "email", QT_TRANSLATE_NOOP("ColumnMapper", "E-mail"), "E-mail",
     {"email", "emailadres", "mail", "mailadres", "emailaddress"}},
    {ClientField::Address, "address", QT_TRANSLATE_NOOP("ColumnMapper", "Address"), "Adres",
     {"adres", "woonadres", "address", "homeaddress"}},
    {ClientField::Municipality, "municipality", QT_TRANSLATE_NOOP("ColumnMapper", "Municipality"), "Gemeente",
     {"gemeente", "woongemeente", "municipality"}},
    {ClientField::Coach, "coach", QT_TRANSLATE_NOOP("ColumnMapper", "Coach"), "Coach",
     {"coach", "klantregisseur", "consulent", "klantmanager", "casemanager", "regisseur"}},
    {ClientField::TargetGroup, "target_group", QT_TRANSLATE_NOOP("ColumnMapper", "Target group"), "Doelgroep",
     {"doelgroep", "targetgroup"}},
    {ClientField::Status, "status", QT_TRANSLATE_NOOP("ColumnMapper", "Status"), "Status",
     {"status", "inburgeringsstatus"}},
    {ClientField::Route, "route", QT_TRANSLATE_NOOP("ColumnMapper", "Learning route"), "Leerroute",
     {"leerroute", "route", "learningroute"}},
    {ClientField::ResidencePermitDate, "residence_permit_date",
     QT_TRANSLATE_NOOP("ColumnMapper", "Residence permit date"), "Datum verblijfsvergunning",
     {"datumverblijfsvergunning", "verblijfsvergunning", "datumvergunning", "residencepermit",
      "residencepermitdate"}},
    {ClientField::KoppelingDate, "koppeling_date", QT_TRANSLATE_NOOP("ColumnMapper", "Koppeling date"),
     "Datum koppeling", {"datumkoppeling", "koppelingsdatum", "koppeling", "koppelingdate", "dateofkoppeling"}},
    {ClientField::HousingDate, "housing_date", QT_TRANSLATE_NOOP("ColumnMapper", "Housing date"),
     "Datum huisvesting", {"datumhuisvesting", "huisvestingsdatum", "huisvesting", "housingdate", "housing"}},
    {ClientField::BrpDate, "brp_date", QT_TRANSLATE_NOOP("ColumnMapper", "BRP registration date"),
     "Datum inschrijving BRP", {"datuminschrijvingbrp", "datumbrpinschrijving", "inschrijvingbrp", "brpinschrijving",
                                "datumbrp", "brp", "brpdate", "brpregistration", "brpregistrationdate"}},
    {ClientField::DuoNoticeDate, "duo_notice_date", QT_TRANSLATE_NOOP("ColumnMapper", "DUO notice date"),
     "Datum kennisgeving DUO", {"datumkennisgevingduo", "kennisgevingduo", "datumduobrief", "duobrief", "datumduo",
                                "duo", "duonotice", "duonoticedate"}},
    {ClientField::Note, "note", QT_TRANSLATE_NOOP("ColumnMapper", "Note"), "Opmerking",
     {"opmerking", "opmerkingen", "notitie", "notities", "toelichting", "note", "notes", "remark", "remarks",
      "comment", "comments"}},
};
// clang-format on

const FieldInfo* infoFor(ClientField field) {
    for (const auto& f : kFields)
        if (f.field == field)
            return &f;
    return nullptr;
}

const QHash<QString, ClientField>& synonymIndex() {
    static const QHash<QString, ClientField> index = [] {
        QHash<QString, ClientField> out;
        for (const auto& f : kFields)
            for (const char* s : f.synonyms)
                if (s)
                    out.insert(QString::fromLatin1(s), f.field);
        return out;
    }();
    return index;
}

} // namespace

const std::vector<ClientField>& ColumnMapper::fields() {
    static const std::vector<ClientField> out = [] {
        std::vector<ClientField> v;
        for (const auto& f : kFields)
            v.push_back(f.field);
        return v;
    }();
    return out;
}

QString ColumnMapper::normaliseHeader(QStringView header) {
    // Decomposing first drops accents ("Geboortedatum" typed as "Géboortedatum" still maps) and keeps
    // only letters and digits, so "E-mail", "e_mail" and "E mail" are one name.
    bool ascii = true;
    for (const QChar c : header)
        ascii = ascii && c.unicode() < 0x80;
    // Most cells are ASCII, and decomposition is the slow part.
    const QString decomposed = ascii ? header.toString() : header.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

std::optional<ClientField> ColumnMapper::fieldForHeader(QStringView header) {
    const auto& index = synonymIndex();
    const auto it = index.constFind(normaliseHeader(header));
    if (it == index.constEnd())
        return std::nullopt;
    return it.value();
}

ColumnMapping ColumnMapper::map(const QStringList& headers) {
    ColumnMapping mapping;
    mapping.reserve(headers.size());
    for (const QString& h : headers) {
        auto field = fieldForHeader(h);
        if (field && std::find(mapping.begin(), mapping.end(), *field) != mapping.end())
            field.reset();
        mapping.push_back(field.value_or(ClientField::Ignore));
    }
    return mapping;
}

QString ColumnMapper::label(ClientField field) {
    if (field == ClientField::Ignore)
        return QCoreApplication::translate("ColumnMapper", "(do not import)");
    const FieldInfo* info = infoFor(field);
    return info ? QCoreApplication::translate("ColumnMapper", info->label) : QString();
}

QString ColumnMapper::code(ClientField field) {
    if (field == ClientField::Ignore)
        return QStringLiteral("ignore");
    const FieldInfo* info = infoFor(field);
    return info ? QString::fromLatin1(info->code) : QString();
}

std::optional<ClientField> ColumnMapper::fromCode(QStringView code) {
    if (code == u"ignore")
        return ClientField::Ignore;
    for (const auto& f : kFields)
        if (code == QLatin1String(f.code))
            return f.field;
    return std::nullopt;
}

QString ColumnMapper::exportHeader(ClientField field) {
    const FieldInfo* info = infoFor(field);
    return info ? QString::fromLatin1(info->exportHeader) : QString();
}

bool ColumnMapper::hasNameColumn(const ColumnMapping& mapping) {
    return std::find(mapping.begin(), mapping.end(), ClientField::FirstNames) != mapping.end() ||
           std::find(mapping.begin(), mapping.end(), ClientField::LastName) != mapping.end();
}

} // namespace koers
