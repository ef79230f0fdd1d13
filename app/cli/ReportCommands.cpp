// koers-cli commands that write documents: the B&W report, a dossier for an access request and the PIP decision
// letter. They draw PDFs (the report with charts), so they run on a QApplication (offscreen platform).
#include "CliSupport.h"
#include "report/DossierDocument.h"
#include "report/PipLetterDocument.h"
#include "report/Report.h"
#include "report/ReportDocument.h"

#include <QCommandLineParser>
#include <QHash>

namespace koers::cli {

namespace {

int cmdReport(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), Cli::tr("First day of the period."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day of the period."), QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("municipality"), Cli::tr("Only this municipality (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("pdf"), Cli::tr("Write the report to this PDF file."), QStringLiteral("OUT.pdf")});
    p.addOption({QStringLiteral("csv"), Cli::tr("Write the figures to this CSV file."), QStringLiteral("OUT.csv")});
    p.addOption({QStringLiteral("threshold"), Cli::tr("Hide numbers below this (default 5)."), QStringLiteral("N"),
                 QStringLiteral("5")});
    if (!p.parse(QStringList{QStringLiteral("report")} + ctx.args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(Cli::tr("report takes no arguments besides its options."));
    ReportSpec spec;
    spec.from = cliDate(p.value(QStringLiteral("from")));
    spec.to = cliDate(p.value(QStringLiteral("to")));
    if (!spec.from.isValid() || !spec.to.isValid())
        return usage(Cli::tr("--from and --to take a date as yyyy-mm-dd or dd-mm-yyyy."));
    if (spec.from > spec.to)
        return usage(Cli::tr("--from lies after --to."));
    bool okThreshold = false;
    spec.threshold = p.value(QStringLiteral("threshold")).toInt(&okThreshold);
    if (!okThreshold || spec.threshold < 2)
        return usage(Cli::tr("--threshold takes a whole number of at least 2."));
    const QString pdf = p.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(Cli::tr("report needs --pdf OUT.pdf."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    if (Status outputs = checkOutputs({pdf, p.value(QStringLiteral("csv"))}); !outputs.ok())
        return fail(outputs.error());
    const QStringList wanted = p.values(QStringLiteral("municipality"));
    if (!wanted.isEmpty()) {
        QHash<QString, QString> byName; // folded name -> id
        auto st = store.value()->db().prepare(u"SELECT id, name FROM municipality WHERE deleted = 0");
        if (!st.ok())
            return fail(st.error());
        const Status read =
            st->each([&byName](Statement& row) { byName.insert(row.text(1).toCaseFolded(), row.text(0)); });
        if (!read.ok())
            return fail(read.error());
        for (const QString& name : wanted) {
            const QString id = byName.value(name.trimmed().toCaseFolded());
            if (id.isEmpty())
                return usage(Cli::tr("Unknown municipality: %1").arg(name));
            spec.municipalityIds << id;
        }
    }
    auto report = Report::make(*store.value(), spec);
    if (!report.ok())
        return fail(report.error());
    if (const Status written = ReportDocument::writePdf(report.value(), pdf); !written.ok())
        return fail(written.error());
    const QString csv = p.value(QStringLiteral("csv"));
    if (!csv.isEmpty())
        if (const Status written = report->writeCsv(csv); !written.ok())
            return fail(written.error());
    if (const Status logged = store.value()->audit(u"export-report", {}, {}, {},
                                                   csv.isEmpty() ? QStringLiteral("pdf") : QStringLiteral("pdf,csv"));
        !logged.ok())
        return fail(logged.error());
    out(Cli::tr("Report for %1 written to %2.\n").arg(report->periodText(), pdf));
    return Ok;
}

int cmdDossier(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), Cli::tr("The client's id."));
    p.addOption({QStringLiteral("pdf"), Cli::tr("Write the dossier to this PDF file."), QStringLiteral("OUT.pdf")});
    p.addOption({QStringLiteral("csv"), Cli::tr("Write the dossier to this CSV file."), QStringLiteral("OUT.csv")});
    if (!p.parse(QStringList{QStringLiteral("dossier")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("dossier takes one client id."));
    const QString pdf = p.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(Cli::tr("dossier needs --pdf OUT.pdf."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    if (Status outputs = checkOutputs({pdf, p.value(QStringLiteral("csv"))}); !outputs.ok())
        return fail(outputs.error());
    const Status done = DossierDocument::exportDossier(*store.value(), p.positionalArguments().first(), pdf,
                                                       p.value(QStringLiteral("csv")));
    if (!done.ok())
        return fail(done.error());
    out(Cli::tr("Dossier written to %1. The file is not encrypted: hand it over and delete it.\n").arg(pdf));
    return Ok;
}

int cmdPipLetter(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), Cli::tr("The client's id."));
    p.addOption({QStringLiteral("version"), Cli::tr("The PIP version (default: the latest)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("pdf"), Cli::tr("Write the letter to this PDF file."), QStringLiteral("OUT.pdf")});
    p.addOption({QStringLiteral("letterhead-name"), Cli::tr("The sender's name (default: the client's municipality)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("letterhead-address"), Cli::tr("An address line of the letterhead (repeatable)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("logo"), Cli::tr("The municipality's logo (PNG or JPEG)."), QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("pip-letter")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("pip-letter takes one client id."));
    const QString pdf = p.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(Cli::tr("pip-letter needs --pdf OUT.pdf."));
    int version = 0;
    if (p.isSet(QStringLiteral("version"))) {
        bool ok = false;
        version = p.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1)
            return usage(Cli::tr("--version takes a version number (1, 2, ...)."));
    }
    Letterhead letterhead;
    letterhead.name = p.value(QStringLiteral("letterhead-name"));
    letterhead.address = p.values(QStringLiteral("letterhead-address"));
    letterhead.logoPath = p.value(QStringLiteral("logo"));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    if (Status outputs = checkOutputs({pdf}); !outputs.ok())
        return fail(outputs.error());
    auto letter =
        PipLetterDocument::exportLetter(*store.value(), p.positionalArguments().first(), version, letterhead, pdf);
    if (!letter.ok())
        return fail(letter.error());
    out(Cli::tr("Decision letter for PIP version %1 written to %2. The file is not encrypted: send it and delete it.\n")
            .arg(letter->version)
            .arg(pdf));
    return Ok;
}

} // namespace

std::vector<CliCommand> reportCommands() {
    return {
        {"report", cmdReport,
         [] {
             return Cli::tr("  report --from DATE --to DATE [--municipality NAME]... --pdf OUT.pdf [--csv OUT.csv]\n"
                            "         [--threshold N]        anonymous report for the college van B&W (dates as\n"
                            "                                yyyy-mm-dd or dd-mm-yyyy)\n");
         },
         true},
        {"dossier", cmdDossier,
         [] {
             return Cli::tr("  dossier ID --pdf OUT.pdf [--csv OUT.csv]\n"
                            "                                one client's whole dossier for an access request (AVG)\n");
         },
         true},
        {"pip-letter", cmdPipLetter,
         [] {
             return Cli::tr(
                 "  pip-letter ID [--version N] --pdf OUT.pdf [--letterhead-name T] [--letterhead-address T]...\n"
                 "         [--logo FILE]          the PIP as the decision letter (beschikking) for the\n"
                 "                                client; a later version as a wijzigingsbeschikking\n");
         },
         true},
    };
}

} // namespace koers::cli
