#include "core/CatchQtPrinters.h"

#include "core/import/ImportTestSupport.h"
#include "services/CoachService.h"
#include "services/MunicipalityService.h"

#include <QFile>

using namespace koers;
using namespace koers::test;

namespace {
Coach coach(const char* name, const char* email = "") {
    Coach c;
    c.name = QString::fromUtf8(name);
    c.email = QString::fromUtf8(email);
    return c;
}
Municipality place(const char* name, const char* code = "") {
    Municipality m;
    m.name = QString::fromUtf8(name);
    m.cbsCode = QString::fromUtf8(code);
    return m;
}
QStringList names(const auto& records) {
    QStringList out;
    for (const auto& r : records)
        out << r.name;
    return out;
}
} // namespace

TEST_CASE("Coaches are added, checked, listed alphabetically and deactivated", "[service][directory]") {
    StoreFixture fx;
    CoachService coaches(*fx.store);
    REQUIRE(coaches.add(coach("Ömer de Vries", "omer@gemeente.nl")).ok());
    REQUIRE(coaches.add(coach("anna Bakker")).ok());
    REQUIRE(coaches.add(coach("Zeynep Kaya")).ok());
    REQUIRE(coaches.add(coach("Çiğdem Yılmaz")).ok());
    // Dutch order: accents and case folded.
    REQUIRE(names(coaches.list().value()) == QStringList{QStringLiteral("anna Bakker"), QStringLiteral("Çiğdem Yılmaz"),
                                                         QStringLiteral("Ömer de Vries"),
                                                         QStringLiteral("Zeynep Kaya")});

    REQUIRE(coaches.add(coach("  ")).code() == ErrorCode::Invalid);
    REQUIRE(coaches.add(coach("ANNA BAKKER")).code() == ErrorCode::AlreadyExists);
    REQUIRE(coaches.add(coach("Bram", "geen-adres")).code() == ErrorCode::Invalid);
    REQUIRE(coaches.add(coach(QByteArray(300, 'x').constData())).code() == ErrorCode::Invalid); // too long

    auto zeynep = coaches.byName(QStringLiteral("zeynep kaya"));
    REQUIRE(zeynep.ok());
    REQUIRE(coaches.setActive(zeynep->meta.id, false).ok());
    REQUIRE(coaches.list(false)->size() == 3);
    REQUIRE(coaches.list(true)->size() == 4);
    Coach renamed = zeynep.value();
    renamed.name = QStringLiteral("Anna Bakker");
    REQUIRE(coaches.edit(renamed).code() == ErrorCode::AlreadyExists);
    renamed.name = QStringLiteral("Zeynep Kaya-Doğan");
    renamed.team = QStringLiteral("Team Noord");
    REQUIRE(coaches.edit(renamed).ok());
    REQUIRE(coaches.byName(QStringLiteral("Zeynep Kaya-Doğan"))->team == QStringLiteral("Team Noord"));
    REQUIRE(coaches.byName(QStringLiteral("Niemand")).code() == ErrorCode::NotFound);
}

TEST_CASE("Municipalities are added with a checked CBS code and listed alphabetically", "[service][directory]") {
    StoreFixture fx;
    MunicipalityService places(*fx.store);
    REQUIRE(places.add(place("Soest", "gm0342")).ok());
    REQUIRE(places.add(place("Baarn", "GM0308")).ok());
    REQUIRE(places.add(place("Bunschoten")).ok());
    auto all = places.list();
    REQUIRE(names(all.value()) ==
            QStringList{QStringLiteral("Baarn"), QStringLiteral("Bunschoten"), QStringLiteral("Soest")});
    REQUIRE(all->back().cbsCode == QStringLiteral("GM0342")); // stored in capitals
    REQUIRE(places.add(place("Eemnes", "0355")).code() == ErrorCode::Invalid);
    REQUIRE(places.add(place("Eemnes", "GM0308")).code() == ErrorCode::AlreadyExists);
    REQUIRE(places.add(place("soest")).code() == ErrorCode::AlreadyExists);
    Municipality bunschoten = all->at(1);
    bunschoten.cbsCode = QStringLiteral("GM0313");
    REQUIRE(places.edit(bunschoten).ok());
}

TEST_CASE("A municipality's letterhead: address lines kept tidy, a logo only as a small PNG or JPEG, audited",
          "[service][directory]") {
    StoreFixture fx;
    MunicipalityService places(*fx.store);
    auto soest = places.add(place("Soest", "GM0342"));
    REQUIRE(soest.ok());
    Municipality m = soest.value();
    m.letterheadAddress = QStringLiteral(" Postbus  1\n\n 3760 AA Soest \n");
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(100, '\0');
    m.logo = QString::fromLatin1(jpeg.toBase64());
    REQUIRE(places.edit(m).ok());
    const Municipality stored = places.list()->front();
    CHECK(stored.letterheadAddress == QStringLiteral("Postbus 1\n3760 AA Soest"));
    CHECK(stored.logoBytes() == jpeg);
    CHECK(fx.store->db()
              .queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'municipality' AND "
                        u"detail = 'letterhead_address,logo'")
              .value_or(0) == 1);

    // Not an image, or too large: refused, the stored letterhead stays.
    m.logo = QString::fromLatin1(QByteArray("<svg/>").toBase64());
    CHECK(places.edit(m).code() == ErrorCode::Invalid);
    m.logo = QString::fromLatin1((QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(256 * 1024, 'x')).toBase64());
    CHECK(places.edit(m).code() == ErrorCode::Invalid);
    CHECK(places.list()->front().logoBytes() == jpeg);

    // From a file, as the window and koers-cli read it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logo.jpg"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(jpeg);
    }
    auto read = MunicipalityService::logoFromFile(path);
    REQUIRE(read.ok());
    CHECK(QByteArray::fromBase64(read->toLatin1()) == jpeg);
    CHECK_FALSE(MunicipalityService::logoFromFile(dir.filePath(QStringLiteral("none.png"))).ok());
}
