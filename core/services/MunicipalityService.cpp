#include "MunicipalityService.h"

#include "NameOrder.h"
#include "rules/FieldLimits.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace koers {

namespace {
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};
} // namespace

bool MunicipalityService::isLogo(const QByteArray& image) {
    if (image.isEmpty() || image.size() > FieldLimits::logoBytes)
        return false;
    return image.startsWith("\x89PNG\r\n\x1a\n") || image.startsWith("\xff\xd8\xff");
}

Result<QString> MunicipalityService::logoFromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Validation::tr("Cannot read the logo %1.").arg(path));
    const QByteArray image = file.read(FieldLimits::logoBytes + 1);
    if (!isLogo(image))
        return makeError(ErrorCode::Invalid, Validation::tr("The logo must be a PNG or JPEG image of at most %1 KB.")
                                                 .arg(FieldLimits::logoBytes / 1024));
    return QString::fromLatin1(image.toBase64());
}

Result<std::vector<Municipality>> MunicipalityService::list() {
    auto all = Repository<Municipality>(m_store).list();
    if (!all.ok())
        return all.error();
    sortByName(all.value());
    return all;
}

Status MunicipalityService::validate(Municipality& m) {
    m.name = m.name.simplified();
    m.cbsCode = m.cbsCode.trimmed().toUpper();
    if (m.name.isEmpty())
        return makeError(ErrorCode::Invalid, Validation::tr("A municipality needs a name."));
    static const QRegularExpression code(QStringLiteral("^GM\\d{4}$"));
    if (!m.cbsCode.isEmpty() && !code.match(m.cbsCode).hasMatch())
        return makeError(ErrorCode::Invalid,
                         Validation::tr("A CBS code is GM and four digits (e.g. GM0308), not %1.").arg(m.cbsCode));
    QStringList lines;
    for (const QString& line : m.letterheadAddress.split(QLatin1Char('\n')))
        if (const QString kept = line.simplified(); !kept.isEmpty())
            lines << kept;
    m.letterheadAddress = lines.join(QLatin1Char('\n'));
    if (!m.logo.isEmpty() && !isLogo(m.logoBytes()))
        return makeError(ErrorCode::Invalid, Validation::tr("The logo must be a PNG or JPEG image of at most %1 KB.")
                                                 .arg(FieldLimits::logoBytes / 1024));
    if (const auto issue = FieldLimits::check(m))
        return makeError(ErrorCode::Invalid, issue->message);
    auto others = list();
    if (!others.ok())
        return others.error();
    for (const Municipality& other : others.value()) {
        if (other.meta.id == m.meta.id)
            continue;
        if (other.name.compare(m.name, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::AlreadyExists,
                             Validation::tr("There is a municipality named %1 already.").arg(m.name));
        if (!m.cbsCode.isEmpty() && other.cbsCode == m.cbsCode)
            return makeError(ErrorCode::AlreadyExists,
                             Validation::tr("The CBS code %1 belongs to %2 already.").arg(m.cbsCode, other.name));
    }
    return {};
}

Result<Municipality> MunicipalityService::add(Municipality municipality) {
    municipality.meta.id.clear();
    KOERS_TRY(validate(municipality));
    return Repository<Municipality>(m_store).insert(std::move(municipality));
}

Status MunicipalityService::edit(const Municipality& municipality) {
    auto stored = Repository<Municipality>(m_store).get(municipality.meta.id);
    if (!stored.ok())
        return stored.error();
    Municipality changed = municipality;
    KOERS_TRY(validate(changed));
    return Repository<Municipality>(m_store).update(changed);
}

} // namespace koers
