// Shared by the figure tests: a fresh file on the fixed clock ("today" 2 November 2026), and the few steps the
// hand-computed caseloads take (a PIP decided, a milestone achieved).
#pragma once

#include "core/storage/TestSupport.h"
#include "report/DashboardFilter.h"
#include "services/ClientService.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace koers::test {

using Row = std::vector<qint64>;

struct FigureStore {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()}; // 2026-11-02
    std::unique_ptr<Store> store;

    explicit FigureStore(const char* name) {
        auto s = Store::create(dir.filePath(QString::fromLatin1(name)), "pass", clock, QStringLiteral("lead"));
        REQUIRE(s.ok());
        store = std::move(s.value());
    }

    void pip(ClientService& service, const QString& clientId, QDate decided, Route route) const {
        PlanVersion p;
        p.clientId = clientId;
        p.decisionDate = decided;
        p.route = route;
        REQUIRE(service.addPlanVersion(p).ok());
    }
    // The shown milestone of that kind (stored or derived) achieved on `done`.
    void achieve(const QString& clientId, MilestoneKind kind, QDate done) const {
        auto all = ClientService(*store).milestones(clientId);
        REQUIRE(all.ok());
        for (const Milestone& m : all.value()) {
            if (m.kind == kind && m.status != MilestoneStatus::Waived) {
                REQUIRE(ClientService(*store).setMilestoneStatus(m, MilestoneStatus::Achieved, done).ok());
                return;
            }
        }
        FAIL("no such milestone");
    }
};

} // namespace koers::test
