// ImportDialogs: the seam through which the import wizard asks for files and names and shows messages,
// so tests drive the wizard offscreen without modal dialogs (as KeePassXC does).
#pragma once

#include <QString>

class QWidget;

namespace koers {

class ImportDialogs {
public:
    virtual ~ImportDialogs() = default;
    // An empty string means the user cancelled.
    virtual QString openFile(QWidget* parent) = 0;
    virtual QString saveFile(QWidget* parent, const QString& suggestedName) = 0;
    virtual QString askText(QWidget* parent, const QString& title, const QString& label) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
};

} // namespace koers
