// Caseload search per keystroke at 100,000 clients (target: under 30 ms), against a reference: a plain
// loop doing the same substring tests over the same rows, measured in the same run.
#include "BenchSupport.h"
#include "caseload/CaseloadFilterProxy.h"
#include "caseload/CaseloadModel.h"
#include "demo/DemoGenerator.h"

#include <catch2/catch.hpp>

#include <QTableView>

#include <iostream>

using namespace koers;

TEST_CASE("Caseload filter per keystroke at 100,000 clients", "[bench][caseload]") {
    const QDate today(2026, 11, 2);
    DemoGenerator generator(1, today);
    std::vector<CaseloadRow> rows;
    rows.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        ClientBundle b = generator.nextClient();
        CaseloadRow r;
        r.clientId = b.client.meta.id;
        r.firstNames = b.client.firstNames;
        r.lastName = b.client.lastName;
        r.bsn = b.client.bsn;
        r.vNumber = b.client.vNumber;
        r.municipalityId = b.client.municipalityId;
        r.coachId = b.client.coachId;
        r.route = b.client.route;
        r.status = b.client.status;
        for (const Milestone& m : b.milestones)
            if (m.isOpen() && m.dueDate.isValid() && (!r.nextDue.isValid() || m.dueDate < r.nextDue)) {
                r.nextDue = m.dueDate;
                r.nextMilestone = m.kind;
            }
        rows.push_back(std::move(r));
    }
    CaseloadModel model;
    model.setRows(std::move(rows), today, 14);
    CaseloadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view; // attached like on screen, so the view's reaction to each change is counted too
    view.setModel(&proxy);
    view.resize(1200, 800);
    view.show();

    // A coach types a surname, then a BSN fragment, clearing in between.
    const QStringList typed{QStringLiteral("a"),
                            QStringLiteral("ah"),
                            QStringLiteral("ahm"),
                            QStringLiteral("ahma"),
                            QStringLiteral("ahmad"),
                            QString(),
                            QStringLiteral("9"),
                            QStringLiteral("99"),
                            QStringLiteral("990"),
                            QStringLiteral("9901"),
                            QString()};
    std::vector<double> keystroke;
    std::vector<double> reference;
    for (int round = 0; round < 5; ++round) {
        for (const QString& text : typed) {
            keystroke.push_back(bench::timeMs([&] { proxy.setSearchText(text); }));
            int matches = 0;
            reference.push_back(bench::timeMs([&] {
                const QString needle = text.toLower();
                for (int i = 0; i < model.rowCount(); ++i)
                    matches += model.row(i).searchKey.contains(needle) ? 1 : 0;
            }));
            REQUIRE(matches == proxy.rowCount());
        }
    }
    const double m = bench::median(keystroke);
    const double ref = bench::median(reference);
    std::cout << "caseload filter per keystroke, 100000 clients: median " << m << " ms (max "
              << *std::max_element(keystroke.begin(), keystroke.end()) << " ms); reference loop median " << ref
              << " ms; ratio " << (ref > 0 ? m / ref : 0) << "\n";
    // Sorting by name once, then typing, as after a header click.
    proxy.sort(CaseloadModel::Name);
    std::vector<double> sorted;
    for (const QString& text : typed)
        sorted.push_back(bench::timeMs([&] { proxy.setSearchText(text); }));
    std::cout << "with the view sorted by name: median " << bench::median(sorted) << " ms (max "
              << *std::max_element(sorted.begin(), sorted.end()) << " ms)\n";
}
