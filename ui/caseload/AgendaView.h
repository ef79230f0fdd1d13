// The agenda: what is late, what is due this week and in the next 14 days, across the caseload.
// Enter or a double click opens the dossier.
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
    // Why the agenda could not be read (empty when it could); shown above the list.
    QString errorText() const;

Q_SIGNALS:
    void openClient(const QString& clientId);

private:
    QTreeWidget* m_tree;
    QComboBox* m_coach;
    QLabel* m_error;
    Store* m_store = nullptr;
};

} // namespace koers
