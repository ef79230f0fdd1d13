#include "SettingsDialog.h"

#include "AppSettings.h"
#include "prompts/Prompts.h"
#include "services/ClientService.h"
#include "storage/DeviceNames.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace koers {

namespace {

enum class Unit { Days, Weeks, Months, Years };

struct RuleLabel {
    const char* key;
    const char* label;
    Unit unit;
    bool policy; // the municipality's own planning target, not law or national guidance
};

// One line per key of RuleSettings::fields; a key without a line here is still shown, under its key.
constexpr RuleLabel kRuleLabels[] = {
    {"intake_weeks", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Broad intake within"), Unit::Weeks, false},
    {"pip_weeks", QT_TRANSLATE_NOOP("koers::SettingsDialog", "PIP decision within"), Unit::Weeks, false},
    {"term_years", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Integration term"), Unit::Years, false},
    {"route_switch_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Route switch possible until"), Unit::Months,
     false},
    {"ontzorgen_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Ontzorgen at least"), Unit::Months, false},
    {"housing_weeks", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Housing after the koppeling"), Unit::Weeks, false},
    {"progress_talk_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Progress conversation every"), Unit::Months,
     false},
    {"retention_years", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Keep the dossier after the duty ends"), Unit::Years,
     false},
    {"due_soon_days", QT_TRANSLATE_NOOP("koers::SettingsDialog", "\"Due soon\" looks ahead"), Unit::Days, false},
    {"language_course_start_weeks", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Language course starts within"),
     Unit::Weeks, true},
    {"map_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "MAP completed within"), Unit::Months, true},
    {"pvt_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "PVT completed within"), Unit::Months, true},
    {"exam_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Exams taken within"), Unit::Months, true},
    {"bridging_year_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Bridging year completed within"), Unit::Months,
     true},
    {"z_hours_months", QT_TRANSLATE_NOOP("koers::SettingsDialog", "Z-route hours completed within"), Unit::Months,
     true},
};

const RuleLabel* ruleLabel(const QString& key) {
    for (const auto& l : kRuleLabels)
        if (key == QLatin1String(l.key))
            return &l;
    return nullptr;
}

QString unitSuffix(Unit unit) {
    switch (unit) {
    case Unit::Days:
        return SettingsDialog::tr(" days");
    case Unit::Weeks:
        return SettingsDialog::tr(" weeks");
    case Unit::Months:
        return SettingsDialog::tr(" months");
    case Unit::Years:
        return SettingsDialog::tr(" years");
    }
    return {};
}

int unitMaximum(Unit unit) {
    switch (unit) {
    case Unit::Days:
        return 365;
    case Unit::Weeks:
        return 104;
    case Unit::Months:
        return 120;
    case Unit::Years:
        return 30;
    }
    return 100;
}

} // namespace

SettingsDialog::SettingsDialog(Store& store, AppSettings& settings, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(settings)
    , m_prompts(prompts) {
    setWindowTitle(tr("Settings"));
    if (auto rules = RuleSettingsStore::load(m_store); rules.ok())
        m_loaded = rules.value();
    else
        m_prompts.warning(this, tr("Settings"), rules.message());

    auto* tabs = new QTabWidget(this);
    tabs->addTab(devicePage(), tr("This &device"));
    tabs->addTab(rulesPage(), tr("&Periods"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(620, 560);
}

QWidget* SettingsDialog::devicePage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    DeviceIdentity identity;
    if (auto own = DeviceNames(m_store).own(); own.ok())
        identity = own.value();
    m_userName = new QLineEdit(identity.userName, page);
    m_userName->setMaxLength(DeviceNames::kMaxLength);
    m_userName->setPlaceholderText(m_store.actor());
    m_userName->setToolTip(tr("The audit log names you with this as the one who made a change."));
    form->addRow(tr("Your &name"), m_userName);

    m_deviceName = new QLineEdit(identity.name, page);
    m_deviceName->setMaxLength(DeviceNames::kMaxLength);
    m_deviceName->setPlaceholderText(tr("for example: Laptop Fatima"));
    m_deviceName->setToolTip(tr("Sync packages carry this name, so the team lead's conflicts view and audit log say "
                                "which laptop a version came from."));
    form->addRow(tr("Name of this &laptop"), m_deviceName);

    m_idleLock = new QSpinBox(page);
    m_idleLock->setRange(0, 240);
    m_idleLock->setSuffix(tr(" minutes"));
    m_idleLock->setSpecialValueText(tr("never"));
    m_idleLock->setValue(m_settings.idleLockMinutes());
    form->addRow(tr("Loc&k after no use for"), m_idleLock);

    m_threshold = new QSpinBox(page);
    m_threshold->setRange(2, 100);
    m_threshold->setValue(m_settings.reportThreshold());
    m_threshold->setToolTip(tr("Counts below this are shown as \"<N\" in the report for the college."));
    form->addRow(tr("Report: hide &counts below"), m_threshold);

    auto* note = new QLabel(tr("These settings belong to this laptop. The periods are kept in the file; sync "
                               "packages do not carry them, so set them the same on every laptop of the team."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* SettingsDialog::rulesPage() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    auto* lawBox = new QGroupBox(tr("Set by law or national guidance"), page);
    auto* policyBox = new QGroupBox(tr("The municipality's own planning targets"), page);
    auto* law = new QFormLayout(lawBox);
    auto* policy = new QFormLayout(policyBox);

    RuleSettings::fields(m_loaded, [&](const char* name, const int& value) {
        const QString key = QString::fromLatin1(name);
        const RuleLabel* l = ruleLabel(key);
        auto* spin = new QSpinBox(page);
        spin->setRange(1, l ? unitMaximum(l->unit) : 1000);
        if (l)
            spin->setSuffix(unitSuffix(l->unit));
        spin->setValue(value);
        spin->setObjectName(key);
        m_rules.insert(key, spin);
        (l && l->policy ? policy : law)->addRow(l ? tr(l->label) : key, spin);
    });
    auto* defaults = new QPushButton(tr("&Standard values"), page);
    defaults->setToolTip(tr("The periods of the Wi2021 and the guidance, as Koers starts with them."));
    connect(defaults, &QPushButton::clicked, this, &SettingsDialog::resetRules);

    auto* note = new QLabel(tr("Due dates follow these periods at once, also of milestones already planned; a due "
                               "date set by hand stays."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(lawBox);
    layout->addWidget(policyBox);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void SettingsDialog::resetRules() {
    const RuleSettings standard;
    RuleSettings::fields(standard, [this](const char* name, const int& value) {
        if (QSpinBox* spin = m_rules.value(QString::fromLatin1(name)))
            spin->setValue(value);
    });
}

RuleSettings SettingsDialog::rulesShown() const {
    RuleSettings out = m_loaded;
    RuleSettings::fields(out, [this](const char* name, int& value) {
        if (const QSpinBox* spin = m_rules.value(QString::fromLatin1(name)))
            value = spin->value();
    });
    return out;
}

void SettingsDialog::accept() {
    DeviceNames names(m_store);
    auto own = names.own();
    if (!own.ok()) {
        m_prompts.error(this, tr("Settings"), own.message());
        return;
    }
    const QString user = m_userName->text().simplified();
    const QString device = m_deviceName->text().simplified();
    if (user != own->userName || device != own->name) {
        const Status named = names.setOwn(device, user);
        if (!named.ok()) {
            m_prompts.warning(this, tr("Settings"), named.message());
            return;
        }
    }
    const RuleSettings rules = rulesShown();
    if (!(rules == m_loaded)) {
        const Status changed = ClientService::changeRules(m_store, rules);
        if (!changed.ok()) {
            m_prompts.error(this, tr("Settings"), changed.message());
            return;
        }
    }
    m_settings.setIdleLockMinutes(m_idleLock->value());
    m_settings.setReportThreshold(m_threshold->value());
    QDialog::accept();
}

} // namespace koers
