#include "ui/charts/eventmarkers.h"

#include "core/charts/chartqueries.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace trove {

namespace {

bool olderFirst(const EventMarker &left, const EventMarker &right)
{
    return left.date < right.date;
}

} // namespace

QList<EventMarker> EventMarkers::userMarkers()
{
    QSettings store(QStringLiteral("Trove"), QStringLiteral("Trove"));
    QList<EventMarker> markers;
    const int size = store.beginReadArray(QStringLiteral("charts/eventMarkers"));
    for (int index = 0; index < size; ++index) {
        store.setArrayIndex(index);
        EventMarker marker;
        marker.date = QDate::fromString(store.value(QStringLiteral("date")).toString(), Qt::ISODate);
        marker.label = store.value(QStringLiteral("label")).toString();
        if (marker.date.isValid() && !marker.label.isEmpty()) {
            markers.append(marker);
        }
    }
    store.endArray();
    std::stable_sort(markers.begin(), markers.end(), olderFirst);
    return markers;
}

void EventMarkers::setUserMarkers(const QList<EventMarker> &markers)
{
    QSettings store(QStringLiteral("Trove"), QStringLiteral("Trove"));
    store.remove(QStringLiteral("charts/eventMarkers"));
    store.beginWriteArray(QStringLiteral("charts/eventMarkers"), int(markers.size()));
    for (int index = 0; index < markers.size(); ++index) {
        store.setArrayIndex(index);
        store.setValue(QStringLiteral("date"), markers.at(index).date.toString(Qt::ISODate));
        store.setValue(QStringLiteral("label"), markers.at(index).label);
    }
    store.endArray();
}

QList<EventMarker> EventMarkers::all()
{
    QList<EventMarker> markers = builtInEventMarkers();
    markers += userMarkers();
    std::stable_sort(markers.begin(), markers.end(), olderFirst);
    return markers;
}

EventMarkerDialog::EventMarkerDialog(QWidget *parent)
    : QDialog(parent)
    , m_user(EventMarkers::userMarkers())
{
    setObjectName(QStringLiteral("eventMarkerDialog"));
    setWindowTitle(tr("Event Markers"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Events drawn as vertical lines on the time charts. Trove's own events cannot "
                      "be removed; add your own below."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("eventMarkerTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_table->setAccessibleName(tr("Event markers"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *addRow = new QHBoxLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("eventMarkerDate"));
    m_date->setAccessibleName(tr("Event date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("eventMarkerLabel"));
    m_label->setAccessibleName(tr("Event label"));
    m_label->setPlaceholderText(tr("What happened"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addEventMarkerButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeEventMarkerButton"));
    addRow->addWidget(m_date);
    addRow->addWidget(m_label, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventMarkerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventMarkerDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addMarker(m_date->date(), m_label->text())) {
            m_label->clear();
        }
    });
    connect(m_label, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &EventMarkerDialog::removeSelected);
    resize(560, 420);
    fill();
}

bool EventMarkerDialog::addMarker(const QDate &date, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (!date.isValid() || trimmed.isEmpty()) {
        return false;
    }
    EventMarker marker;
    marker.date = date;
    marker.label = trimmed;
    m_user.append(marker);
    std::stable_sort(m_user.begin(), m_user.end(), olderFirst);
    fill();
    return true;
}

void EventMarkerDialog::removeUserMarker(int index)
{
    if (index >= 0 && index < m_user.size()) {
        m_user.removeAt(index);
        fill();
    }
}

void EventMarkerDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    const QVariant userIndex = m_table->item(row, 0)->data(Qt::UserRole);
    if (userIndex.isValid()) {
        removeUserMarker(userIndex.toInt());
    }
}

void EventMarkerDialog::accept()
{
    EventMarkers::setUserMarkers(m_user);
    QDialog::accept();
}

void EventMarkerDialog::fill()
{
    struct Row
    {
        EventMarker marker;
        int userIndex;
    };
    QList<Row> rows;
    const QList<EventMarker> builtIn = builtInEventMarkers();
    for (const EventMarker &marker : builtIn) {
        rows.append({marker, -1});
    }
    for (int index = 0; index < m_user.size(); ++index) {
        rows.append({m_user.at(index), index});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &left, const Row &right) { return left.marker.date < right.marker.date; });
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Row &entry = rows.at(row);
        auto *date = new QTableWidgetItem(entry.marker.date.toString(Qt::ISODate));
        if (entry.userIndex >= 0) {
            date->setData(Qt::UserRole, entry.userIndex);
        }
        m_table->setItem(row, 0, date);
        // QTableWidgetItem shows its text as plain text.
        m_table->setItem(row, 1, new QTableWidgetItem(entry.marker.label));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.userIndex >= 0 ? tr("yours") : tr("Trove")));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
}

} // namespace trove
