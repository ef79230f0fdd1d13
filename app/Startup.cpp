#include "Startup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace koers {

void hardenProcess() {
    struct rlimit none {};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

QList<QTranslator*> installTranslators(QCoreApplication& app) {
    QList<QTranslator*> installed;
    QLocale locale;
    const QByteArray forced = qgetenv("KOERS_LANG");
    if (!forced.isEmpty())
        locale = QLocale(QString::fromLatin1(forced));
    QLocale::setDefault(locale);

    auto* own = new QTranslator(&app);
    // Languages without a translation get English, which still needs its plural forms ("1 client").
    if (own->load(locale, QStringLiteral("koers"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/koers_en"))) {
        QCoreApplication::installTranslator(own);
        installed.append(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    }
    return installed;
}

} // namespace koers
