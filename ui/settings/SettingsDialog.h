// Edit > Settings: what this laptop keeps (who works here, its name, the idle lock, the report's small-number
// threshold) beside what the file keeps for the whole team (the periods the due dates are computed from, the
// retention period). Nothing changes until OK; a name that cannot be kept is said and the dialog stays open.
#pragma once

#include "rules/RuleSettings.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QSpinBox;

namespace koers {

class AppSettings;
class Prompts;
class Store;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Store& store, AppSettings& settings, Prompts& prompts, QWidget* parent = nullptr);

    // For tests and the window: the fields by what they hold.
    QLineEdit* userNameField() const { return m_userName; }
    QLineEdit* deviceNameField() const { return m_deviceName; }
    QSpinBox* idleLockField() const { return m_idleLock; }
    QSpinBox* thresholdField() const { return m_threshold; }
    // The spin box of one rule setting, by its stable key ("intake_weeks").
    QSpinBox* ruleField(const QString& key) const { return m_rules.value(key); }

    void accept() override;

private:
    QWidget* devicePage();
    QWidget* rulesPage();
    void resetRules();
    RuleSettings rulesShown() const;

    Store& m_store;
    AppSettings& m_settings;
    Prompts& m_prompts;
    RuleSettings m_loaded;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QSpinBox* m_idleLock = nullptr;
    QSpinBox* m_threshold = nullptr;
    QHash<QString, QSpinBox*> m_rules;
};

} // namespace koers
