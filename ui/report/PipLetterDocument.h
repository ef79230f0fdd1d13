// PipLetterDocument: the PIP decision letter (PipLetter) as a printable A4 document: the letterhead with the
// municipality's logo, the addressee, the plan as tables and paragraphs. Holds personal data by design: it is
// the letter the client gets; written readable by its owner only, and recorded in the audit log.
#pragma once

#include "report/PipLetter.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace koers {

class Store;

class PipLetterDocument {
    Q_DECLARE_TR_FUNCTIONS(PipLetterDocument)

public:
    static std::unique_ptr<QTextDocument> build(const PipLetter& letter);
    static Status writePdf(const PipLetter& letter, const QString& path);
    // Loads the letter, writes the PDF and records it in the audit log; the letter, for the caller's message.
    static Result<PipLetter> exportLetter(Store& store, const QString& clientId, int version,
                                          const Letterhead& letterhead, const QString& pdfPath);
};

} // namespace koers
