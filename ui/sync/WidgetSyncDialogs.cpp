#include "WidgetSyncDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace koers {

namespace {
QString filter() {
    return QCoreApplication::translate("SyncDialog", "Koers sync packages (*.koerssync)");
}
} // namespace

QString WidgetSyncDialogs::openPackage(QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("SyncDialog", "Import sync package"),
                                        QString(), filter());
}

QString WidgetSyncDialogs::savePackage(QWidget* parent, const QString& suggestedName) {
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("SyncDialog", "Export sync package"), suggestedName, filter());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".koerssync")))
        path += QStringLiteral(".koerssync");
    return path;
}

bool WidgetSyncDialogs::confirm(QWidget* parent, const QString& title, const QString& text) {
    // "No" is the default: Enter never merges a package that deletes clients.
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void WidgetSyncDialogs::warn(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, text);
}

} // namespace koers
