#include "core/CatchQtPrinters.h"

#include "ImportTestSupport.h"
#include "import/ImportProfileStore.h"

using namespace koers;
using namespace koers::test;

TEST_CASE("Import profiles are saved in the encrypted file by name", "[import][profile]") {
    StoreFixture fx;
    Store& store = *fx.store;
    REQUIRE(ImportProfileStore::names(store)->isEmpty());

    const QStringList header{QStringLiteral("Naam"), QStringLiteral("Kenmerk")};
    const ImportProfile a =
        ImportProfile::fromMapping(QStringLiteral("COA-lijst"), header, {ClientField::LastName, ClientField::VNumber});
    REQUIRE(ImportProfileStore::save(store, a).ok());
    REQUIRE(ImportProfileStore::save(store, ImportProfile::fromMapping(QStringLiteral("Baarn"), header, {})).ok());
    REQUIRE(ImportProfileStore::names(store).value() ==
            QStringList{QStringLiteral("Baarn"), QStringLiteral("COA-lijst")});

    auto loaded = ImportProfileStore::load(store, QStringLiteral("COA-lijst"));
    REQUIRE(loaded.ok());
    REQUIRE(loaded->columns == a.columns);
    REQUIRE(loaded->apply(header) == ColumnMapping{ClientField::LastName, ClientField::VNumber});

    REQUIRE(ImportProfileStore::remove(store, QStringLiteral("Baarn")).ok());
    REQUIRE(ImportProfileStore::names(store).value() == QStringList{QStringLiteral("COA-lijst")});
    REQUIRE(ImportProfileStore::load(store, QStringLiteral("Baarn")).code() == ErrorCode::NotFound);
    REQUIRE(ImportProfileStore::save(store, ImportProfile{}).code() == ErrorCode::Invalid);
    REQUIRE(store.db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'settings'").value() == 3);
}
