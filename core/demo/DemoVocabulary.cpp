#include "DemoVocabulary.h"

namespace koers::demo {

namespace {

// Name parts are common in their region and combined at random by the generator.
const char* const syrianFemale[] = {"Amal", "Rasha", "Nour", "Hala", "Lina", "Rania", "Dima", "Yara", "Maha", "Rim"};
const char* const syrianMale[] = {"Ahmad",  "Mohammad", "Khaled", "Omar",  "Yousef",
                                  "Bassel", "Tarek",    "Firas",  "Samer", "Rami"};
const char* const syrianLast[] = {"Haddad", "Khalil", "Darwish", "Sabbagh",  "Haj Ali",
                                  "Nasser", "Hamwi",  "Kurdi",   "Sulaiman", "Masri"};

const char* const eritreanFemale[] = {"Senait", "Helen", "Mebrat", "Selam", "Ruta", "Saba", "Feven", "Winta"};
const char* const eritreanMale[] = {"Yonas", "Dawit", "Tesfay", "Filmon", "Merhawi", "Samuel", "Biniam", "Henok"};
const char* const eritreanLast[] = {"Tesfamariam", "Gebremedhin", "Habte",   "Ghebreyesus",
                                    "Kidane",      "Weldu",       "Berhane", "Tekle"};

const char* const afghanFemale[] = {"Mariam", "Zahra", "Fatima", "Nargis", "Shabnam", "Parwana", "Freshta", "Laila"};
const char* const afghanMale[] = {"Ahmad Shah", "Mustafa", "Jawad", "Naveed", "Hamid", "Sayed", "Farhad", "Wahid"};
const char* const afghanLast[] = {"Ahmadzai", "Hakimi", "Noori", "Rahimi", "Sultani", "Haidari", "Karimi", "Wardak"};

const char* const turkishFemale[] = {"Elif", "Zeynep", "Ayşe", "Emine", "Merve", "Hatice", "Büşra", "Derya"};
const char* const turkishMale[] = {"Mehmet", "Mustafa", "Emre", "Hasan", "Murat", "Burak", "Ömer", "Serkan"};
const char* const turkishLast[] = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"};

const char* const ukrainianFemale[] = {"Olena", "Iryna",   "Oksana",   "Natalia",
                                       "Yulia", "Tetiana", "Kateryna", "Svitlana"};
const char* const ukrainianMale[] = {"Oleksandr", "Andrii", "Serhii", "Dmytro", "Taras", "Bohdan", "Yurii", "Mykola"};
const char* const ukrainianLast[] = {"Kovalenko", "Bondarenko", "Shevchuk",  "Tkachenko",
                                     "Kravets",   "Melnyk",     "Savchenko", "Lysenko"};

const char* const somaliFemale[] = {"Hodan", "Faduma", "Sahra", "Asha", "Hawa", "Ubah", "Ifrah", "Nasra"};
const char* const somaliMale[] = {"Abdi", "Mohamed", "Abdirahman", "Hassan", "Yusuf", "Ali", "Ibrahim", "Liban"};
const char* const somaliLast[] = {"Warsame", "Farah", "Hussein", "Abdullahi", "Osman", "Jama", "Mohamud", "Aden"};

const char* const iranianFemale[] = {"Shirin", "Maryam", "Leila", "Parisa", "Nazanin", "Sima", "Roya", "Mahsa"};
const char* const iranianMale[] = {"Reza", "Ali", "Hossein", "Mehdi", "Babak", "Kourosh", "Dariush", "Navid"};
const char* const iranianLast[] = {"Tehrani", "Hosseini", "Rostami",   "Rahmani",
                                   "Ahmadi",  "Rezaei",   "Mohammadi", "Jafari"};

const char* const moroccanFemale[] = {"Fatima Zahra", "Khadija", "Salma", "Imane", "Samira", "Naima", "Hafsa", "Siham"};
const char* const moroccanMale[] = {"Youssef", "Hamza", "Rachid", "Mohamed", "Said", "Karim", "Anouar", "Bilal"};
const char* const moroccanLast[] = {"El Amrani", "Benali", "Bouzid",  "El Idrissi",
                                    "Tahiri",    "Ouali",  "Bakkali", "Chakir"};

const char* const sudaneseFemale[] = {"Amna", "Sara", "Ikhlas", "Hiba", "Rawda", "Nafisa"};
const char* const sudaneseMale[] = {"Abdelrahman", "Osman", "Elfatih", "Musab", "Hamid", "Mujtaba"};
const char* const sudaneseLast[] = {"Elhassan", "Abdelrahim", "Babiker", "Elamin", "Mahgoub", "Idris"};

const Origin originTable[] = {
    {"Syrië", "Syrisch", "Arabisch", syrianFemale, syrianMale, syrianLast, 30, 92, 6},
    {"Eritrea", "Eritrees", "Tigrinya", eritreanFemale, eritreanMale, eritreanLast, 12, 85, 13},
    {"Afghanistan", "Afghaans", "Dari, Pashto", afghanFemale, afghanMale, afghanLast, 12, 90, 8},
    {"Turkije", "Turks", "Turks", turkishFemale, turkishMale, turkishLast, 12, 55, 35},
    {"Oekraïne", "Oekraïens", "Oekraïens, Russisch", ukrainianFemale, ukrainianMale, ukrainianLast, 4, 20, 20},
    {"Somalië", "Somalisch", "Somalisch", somaliFemale, somaliMale, somaliLast, 8, 85, 13},
    {"Iran", "Iraans", "Farsi", iranianFemale, iranianMale, iranianLast, 8, 80, 12},
    {"Marokko", "Marokkaans", "Arabisch, Tamazight", moroccanFemale, moroccanMale, moroccanLast, 6, 10, 75},
    {"Soedan", "Soedanees", "Arabisch", sudaneseFemale, sudaneseMale, sudaneseLast, 8, 90, 8},
};

// Team 0 is the Eemland partnership of Baarn, Soest and Bunschoten (design §1).
const NamedPlace placeTable[] = {
    {"Baarn", "GM0308", 0},
    {"Soest", "GM0342", 0},
    {"Bunschoten", "GM0313", 0},
    {"Heumen", "GM0252", 1},
    {"Oude IJsselstreek", "GM1509", 1},
    {"Tiel", "GM0281", 1},
};

const char* const teamTable[] = {"Team Eemland", "Team Gelderland"};

const char* const coachTable[] = {"Anouk de Wit", "Joris van Leeuwen", "Yasmina El Khatib", "Thijs Verbeek",
                                  "Eva Hoekstra", "Rutger Mulder",     "Ilse Kramer",       "Bram Smit"};

const char* const dutchFirstTable[] = {"Marieke", "Peter", "Henk", "Saskia", "Karin", "Jeroen", "Lotte", "Wouter"};
const char* const dutchLastTable[] = {"Jansen", "de Vries", "van Dijk", "Smits", "Meijer", "de Boer", "Willems", "Bos"};

const char* const streetTable[] = {"Stationsweg",  "Lindelaan",   "Kerkstraat",  "Molenweg",
                                   "Schoolstraat", "Dorpsstraat", "Julianalaan", "Beukenlaan"};

const char* const providerTable[] = {"Taalhuis Eemland", "NT2 Centrum De Brug", "Taalschool Rivierland",
                                     "Inburgering Oost"};

const char* const notesLanguage[] = {"Spreekt een paar woorden Nederlands", "Volgt al taalles bij vrijwilligers",
                                     "Leest en schrijft in het Latijnse schrift", "Nog geen Nederlands, wel Engels"};
const char* const notesLbt[] = {"LBT afgenomen, uitslag besproken", "LBT gepland bij de taalaanbieder",
                                "Leerbaarheid voldoende voor de B1-route"};
const char* const notesEducation[] = {"Middelbare school afgerond in land van herkomst", "Geen formele opleiding",
                                      "Hoger onderwijs, diploma laten waarderen", "Beroepsopleiding gevolgd"};
const char* const notesWork[] = {"Ervaring in de bouw", "Werkte in de zorg", "Had een eigen winkel",
                                 "Nog geen werkervaring"};
const char* const notesHealth[] = {"Geen bijzonderheden", "Besproken, geen belemmering voor de cursus",
                                   "Aandachtspunt: belastbaarheid"};
const char* const notesSocial[] = {"Heeft familie in de regio", "Kent nog weinig mensen",
                                   "Actief bij een sportvereniging"};
const char* const notesFinances[] = {"Uitkering loopt, ontzorgen gestart", "Schulden in beeld, budgetcoach gevraagd",
                                     "Geen bijzonderheden"};
const char* const notesDigital[] = {"Kan DigiD gebruiken", "Heeft hulp nodig bij e-mail en DigiD",
                                    "Gebruikt alleen een telefoon"};
const char* const notesMotivation[] = {"Zeer gemotiveerd om snel te werken", "Wil eerst de taal goed leren",
                                       "Twijfelt, veel zorgen om familie"};
const char* const notesFamily[] = {"Gezinshereniging aangevraagd", "Alleenstaand",
                                   "Gezin met jonge kinderen, kinderopvang nodig"};

const GoalText goalTable[] = {
    {LifeDomain::Language, "Taalniveau halen", "Taalcursus vier dagdelen per week"},
    {LifeDomain::Language, "Zelfstandig een gesprek voeren bij de huisarts", "Oefenen met een taalmaatje"},
    {LifeDomain::WorkIncome, "Parttime werk vinden", "Aanmelden bij het werkgeversservicepunt"},
    {LifeDomain::WorkIncome, "Diploma laten waarderen", "Aanvraag voor diplomawaardering indienen"},
    {LifeDomain::Health, "Huisarts en tandarts kennen", "Samen inschrijven bij een huisarts"},
    {LifeDomain::Health, "Meer bewegen", "Proefles bij een sportvereniging"},
    {LifeDomain::SocialNetwork, "Contacten in de buurt", "Koffieochtend in het buurthuis bezoeken"},
    {LifeDomain::SocialNetwork, "Vrijwilligerswerk doen", "Kennismaken bij een vrijwilligerscentrale"},
    {LifeDomain::Finances, "Zelf de rekeningen betalen", "Budgetcursus volgen"},
    {LifeDomain::Finances, "Overzicht in de post", "Maandelijks met de budgetcoach"},
    {LifeDomain::Housing, "Woning goed inrichten", "Inrichtingskrediet aanvragen"},
    {LifeDomain::Housing, "Afspraken met de verhuurder kennen", "Huurcontract samen doornemen"},
};

const char* const ownerTable[] = {"klant", "coach", "klant en coach", "taalaanbieder", "maatschappelijk begeleider"};

const char* const contactPeopleTable[] = {"klant", "klant en partner", "klant met tolk",
                                          "klant en maatschappelijk begeleider"};
const char* const summaryTable[] = {"Voortgang taalcursus besproken", "Stand van zaken woning en uitkering",
                                    "Afspraken over de MAP gemaakt", "Aanwezigheid bij de les besproken",
                                    "Kennismaking en uitleg over de inburgering"};
const char* const nextStepTable[] = {"Contact opnemen met de taalaanbieder", "Afspraak bij het werkgeversservicepunt",
                                     "Volgend gesprek inplannen", "Formulieren voor ontzorgen nalopen"};

const char* const orgSocial[] = {"VluchtelingenWerk", "Stichting Nieuwkomers Welkom"};
const char* const orgEmployment[] = {"Werkgeversservicepunt", "Werkbedrijf regio"};
const char* const orgKeyPerson[] = {"Sleutelpersonenproject"};
const char* const orgVolunteer[] = {"Taalmaatjes", "Vrijwilligerscentrale"};
const char* const orgOther[] = {"Bibliotheek", "Buurtteam"};

} // namespace

std::span<const Origin> origins() {
    return originTable;
}

std::span<const NamedPlace> places() {
    return placeTable;
}

Words teams() {
    return teamTable;
}

Words coachNames() {
    return coachTable;
}

Words dutchFirstNames() {
    return dutchFirstTable;
}

Words dutchLastNames() {
    return dutchLastTable;
}

Words streets() {
    return streetTable;
}

Words languageProviders() {
    return providerTable;
}

Words intakeNotes(IntakeTopic topic) {
    switch (topic) {
    case IntakeTopic::LanguageLevel:
        return notesLanguage;
    case IntakeTopic::LearnabilityTest:
        return notesLbt;
    case IntakeTopic::Education:
        return notesEducation;
    case IntakeTopic::WorkExperience:
        return notesWork;
    case IntakeTopic::Health:
        return notesHealth;
    case IntakeTopic::SocialNetwork:
        return notesSocial;
    case IntakeTopic::Finances:
        return notesFinances;
    case IntakeTopic::DigitalSkills:
        return notesDigital;
    case IntakeTopic::Motivation:
        return notesMotivation;
    case IntakeTopic::Family:
        return notesFamily;
    }
    return notesHealth;
}

std::span<const GoalText> goals() {
    return goalTable;
}

Words goalOwners() {
    return ownerTable;
}

Words contactPeople() {
    return contactPeopleTable;
}

Words contactSummaries() {
    return summaryTable;
}

Words nextSteps() {
    return nextStepTable;
}

Words involvementOrganisations(InvolvementRole role) {
    switch (role) {
    case InvolvementRole::SocialSupport:
        return orgSocial;
    case InvolvementRole::LanguageSchool:
        return providerTable;
    case InvolvementRole::Employment:
        return orgEmployment;
    case InvolvementRole::KeyPerson:
        return orgKeyPerson;
    case InvolvementRole::Volunteer:
        return orgVolunteer;
    case InvolvementRole::Other:
        return orgOther;
    }
    return orgOther;
}

} // namespace koers::demo
