#include "RecordListActions.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace koers {

namespace {
// Context for lupdate: the strings of this file are translated under "RecordListActions".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecordListActions)
};
} // namespace

void RecordListActions::install(QTableWidget* table, std::function<void(int)> open, std::function<void(int)> remove) {
    auto* edit = new QAction(Tr::tr("&Edit"), table);
    auto* drop = new QAction(Tr::tr("&Remove"), table);
    drop->setShortcut(QKeySequence::Delete);
    drop->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(edit);
    table->addAction(drop);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto current = [table] {
        return table->currentRow();
    };
    QObject::connect(edit, &QAction::triggered, table, [open, current] {
        if (current() >= 0)
            open(current());
    });
    QObject::connect(drop, &QAction::triggered, table, [remove, current] {
        if (current() >= 0)
            remove(current());
    });
    QObject::connect(table, &QTableWidget::activated, table, [open](const QModelIndex& index) { open(index.row()); });
}

void RecordListActions::watch(const QList<QWidget*>& fields, QObject* context, const std::function<void()>& edited) {
    for (QWidget* w : fields) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            QObject::connect(line, &QLineEdit::textEdited, context, edited);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            QObject::connect(text, &QPlainTextEdit::textChanged, context, edited);
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            QObject::connect(combo, &QComboBox::currentIndexChanged, context, edited);
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            QObject::connect(button, &QAbstractButton::toggled, context, edited);
        else if (auto* real = qobject_cast<QDoubleSpinBox*>(w))
            QObject::connect(real, &QDoubleSpinBox::valueChanged, context, edited);
        else if (auto* whole = qobject_cast<QSpinBox*>(w))
            QObject::connect(whole, &QSpinBox::valueChanged, context, edited);
    }
}

} // namespace koers
