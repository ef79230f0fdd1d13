#include "DossierText.h"

#include "rules/Bsn.h"
#include "rules/DueState.h"

#include <QCoreApplication>
#include <QLocale>

namespace koers {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DossierText", text);
}

QString dateText(QDate d) {
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("-");
}

QString yesNo(bool b) {
    return b ? tr("yes") : tr("no");
}

QString dueStateText(DueState s) {
    switch (s) {
    case DueState::Late:
        return tr("LATE");
    case DueState::DueSoon:
        return tr("due soon");
    case DueState::Done:
        return tr("done");
    case DueState::NoDate:
        return tr("no date yet");
    case DueState::Upcoming:
        break;
    }
    return tr("planned");
}

class Writer {
public:
    void heading(const QString& text) {
        if (!m_out.isEmpty())
            m_out += QLatin1Char('\n');
        m_out += text + QLatin1Char('\n') + QString(text.size(), QLatin1Char('-')) + QLatin1Char('\n');
    }
    void field(const QString& label, const QString& value) {
        m_out += QStringLiteral("  %1: %2\n").arg(label, value.isEmpty() ? QStringLiteral("-") : value);
    }
    void line(const QString& text) { m_out += QStringLiteral("  ") + text + QLatin1Char('\n'); }
    QString result() const { return m_out; }

private:
    QString m_out;
};

}  // namespace

QString DossierText::render(const Dossier& d, QDate today, int dueSoonDays, bool fullBsn) {
    Writer w;
    const Client& c = d.client;
    w.heading(tr("Client %1").arg(c.displayName()));
    w.field(tr("Id"), c.meta.id);
    w.field(tr("BSN"), fullBsn ? c.bsn : maskBsn(c.bsn));
    w.field(tr("V-number"), c.vNumber);
    w.field(tr("Date of birth"), dateText(c.dateOfBirth));
    w.field(tr("Sex"), label(c.sex));
    w.field(tr("Country of birth"), c.countryOfBirth);
    w.field(tr("Nationality"), c.nationality);
    w.field(tr("Languages"), c.languages);
    w.field(tr("Phone"), c.phone);
    w.field(tr("E-mail"), c.email);
    w.field(tr("Address"), c.address);
    w.field(tr("Municipality"), d.municipality);
    w.field(tr("Coach"), d.coach);
    w.field(tr("Target group"), label(c.targetGroup));
    w.field(tr("Status"), label(c.status));
    w.field(tr("Route"), label(c.route));
    w.field(tr("Participation"), label(c.participation));
    w.field(tr("Residence permit"), dateText(c.residencePermitDate));
    w.field(tr("Koppeling"), dateText(c.koppelingDate));
    w.field(tr("Housing"), dateText(c.housingDate));
    w.field(tr("BRP registration"), dateText(c.brpDate));
    w.field(tr("DUO notice"), dateText(c.duoNoticeDate));
    w.field(tr("Note"), c.note);

    w.heading(tr("Broad intake"));
    if (d.intakes.empty())
        w.line(tr("No intake yet."));
    for (const auto& in : d.intakes) {
        w.field(tr("Period"), QStringLiteral("%1 - %2").arg(dateText(in.startDate), dateText(in.completedDate)));
        w.field(tr("Learnability test"), in.lbtScore > 0 ? QString::number(in.lbtScore) : QString());
        for (const auto& s : d.intakeSections)
            if (s.intakeId == in.meta.id)
                w.line(QStringLiteral("%1: %2  %3")
                           .arg(label(s.topic), s.score > 0 ? QString::number(s.score) : QStringLiteral("-"), s.note));
    }

    w.heading(tr("Plan (PIP)"));
    if (d.plans.empty())
        w.line(tr("No plan yet."));
    for (const auto& p : d.plans) {
        w.line(tr("Version %1 of %2: %3, target %4, %5 hours a week at %6")
                   .arg(p.version)
                   .arg(dateText(p.decisionDate), label(p.route), label(p.targetLevel))
                   .arg(p.hoursPerWeek)
                   .arg(p.languageProvider.isEmpty() ? QStringLiteral("-") : p.languageProvider));
        w.line(tr("   MAP %1, PVT %2, KNM %3, childcare %4")
                   .arg(yesNo(p.map), yesNo(p.pvt), yesNo(p.knm), yesNo(p.childcare)));
        for (const auto& g : d.goals)
            if (g.planId == p.meta.id)
                w.line(QStringLiteral("   [%1] %2: %3 (%4, %5)")
                           .arg(label(g.domain), g.goal, g.action, g.owner, dateText(g.dueDate)));
    }

    w.heading(tr("Milestones"));
    for (const auto& m : d.milestones) {
        QString text = QStringLiteral("%1  %2  %3")
                           .arg(dateText(m.dueDate), dueStateText(dueState(m, today, dueSoonDays)), label(m.kind));
        if (m.doneDate.isValid())
            text += QStringLiteral("  (") + tr("done %1").arg(dateText(m.doneDate)) + QLatin1Char(')');
        if (m.dueOverridden)
            text += QStringLiteral("  [") + tr("date set by hand: %1").arg(m.overrideReason) + QLatin1Char(']');
        w.line(text);
    }

    w.heading(tr("Conversations"));
    if (d.contacts.empty())
        w.line(tr("None yet."));
    for (const auto& ct : d.contacts) {
        w.line(QStringLiteral("%1  %2  %3: %4").arg(dateText(ct.date), label(ct.kind), ct.withWhom, ct.summary));
        if (!ct.nextStep.isEmpty())
            w.line(QStringLiteral("   ") + tr("Next step: %1 (%2)").arg(ct.nextStep, dateText(ct.nextStepDate)));
    }

    w.heading(tr("Involved"));
    if (d.involvements.empty())
        w.line(tr("None yet."));
    for (const auto& i : d.involvements)
        w.line(QStringLiteral("%1: %2, %3 %4").arg(label(i.role), i.organisation, i.name, i.phone));
    return w.result();
}

}  // namespace koers
