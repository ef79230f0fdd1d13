// The conversation log (gesprekken) with the agreed next step, and a form to add one.
#pragma once

#include "DossierContext.h"
#include "domain/Dossier.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace koers {

class DateField;

class ContactsTab : public QWidget {
    Q_OBJECT
public:
    ContactsTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier);
    void add();

    QTableWidget* table() const { return m_table; }
    DateField* dateField() const { return m_date; }
    QPlainTextEdit* summaryField() const { return m_summary; }

private:
    DossierContext& m_ctx;
    QTableWidget* m_table;
    DateField* m_date;
    QComboBox* m_kind;
    QLineEdit* m_withWhom;
    QPlainTextEdit* m_summary;
    QLineEdit* m_nextStep;
    DateField* m_nextStepDate;
};

} // namespace koers
