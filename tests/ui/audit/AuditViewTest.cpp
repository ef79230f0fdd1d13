#include "core/CatchQtPrinters.h"

#include "audit/AuditModel.h"
#include "audit/AuditView.h"
#include "core/storage/TestSupport.h"
#include "domain/Client.h"
#include "services/ClientService.h"
#include "storage/DeviceNames.h"
#include "storage/Repository.h"
#include "storage/Store.h"
#include "ui/ScriptedPrompts.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

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

    ScriptedPrompts prompts;
    AuditView view(*store.value(), prompts);
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
    REQUIRE(column(*model, AuditModel::Detail).contains(QStringLiteral("Changed: Phone")));

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

TEST_CASE("The audit log speaks people's words: the user's name, device names, Dutch actions, readable details, "
          "and exports what is shown as CSV",
          "[ui][audit]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("team.koers")), "pass", clock, QStringLiteral("login"));
    REQUIRE(store.ok());
    Store& s = *store.value();
    REQUIRE(DeviceNames(s).setOwn(QStringLiteral("Laptop Tiel"), QStringLiteral("Fatima el Amrani")).ok());
    ClientService service(s);
    Client c;
    c.firstNames = QStringLiteral("=Hiwet"); // a name Excel would run as a formula
    c.lastName = QStringLiteral("Auditclient");
    auto added = service.addClient(c);
    REQUIRE(added.ok());
    Client changed = added.value();
    changed.phone = QStringLiteral("0612345678");
    changed.dateOfBirth = QDate(1990, 1, 2);
    REQUIRE(service.updateClient(changed).ok());
    REQUIRE(s.audit(u"import", u"client", {}, {}, u"rows=10 imported=7 updated=2 skipped=0 rejected=1 municipalities=0")
                .ok());

    ScriptedPrompts prompts;
    AuditView view(s, prompts);
    AuditModel* model = view.model();
    REQUIRE(model->rowCount() >= 4);
    for (const QString& user : column(*model, AuditModel::User))
        CHECK((user == QStringLiteral("Fatima el Amrani") || user == QStringLiteral("login")));
    REQUIRE(column(*model, AuditModel::User).first() == QStringLiteral("Fatima el Amrani"));
    REQUIRE_FALSE(column(*model, AuditModel::User).contains(QStringLiteral("koers")));
    REQUIRE(column(*model, AuditModel::Device).first() == QStringLiteral("Laptop Tiel"));
    REQUIRE(model->index(0, AuditModel::Device).data(Qt::ToolTipRole).toString() == s.deviceId());
    REQUIRE(column(*model, AuditModel::Detail).first() ==
            QStringLiteral("7 client(s) imported, 2 updated, 0 skipped, 1 refused (of 10 row(s))"));
    REQUIRE(column(*model, AuditModel::Detail).contains(QStringLiteral("Changed: Phone, Date of birth")) !=
            column(*model, AuditModel::Detail).contains(QStringLiteral("Changed: Date of birth, Phone")));
    REQUIRE(column(*model, AuditModel::Record).contains(QStringLiteral("Personal data")));
    REQUIRE_FALSE(column(*model, AuditModel::Record).contains(QStringLiteral("client")));
    REQUIRE(view.actionFilter()->findText(QStringLiteral("clients imported")) > 0);
    REQUIRE(view.deviceFilter()->findText(QStringLiteral("Laptop Tiel")) > 0);

    // Only the shown entries are written: the filter for the client's own entries.
    view.clientFilter()->setCurrentIndex(view.clientFilter()->findData(added->meta.id));
    const int shown = model->rowCount();
    REQUIRE(shown >= 2);
    const QString csv = dir.filePath(QStringLiteral("logboek.csv"));
    prompts.nextFile = csv;
    QTest::mouseClick(view.exportButton(), Qt::LeftButton);
    REQUIRE(prompts.errors.isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == shown + 1);
    REQUIRE(lines.first() == QStringLiteral("Time;User;Device;Action;Client;Record;Detail;Action code"));
    REQUIRE(lines.at(1).contains(QStringLiteral(";Fatima el Amrani;Laptop Tiel;changed;")));
    REQUIRE(lines.at(1).contains(QStringLiteral(";'=Hiwet Auditclient;"))); // neutralised, not a formula
    REQUIRE_FALSE(QString::fromUtf8(bytes).contains(QStringLiteral("0612345678")));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(csv).constData(), &st) == 0);
    REQUIRE((st.st_mode & 0777) == 0600);
    // The export itself is in the log.
    REQUIRE(s.db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'export-audit'").value() == 1);

    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS")) {
        view.clientFilter()->setCurrentIndex(0);
        view.resize(1280, 600);
        REQUIRE(view.grab().save(QStringLiteral("/tmp/koers-audit-words.png")));
    }
}
