#include "core/CatchQtPrinters.h"

#include "rules/RuleSettings.h"

using namespace koers;

TEST_CASE("Rule settings have the Wi2021 defaults", "[rules][settings]") {
    const RuleSettings r;
    CHECK(r.intakeWeeks == 10);
    CHECK(r.pipWeeks == 10);
    CHECK(r.termYears == 3);
    CHECK(r.routeSwitchMonths == 18);
    CHECK(r.ontzorgenMonths == 6);
    CHECK(r.housingWeeks == 12);
    CHECK(r.progressTalkMonths == 3);
    CHECK(r.retentionYears == 5);
    CHECK(r.dueSoonDays == 14);
}

TEST_CASE("Rule settings round-trip through a map with stable keys", "[rules][settings]") {
    RuleSettings r;
    r.intakeWeeks = 8;
    r.examMonths = 24;
    const QMap<QString, int> map = r.toMap();
    CHECK(map.size() == 15);
    CHECK(map.value(QStringLiteral("intake_weeks")) == 8);
    CHECK(map.value(QStringLiteral("exam_months")) == 24);
    CHECK(map.value(QStringLiteral("z_hours_months")) == 30);
    CHECK(RuleSettings::fromMap(map) == r);
}

TEST_CASE("Rule settings from a map ignore unknown keys and keep defaults for missing ones", "[rules][settings]") {
    QMap<QString, int> map;
    map.insert(QStringLiteral("pip_weeks"), 12);
    map.insert(QStringLiteral("from_a_newer_version"), 99);
    const RuleSettings r = RuleSettings::fromMap(map);
    CHECK(r.pipWeeks == 12);
    RuleSettings expected;
    expected.pipWeeks = 12;
    CHECK(r == expected);
}
