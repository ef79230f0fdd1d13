// What every tab of the dossier answers about the edits typed into it but not saved yet, so that switching
// client, quitting and locking treat all tabs alike: a question (save, discard, cancel) before a switch or a quit,
// and on a lock everything valid saved, the rest reported after unlocking with the client and the tab.
#pragma once

#include "DossierContext.h"
#include "domain/Dossier.h"

#include <QWidget>

namespace koers {

class DossierTab : public QWidget {
    Q_OBJECT
public:
    DossierTab(DossierContext& ctx, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_ctx(ctx) {}

    // Typed into the tab and not saved.
    virtual bool hasUnsavedEdits() const { return false; }
    // Saves what was typed, without asking anything (nobody may be there: the idle lock); the reason when it
    // cannot be saved as it is.
    virtual Status saveEdits() { return {}; }
    // Forgets what was typed: the tab shows what is stored.
    virtual void discardEdits() {}
    // Shows the dossier as loaded; a tab keeps what was typed into it and not saved.
    virtual void load(const Dossier& dossier) = 0;

Q_SIGNALS:
    // hasUnsavedEdits() may have changed.
    void editsChanged();

protected:
    DossierContext& m_ctx;
};

} // namespace koers
