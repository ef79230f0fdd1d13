// SyncDialogs: the seam through which the sync screens ask for files, confirm and show messages, so tests
// drive them offscreen without modal dialogs.
#pragma once

#include <QString>

class QWidget;

namespace koers {

class SyncDialogs {
public:
    virtual ~SyncDialogs() = default;
    // An empty string means the user cancelled.
    virtual QString openPackage(QWidget* parent) = 0;
    virtual QString savePackage(QWidget* parent, const QString& suggestedName) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
};

} // namespace koers
