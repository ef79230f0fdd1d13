// The hub killed (pg_ctl stop -m immediate) in the middle of a push and of a pull, on a cluster of its own:
// the laptop stays intact (a push is one hub transaction; a pull commits batch by batch with its position),
// and after a restart the next sync completes, the pull resuming where it stopped.
#include "core/CatchQtPrinters.h"

#include "HubSyncSupport.h"
#include "demo/DemoLoader.h"
#include "hub/HubAdmin.h"
#include "hub/HubProgress.h"
#include "hub/HubSchema.h"

#include <QTemporaryDir>

using namespace koers;
using namespace koers::test;

namespace {

// Crashes the server at the n-th progress step of one phase.
class CrashAt final : public HubProgress {
public:
    CrashAt(const OwnCluster& c, Phase phase, int n)
        : m_cluster(c)
        , m_phase(phase)
        , m_n(n) {}
    void step(Phase phase, qint64, qint64) override {
        if (phase == m_phase && ++m_seen == m_n)
            m_cluster.crash();
    }
    bool crashed() const { return m_seen >= m_n; }

private:
    const OwnCluster& m_cluster;
    Phase m_phase;
    int m_n;
    int m_seen = 0;
};

QString integrity(Store& store) {
    return store.db().queryText(u"PRAGMA integrity_check").value();
}

} // namespace

TEST_CASE("the hub killed during a push and during a pull: the next sync completes", "[hub][kill]") {
    OwnCluster own;
    TestHub hub(own.pg());
    REQUIRE(HubSchema::setup(*hub.connect(hub.owner())).ok());
    const QString login = hub.role(QStringLiteral("lead"));
    REQUIRE(HubAdmin(*hub.connect(hub.owner())).grantLead(login, {}).ok());
    QTemporaryDir dir;
    Replica lead(dir, QStringLiteral("L"), 0);
    auto demo = DemoLoader::load(*lead.store, 60, 7);
    REQUIRE(demo.ok());
    const qint64 records = demo->records;
    REQUIRE(records > 1000);
    const HubSyncOptions small{100, 100};

    // During the push: nothing of it reaches the hub, the file is as it was.
    const QString before = dumpSyncedState(*lead.store);
    CrashAt duringPush(own, HubProgress::Phase::Pushing, 6);
    auto broken = syncWith(lead, hub.conninfo(login), small, &duringPush);
    REQUIRE(duringPush.crashed());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.message().contains(QStringLiteral("hub")));
    own.restart();
    CHECK(integrity(*lead.store) == QStringLiteral("ok"));
    CHECK(dumpSyncedState(*lead.store) == before);
    CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM koers.client")) == QStringLiteral("0"));
    const HubSyncSummary pushed = syncOrFail(lead, hub.conninfo(login), small);
    CHECK(pushed.push.added == records);
    CHECK(hubRecords(*hub.connect(hub.owner())) == localRecords(*lead.store));

    // During the pull: the batches before the crash are in the file, consistent; the next pull resumes.
    Replica laptop(dir, QStringLiteral("P"), 0);
    CrashAt duringPull(own, HubProgress::Phase::Pulling, 5);
    auto cut = syncWith(laptop, hub.conninfo(login), small, &duringPull);
    REQUIRE(duringPull.crashed());
    REQUIRE_FALSE(cut.ok());
    own.restart();
    CHECK(integrity(*laptop.store) == QStringLiteral("ok"));
    const qint64 partial =
        ids(*laptop.store, QStringLiteral("client")).size() + ids(*laptop.store, QStringLiteral("intake")).size();
    CHECK(partial > 0);
    const HubSyncSummary resumed = syncOrFail(laptop, hub.conninfo(login), small);
    CHECK(resumed.pull.received < records); // not everything again
    CHECK(localRecords(*laptop.store) == localRecords(*lead.store));
    const HubSyncSummary quiet = syncOrFail(laptop, hub.conninfo(login), small);
    CHECK(quiet.pull.merged.added + quiet.pull.merged.updated == 0);
}
