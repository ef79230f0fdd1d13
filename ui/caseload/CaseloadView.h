// The caseload screen: search field (per keystroke), filters, and the table; Enter or a double click
// opens the dossier. Several clients can be selected (Shift, Ctrl) for the team lead's steps on them: assign them
// to another coach, hand them over to another municipality.
#pragma once

#include "CaseloadFilterProxy.h"
#include "CaseloadModel.h"
#include "queries/MilestoneDigest.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace koers {

class Store;
class AppSettings;

class CaseloadView : public QWidget {
    Q_OBJECT
public:
    CaseloadView(AppSettings& settings, QWidget* parent = nullptr);
    ~CaseloadView() override;

    // Reloads rows and filter choices from the store; keeps the current selection when it can. A caseload of
    // more than progressiveFrom() clients shows its clients at once and reads their next milestones in slices
    // while the window goes on (a second at 100,000 clients); until then those columns say so.
    void reload(Store& store);
    void clear();
    // Stops reading next milestones (the store is about to close).
    void stopLoading();
    bool loading() const { return m_loader.has_value(); }
    // Reads what is left at once (tests).
    void finishLoading();
    void setProgressiveFrom(int clients) { m_progressiveFrom = clients; }
    int progressiveFrom() const { return m_progressiveFrom; }
    void focusSearch();
    void showOnly(const QStringList& clientIds, const QString& description);

    CaseloadModel* model() { return &m_model; }
    CaseloadFilterProxy* proxy() { return &m_proxy; }
    QLineEdit* searchField() { return m_search; }
    QTableView* table() { return m_table; }
    QComboBox* dueFilter() { return m_due; }
    QComboBox* coachFilter() { return m_coach; }
    QString currentClientId() const;
    // The selected clients (Shift and Ctrl select more than one), in the order shown; else the current one.
    QStringList selectedClientIds() const;
    // On the selected clients: assign them to another coach, hand them over (also in the table's context menu and
    // the main window's menus; enabled while a client is selected).
    QAction* assignAction() const { return m_assign; }
    QAction* handoverAction() const { return m_handover; }
    // Why the list could not be read (empty when it could); shown above the table.
    QString errorText() const;

Q_SIGNALS:
    void openClient(const QString& clientId);
    void assignRequested();
    void handoverRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The default column widths, narrowed to the table's width when they do not fit (a 1280 x 720 laptop), so
    // the last column (Coach) stays in view; a column the user resized, or widths saved before, are kept.
    void fitDefaultColumns();

    void applyFilters();
    void updateCount();
    // One slice of the next milestones' reading; `budgetMs` < 0: all that is left.
    void loadSlice(int budgetMs);
    void showError(const QString& message);
    void fillCombo(QComboBox* combo, const std::vector<std::pair<QString, QString>>& items, const QString& allText);

    AppSettings& m_settings;
    CaseloadModel m_model;
    CaseloadFilterProxy m_proxy;
    QLineEdit* m_search;
    QComboBox* m_coach;
    QComboBox* m_municipality;
    QComboBox* m_route;
    QComboBox* m_status;
    QComboBox* m_due;
    QLabel* m_count;
    QLabel* m_drillDown;
    QLabel* m_error;
    QPushButton* m_clearDrill;
    QTableView* m_table;
    QAction* m_assign;
    QAction* m_handover;
    bool m_defaultColumns = false;
    bool m_fitting = false;
    int m_progressiveFrom = 5000;
    Store* m_loadingStore = nullptr;
    std::optional<MilestoneDigest::Loader> m_loader;
    QTimer m_loadTimer;
};

} // namespace koers
