// The real dialogs behind ImportDialogs: file dialogs, an input dialog and message boxes.
#pragma once

#include "ImportDialogs.h"

#include <QCoreApplication>

namespace koers {

class WidgetImportDialogs final : public ImportDialogs {
    Q_DECLARE_TR_FUNCTIONS(WidgetImportDialogs)

public:
    QString openFile(QWidget* parent) override;
    QString saveFile(QWidget* parent, const QString& suggestedName) override;
    QString askText(QWidget* parent, const QString& title, const QString& label) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace koers
