// PipLetter: a PIP version as the decision letter (beschikking) the client gets: the municipality's letterhead,
// the client's name and address, the dagtekening, the plan (leerroute and term, target level, language provider
// and hours, MAP, PVT, KNM, ontzorgen, budget coaching, childcare, the goals per life domain), how progress is
// followed and the right to object within six weeks (Awb art. 6:7). A later version is a wijzigingsbeschikking.
// The letter is built as blocks of text once; the plain text (koers-cli, the golden-file test) and the PDF
// (ui/report/PipLetterDocument) are two renderings of the same blocks.
#pragma once

#include "domain/Dossier.h"
#include "rules/RuleSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace koers {

class Store;

// The sender as printed at the top: the municipality's name, and an address and a logo when given.
struct Letterhead {
    QString name;
    QStringList address;
    QString logoPath; // a PNG or JPEG file; empty: none (or the image in `logo`)
    QByteArray logo;  // a PNG or JPEG image; used when logoPath is empty
};

class PipLetter {
    Q_DECLARE_TR_FUNCTIONS(PipLetter)

public:
    struct Block {
        enum class Kind {
            Text,  // paragraphs
            Facts, // "label\tvalue" lines, a table in the PDF
            List,  // one item a line
        };
        QString heading; // empty: no heading
        QStringList lines;
        Kind kind = Kind::Text;
    };

    // `version` 0: the latest version of the client's plan. The letterhead's name defaults to the
    // client's municipality.
    static Result<PipLetter> make(const Dossier& dossier, int version, Letterhead letterhead,
                                  const RuleSettings& rules);
    // Loads the dossier and the file's rule settings. What `letterhead` leaves empty (name, address, logo) comes
    // from the client's municipality as set in the directory.
    static Result<PipLetter> load(Store& store, const QString& clientId, int version, Letterhead letterhead);

    // The audit entry of a printed letter: which version, never its contents.
    static Status recordExport(Store& store, const PipLetter& letter);

    Letterhead letterhead;
    QStringList recipient; // name, then the address lines
    QString dateLine;      // "Dagtekening: 5 mei 2025"
    QString subject;
    QString salutation;
    std::vector<Block> blocks;
    QStringList closing;
    QString clientId;
    QString planId;
    int version = 1;
    bool change = false; // a wijzigingsbeschikking

    QString text() const;
    // A file name without personal data.
    QString suggestedFileName() const;
};

} // namespace koers
