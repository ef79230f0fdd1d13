#include "ClientForm.h"

#include "rules/Bsn.h"
#include "rules/ClientValidator.h"
#include "services/CoachService.h"
#include "services/MunicipalityService.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace koers {

namespace {
template <class E>
QComboBox* enumCombo(QWidget* parent) {
    auto* combo = new QComboBox(parent);
    for (E value : allValues<E>())
        combo->addItem(label(value), static_cast<int>(value));
    return combo;
}

template <class E>
void selectEnum(QComboBox* combo, E value) {
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

template <class E>
E enumValue(const QComboBox* combo) {
    return static_cast<E>(combo->currentData().toInt());
}

void fillChoices(QComboBox* combo, const ClientForm::Choices& choices, const QString& none) {
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(none, QString());
    for (const auto& [id, name] : choices)
        combo->addItem(name, id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

ClientForm::ClientForm(bool compact, QWidget* parent)
    : QWidget(parent)
    , m_compact(compact) {
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_firstNames = addLine(left, tr("&First names"));
    m_lastName = addLine(left, tr("&Last name"));
    m_bsn = addLine(left, tr("&BSN"));
    m_bsn->setMaxLength(11);
    m_vNumber = addLine(left, tr("&V-number"));
    m_dateOfBirth = addDate(left, tr("Date of &birth"));
    m_municipality = new QComboBox(this);
    left->addRow(tr("&Municipality"), m_municipality);
    m_coach = new QComboBox(this);
    left->addRow(tr("&Coach"), m_coach);
    m_targetGroup = enumCombo<TargetGroup>(this);
    left->addRow(tr("&Target group"), m_targetGroup);

    m_koppeling = addDate(right, tr("&Koppeling"));
    m_brp = addDate(right, tr("BRP &registration"));
    m_duoNotice = addDate(right, tr("&DUO notice"));
    if (!compact) {
        m_sex = enumCombo<Sex>(this);
        left->addRow(tr("Se&x"), m_sex);
        m_countryOfBirth = addLine(left, tr("Country of birth"));
        m_nationality = addLine(left, tr("Nationality"));
        m_languages = addLine(left, tr("Languages"));
        m_phone = addLine(left, tr("&Phone"));
        m_email = addLine(left, tr("&E-mail"));
        m_address = addLine(left, tr("&Address"));
        m_residencePermit = addDate(right, tr("Residence &permit"));
        m_housing = addDate(right, tr("&Housing"));
        m_status = enumCombo<ClientStatus>(this);
        right->addRow(tr("&Status"), m_status);
        m_statusDate = addDate(right, tr("Status since"));
        m_participation = enumCombo<Participation>(this);
        right->addRow(tr("Partic&ipation"), m_participation);
        m_dutyEnd = addDate(right, tr("Integration duty ended"));
        m_note = new QPlainTextEdit(this);
        m_note->setTabChangesFocus(true);
        m_note->setMaximumHeight(90);
        right->addRow(tr("&Note"), m_note);
        connect(m_note, &QPlainTextEdit::textChanged, this, &ClientForm::edited);
        for (QComboBox* c : {m_sex, m_status, m_participation})
            connect(c, &QComboBox::currentIndexChanged, this, &ClientForm::edited);
    }
    for (QComboBox* c : {m_municipality, m_coach, m_targetGroup})
        connect(c, &QComboBox::currentIndexChanged, this, &ClientForm::edited);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setAccessibleName(tr("Problems in the form"));

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(24);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addStretch(1);
}

QLineEdit* ClientForm::addLine(QFormLayout* form, const QString& label) {
    auto* edit = new QLineEdit(this);
    form->addRow(label, edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    connect(edit, &QLineEdit::textEdited, this, &ClientForm::edited);
    return edit;
}

DateField* ClientForm::addDate(QFormLayout* form, const QString& label) {
    auto* edit = new DateField(this);
    form->addRow(label, edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    connect(edit, &QLineEdit::textEdited, this, &ClientForm::edited);
    return edit;
}

void ClientForm::setChoices(const Choices& municipalities, const Choices& coaches) {
    fillChoices(m_municipality, municipalities, tr("(none)"));
    fillChoices(m_coach, coaches, tr("(none)"));
}

void ClientForm::setChoices(Store& store) {
    Choices municipalities;
    if (auto list = MunicipalityService(store).list(); list.ok())
        for (const Municipality& m : list.value())
            municipalities.emplace_back(m.meta.id, m.name);
    // A new client gets an active coach; a dossier also shows the inactive coach it may still have.
    Choices coaches;
    if (auto list = CoachService(store).list(!m_compact); list.ok())
        for (const Coach& c : list.value())
            coaches.emplace_back(c.meta.id, c.active ? c.name : tr("%1 (inactive)").arg(c.name));
    setChoices(municipalities, coaches);
}

void ClientForm::setClient(const Client& c) {
    m_client = c;
    m_firstNames->setText(c.firstNames);
    m_lastName->setText(c.lastName);
    m_bsn->setText(c.bsn);
    m_vNumber->setText(c.vNumber);
    m_dateOfBirth->setDate(c.dateOfBirth);
    m_municipality->setCurrentIndex(std::max(0, m_municipality->findData(c.municipalityId)));
    m_coach->setCurrentIndex(std::max(0, m_coach->findData(c.coachId)));
    selectEnum(m_targetGroup, c.targetGroup);
    m_koppeling->setDate(c.koppelingDate);
    m_brp->setDate(c.brpDate);
    m_duoNotice->setDate(c.duoNoticeDate);
    if (!m_compact) {
        selectEnum(m_sex, c.sex);
        m_countryOfBirth->setText(c.countryOfBirth);
        m_nationality->setText(c.nationality);
        m_languages->setText(c.languages);
        m_phone->setText(c.phone);
        m_email->setText(c.email);
        m_address->setText(c.address);
        m_residencePermit->setDate(c.residencePermitDate);
        m_housing->setDate(c.housingDate);
        selectEnum(m_status, c.status);
        m_statusDate->setDate(c.statusDate);
        selectEnum(m_participation, c.participation);
        m_dutyEnd->setDate(c.dutyEndDate);
        m_note->setPlainText(c.note);
    }
    m_problems->clear();
}

Client ClientForm::client() const {
    Client c = m_client;
    c.firstNames = m_firstNames->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.bsn = m_bsn->text().trimmed().isEmpty() ? QString() : normalizeBsn(m_bsn->text());
    if (c.bsn.isEmpty() && !m_bsn->text().trimmed().isEmpty())
        c.bsn = m_bsn->text().trimmed(); // keep what was typed so validation can name the problem
    c.vNumber = m_vNumber->text().trimmed();
    c.dateOfBirth = m_dateOfBirth->date();
    c.municipalityId = m_municipality->currentData().toString();
    c.coachId = m_coach->currentData().toString();
    c.targetGroup = enumValue<TargetGroup>(m_targetGroup);
    c.koppelingDate = m_koppeling->date();
    c.brpDate = m_brp->date();
    c.duoNoticeDate = m_duoNotice->date();
    if (!m_compact) {
        c.sex = enumValue<Sex>(m_sex);
        c.countryOfBirth = m_countryOfBirth->text().trimmed();
        c.nationality = m_nationality->text().trimmed();
        c.languages = m_languages->text().trimmed();
        c.phone = m_phone->text().trimmed();
        c.email = m_email->text().trimmed();
        c.address = m_address->text().trimmed();
        c.residencePermitDate = m_residencePermit->date();
        c.housingDate = m_housing->date();
        const ClientStatus status = enumValue<ClientStatus>(m_status);
        c.statusDate = m_statusDate->date();
        c.status = status;
        c.participation = enumValue<Participation>(m_participation);
        c.dutyEndDate = m_dutyEnd->date();
        c.note = m_note->toPlainText();
    }
    return c;
}

QStringList ClientForm::problems(QDate today) const {
    QStringList out;
    for (const DateField* d : findChildren<DateField*>())
        if (!d->isAcceptable())
            out << tr("%1: not a date (use dd-mm-yyyy).").arg(d->accessibleName());
    for (const auto& issue : ClientValidator::validate(client(), today))
        out << issue.message;
    return out;
}

void ClientForm::showProblems(QDate today) {
    m_problems->setText(problems(today).join(QLatin1Char('\n')));
}

} // namespace koers
