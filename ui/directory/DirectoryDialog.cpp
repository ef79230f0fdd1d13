#include "DirectoryDialog.h"

#include "CoachesPage.h"
#include "MunicipalitiesPage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace koers {

DirectoryDialog::DirectoryDialog(Store& store, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_coaches(new CoachesPage(store, this))
    , m_municipalities(new MunicipalitiesPage(store, prompts, this)) {
    setWindowTitle(tr("Coaches and municipalities"));
    m_tabs->addTab(m_coaches, tr("C&oaches"));
    m_tabs->addTab(m_municipalities, tr("M&unicipalities"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace koers
