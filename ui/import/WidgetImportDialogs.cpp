#include "WidgetImportDialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace koers {

QString WidgetImportDialogs::openFile(QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, tr("Choose a spreadsheet"), QString(),
                                        tr("Spreadsheet files (*.csv *.txt *.tsv);;All files (*)"));
}

QString WidgetImportDialogs::saveFile(QWidget* parent, const QString& suggestedName) {
    return QFileDialog::getSaveFileName(parent, tr("Save as"), suggestedName, tr("CSV files (*.csv)"));
}

QString WidgetImportDialogs::askText(QWidget* parent, const QString& title, const QString& label) {
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text.trimmed() : QString();
}

void WidgetImportDialogs::inform(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::information(parent, title, text);
}

void WidgetImportDialogs::warn(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, text);
}

} // namespace koers
