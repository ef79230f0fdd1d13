#include "DemoGenerator.h"

#include "DemoVocabulary.h"
#include "domain/Enums.h"

#include <algorithm>

namespace koers {

namespace {

// Every stamp the generator makes names this device, so demo records are recognisable after a sync.
const QString& demoDevice() {
    static const QString device = QStringLiteral("demo");
    return device;
}

QDate earlier(QDate a, QDate b) {
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

QDate later(QDate a, QDate b) {
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

bool isDeadline(MilestoneKind kind) {
    return kind == MilestoneKind::RouteSwitchDeadline || kind == MilestoneKind::TermEnd ||
           kind == MilestoneKind::OntzorgenEnded;
}

void achieve(Milestone& m, QDate done) {
    m.status = MilestoneStatus::Achieved;
    m.doneDate = done;
}

LanguageLevel targetLevelFor(Route route) {
    return route == Route::Z ? LanguageLevel::A1 : LanguageLevel::B1;
}

// BSNs are drawn from prefixes 99000000..99999999; the ninth digit follows from the elfproef.
constexpr quint32 bsnPrefixCount = 1'000'000;
constexpr quint32 bsnPrefixBase = 99'000'000;

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, QDate today, RuleSettings rules)
    : m_random(seed)
    , m_today(today)
    , m_planner(std::move(rules)) {
    const QDate setUp = m_today.addYears(-3);
    for (const demo::NamedPlace& place : demo::places()) {
        Municipality m;
        m.meta = makeMeta(setUp);
        m.name = text(place.name);
        m.cbsCode = text(place.cbsCode);
        m_municipalities.push_back(std::move(m));
    }

    const demo::Words names = demo::coachNames();
    const auto half = names.size() / 2;
    for (std::size_t i = 0; i < names.size(); ++i) {
        Coach coach;
        coach.meta = makeMeta(setUp);
        coach.name = text(names[i]);
        const int team = i < half ? 0 : 1;
        coach.team = text(demo::teams()[team]);
        const QString first = coach.name.section(QLatin1Char(' '), 0, 0).toLower();
        const QString rest = coach.name.section(QLatin1Char(' '), 1).remove(QLatin1Char(' ')).toLower();
        coach.email = first + QLatin1Char('.') + rest + QLatin1String("@gemeente.example");
        m_coaches.push_back(std::move(coach));
        m_coachTeam.push_back(team);
    }

    // A walk over all prefixes with a stride coprime to their count visits each prefix once, so BSNs are
    // unique without remembering them, yet do not simply count up.
    m_bsnOffset = m_random.below(bsnPrefixCount);
    m_bsnStride = m_random.below(bsnPrefixCount) | 1u;
    while (m_bsnStride % 5 == 0)
        m_bsnStride += 2;
}

RecordMeta DemoGenerator::makeMeta(QDate created) {
    RecordMeta meta;
    const int seconds = static_cast<int>(m_random.below(9 * 3600));
    const QDate day = created.isValid() ? earlier(created, m_today) : m_today;
    meta.createdAt = QDateTime(day, QTime(7, 0).addSecs(seconds), Qt::UTC);
    // Ids as Koers makes them (TimeOrderedUuid): each one after the one before, so the demo file's ids follow
    // its rows as a coach's own file does. Random version-4 ids made every benchmark of the demo file write
    // and read its indexes on random pages, which no file Koers writes does.
    meta.id = m_ids.next(meta.createdAt.toMSecsSinceEpoch(), m_random.next());
    meta.updatedAt = Hlc{meta.createdAt.toMSecsSinceEpoch(), 0, demoDevice()};
    return meta;
}

QString DemoGenerator::nextBsn() {
    // About one prefix in eleven has no valid check digit and is skipped. After all prefixes (some
    // 909,000 clients) the walk starts over and numbers repeat.
    for (;;) {
        const quint64 index = (quint64(m_bsnOffset) + quint64(m_bsnStep) * m_bsnStride) % bsnPrefixCount;
        m_bsnStep = (m_bsnStep + 1) % bsnPrefixCount;
        const QString prefix = QString::number(bsnPrefixBase + index);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (9 - i) * (prefix.at(i).unicode() - '0');
        const int check = sum % 11;
        if (check < 10)
            return prefix + QString::number(check);
    }
}

QDate DemoGenerator::involvementStart(const Client& c) const {
    return DueDates::involvementStart(DueBasis::of(c));
}

void DemoGenerator::fillPerson(Client& c) {
    const auto allOrigins = demo::origins();
    int totalWeight = 0;
    for (const demo::Origin& o : allOrigins)
        totalWeight += o.weight;
    int roll = static_cast<int>(m_random.below(static_cast<quint32>(totalWeight)));
    const demo::Origin* origin = &allOrigins.front();
    for (const demo::Origin& o : allOrigins) {
        if (roll < o.weight) {
            origin = &o;
            break;
        }
        roll -= o.weight;
    }

    const bool female = m_random.percent(45);
    c.sex = female ? Sex::Female : Sex::Male;
    c.firstNames = text(m_random.pick(female ? origin->femaleNames : origin->maleNames));
    c.lastName = text(m_random.pick(origin->lastNames));
    c.bsn = nextBsn();
    const int vHead = m_random.between(1000, 9999);
    const quint32 vTail = m_random.below(1'000'000);
    c.vNumber = QString::number(vHead) + QStringLiteral("%1").arg(vTail, 6, 10, QLatin1Char('0'));
    c.dateOfBirth = m_random.dateBetween(QDate(1960, 1, 1), QDate(2006, 12, 31));
    c.countryOfBirth = text(origin->country);
    c.nationality = text(origin->nationality);
    c.languages = text(origin->languages);
    if (m_random.percent(30))
        c.languages += QLatin1String(", Engels");

    const int groupRoll = static_cast<int>(m_random.below(100));
    c.targetGroup = groupRoll < origin->asylumShare                         ? TargetGroup::Asylum
                    : groupRoll < origin->asylumShare + origin->familyShare ? TargetGroup::Family
                                                                            : TargetGroup::Other;

    const auto placeIndex = m_random.below(static_cast<quint32>(m_municipalities.size()));
    c.municipalityId = m_municipalities[placeIndex].meta.id;
    std::vector<std::size_t> teamCoaches;
    for (std::size_t i = 0; i < m_coaches.size(); ++i)
        if (m_coachTeam[i] == demo::places()[placeIndex].team)
            teamCoaches.push_back(i);
    c.coachId = m_coaches[teamCoaches[m_random.below(static_cast<quint32>(teamCoaches.size()))]].meta.id;

    const QString street = text(m_random.pick(demo::streets()));
    const int houseNumber = m_random.between(1, 150);
    c.address = street + QLatin1Char(' ') + QString::number(houseNumber) + QLatin1String(", ") +
                m_municipalities[placeIndex].name;
    // The 06-0 block makes demo phone numbers stand out from real mobile numbers.
    c.phone = QStringLiteral("06-0%1").arg(m_random.below(10'000'000), 7, 10, QLatin1Char('0'));
    c.email = QStringLiteral("inburgeraar%1@voorbeeld.example").arg(m_clientCount);
}

void DemoGenerator::fillDates(Client& c) {
    const QDate firstKnown = m_today.addYears(-3);
    const QDate lastKnown = m_today.addDays(-1);
    if (c.targetGroup == TargetGroup::Asylum) {
        c.koppelingDate = m_random.dateBetween(firstKnown, lastKnown);
        c.residencePermitDate = c.koppelingDate.addDays(-m_random.between(14, 180));
        const QDate housing = c.koppelingDate.addDays(m_random.between(8 * 7, 20 * 7));
        if (housing <= m_today)
            c.housingDate = housing;
        // Most status holders are registered in the BRP at the reception centre, before the koppeling.
        if (m_random.percent(70))
            c.brpDate = c.koppelingDate.addDays(-m_random.between(0, 60));
        else
            c.brpDate = c.housingDate;
        if (c.brpDate.isValid()) {
            const QDate notice = later(c.brpDate, c.koppelingDate).addDays(m_random.between(7, 42));
            if (notice <= m_today)
                c.duoNoticeDate = notice;
        }
    } else {
        // Family and other migrants arrive on their own: no COA, no koppeling, their own home.
        c.brpDate = m_random.dateBetween(firstKnown, lastKnown);
        c.residencePermitDate = c.brpDate.addDays(-m_random.between(0, 90));
        const QDate notice = c.brpDate.addDays(m_random.between(14, 56));
        if (notice <= m_today)
            c.duoNoticeDate = notice;
    }
}

QDate DemoGenerator::decidePip(const Client& c) {
    QDate basis = c.duoNoticeDate;
    if (!basis.isValid())
        basis = c.brpDate.isValid() ? c.brpDate : c.koppelingDate;
    if (!basis.isValid())
        return {};
    // 6 to 14 weeks against a 10-week norm: a realistic share of PIPs comes late.
    const QDate decision = basis.addDays(m_random.between(6 * 7, 14 * 7));
    if (decision > m_today)
        return {};
    // A few are past the decision date without a PIP yet: late, and visible as such.
    if (!m_random.percent(95))
        return {};
    return decision;
}

void DemoGenerator::fillIntake(ClientBundle& b, QDate pip) {
    const Client& c = b.client;
    Intake& in = b.intake;
    in.startDate = earlier(involvementStart(c).addDays(m_random.between(7, 28)), m_today);
    in.meta = makeMeta(in.startDate);
    in.clientId = c.meta.id;
    if (pip.isValid()) {
        in.completedDate = m_random.dateBetween(earlier(in.startDate.addDays(21), pip), pip);
    } else if (in.startDate.addDays(70) <= m_today && m_random.percent(50)) {
        in.completedDate = m_random.dateBetween(in.startDate.addDays(42), m_today);
    }
    if (m_random.percent(80))
        in.lbtScore = m_random.between(60, 140);

    for (IntakeTopic topic : allValues<IntakeTopic>()) {
        IntakeSection s;
        s.meta = makeMeta(in.startDate);
        s.intakeId = in.meta.id;
        s.clientId = c.meta.id;
        s.topic = topic;
        s.score = m_random.between(1, 5);
        if (topic == IntakeTopic::LanguageLevel) {
            static const LanguageLevel levels[] = {LanguageLevel::A0, LanguageLevel::A1, LanguageLevel::A2};
            s.choice = toCode(m_random.pick(std::span<const LanguageLevel>(levels)));
        }
        s.note = text(m_random.pick(demo::intakeNotes(topic)));
        b.sections.push_back(std::move(s));
    }
}

void DemoGenerator::fillPlans(ClientBundle& b, QDate pip, QDate switchDate, Route switchedTo) {
    const Client& c = b.client;
    auto addGoals = [this, &b](const PlanVersion& plan) {
        std::vector<std::size_t> unused(demo::goals().size());
        for (std::size_t i = 0; i < unused.size(); ++i)
            unused[i] = i;
        const int count = m_random.between(1, 3);
        for (int n = 0; n < count; ++n) {
            const auto at = m_random.below(static_cast<quint32>(unused.size()));
            const demo::GoalText& g = demo::goals()[unused[at]];
            unused.erase(unused.begin() + at);
            PlanGoal goal;
            goal.meta = makeMeta(plan.decisionDate);
            goal.planId = plan.meta.id;
            goal.clientId = plan.clientId;
            goal.domain = g.domain;
            goal.goal = text(g.goal);
            goal.action = text(g.action);
            goal.owner = text(m_random.pick(demo::goalOwners()));
            goal.dueDate = plan.decisionDate.addMonths(m_random.between(1, 12));
            goal.done = goal.dueDate < m_today && m_random.percent(70);
            b.goals.push_back(std::move(goal));
        }
    };
    auto setRoute = [this](PlanVersion& v, Route route) {
        v.route = route;
        v.targetLevel = targetLevelFor(route);
        v.hoursPerWeek = route == Route::Education ? m_random.between(20, 24)
                         : route == Route::Z       ? m_random.between(8, 12)
                                                   : m_random.between(10, 16);
        v.map = route != Route::Education;
        v.pvt = true;
        v.knm = route != Route::Z;
    };

    PlanVersion first;
    first.meta = makeMeta(pip);
    first.clientId = c.meta.id;
    first.version = 1;
    first.decisionDate = pip;
    setRoute(first, c.route);
    first.languageProvider = text(m_random.pick(demo::languageProviders()));
    if (c.targetGroup == TargetGroup::Asylum) {
        first.ontzorgenStart = c.housingDate.isValid() ? c.housingDate : c.koppelingDate;
        first.ontzorgenEnd = m_planner.dueDates().ontzorgenEnd(first.ontzorgenStart);
    }
    first.budgetCoaching = m_random.between(6, 14) * 250.0;
    first.childcare = m_random.percent(20);
    b.plans.push_back(first);
    addGoals(b.plans.back());

    if (switchedTo != Route::None) {
        PlanVersion second = first;
        second.meta = makeMeta(switchDate);
        second.version = 2;
        second.decisionDate = switchDate;
        setRoute(second, switchedTo);
        second.note = QStringLiteral("Leerroute gewijzigd na evaluatie");
        b.plans.push_back(second);
        addGoals(b.plans.back());
    }
}

void DemoGenerator::markProgress(ClientBundle& b, QDate pip, QDate asOf) {
    for (Milestone& m : b.milestones) {
        if (!m.isOpen())
            continue;
        if (m.kind == MilestoneKind::IntakeDone) {
            if (b.intake.completedDate.isValid() && b.intake.completedDate <= asOf)
                achieve(m, b.intake.completedDate);
            else if (b.intake.startDate <= asOf)
                m.status = MilestoneStatus::InProgress;
            continue;
        }
        if (m.kind == MilestoneKind::PipFixed) {
            if (pip.isValid() && pip <= asOf)
                achieve(m, pip);
            continue;
        }
        if (isDeadline(m.kind)) {
            // A deadline is "achieved" once it has passed: nothing is left to do for it.
            if (m.dueDate.isValid() && m.dueDate < asOf)
                achieve(m, m.dueDate);
            continue;
        }
        if (!m.dueDate.isValid() || !pip.isValid())
            continue;
        const quint32 roll = m_random.below(100);
        if (m.dueDate < asOf) {
            if (roll < 78) {
                achieve(m, m_random.dateBetween(later(pip, m.dueDate.addDays(-120)), m.dueDate));
            } else if (roll < 88) {
                m.status = MilestoneStatus::InProgress; // late, but under way
            } else if (roll >= 96) {
                m.status = MilestoneStatus::Waived;
                m.note = QStringLiteral("Vrijstelling voor dit onderdeel");
            }
            // else: left planned, so it shows as late
        } else if (pip < asOf) {
            if (roll < 10)
                achieve(m, m_random.dateBetween(pip, asOf));
            else if (roll < 30)
                m.status = MilestoneStatus::InProgress;
        }
    }
}

void DemoGenerator::fillMilestones(ClientBundle& b, QDate pip, QDate switchDate, Route switchedTo) {
    Client& c = b.client;
    auto addCreated = [this, &b](std::vector<Milestone>& created, QDate createdOn) {
        for (Milestone& m : created) {
            m.meta = makeMeta(createdOn); // the demo stores its template milestones, touched or not
            m.derived = false;
            b.milestones.push_back(std::move(m));
        }
    };

    if (switchedTo != Route::None) {
        // Live through the switch: the first route's milestones progress until the switch date, then the
        // planner waives what the new route does not have and adds what it needs.
        MilestonePlan first = m_planner.plan(c, pip, {});
        addCreated(first.derived, involvementStart(c));
        markProgress(b, pip, switchDate);
        c.route = switchedTo;
        MilestonePlan second = m_planner.plan(c, pip, b.milestones);
        for (const Milestone& u : second.toUpdate)
            for (Milestone& m : b.milestones)
                if (m.meta.id == u.meta.id)
                    m = u;
        addCreated(second.derived, switchDate);
    } else {
        MilestonePlan plan = m_planner.plan(c, pip, {});
        addCreated(plan.derived, involvementStart(c));
    }
    markProgress(b, pip, m_today);

    // DUO extends some terms (illness, literacy training); the coach then overrides the computed end.
    if (pip.isValid() && m_random.percent(3)) {
        for (Milestone& m : b.milestones) {
            if (m.kind == MilestoneKind::TermEnd && m.isOpen()) {
                m.dueDate = m.dueDate.addMonths(m_random.between(3, 12));
                m.dueOverridden = true;
                m.overrideReason = QStringLiteral("Verlenging inburgeringstermijn door DUO");
            }
        }
    }
}

void DemoGenerator::fillStatus(ClientBundle& b, QDate pip) {
    Client& c = b.client;
    if (m_random.below(100) >= 5)
        return;
    static const ClientStatus closing[] = {ClientStatus::Moved, ClientStatus::Completed, ClientStatus::Stopped,
                                           ClientStatus::Dispensed};
    ClientStatus status = m_random.pick(std::span<const ClientStatus>(closing));
    // Only someone well into the route can have completed it.
    if (status == ClientStatus::Completed && !(pip.isValid() && pip.addMonths(12) < m_today))
        status = ClientStatus::Moved;
    const QDate from = status == ClientStatus::Completed ? pip.addMonths(12) : involvementStart(c).addDays(30);
    c.status = status;
    c.statusDate = m_random.dateBetween(earlier(from, m_today), m_today);
    c.dutyEndDate = c.statusDate;

    QString note;
    switch (status) {
    case ClientStatus::Moved:
        note = QStringLiteral("Verhuisd naar een andere gemeente");
        break;
    case ClientStatus::Stopped:
        note = QStringLiteral("Traject gestopt");
        break;
    case ClientStatus::Dispensed:
        note = QStringLiteral("Ontheffing verleend");
        break;
    default:
        note = QStringLiteral("Inburgering afgerond");
        break;
    }
    for (Milestone& m : b.milestones) {
        if (!m.isOpen())
            continue;
        if (status == ClientStatus::Completed && !isDeadline(m.kind)) {
            achieve(m, m_random.dateBetween(later(pip, c.statusDate.addDays(-180)), c.statusDate));
        } else {
            m.status = MilestoneStatus::Waived;
            m.note = note;
        }
    }
}

void DemoGenerator::fillContacts(ClientBundle& b) {
    const Client& c = b.client;
    const int count = m_random.between(0, 4);
    std::vector<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.push_back(m_random.dateBetween(involvementStart(c), m_today));
    std::sort(dates.begin(), dates.end());
    for (const QDate& date : dates) {
        Contact k;
        k.meta = makeMeta(date);
        k.clientId = c.meta.id;
        k.date = date;
        const quint32 roll = m_random.below(100);
        k.kind = roll < 40   ? ContactKind::ProgressTalk
                 : roll < 60 ? ContactKind::HomeVisit
                 : roll < 80 ? ContactKind::Phone
                 : roll < 90 ? ContactKind::WithPartner
                             : ContactKind::Intake;
        k.withWhom = text(m_random.pick(demo::contactPeople()));
        k.summary = text(m_random.pick(demo::contactSummaries()));
        k.nextStep = text(m_random.pick(demo::nextSteps()));
        k.nextStepDate = date.addDays(m_random.between(14, 42));
        b.contacts.push_back(std::move(k));
    }
}

void DemoGenerator::fillInvolvements(ClientBundle& b) {
    const Client& c = b.client;
    const std::vector<InvolvementRole> roles = allValues<InvolvementRole>();
    const int count = m_random.between(0, 2);
    for (int i = 0; i < count; ++i) {
        Involvement inv;
        inv.meta = makeMeta(involvementStart(c).addDays(m_random.between(0, 60)));
        inv.clientId = c.meta.id;
        inv.role = roles[m_random.below(static_cast<quint32>(roles.size()))];
        inv.organisation = text(m_random.pick(demo::involvementOrganisations(inv.role)));
        const QString first = text(m_random.pick(demo::dutchFirstNames()));
        const QString last = text(m_random.pick(demo::dutchLastNames()));
        inv.name = first + QLatin1Char(' ') + last;
        inv.phone = QStringLiteral("06-0%1").arg(m_random.below(10'000'000), 7, 10, QLatin1Char('0'));
        inv.email = QStringLiteral("contact%1.%2@voorbeeld.example").arg(m_clientCount).arg(i + 1);
        b.involvements.push_back(std::move(inv));
    }
}

ClientBundle DemoGenerator::nextClient() {
    ++m_clientCount;
    ClientBundle b;
    Client& c = b.client;
    fillPerson(c);
    fillDates(c);
    c.meta = makeMeta(involvementStart(c));
    if (c.targetGroup == TargetGroup::Asylum)
        c.familyReunificationPending = m_random.percent(12);

    const QDate pip = decidePip(c);
    QDate switchDate;
    Route switchedTo = Route::None;
    if (pip.isValid()) {
        const quint32 roll = m_random.below(100);
        c.route = roll < 60 ? Route::B1 : roll < 75 ? Route::Education : Route::Z;
        const QDate earliestSwitch = pip.addMonths(3);
        if (earliestSwitch < m_today && m_random.percent(6)) {
            if (c.route == Route::B1)
                switchedTo = m_random.percent(70) ? Route::Z : Route::Education;
            else
                switchedTo = Route::B1;
            const QDate lastSwitch = earlier(m_planner.dueDates().routeSwitchDeadline(pip), m_today);
            switchDate = m_random.dateBetween(earliestSwitch, lastSwitch);
        }
    }

    fillIntake(b, pip);
    if (pip.isValid())
        fillPlans(b, pip, switchDate, switchedTo);
    fillMilestones(b, pip, switchDate, switchedTo); // leaves client.route at the latest plan's route
    fillStatus(b, pip);

    if (pip.isValid() && pip.addMonths(12) < m_today) {
        const quint32 roll = m_random.below(100);
        c.participation = roll < 20   ? Participation::Work
                          : roll < 30 ? Participation::Education
                          : roll < 45 ? Participation::Volunteering
                                      : Participation::None;
    }

    fillContacts(b);
    fillInvolvements(b);
    return b;
}

} // namespace koers
