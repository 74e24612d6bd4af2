#pragma once

#include "core/charts/chartdata.h"

#include <QDialog>
#include <QList>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace trove {

/**
 * The event markers of the time charts: Trove's own (builtInEventMarkers()) and the user's, which are kept
 * in the user's settings (organisation "Trove", application "Trove", array "charts/eventMarkers" of date
 * and label). GUI thread only.
 */
class EventMarkers
{
public:
    static QList<EventMarker> userMarkers();
    static void setUserMarkers(const QList<EventMarker> &markers);
    /** Built-in and user markers, oldest first. */
    static QList<EventMarker> all();
};

/**
 * Lists every event marker and lets people add their own (a date and a label) and remove them; built-in
 * markers are shown but cannot be removed. Accepting saves the user markers (EventMarkers).
 */
class EventMarkerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventMarkerDialog(QWidget *parent = nullptr);

    /** The user's markers as edited so far. */
    QList<EventMarker> userMarkers() const { return m_user; }
    /** Adds a marker as the Add button does; false (nothing added) when the label is empty. */
    bool addMarker(const QDate &date, const QString &label);
    void removeUserMarker(int index);

    void accept() override;

private:
    void fill();
    void removeSelected();

    QList<EventMarker> m_user;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace trove
