// Loading the caseload list and the agenda at 100,000 clients with about 10 milestones each: the two lists
// that show every client's open milestones, stored or derived from the rules (MilestoneDigest). The
// reference, measured in the same run, reads the same client rows and nothing of their milestones.
#include <catch2/catch.hpp>

#include "BenchDatabase.h"
#include "BenchSupport.h"
#include "queries/AgendaQuery.h"
#include "queries/CaseloadQuery.h"
#include "storage/Statement.h"

#include <cstdio>

using namespace koers;

TEST_CASE("Caseload and agenda load at 100,000 clients", "[bench][caseload-load]") {
    FixedClock clock(bench::benchNow());
    auto store = bench::openBenchStore(clock, 100000, 20261102);
    REQUIRE(store.ok());

    std::vector<double> reference, caseload, agenda;
    for (int run = 0; run < 5; ++run) {
        reference.push_back(bench::timeMs([&] {
            auto st = store.value()->db().prepare(
                u"SELECT c.id, c.first_names, c.last_name, c.bsn, c.v_number, c.municipality_id, m.name, c.coach_id, "
                u"co.name, c.status, c.route, c.target_group FROM client c "
                u"LEFT JOIN municipality m ON m.id = c.municipality_id LEFT JOIN coach co ON co.id = c.coach_id "
                u"WHERE c.deleted = 0 ORDER BY c.last_name COLLATE NOCASE, c.first_names COLLATE NOCASE, c.id");
            REQUIRE(st.ok());
            qint64 n = 0;
            REQUIRE(st->each([&n](const Statement& row) { n += row.text(0).size(); }).ok());
            REQUIRE(n > 0);
        }));
        caseload.push_back(bench::timeMs([&] {
            auto rows = CaseloadQuery(*store.value()).all();
            REQUIRE(rows.ok());
            REQUIRE(rows->size() > 90000);
        }));
        agenda.push_back(bench::timeMs([&] {
            auto items = AgendaQuery(*store.value()).dueUntil(QDate(2026, 11, 16));
            REQUIRE(items.ok());
            REQUIRE(!items->empty());
        }));
    }
    const double ref = bench::median(reference);
    std::printf("caseload and agenda at 100,000 clients, 5 runs (medians)\n"
                "  reference (client rows only): %.0f ms\n"
                "  caseload list: %.0f ms (%.2fx the reference)\n"
                "  agenda until 2 weeks ahead: %.0f ms (%.2fx the reference)\n",
                ref, bench::median(caseload), bench::median(caseload) / ref, bench::median(agenda),
                bench::median(agenda) / ref);
    CHECK(ref > 0);
}
