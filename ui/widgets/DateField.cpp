#include "DateField.h"

#include <QRegularExpression>

namespace koers {

DateField::DateField(QWidget* parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("dd-mm-yyyy"));
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 24);
    connect(this, &QLineEdit::textChanged, this, [this] {
        setStyleSheet(isAcceptable() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
        setToolTip(isAcceptable() ? QString() : tr("Not a date: use dd-mm-yyyy"));
    });
}

void DateField::setDate(QDate date) {
    setText(date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString());
}

QDate DateField::date() const {
    return parse(text());
}

bool DateField::isAcceptable() const {
    return text().trimmed().isEmpty() || date().isValid();
}

QDate DateField::parse(const QString& text) {
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QString t = text.trimmed();
    if (const auto m = dmy.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = ymd.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace koers
