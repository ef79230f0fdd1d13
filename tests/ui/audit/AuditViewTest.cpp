#include "core/CatchQtPrinters.h"

#include "audit/AuditModel.h"
#include "audit/AuditView.h"
#include "core/storage/TestSupport.h"
#include "domain/Client.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTemporaryDir>

using namespace koers;
using namespace koers::test;

namespace {
QStringList column(const AuditModel& model, int column) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, column).data().toString();
    return out;
}
} // namespace

TEST_CASE("The audit log viewer lists and filters the log, read-only", "[ui][audit]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow()); // 2026-11-02
    QString hiwetId;
    {
        auto store = Store::create(path, "pass", clock, QStringLiteral("coach-anna"));
        REQUIRE(store.ok());
        ClientService service(*store.value());
        Client c;
        c.firstNames = QStringLiteral("Hiwet");
        c.lastName = QStringLiteral("Auditclient");
        auto added = service.addClient(c);
        REQUIRE(added.ok());
        hiwetId = added->meta.id;
    }
    clock.set(fixedNow().addDays(3));
    auto store = Store::open(path, "pass", clock, QStringLiteral("lead-bram"));
    REQUIRE(store.ok());
    {
        ClientService service(*store.value());
        Client other;
        other.firstNames = QStringLiteral("Omar");
        other.lastName = QStringLiteral("Tweedeclient");
        REQUIRE(service.addClient(other).ok());
        auto hiwet = Repository<Client>(*store.value()).get(hiwetId);
        hiwet->phone = QStringLiteral("0612345678");
        REQUIRE(service.updateClient(hiwet.value()).ok());
    }
    const qint64 total = store.value()->db().queryInt(u"SELECT count(*) FROM audit_log").value();

    AuditView view(*store.value());
    view.show();
    AuditModel* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == total);
    REQUIRE(view.countLabel()->text().contains(QString::number(total)));
    // Newest first; read-only; clients by name, never a value in the detail.
    REQUIRE(model->entry(0).seq > model->entry(model->rowCount() - 1).seq);
    REQUIRE_FALSE(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable));
    REQUIRE(column(*model, AuditModel::Client).contains(QStringLiteral("Hiwet Auditclient")));
    REQUIRE_FALSE(column(*model, AuditModel::Detail).join(QLatin1Char(' ')).contains(QStringLiteral("0612345678")));

    view.userFilter()->setCurrentIndex(view.userFilter()->findData(QStringLiteral("coach-anna")));
    REQUIRE(model->rowCount() > 0);
    for (const QString& user : column(*model, AuditModel::User))
        REQUIRE(user == QStringLiteral("coach-anna"));
    const int annaRows = model->rowCount();

    view.userFilter()->setCurrentIndex(0);
    view.clientFilter()->setCurrentIndex(view.clientFilter()->findText(QStringLiteral("Hiwet Auditclient")));
    REQUIRE(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        REQUIRE(model->entry(r).clientId == hiwetId);
    REQUIRE(column(*model, AuditModel::User).contains(QStringLiteral("lead-bram"))); // the later phone change

    view.actionFilter()->setCurrentIndex(view.actionFilter()->findData(QStringLiteral("update")));
    REQUIRE(model->rowCount() >= 1);
    for (int r = 0; r < model->rowCount(); ++r)
        REQUIRE(model->entry(r).action == QStringLiteral("update"));
    REQUIRE(column(*model, AuditModel::Detail).join(QLatin1Char(' ')).contains(QStringLiteral("phone")));

    view.actionFilter()->setCurrentIndex(0);
    view.clientFilter()->setCurrentIndex(0);
    view.toFilter()->setDate(QDate(2026, 11, 2)); // the first session's day only
    REQUIRE(model->rowCount() == annaRows);
    // The second session's days. (Schema migrations log with the real time, outside the clock seam.)
    view.fromFilter()->setDate(QDate(2026, 11, 3));
    view.toFilter()->setDate(QDate(2026, 11, 10));
    REQUIRE(model->rowCount() > 0);
    for (const QString& user : column(*model, AuditModel::User))
        REQUIRE(user == QStringLiteral("lead-bram"));
    view.fromFilter()->setDate(QDate(2026, 11, 6));
    REQUIRE(model->rowCount() == 0);
    view.toFilter()->setDate(view.toFilter()->minimumDate());
    view.fromFilter()->setDate(view.fromFilter()->minimumDate());
    REQUIRE(model->rowCount() == total);

    // The viewer changes nothing, and the program cannot change the log either (triggers).
    REQUIRE(store.value()->db().queryInt(u"SELECT count(*) FROM audit_log").value() == total);
    REQUIRE_FALSE(store.value()->db().exec(u"UPDATE audit_log SET actor = 'x'").ok());
    REQUIRE_FALSE(store.value()->db().exec(u"DELETE FROM audit_log WHERE seq = 1").ok());

    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(view.grab().save(QStringLiteral("/tmp/koers-audit.png")));
}
