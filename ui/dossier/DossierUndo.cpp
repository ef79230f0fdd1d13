#include "DossierUndo.h"

namespace koers {

DossierUndo::DossierUndo() {
    m_group.addStack(&m_none);
    m_group.addStack(&m_caseload);
    m_group.setActiveStack(&m_none);
}

QUndoStack* DossierUndo::openCaseload() {
    m_group.setActiveStack(&m_caseload);
    return &m_caseload;
}

QUndoStack* DossierUndo::open(const QString& clientId) {
    auto it = m_stacks.find(clientId);
    if (it == m_stacks.end()) {
        it = m_stacks.insert(clientId, std::make_shared<QUndoStack>());
        m_group.addStack(it->get());
    }
    m_recent.removeAll(clientId);
    m_recent << clientId;
    while (m_recent.size() > kKept + 1) {
        const QString oldest = m_recent.takeFirst();
        if (auto old = m_stacks.take(oldest))
            m_group.removeStack(old.get());
    }
    m_group.setActiveStack(it->get());
    return it->get();
}

QString DossierUndo::activeClient() const {
    for (auto it = m_stacks.cbegin(); it != m_stacks.cend(); ++it)
        if (it->get() == m_group.activeStack())
            return it.key();
    return {};
}

void DossierUndo::clear() {
    m_group.setActiveStack(&m_none);
    for (const auto& stack : std::as_const(m_stacks))
        m_group.removeStack(stack.get());
    m_stacks.clear();
    m_recent.clear();
    m_none.clear();
    m_caseload.clear();
}

} // namespace koers
