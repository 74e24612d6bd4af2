#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace trove {

class CampaignTableModel;

/**
 * The campaigns of the open cache with a check box each: the checked ones are what the account browser
 * and the timeline show. "All" and "None" check or uncheck every campaign; a name is renamed by
 * double-clicking it (or F2).
 */
class CampaignPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignPanel(CampaignTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /** Widens columns to fit their contents (never narrows, so a width the user chose is kept). */
    void fitColumns();

private:
    CampaignTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_allButton = nullptr;
    QPushButton *m_noneButton = nullptr;
};

} // namespace trove
