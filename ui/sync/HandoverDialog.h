// Handing clients over to another municipality or provider (design: a scoped package): the date, and the
// passphrase the receiver will need (chosen twice, with the strength bar of every new passphrase). "Hand over"
// asks where to write the package, writes exactly these clients' dossiers on a worker with progress and Cancel,
// and then marks them moved away here (CaseloadService::transfer). The receiver imports it as a normal package.
#pragma once

#include "services/CaseloadService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace koers {

class DateField;
class Prompts;
class Store;

class HandoverDialog : public QDialog {
    Q_OBJECT
public:
    HandoverDialog(Store& store, Prompts& prompts, QStringList clientIds, QWidget* parent = nullptr);

    // What was handed over, once the dialog was accepted.
    const std::optional<Handover>& result() const { return m_result; }

    DateField* dateField() const { return m_date; }
    QLineEdit* passphrase() const { return m_pass; }
    QLineEdit* repeat() const { return m_repeat; }
    QPushButton* handoverButton() const { return m_button; }
    QLabel* status() const { return m_status; }
    // Writes the package and marks the clients (the button).
    void handOver();

private:
    void updateButton();

    Store& m_store;
    Prompts& m_prompts;
    QStringList m_clientIds;
    DateField* m_date;
    QLineEdit* m_pass;
    QLineEdit* m_repeat;
    QProgressBar* m_strengthBar;
    QLabel* m_strength;
    QPushButton* m_button;
    QLabel* m_status;
    std::optional<Handover> m_result;
};

} // namespace koers
