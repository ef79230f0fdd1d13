// The real SyncDialogs: Qt's file dialogs and message boxes.
#pragma once

#include "SyncDialogs.h"

namespace koers {

class WidgetSyncDialogs final : public SyncDialogs {
public:
    QString openPackage(QWidget* parent) override;
    QString savePackage(QWidget* parent, const QString& suggestedName) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace koers
