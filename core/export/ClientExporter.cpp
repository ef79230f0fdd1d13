#include "ClientExporter.h"

#include "csv/CsvWriter.h"
#include "domain/Client.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "import/ValueParsers.h"
#include "storage/ExportFile.h"
#include "storage/Repository.h"

#include <QHash>

namespace koers {

namespace {

template <class T>
Result<QHash<QString, QString>> namesById(Store& store) {
    // Deleted ones too: a client may still point at a municipality that was removed later.
    auto st = store.db().prepare(QStringLiteral("SELECT id, name FROM %1").arg(QLatin1String(T::table)));
    if (!st.ok())
        return st.error();
    QHash<QString, QString> out;
    const Status read = st->each([&](Statement& row) { out.insert(row.text(0), row.text(1)); });
    if (!read.ok())
        return read.error();
    return out;
}

QString cell(const Client& c, ClientField field, const QHash<QString, QString>& municipalities,
             const QHash<QString, QString>& coaches) {
    switch (field) {
    case ClientField::Ignore:
        return {};
    case ClientField::FirstNames:
        return c.firstNames;
    case ClientField::LastName:
        return c.lastName;
    case ClientField::Bsn:
        return c.bsn;
    case ClientField::VNumber:
        return c.vNumber;
    case ClientField::DateOfBirth:
        return ValueParsers::dateText(c.dateOfBirth);
    case ClientField::Sex:
        return ValueParsers::sexText(c.sex);
    case ClientField::CountryOfBirth:
        return c.countryOfBirth;
    case ClientField::Nationality:
        return c.nationality;
    case ClientField::Languages:
        return c.languages;
    case ClientField::Phone:
        return c.phone;
    case ClientField::Email:
        return c.email;
    case ClientField::Address:
        return c.address;
    case ClientField::Municipality:
        return municipalities.value(c.municipalityId);
    case ClientField::Coach:
        return coaches.value(c.coachId);
    case ClientField::TargetGroup:
        return ValueParsers::targetGroupText(c.targetGroup);
    case ClientField::Status:
        return ValueParsers::statusText(c.status);
    case ClientField::Route:
        return ValueParsers::routeText(c.route);
    case ClientField::ResidencePermitDate:
        return ValueParsers::dateText(c.residencePermitDate);
    case ClientField::KoppelingDate:
        return ValueParsers::dateText(c.koppelingDate);
    case ClientField::HousingDate:
        return ValueParsers::dateText(c.housingDate);
    case ClientField::BrpDate:
        return ValueParsers::dateText(c.brpDate);
    case ClientField::DuoNoticeDate:
        return ValueParsers::dateText(c.duoNoticeDate);
    case ClientField::Note:
        return c.note;
    }
    return {};
}

} // namespace

const ColumnMapping& ClientExporter::columns() {
    return ColumnMapper::fields();
}

Result<qint64> ClientExporter::exportClients(Store& store, const QString& path, Progress& progress) {
    auto municipalities = namesById<Municipality>(store);
    if (!municipalities.ok())
        return municipalities.error();
    auto coaches = namesById<Coach>(store);
    if (!coaches.ok())
        return coaches.error();

    ExportFile out(path);
    KOERS_TRY(out.open());
    CsvWriter writer = CsvWriter::forExcel(out.device());
    QStringList header;
    for (ClientField f : columns())
        header << ColumnMapper::exportHeader(f);
    KOERS_TRY(writer.writeRow(header));

    // Streamed row by row: the whole caseload is never in memory at once.
    auto st = store.db().prepare(QStringLiteral("SELECT %1 FROM client WHERE deleted = 0 ORDER BY rowid")
                                     .arg(codec::allColumns<Client>().join(QLatin1String(", "))));
    if (!st.ok())
        return st.error();
    auto total = store.db().queryInt(u"SELECT count(*) FROM client WHERE deleted = 0");
    if (!total.ok())
        return total.error();
    progress.begin(tr("Writing the caseload"), total.value());
    ProgressCounter counter(progress, 256);
    qint64 count = 0;
    QStringList row;
    KOERS_TRY(st->each([&](const Statement& record) -> Status {
        Client c;
        codec::readRecord(record, c);
        row.clear();
        for (ClientField f : columns())
            row << cell(c, f, municipalities.value(), coaches.value());
        KOERS_TRY(writer.writeRow(row));
        ++count;
        return counter.tick();
    }));
    counter.finish();
    KOERS_TRY(progress.check());
    KOERS_TRY(writer.finish());
    KOERS_TRY(out.commit());
    KOERS_TRY(store.audit(u"export", u"client", {}, {}, QStringLiteral("clients=%1").arg(count)));
    return count;
}

} // namespace koers
