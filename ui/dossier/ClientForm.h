// The form for a client's personal data and dates, used in the dossier and in the new-client dialog.
// It edits a copy; validation messages appear under the form as the user types.
#pragma once

#include "domain/Client.h"

#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace koers {

class DateField;
class Store;

class ClientForm : public QWidget {
    Q_OBJECT
public:
    using Choices = std::vector<std::pair<QString, QString>>; // id, name

    // `compact` shows only what a new client needs.
    explicit ClientForm(bool compact, QWidget* parent = nullptr);

    void setChoices(const Choices& municipalities, const Choices& coaches);
    // The municipalities and coaches of a store, as choices.
    void setChoices(Store& store);
    void setClient(const Client& client);
    Client client() const;
    // Translated problems; empty when the client can be saved.
    QStringList problems(QDate today) const;
    void showProblems(QDate today);

    QLineEdit* firstNamesField() const { return m_firstNames; }
    QLineEdit* lastNameField() const { return m_lastName; }
    QLineEdit* bsnField() const { return m_bsn; }
    DateField* dateOfBirthField() const { return m_dateOfBirth; }

Q_SIGNALS:
    void edited();

private:
    QLineEdit* addLine(QFormLayout* form, const QString& label);
    DateField* addDate(QFormLayout* form, const QString& label);

    Client m_client;
    bool m_compact;
    QLineEdit* m_firstNames = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_bsn = nullptr;
    QLineEdit* m_vNumber = nullptr;
    DateField* m_dateOfBirth = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_countryOfBirth = nullptr;
    QLineEdit* m_nationality = nullptr;
    QLineEdit* m_languages = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_coach = nullptr;
    QComboBox* m_targetGroup = nullptr;
    QComboBox* m_status = nullptr;
    DateField* m_statusDate = nullptr;
    QComboBox* m_participation = nullptr;
    DateField* m_residencePermit = nullptr;
    DateField* m_koppeling = nullptr;
    DateField* m_housing = nullptr;
    DateField* m_brp = nullptr;
    DateField* m_duoNotice = nullptr;
    DateField* m_dutyEnd = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace koers
