#include "CoachService.h"

#include "NameOrder.h"
#include "rules/FieldLimits.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace koers {

namespace {
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Error invalid(const QString& message) {
    return makeError(ErrorCode::Invalid, message);
}
} // namespace

Result<std::vector<Coach>> CoachService::list(bool withInactive) {
    auto coaches = Repository<Coach>(m_store).list();
    if (!coaches.ok())
        return coaches.error();
    if (!withInactive)
        std::erase_if(coaches.value(), [](const Coach& c) { return !c.active; });
    sortByName(coaches.value());
    return coaches;
}

Result<Coach> CoachService::byName(const QString& name) {
    auto coaches = list();
    if (!coaches.ok())
        return coaches.error();
    for (Coach& c : coaches.value())
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return std::move(c);
    return makeError(ErrorCode::NotFound, Validation::tr("There is no coach named %1.").arg(name.trimmed()));
}

Status CoachService::validate(Coach& coach) {
    coach.name = coach.name.simplified();
    coach.email = coach.email.trimmed();
    coach.team = coach.team.simplified();
    if (coach.name.isEmpty())
        return invalid(Validation::tr("A coach needs a name."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!coach.email.isEmpty() && !email.match(coach.email).hasMatch())
        return invalid(Validation::tr("The e-mail address %1 is not valid.").arg(coach.email));
    if (const auto issue = FieldLimits::check(coach))
        return invalid(issue->message);
    auto others = list();
    if (!others.ok())
        return others.error();
    for (const Coach& other : others.value())
        if (other.meta.id != coach.meta.id && other.name.compare(coach.name, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::AlreadyExists,
                             Validation::tr("There is a coach named %1 already.").arg(coach.name));
    return {};
}

Result<Coach> CoachService::add(Coach coach) {
    coach.meta.id.clear();
    KOERS_TRY(validate(coach));
    return Repository<Coach>(m_store).insert(std::move(coach));
}

Status CoachService::edit(const Coach& coach) {
    auto stored = Repository<Coach>(m_store).get(coach.meta.id);
    if (!stored.ok())
        return stored.error();
    Coach changed = coach;
    KOERS_TRY(validate(changed));
    return Repository<Coach>(m_store).update(changed);
}

Status CoachService::setActive(const QString& coachId, bool active) {
    auto coach = Repository<Coach>(m_store).get(coachId);
    if (!coach.ok())
        return coach.error();
    coach->active = active;
    return Repository<Coach>(m_store).update(coach.value());
}

} // namespace koers
