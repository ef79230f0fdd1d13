// Edit → Coaches and municipalities: a new, empty file gets its coaches and municipalities here, without a
// spreadsheet, and existing ones are changed (a coach deactivated). Changes are saved at once; the window's views
// follow through the change feed.
#pragma once

#include <QDialog>

class QTabWidget;

namespace koers {

class CoachesPage;
class MunicipalitiesPage;
class Prompts;
class Store;

class DirectoryDialog : public QDialog {
    Q_OBJECT
public:
    DirectoryDialog(Store& store, Prompts& prompts, QWidget* parent = nullptr);
    QTabWidget* tabs() const { return m_tabs; }
    CoachesPage* coaches() const { return m_coaches; }
    MunicipalitiesPage* municipalities() const { return m_municipalities; }

private:
    QTabWidget* m_tabs;
    CoachesPage* m_coaches;
    MunicipalitiesPage* m_municipalities;
};

} // namespace koers
