#include "ClientImporter.h"

#include "storage/ExportFile.h"
#include "storage/PageCacheScope.h"
#include "storage/RollbackJournalScope.h"

#include "RowsByHash.h"
#include "ValueParsers.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "domain/Client.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "rules/Bsn.h"
#include "rules/ClientValidator.h"
#include "rules/SamePerson.h"
#include "services/BackupStore.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "util/BoundedQueue.h"
#include "util/TimeText.h"

#include <QFile>
#include <QHash>

#include <thread>

namespace koers {

namespace {

// A row turned into a client: which fields the file gave a value for (an update copies only those), the
// names still to resolve, and what is wrong with it.
struct ParsedRow {
    Client client;
    std::vector<ClientField> given;
    QString municipality;
    QString coach;
    QStringList problems;
};

// A row after the part of the work that needs no database: read, parsed, validated, its duplicate keys
// made. That part runs on a reader thread while the importer's thread checks duplicates and writes, so an
// import uses both cores of a laptop.
struct PreparedRow {
    qint64 row = 0;
    QStringList fields; // the cells as read, for the CSV of refused rows
    QString problem;    // not empty: the row is refused for this reason
    ParsedRow parsed;
    QString person;
    size_t bsnHash = 0;
    size_t personHash = 0;
    bool suspectName = false; // the name looks read in the wrong encoding
};

// Rows travel between the threads in chunks, so the two hardly ever wait for the lock.
using PreparedChunk = std::vector<PreparedRow>;
constexpr std::size_t kChunkRows = 64;
constexpr std::size_t kChunksAhead = 2; // memory stays bounded: at most this many chunks wait

QString nameKey(QStringView name) {
    return SamePerson::nameKey(name);
}

// Signs that a file was read in the wrong encoding: the replacement character a decoder writes for bytes it
// cannot read, a "?" beside a letter (what an export to a code page writes for a letter it lacks: "?mer",
// "G?l"), or UTF-8 read as Latin-1 ("Ã¶" for "ö").
bool looksMisencoded(QStringView name) {
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == QChar::ReplacementCharacter)
            return true;
        const bool letterBefore = i > 0 && name[i - 1].isLetter();
        const bool letterAfter = i + 1 < name.size() && name[i + 1].isLetter();
        if (c == u'?' && (letterBefore || letterAfter))
            return true;
        if ((c == u'\u00C3' || c == u'\u00C4' || c == u'\u00C5') && i + 1 < name.size() &&
            name[i + 1].unicode() >= 0x80 && name[i + 1].unicode() <= 0xBF)
            return true;
    }
    return false;
}

void copyField(Client& to, const Client& from, ClientField field) {
    switch (field) {
    case ClientField::Ignore:
    case ClientField::Municipality:
    case ClientField::Coach:
        break;
    case ClientField::FirstNames:
        to.firstNames = from.firstNames;
        break;
    case ClientField::LastName:
        to.lastName = from.lastName;
        break;
    case ClientField::Bsn:
        to.bsn = from.bsn;
        break;
    case ClientField::VNumber:
        to.vNumber = from.vNumber;
        break;
    case ClientField::DateOfBirth:
        to.dateOfBirth = from.dateOfBirth;
        break;
    case ClientField::Sex:
        to.sex = from.sex;
        break;
    case ClientField::CountryOfBirth:
        to.countryOfBirth = from.countryOfBirth;
        break;
    case ClientField::Nationality:
        to.nationality = from.nationality;
        break;
    case ClientField::Languages:
        to.languages = from.languages;
        break;
    case ClientField::Phone:
        to.phone = from.phone;
        break;
    case ClientField::Email:
        to.email = from.email;
        break;
    case ClientField::Address:
        to.address = from.address;
        break;
    case ClientField::TargetGroup:
        to.targetGroup = from.targetGroup;
        break;
    case ClientField::Status:
        to.status = from.status;
        break;
    case ClientField::Route:
        to.route = from.route;
        break;
    case ClientField::ResidencePermitDate:
        to.residencePermitDate = from.residencePermitDate;
        break;
    case ClientField::KoppelingDate:
        to.koppelingDate = from.koppelingDate;
        break;
    case ClientField::HousingDate:
        to.housingDate = from.housingDate;
        break;
    case ClientField::BrpDate:
        to.brpDate = from.brpDate;
        break;
    case ClientField::DuoNoticeDate:
        to.duoNoticeDate = from.duoNoticeDate;
        break;
    case ClientField::Note:
        to.note = from.note;
        break;
    }
}

QDate* dateField(Client& c, ClientField field) {
    switch (field) {
    case ClientField::DateOfBirth:
        return &c.dateOfBirth;
    case ClientField::ResidencePermitDate:
        return &c.residencePermitDate;
    case ClientField::KoppelingDate:
        return &c.koppelingDate;
    case ClientField::HousingDate:
        return &c.housingDate;
    case ClientField::BrpDate:
        return &c.brpDate;
    case ClientField::DuoNoticeDate:
        return &c.duoNoticeDate;
    default:
        return nullptr;
    }
}

QString* textField(Client& c, ClientField field) {
    switch (field) {
    case ClientField::FirstNames:
        return &c.firstNames;
    case ClientField::LastName:
        return &c.lastName;
    case ClientField::VNumber:
        return &c.vNumber;
    case ClientField::CountryOfBirth:
        return &c.countryOfBirth;
    case ClientField::Nationality:
        return &c.nationality;
    case ClientField::Languages:
        return &c.languages;
    case ClientField::Phone:
        return &c.phone;
    case ClientField::Email:
        return &c.email;
    case ClientField::Address:
        return &c.address;
    case ClientField::Note:
        return &c.note;
    default:
        return nullptr;
    }
}

// The message is made only for a cell that fails: translating it for every row showed up in profiles.
template <class E, class Message>
void parseEnum(std::optional<E> (*parse)(QStringView), const QString& text, E& out, QStringList& problems,
               Message message) {
    if (const auto v = parse(text))
        out = *v;
    else
        problems << message();
}

ParsedRow parseRow(const QStringList& fields, const ColumnMapping& mapping) {
    ParsedRow r;
    const qsizetype n = std::min<qsizetype>(fields.size(), static_cast<qsizetype>(mapping.size()));
    r.given.reserve(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const ClientField field = mapping[static_cast<size_t>(i)];
        if (field == ClientField::Ignore)
            continue;
        // Notes keep their inner line breaks; every other cell is trimmed.
        const QString text = field == ClientField::Note ? ValueParsers::cellText(fields[i]).trimmed()
                                                        : ValueParsers::cellText(fields[i].trimmed());
        if (text.isEmpty())
            continue;
        r.given.push_back(field);
        if (QString* t = textField(r.client, field)) {
            *t = text;
            continue;
        }
        if (QDate* d = dateField(r.client, field)) {
            if (const auto parsed = ValueParsers::date(text))
                *d = *parsed;
            else
                r.problems << ClientImporter::tr("%1 is not a date (use dd-mm-jjjj or jjjj-mm-dd).")
                                  .arg(ColumnMapper::label(field));
            continue;
        }
        switch (field) {
        case ClientField::Bsn:
            r.client.bsn = normalizeBsn(text);
            if (r.client.bsn.isEmpty() || !isValidBsn(r.client.bsn))
                r.problems << ClientImporter::tr("The BSN is not valid (it fails the elfproef).");
            break;
        case ClientField::Sex:
            parseEnum(&ValueParsers::sex, text, r.client.sex, r.problems,
                      [] { return ClientImporter::tr("Unknown sex."); });
            break;
        case ClientField::TargetGroup:
            parseEnum(&ValueParsers::targetGroup, text, r.client.targetGroup, r.problems, [] {
                return ClientImporter::tr("Unknown target group (use asielstatushouder, gezinsmigrant or overige "
                                          "migrant).");
            });
            break;
        case ClientField::Status:
            parseEnum(&ValueParsers::status, text, r.client.status, r.problems,
                      [] { return ClientImporter::tr("Unknown status."); });
            break;
        case ClientField::Route:
            parseEnum(&ValueParsers::route, text, r.client.route, r.problems,
                      [] { return ClientImporter::tr("Unknown learning route (use B1, onderwijs or Z)."); });
            break;
        case ClientField::Municipality:
            r.municipality = text;
            break;
        case ClientField::Coach:
            r.coach = text;
            break;
        default:
            break;
        }
    }
    return r;
}

bool isBlank(const QStringList& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

bool hasExtraCells(const QStringList& fields, qsizetype expected) {
    for (qsizetype i = expected; i < fields.size(); ++i)
        if (!fields[i].trimmed().isEmpty())
            return true;
    return false;
}

QString joinIssues(const std::vector<ValidationIssue>& issues) {
    QStringList messages;
    for (const auto& i : issues)
        messages << i.message;
    return messages.join(QLatin1Char(' '));
}

// The references a row can name, by lower-cased name; an empty id marks a municipality that only an
// analysis has "created".
template <class T>
Result<QHash<QString, QString>> idsByName(Store& store) {
    auto list = Repository<T>(store).list();
    if (!list.ok())
        return list.error();
    QHash<QString, QString> out;
    for (const auto& r : list.value())
        out.insert(nameKey(r.name), r.meta.id);
    return out;
}

// The stored clients with one name and date of birth, as the same-person rule needs them.
struct NameMatches {
    QString latest;           // the last such client
    QString latestWithoutBsn; // the last one without a BSN, if any
    int count = 0;
    int withoutBsn = 0;
};

struct ExistingClients {
    QHash<QString, QString> byBsn;
    QHash<QString, NameMatches> byPerson;
};

Result<ExistingClients> existingClients(Store& store) {
    auto st = store.db().prepare(
        u"SELECT id, bsn, first_names, last_name, date_of_birth FROM client WHERE deleted = 0 ORDER BY rowid");
    if (!st.ok())
        return st.error();
    ExistingClients out;
    const Status read = st->each([&](Statement& row) {
        Client c;
        c.meta.id = row.text(0);
        c.bsn = row.isNull(1) ? QString() : SamePerson::bsnKey(row.text(1));
        c.firstNames = row.text(2);
        c.lastName = row.text(3);
        c.dateOfBirth = row.date(4);
        if (!c.bsn.isEmpty())
            out.byBsn.insert(c.bsn, c.meta.id);
        if (const QString key = SamePerson::personKey(c); !key.isEmpty()) {
            NameMatches& m = out.byPerson[key];
            ++m.count;
            m.latest = c.meta.id;
            if (c.bsn.isEmpty()) {
                ++m.withoutBsn;
                m.latestWithoutBsn = c.meta.id;
            }
        }
    });
    if (!read.ok())
        return read.error();
    return out;
}

} // namespace

ClientImporter::ClientImporter(Store& store, ClientService& service)
    : m_store(store)
    , m_service(service) {
}

Result<ImportReport> ClientImporter::analyse(const QString& path, const ImportOptions& options) {
    return run(path, options, false, nullptr);
}

Result<ImportReport> ClientImporter::commit(const QString& path, const ImportOptions& options,
                                            const ImportReport* expected) {
    return run(path, options, true, expected);
}

Result<ImportReport> ClientImporter::run(const QString& path, const ImportOptions& options, bool write,
                                         const ImportReport* expected) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.error() == QFileDevice::OpenError && !file.exists() ? ErrorCode::FileNotFound
                                                                                  : ErrorCode::Io,
                         tr("Cannot open the file %1.").arg(path));
    if (!options.dialect.isValid())
        return makeError(ErrorCode::Invalid, tr("The column separator cannot be used."));
    CsvReader reader(file, options.dialect);
    ImportReport report;
    QStringList fields; // the header

    if (options.dialect.hasHeader) {
        Result<bool> more = reader.readRow(fields);
        if (!more)
            return more.error();
        if (!more.value())
            return makeError(ErrorCode::Invalid, tr("The file is empty."));
        report.header = fields;
    }
    const ColumnMapping mapping = options.mapping.empty() ? ColumnMapper::map(report.header) : options.mapping;
    if (!ColumnMapper::hasNameColumn(mapping))
        return makeError(ErrorCode::Invalid, tr("No column is mapped to a first or last name."));
    const qsizetype columns = options.dialect.hasHeader ? report.header.size() : static_cast<qsizetype>(mapping.size());
    reader.setExpectedFieldCount(columns);

    auto municipalities = idsByName<Municipality>(m_store);
    if (!municipalities.ok())
        return municipalities.error();
    auto coaches = idsByName<Coach>(m_store);
    if (!coaches.ok())
        return coaches.error();
    auto existing = existingClients(m_store);
    if (!existing.ok())
        return existing.error();

    // An encrypted copy of the file first, so an import that went wrong can be undone with a restore; nothing
    // is written into a damaged file. The copy is kept only if the import changes anything.
    std::optional<PendingBackup> backup;
    if (write) {
        KOERS_TRY(m_store.db().quickCheck());
        auto taken = PendingBackup::take(m_store.db(), u"import");
        if (!taken.ok())
            return taken.error();
        backup.emplace(std::move(taken.value()));
    }
    std::optional<PageCacheScope> cache;
    std::optional<RollbackJournalScope> journal; // outlives the transaction below
    if (write) {
        cache.emplace(m_store.db());
        journal.emplace(m_store.db());
    }

    // Everything below happens in one transaction when writing; an early return rolls it back.
    std::optional<Transaction> tx;
    std::optional<BulkScope> bulk;
    if (write) {
        tx.emplace(m_store.db());
        KOERS_TRY(tx->started());
        bulk.emplace(m_store);
    }

    // The reader thread: everything up to the duplicate keys, row by row, in file order.
    const QDate today = m_store.clock().today();
    BoundedQueue<PreparedChunk> queue(kChunksAhead);
    // Spent chunks go back to the reader thread to be freed there: freeing a chunk's strings was a tenth of
    // the importer's thread, which is the one the import waits for.
    BoundedQueue<PreparedChunk> spent(kChunksAhead * 4);
    std::optional<Error> readError;
    auto prepare = [&] {
        QStringList cells;
        PreparedChunk chunk;
        chunk.reserve(kChunkRows);
        for (;;) {
            Result<bool> more = reader.readRow(cells);
            if (!more) {
                readError = more.error(); // seen by the importer's thread after finish()
                break;
            }
            if (!more.value())
                break;
            if (isBlank(cells))
                continue;
            PreparedRow& p = chunk.emplace_back();
            p.row = reader.rowNumber();
            p.fields = cells;
            if (reader.isRagged() && hasExtraCells(cells, columns)) {
                p.problem = reader.checkFieldCount().message();
            } else {
                p.parsed = parseRow(cells, mapping);
                if (!p.parsed.problems.isEmpty()) {
                    p.problem = p.parsed.problems.join(QLatin1Char(' '));
                } else if (const auto issues = ClientValidator::validate(p.parsed.client, today); !issues.empty()) {
                    p.problem = joinIssues(issues);
                } else {
                    p.person = SamePerson::personKey(p.parsed.client);
                    p.bsnHash = p.parsed.client.bsn.isEmpty() ? 0 : qHash(p.parsed.client.bsn);
                    p.personHash = p.person.isEmpty() ? 0 : qHash(p.person);
                    p.suspectName =
                        looksMisencoded(p.parsed.client.firstNames) || looksMisencoded(p.parsed.client.lastName);
                }
            }
            if (chunk.size() == kChunkRows) {
                while (spent.tryPop()) {
                }
                if (!queue.push(std::move(chunk)))
                    return; // the importer stopped
                chunk = PreparedChunk();
                chunk.reserve(kChunkRows);
            }
        }
        if (!chunk.empty())
            (void)queue.push(std::move(chunk));
    };
    auto readerMain = [&] {
        prepare();
        queue.finish();
        spent.close(); // from now on the importer's thread frees its spent chunks itself
    };
    // Closing first wakes a reader waiting for room, so leaving early (an error) never hangs on the join.
    struct ReaderThread {
        BoundedQueue<PreparedChunk>& queue;
        std::thread thread;
        ~ReaderThread() {
            queue.close();
            thread.join();
        }
    } readerThread{queue, std::thread(readerMain)};

    // Keys of the rows accepted so far, as 64-bit hashes with the row they came from. A false match
    // needs two different keys with equal hashes, about one in 10^9 for a million rows.
    RowsByHash fileBsn;
    RowsByHash filePerson;           // the first row with each name and date of birth
    RowsByHash filePersonWithoutBsn; // the first such row without a BSN

    Progress& progress = options.progress ? *options.progress : Progress::none();
    progress.begin(write ? tr("Importing clients") : tr("Checking the spreadsheet"), expected ? expected->rows : 0);
    while (std::optional<PreparedChunk> chunk = queue.pop()) {
        progress.advance(report.rows);
        KOERS_TRY(progress.check());
        for (PreparedRow& prepared : *chunk) {
            ++report.rows;
            const qint64 row = prepared.row;
            auto reject = [&](QString message) {
                report.rejected.push_back({row, std::move(message), std::move(prepared.fields)});
            };
            if (!prepared.problem.isEmpty()) {
                reject(std::move(prepared.problem));
                continue;
            }
            ParsedRow& parsed = prepared.parsed;
            Client& client = parsed.client;
            const QString& person = prepared.person;
            const size_t bsnHash = prepared.bsnHash;
            const size_t personHash = prepared.personHash;
            const bool hasBsn = !client.bsn.isEmpty(); // parsed BSNs pass the elfproef

            // Within the file, by the same-person rule: the later row about a person is refused and names
            // the earlier one; the same name and date of birth with another BSN is imported with a warning.
            const qint64 sameBsnRow = hasBsn ? qint64(fileBsn.find(bsnHash)) : 0;
            const qint64 sameNameRow = personHash != 0 ? filePerson.find(personHash) : 0;
            const qint64 sameNameWithoutBsnRow = personHash != 0 ? filePersonWithoutBsn.find(personHash) : 0;
            const PersonMatch inFile =
                SamePerson::match(sameBsnRow != 0, sameNameRow != 0, hasBsn && sameNameWithoutBsnRow == 0);
            if (inFile == PersonMatch::Same) {
                if (sameBsnRow != 0)
                    reject(tr("Same BSN as row %1.").arg(sameBsnRow));
                else
                    reject(
                        tr("Same name and date of birth as row %1.").arg(hasBsn ? sameNameWithoutBsnRow : sameNameRow));
                continue;
            }
            if (hasBsn)
                fileBsn.insert(bsnHash, row);
            if (personHash != 0 && sameNameRow == 0)
                filePerson.insert(personHash, row);
            if (personHash != 0 && !hasBsn && sameNameWithoutBsnRow == 0)
                filePersonWithoutBsn.insert(personHash, row);

            // A stored client, by the same rule: the same BSN, or the same name and date of birth where one
            // of the two has no BSN. Several stored people the row may mean cannot be updated: which one?
            QString existingId;
            bool possiblyStored = false;
            if (hasBsn)
                existingId = existing->byBsn.value(client.bsn);
            if (existingId.isEmpty() && !person.isEmpty()) {
                if (const auto it = existing->byPerson.constFind(person); it != existing->byPerson.constEnd()) {
                    const NameMatches& named = it.value();
                    const bool bothHaveBsn = hasBsn && named.withoutBsn == 0;
                    const int same = hasBsn ? named.withoutBsn : named.count; // the stored ones that are "same"
                    if (SamePerson::match(false, true, bothHaveBsn) == PersonMatch::Possible) {
                        possiblyStored = true;
                    } else if (same > 1 && options.onDuplicate == DuplicatePolicy::Update) {
                        reject(tr("Same name and date of birth as %n stored clients: add the BSN to say which one "
                                  "is meant.",
                                  nullptr, same));
                        continue;
                    } else {
                        existingId = hasBsn ? named.latestWithoutBsn : named.latest;
                    }
                }
            }
            if (!existingId.isEmpty() && options.onDuplicate == DuplicatePolicy::Skip) {
                ++report.skipped;
                continue;
            }

            // References by name.
            if (!parsed.municipality.isEmpty()) {
                const QString key = nameKey(parsed.municipality);
                auto it = municipalities->find(key);
                if (it == municipalities->end()) {
                    QString id;
                    if (write) {
                        Municipality m;
                        m.name = parsed.municipality.simplified();
                        auto stored = Repository<Municipality>(m_store).insert(std::move(m));
                        if (!stored.ok())
                            return stored.error();
                        id = stored->meta.id;
                    }
                    report.newMunicipalities << parsed.municipality.simplified();
                    it = municipalities->insert(key, id);
                }
                client.municipalityId = it.value();
            }
            bool unknownCoach = false;
            if (!parsed.coach.isEmpty()) {
                client.coachId = coaches->value(nameKey(parsed.coach));
                unknownCoach = client.coachId.isEmpty();
            }

            if (!existingId.isEmpty()) {
                auto stored = Repository<Client>(m_store).get(existingId);
                if (!stored.ok())
                    return stored.error();
                Client updated = stored.value();
                for (ClientField f : parsed.given)
                    copyField(updated, client, f);
                if (!parsed.municipality.isEmpty())
                    updated.municipalityId = client.municipalityId;
                if (!parsed.coach.isEmpty() && !unknownCoach)
                    updated.coachId = client.coachId;
                if (const auto issues = ClientValidator::validate(updated, today); !issues.empty()) {
                    reject(joinIssues(issues));
                    continue;
                }
                if (write)
                    KOERS_TRY(m_service.updateClient(updated));
                ++report.updated;
            } else {
                if (write) {
                    auto stored = m_service.addClientInBulk(std::move(client));
                    if (!stored.ok())
                        return stored.error();
                }
                ++report.imported;
            }
            if (inFile == PersonMatch::Possible)
                report.warnings.push_back(
                    {row,
                     tr("Possibly the same person as row %1: same name and date of birth, another BSN.")
                         .arg(sameNameRow),
                     {}});
            else if (possiblyStored)
                report.warnings.push_back({row,
                                           tr("Possibly the same person as a stored client: same name and date of "
                                              "birth, another BSN."),
                                           {}});
            if (unknownCoach)
                report.warnings.push_back({row, tr("Unknown coach: the client has no coach yet."), {}});
            if (prepared.suspectName)
                report.warnings.push_back({row,
                                           tr("The name holds a replacement character or a \"?\" inside a word: a sign "
                                              "of a wrong text encoding, "
                                              "in this file or in the program that made it. Check the name."),
                                           {}});
            if (bsnHash == 0 && personHash == 0)
                report.warnings.push_back(
                    {row, tr("Neither a BSN nor a date of birth: a later import cannot recognise this client."), {}});
        }
        (void)spent.push(std::move(*chunk)); // dropped instead when the reader thread has already finished
    }
    if (readError)
        return *readError;

    if (!write)
        return report;
    if (expected && !report.sameOutcome(*expected))
        return makeError(ErrorCode::Invalid, tr("The file or the stored clients changed since the check, so nothing "
                                                "was imported. Check the file again."));
    bulk.reset();
    KOERS_TRY(m_store.audit(u"import", u"client", {}, {},
                            QStringLiteral("rows=%1 imported=%2 updated=%3 skipped=%4 rejected=%5 municipalities=%6")
                                .arg(report.rows)
                                .arg(report.imported)
                                .arg(report.updated)
                                .arg(report.skipped)
                                .arg(report.rejectedCount())
                                .arg(report.newMunicipalities.size())));
    KOERS_TRY(m_store.saveClock());
    // Named before the commit: a kill in between leaves a backup too many, never an import without one.
    if (report.imported + report.updated > 0 || !report.newMunicipalities.isEmpty()) {
        auto kept = backup->keep();
        if (!kept.ok())
            return kept.error();
    }
    KOERS_TRY(tx->commit());
    return report;
}

Status ClientImporter::writeRejected(const ImportReport& report, const QString& path) {
    ExportFile out(path);
    KOERS_TRY(out.open());
    CsvWriter writer = CsvWriter::forExcel(out.device());
    QStringList header = report.header;
    header << tr("Row") << tr("Reason");
    KOERS_TRY(writer.writeRow(header));
    for (const ImportIssue& issue : report.rejected) {
        QStringList row = issue.fields;
        while (row.size() < report.header.size())
            row << QString();
        row << QString::number(issue.row) << issue.message;
        KOERS_TRY(writer.writeRow(row));
    }
    KOERS_TRY(writer.finish());
    return out.commit();
}

} // namespace koers
