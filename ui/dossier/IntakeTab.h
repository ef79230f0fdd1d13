// The broad intake: its period, the learnability test, and a score and note per topic (design §2).
#pragma once

#include "DossierContext.h"
#include "domain/Dossier.h"

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace koers {

class DateField;

class IntakeTab : public QWidget {
    Q_OBJECT
public:
    IntakeTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier);
    void save();

    QTableWidget* table() const { return m_table; }
    QSpinBox* lbtField() const { return m_lbt; }

private:
    DossierContext& m_ctx;
    Intake m_intake;
    std::vector<IntakeSection> m_sections;
    DateField* m_start;
    DateField* m_completed;
    QSpinBox* m_lbt;
    QTableWidget* m_table;
    QPushButton* m_save;
};

} // namespace koers
