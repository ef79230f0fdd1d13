// The agenda: the milestones and the conversations' next steps that are late, due this week or due in the next
// days, across the caseload. Enter or a double click opens the dossier on the tab that holds the item.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace koers {

class Store;

class AgendaView : public QWidget {
    Q_OBJECT
public:
    explicit AgendaView(QWidget* parent = nullptr);
    void reload(Store& store);
    void clear();
    QTreeWidget* tree() const { return m_tree; }
    enum Column { DueColumn, ClientColumn, WhatColumn };
    enum Role { ClientIdRole = Qt::UserRole, RecordIdRole, IsNextStepRole };
    // Why the agenda could not be read (empty when it could); shown above the list.
    QString errorText() const;

Q_SIGNALS:
    void openMilestone(const QString& clientId, const QString& milestoneId);
    void openContact(const QString& clientId, const QString& contactId);

private:
    QTreeWidget* m_tree;
    QComboBox* m_coach;
    QLabel* m_error;
    Store* m_store = nullptr;
};

} // namespace koers
