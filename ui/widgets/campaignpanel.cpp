#include "ui/widgets/campaignpanel.h"

#include "ui/models/campaigntablemodel.h"
#include "ui/widgets/biditemdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace trove {

CampaignPanel::CampaignPanel(CampaignTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("campaignPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(tr("Campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    m_allButton = new QPushButton(tr("All"), this);
    m_allButton->setObjectName(QStringLiteral("selectAllCampaignsButton"));
    m_allButton->setAccessibleName(tr("Show all campaigns"));
    m_allButton->setToolTip(tr("Check every campaign"));
    m_noneButton = new QPushButton(tr("None"), this);
    m_noneButton->setObjectName(QStringLiteral("selectNoCampaignsButton"));
    m_noneButton->setAccessibleName(tr("Show no campaign"));
    m_noneButton->setToolTip(tr("Uncheck every campaign, then check the ones to show"));
    titleRow->addWidget(m_allButton);
    titleRow->addWidget(m_noneButton);
    layout->addLayout(titleRow);
    connect(m_allButton, &QPushButton::clicked, m_model, [this] { m_model->setAllSelected(true); });
    connect(m_noneButton, &QPushButton::clicked, m_model, [this] { m_model->setAllSelected(false); });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("campaignTable"));
    m_view->setAccessibleName(tr("Campaigns"));
    m_view->setAccessibleDescription(
        tr("Check the campaigns to browse; press Space to check or uncheck, F2 to rename"));
    m_view->setToolTip(tr("Check the campaigns to browse. Double-click a name (or press F2) to rename it."));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BidiItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    layout->addWidget(m_view, 1);
}

void CampaignPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view; // sizeHintForColumn is public here, protected in QTableView
    for (int column = 0; column < CampaignTableModel::StatusColumn; ++column) {
        const int wanted = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (wanted > m_view->columnWidth(column)) {
            m_view->setColumnWidth(column, wanted);
        }
    }
}

} // namespace trove
