#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace koers {

AboutDialog::AboutDialog(const QString& cipherVersion, QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this)) {
    setWindowTitle(tr("About Koers"));
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? tr("development build")
                                                                             : QCoreApplication::applicationVersion();
    QString libraries = tr("Qt %1").arg(QString::fromLatin1(qVersion()));
    if (!cipherVersion.isEmpty())
        libraries += tr(", SQLCipher %1").arg(cipherVersion.toHtmlEscaped());
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(
        tr("<h2>Koers %1</h2>"
           "<p>Case management for the civic-integration act (Wet inburgering 2021): dossiers, the personal plan, "
           "milestones and what is due, offline and encrypted.</p>"
           "<p>Copyright © 2026 the Koers developers.</p>"
           "<p>Koers is free software: you can redistribute it and/or modify it under the terms of the GNU General "
           "Public License as published by the Free Software Foundation, either version 3 of the License, or (at "
           "your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be "
           "useful, but <b>without any warranty</b>; see the licence, "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses/gpl-3.0.html</a>.</p>"
           "<p>Built with %2.</p>")
            .arg(version.toHtmlEscaped(), libraries));
    auto* icon = new QLabel(this);
    icon->setPixmap(QPixmap(QStringLiteral(":/icons/koers-64.png")));
    icon->setAlignment(Qt::AlignTop);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace koers
