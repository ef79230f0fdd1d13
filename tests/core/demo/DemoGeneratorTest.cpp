#include "core/CatchQtPrinters.h"

#include "demo/DemoGenerator.h"
#include "rules/Bsn.h"
#include "rules/FirstPip.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <map>

using namespace koers;

namespace {

const QDate today(2026, 3, 15);

QString valueText(const QString& v) {
    return v;
}
QString valueText(const QDate& v) {
    return v.toString(Qt::ISODate);
}
QString valueText(bool v) {
    return v ? QStringLiteral("1") : QStringLiteral("0");
}
QString valueText(int v) {
    return QString::number(v);
}
QString valueText(double v) {
    return QString::number(v, 'f', 2);
}
template <KoersEnum E>
QString valueText(E v) {
    return toCode(v);
}

// One line per record with every stored field, through the same fields() visitor storage uses.
template <class R>
QString dump(const R& r) {
    QString out = QString::fromLatin1(R::table) + QLatin1Char('|') + r.meta.id + QLatin1Char('|') +
                  r.meta.createdAt.toString(Qt::ISODateWithMs) + QLatin1Char('|') + r.meta.updatedAt.toString() +
                  QLatin1Char('|') + valueText(r.meta.deleted);
    R::fields(r, [&out](const char* name, const auto& value) {
        out += QLatin1Char('|') + QLatin1String(name) + QLatin1Char('=') + valueText(value);
    });
    return out + QLatin1Char('\n');
}

template <class R>
QString dump(const std::vector<R>& records) {
    QString out;
    for (const R& r : records)
        out += dump(r);
    return out;
}

QString dump(const ClientBundle& b) {
    return dump(b.client) + dump(b.intake) + dump(b.sections) + dump(b.plans) + dump(b.goals) + dump(b.milestones) +
           dump(b.contacts) + dump(b.involvements);
}

QString dumpAll(DemoGenerator& g, int clients) {
    QString out = dump(g.municipalities()) + dump(g.coaches());
    for (int i = 0; i < clients; ++i)
        out += dump(g.nextClient());
    return out;
}

QDate firstPip(const ClientBundle& b) {
    return FirstPip::of(b.plans);
}

} // namespace

TEST_CASE("Demo data is the same for the same seed", "[demo]") {
    DemoGenerator a(42, today);
    DemoGenerator b(42, today);
    const QString dumpA = dumpAll(a, 200);
    const QString dumpB = dumpAll(b, 200);
    CHECK(dumpA.count(QLatin1Char('\n')) > 200 * 20);
    CHECK(dumpA == dumpB);
}

TEST_CASE("Demo data differs with the seed", "[demo]") {
    DemoGenerator a(42, today);
    DemoGenerator b(43, today);
    CHECK(dump(a.municipalities()) != dump(b.municipalities()));
    for (int i = 0; i < 10; ++i) {
        const ClientBundle x = a.nextClient();
        const ClientBundle y = b.nextClient();
        CHECK(dump(x.client) != dump(y.client));
    }
}

TEST_CASE("Demo data matches its golden fingerprint on every compiler", "[demo][golden]") {
    // Pins the generator's output so a compiler, standard library or platform that draws differently is
    // caught. A deliberate change to the generator changes this value: update it in the same commit.
    DemoGenerator g(1, QDate(2026, 1, 15));
    const QByteArray hash = QCryptographicHash::hash(dumpAll(g, 100).toUtf8(), QCryptographicHash::Sha256).toHex();
    INFO("fingerprint now: " << hash.toStdString());
    CHECK(QString::fromLatin1(hash) ==
          QStringLiteral("fe341fbbc813f9010c38e61888f01037a4feb4d3c7521fd8af1a11a01b24c69c"));
}

TEST_CASE("Demo municipalities and coaches", "[demo]") {
    DemoGenerator g(5, today);
    const auto municipalities = g.municipalities();
    REQUIRE(municipalities.size() == 6);
    CHECK(municipalities[0].name == QStringLiteral("Baarn"));
    CHECK(municipalities[0].cbsCode == QStringLiteral("GM0308"));
    for (const Municipality& m : municipalities)
        CHECK(m.cbsCode.size() == 6);
    const auto coaches = g.coaches();
    REQUIRE(coaches.size() == 8);
    QSet<QString> teams;
    for (const Coach& c : coaches) {
        teams.insert(c.team);
        CHECK(c.email.endsWith(QStringLiteral(".example")));
    }
    CHECK(teams.size() == 2);
    CHECK(dump(g.coaches()) == dump(coaches)); // stable while clients are generated
    g.nextClient();
    CHECK(dump(g.coaches()) == dump(coaches));
}

TEST_CASE("Demo BSNs are valid, in the 99 range and unique", "[demo]") {
    DemoGenerator g(2026, today);
    QSet<QString> seen;
    for (int i = 0; i < 10'000; ++i) {
        const QString bsn = g.nextClient().client.bsn;
        REQUIRE(bsn.size() == 9);
        REQUIRE(bsn.startsWith(QStringLiteral("99")));
        REQUIRE(isValidBsn(bsn));
        REQUIRE_FALSE(seen.contains(bsn));
        seen.insert(bsn);
    }
}

TEST_CASE("Demo records have unique ids and consistent references", "[demo]") {
    DemoGenerator g(77, today);
    QSet<QString> municipalityIds;
    for (const Municipality& m : g.municipalities())
        municipalityIds.insert(m.meta.id);
    std::map<QString, QString> coachTeam;
    for (const Coach& c : g.coaches())
        coachTeam[c.meta.id] = c.team;
    QSet<QString> ids = municipalityIds;
    for (const auto& [id, team] : coachTeam)
        ids.insert(id);

    // Ids as Koers makes them: version 7 (Qt 6.4's QUuid does not name it), each client's records made after
    // the previous client's, so a table's rows and its ids run in the same order.
    QString previousMax, bundleMin, bundleMax;
    auto newId = [&](const RecordMeta& meta) {
        REQUIRE_FALSE(QUuid::fromString(meta.id).isNull());
        REQUIRE(meta.id.size() == 36);
        REQUIRE(meta.id.at(14) == QLatin1Char('7'));
        REQUIRE(QStringLiteral("89ab").contains(meta.id.at(19)));
        REQUIRE(meta.id == meta.id.toLower());
        REQUIRE(meta.id > previousMax);
        if (bundleMin.isEmpty() || meta.id < bundleMin)
            bundleMin = meta.id;
        bundleMax = std::max(bundleMax, meta.id);
        REQUIRE_FALSE(ids.contains(meta.id));
        ids.insert(meta.id);
        REQUIRE(meta.createdAt.isValid());
        REQUIRE(meta.createdAt.date() <= today);
        REQUIRE_FALSE(meta.deleted);
    };

    QSet<QString> teamsOfMunicipality[6];
    const auto municipalities = g.municipalities();
    for (int n = 0; n < 2000; ++n) {
        const ClientBundle b = g.nextClient();
        previousMax = std::max(previousMax, bundleMax);
        bundleMin.clear();
        const QString clientId = b.client.meta.id;
        newId(b.client.meta);
        REQUIRE(municipalityIds.contains(b.client.municipalityId));
        REQUIRE(coachTeam.count(b.client.coachId) == 1);
        for (int m = 0; m < 6; ++m)
            if (municipalities[m].meta.id == b.client.municipalityId)
                teamsOfMunicipality[m].insert(coachTeam[b.client.coachId]);

        newId(b.intake.meta);
        REQUIRE(b.intake.clientId == clientId);
        REQUIRE(b.sections.size() == 10);
        QSet<int> topics;
        for (const IntakeSection& s : b.sections) {
            newId(s.meta);
            REQUIRE(s.intakeId == b.intake.meta.id);
            REQUIRE(s.clientId == clientId);
            REQUIRE(s.score >= 1);
            REQUIRE(s.score <= 5);
            REQUIRE_FALSE(s.note.isEmpty());
            topics.insert(static_cast<int>(s.topic));
        }
        REQUIRE(topics.size() == 10);

        QSet<QString> planIds;
        for (const PlanVersion& p : b.plans) {
            newId(p.meta);
            REQUIRE(p.clientId == clientId);
            planIds.insert(p.meta.id);
        }
        if (!b.plans.empty())
            REQUIRE(b.plans.back().route == b.client.route);
        QMap<QString, int> goalsPerPlan;
        for (const PlanGoal& goal : b.goals) {
            newId(goal.meta);
            REQUIRE(goal.clientId == clientId);
            REQUIRE(planIds.contains(goal.planId));
            ++goalsPerPlan[goal.planId];
        }
        for (const QString& planId : planIds) {
            REQUIRE(goalsPerPlan.value(planId) >= 1);
            REQUIRE(goalsPerPlan.value(planId) <= 3);
        }
        for (const Milestone& m : b.milestones) {
            newId(m.meta);
            REQUIRE(m.clientId == clientId);
        }
        REQUIRE(b.contacts.size() <= 4);
        for (const Contact& k : b.contacts) {
            newId(k.meta);
            REQUIRE(k.clientId == clientId);
            REQUIRE(k.date <= today);
        }
        REQUIRE(b.involvements.size() <= 2);
        for (const Involvement& inv : b.involvements) {
            newId(inv.meta);
            REQUIRE(inv.clientId == clientId);
        }
        REQUIRE(bundleMin > previousMax);
    }
    // A client's coach works in the team that serves its municipality.
    for (const auto& teams : teamsOfMunicipality)
        CHECK(teams.size() == 1);
}

TEST_CASE("Demo milestones are what the planner would plan", "[demo]") {
    const MilestonePlanner planner;
    DemoGenerator g(314, today);
    for (int n = 0; n < 2000; ++n) {
        const ClientBundle b = g.nextClient();
        const QDate pip = firstPip(b);
        // Planning again proposes nothing: every template kind exists and every open date is the computed one.
        const MilestonePlan again = planner.plan(b.client, pip, b.milestones);
        REQUIRE(again.derived.empty());
        REQUIRE(again.toUpdate.empty());

        for (const Milestone& m : b.milestones) {
            if (m.status == MilestoneStatus::Achieved) {
                REQUIRE(m.doneDate.isValid());
                REQUIRE(m.doneDate <= today);
            } else {
                REQUIRE(m.doneDate.isNull());
            }
            if (m.isOpen() && !m.dueOverridden)
                REQUIRE(m.dueDate == planner.dueDate(m.kind, DueBasis::of(b.client, pip)));
        }
        if (pip.isValid()) {
            const auto it = std::find_if(b.milestones.begin(), b.milestones.end(),
                                         [](const Milestone& m) { return m.kind == MilestoneKind::PipFixed; });
            REQUIRE(it != b.milestones.end());
            REQUIRE(it->doneDate == pip);
        }
    }
}

TEST_CASE("Demo caseload has a realistic mix", "[demo]") {
    DemoGenerator g(8, today);
    const int total = 3000;
    int withPip = 0;
    int asylum = 0;
    int closed = 0;
    int switched = 0;
    int lateOpen = 0;
    int inProgress = 0;
    int waived = 0;
    int overridden = 0;
    int latePip = 0;
    std::map<Route, int> routes;
    for (int n = 0; n < total; ++n) {
        const ClientBundle b = g.nextClient();
        const Client& c = b.client;
        REQUIRE(c.dateOfBirth >= QDate(1960, 1, 1));
        REQUIRE(c.dateOfBirth <= QDate(2006, 12, 31));
        REQUIRE(c.vNumber.size() == 10);
        REQUIRE(DueDates::involvementStart(DueBasis::of(c)) >= today.addYears(-3));
        REQUIRE(DueDates::involvementStart(DueBasis::of(c)) < today);
        if (c.targetGroup == TargetGroup::Asylum)
            ++asylum;
        if (c.status != ClientStatus::Active) {
            ++closed;
            REQUIRE(c.statusDate.isValid());
            REQUIRE(c.statusDate <= today);
        }
        if (!b.plans.empty()) {
            ++withPip;
            ++routes[b.plans.front().route];
            if (b.plans.size() > 1)
                ++switched;
            if (b.plans.front().decisionDate > DueDates().pipDue(DueBasis::of(c)))
                ++latePip;
        }
        for (const Milestone& m : b.milestones) {
            lateOpen += m.isOpen() && m.dueDate.isValid() && m.dueDate < today;
            inProgress += m.status == MilestoneStatus::InProgress;
            waived += m.status == MilestoneStatus::Waived;
            overridden += m.dueOverridden;
        }
    }
    CHECK(withPip > total * 6 / 10);
    CHECK(withPip < total * 95 / 100); // some are still in intake
    CHECK(asylum > total * 7 / 10);
    CHECK(closed > total * 2 / 100);
    CHECK(closed < total * 8 / 100);
    CHECK(routes[Route::B1] > withPip * 50 / 100);
    CHECK(routes[Route::B1] < withPip * 70 / 100);
    CHECK(routes[Route::Education] > withPip * 10 / 100);
    CHECK(routes[Route::Education] < withPip * 20 / 100);
    CHECK(routes[Route::Z] > withPip * 20 / 100);
    CHECK(routes[Route::Z] < withPip * 30 / 100);
    CHECK(switched > 0);
    CHECK(latePip > 0);
    CHECK(lateOpen > 0);
    CHECK(inProgress > 0);
    CHECK(waived > 0);
    CHECK(overridden > 0);
}
