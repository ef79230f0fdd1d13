#include "DossierText.h"

#include "rules/Bsn.h"
#include "rules/DueState.h"

#include <QCoreApplication>
#include <QLocale>

namespace koers {

namespace {

// Context for lupdate: the strings of this file are translated under "DossierTextTr".
struct DossierTextTr {
    Q_DECLARE_TR_FUNCTIONS(DossierTextTr)
};

QString dateText(QDate d) {
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("-");
}

QString yesNo(bool b) {
    return b ? DossierTextTr::tr("yes") : DossierTextTr::tr("no");
}

// The list's label, in capitals where it needs attention ("LATE") and lower case inside a line otherwise.
QString dueStateText(DueState s) {
    return s == DueState::Late ? dueStateLabel(s).toUpper() : dueStateLabel(s).toLower();
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

} // namespace

QString DossierText::render(const Dossier& d, QDate today, int dueSoonDays, bool fullBsn) {
    Writer w;
    const Client& c = d.client;
    w.heading(DossierTextTr::tr("Client %1").arg(c.displayName()));
    w.field(DossierTextTr::tr("Id"), c.meta.id);
    w.field(DossierTextTr::tr("BSN"), fullBsn ? c.bsn : maskBsn(c.bsn));
    w.field(DossierTextTr::tr("V-number"), c.vNumber);
    w.field(DossierTextTr::tr("Date of birth"), dateText(c.dateOfBirth));
    w.field(DossierTextTr::tr("Sex"), label(c.sex));
    w.field(DossierTextTr::tr("Country of birth"), c.countryOfBirth);
    w.field(DossierTextTr::tr("Nationality"), c.nationality);
    w.field(DossierTextTr::tr("Languages"), c.languages);
    w.field(DossierTextTr::tr("Phone"), c.phone);
    w.field(DossierTextTr::tr("E-mail"), c.email);
    w.field(DossierTextTr::tr("Address"), c.address);
    w.field(DossierTextTr::tr("Municipality"), d.municipality);
    w.field(DossierTextTr::tr("Coach"), d.coach);
    w.field(DossierTextTr::tr("Target group"), label(c.targetGroup));
    w.field(DossierTextTr::tr("Status"), label(c.status));
    w.field(DossierTextTr::tr("Route"), label(c.route));
    w.field(DossierTextTr::tr("Participation"), label(c.participation));
    w.field(DossierTextTr::tr("Residence permit"), dateText(c.residencePermitDate));
    w.field(DossierTextTr::tr("Koppeling"), dateText(c.koppelingDate));
    w.field(DossierTextTr::tr("Housing"), dateText(c.housingDate));
    w.field(DossierTextTr::tr("BRP registration"), dateText(c.brpDate));
    w.field(DossierTextTr::tr("DUO notice"), dateText(c.duoNoticeDate));
    w.field(DossierTextTr::tr("Note"), c.note);

    w.heading(DossierTextTr::tr("Broad intake"));
    if (d.intakes.empty())
        w.line(DossierTextTr::tr("No intake yet."));
    for (const auto& in : d.intakes) {
        w.field(DossierTextTr::tr("Period"),
                QStringLiteral("%1 - %2").arg(dateText(in.startDate), dateText(in.completedDate)));
        w.field(DossierTextTr::tr("Learnability test"), in.lbtScore > 0 ? QString::number(in.lbtScore) : QString());
        for (const auto& s : d.intakeSections)
            if (s.intakeId == in.meta.id)
                w.line(QStringLiteral("%1: %2  %3")
                           .arg(label(s.topic), s.score > 0 ? QString::number(s.score) : QStringLiteral("-"), s.note));
    }

    w.heading(DossierTextTr::tr("Plan (PIP)"));
    if (d.plans.empty())
        w.line(DossierTextTr::tr("No plan yet."));
    for (const auto& p : d.plans) {
        w.line(DossierTextTr::tr("Version %1 of %2: %3, target %4, %5 hours a week at %6")
                   .arg(p.version)
                   .arg(dateText(p.decisionDate), label(p.route), label(p.targetLevel))
                   .arg(p.hoursPerWeek)
                   .arg(p.languageProvider.isEmpty() ? QStringLiteral("-") : p.languageProvider));
        w.line(DossierTextTr::tr("   MAP %1, PVT %2, KNM %3, childcare %4")
                   .arg(yesNo(p.map), yesNo(p.pvt), yesNo(p.knm), yesNo(p.childcare)));
        for (const auto& g : d.goals)
            if (g.planId == p.meta.id)
                w.line(QStringLiteral("   [%1] %2: %3 (%4, %5)")
                           .arg(label(g.domain), g.goal, g.action, g.owner, dateText(g.dueDate)));
    }

    w.heading(DossierTextTr::tr("Milestones"));
    for (const auto& m : d.milestones) {
        QString text = QStringLiteral("%1  %2  %3")
                           .arg(dateText(m.dueDate), dueStateText(dueState(m, today, dueSoonDays)), label(m.kind));
        if (m.doneDate.isValid())
            text += QStringLiteral("  (") + DossierTextTr::tr("done %1").arg(dateText(m.doneDate)) + QLatin1Char(')');
        if (m.dueOverridden)
            text += QStringLiteral("  [") + DossierTextTr::tr("date set by hand: %1").arg(m.overrideReason) +
                    QLatin1Char(']');
        if (!m.note.isEmpty())
            text += QStringLiteral("  ") + DossierTextTr::tr("note: %1").arg(m.note);
        w.line(text);
    }

    w.heading(DossierTextTr::tr("Conversations"));
    if (d.contacts.empty())
        w.line(DossierTextTr::tr("None yet."));
    for (const auto& ct : d.contacts) {
        w.line(QStringLiteral("%1  %2  %3: %4").arg(dateText(ct.date), label(ct.kind), ct.withWhom, ct.summary));
        if (!ct.nextStep.isEmpty())
            w.line(QStringLiteral("   ") +
                   DossierTextTr::tr("Next step: %1 (%2)").arg(ct.nextStep, dateText(ct.nextStepDate)));
    }

    w.heading(DossierTextTr::tr("Involved"));
    if (d.involvements.empty())
        w.line(DossierTextTr::tr("None yet."));
    for (const auto& i : d.involvements)
        w.line(QStringLiteral("%1: %2, %3 %4").arg(label(i.role), i.organisation, i.name, i.phone));
    return w.result();
}

} // namespace koers
