// The Dutch interface: Koers' own texts come from the translation compiled into the binary, and Qt's
// standard buttons and dialogs speak Dutch too (Qt's own catalogue from qt6-translations-l10n).
#include <catch2/catch.hpp>

#include "Startup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTranslator>

namespace {

// Installs the translators for `language` for the lifetime of the object, then restores English.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const char* language)
        : m_previous(qgetenv("KOERS_LANG")) {
        qputenv("KOERS_LANG", language);
        m_translators = koers::installTranslators(*qApp);
    }
    ~ScopedLanguage() {
        for (QTranslator* t : m_translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        qputenv("KOERS_LANG", m_previous);
        QLocale::setDefault(QLocale(QLocale::English));
    }
    Q_DISABLE_COPY(ScopedLanguage)

    qsizetype count() const { return m_translators.size(); }

private:
    QByteArray m_previous;
    QList<QTranslator*> m_translators;
};

} // namespace

TEST_CASE("Dutch: Koers' texts and Qt's standard buttons are translated", "[translation]") {
    ScopedLanguage dutch("nl");
    REQUIRE(dutch.count() == 2);
    CHECK(QCoreApplication::translate("koers::MainWindow", "&File") == QStringLiteral("&Bestand"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Annuleren"));
}

TEST_CASE("English: the texts stay English and plural forms are filled in", "[translation]") {
    ScopedLanguage english("en");
    CHECK(QCoreApplication::translate("koers::MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(QCoreApplication::translate("Cli", "%n client(s)\n", nullptr, 1) == QStringLiteral("1 client\n"));
    CHECK(QCoreApplication::translate("Cli", "%n client(s)\n", nullptr, 3) == QStringLiteral("3 clients\n"));
}
