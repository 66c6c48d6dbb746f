#include "catalogpage.h"

#include "catalog/catalogrefresh.h"
#include "present/background.h"
#include "present/catalogtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QCoroTask>

namespace Quorum {

CatalogFilter::CatalogFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilter::setWords(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void CatalogFilter::setProvider(const QString &provider)
{
    m_provider = provider;
    invalidateRowsFilter();
}

void CatalogFilter::setCallableOnly(bool on)
{
    m_callableOnly = on;
    invalidateRowsFilter();
}

void CatalogFilter::setScoredOnly(bool on)
{
    m_scoredOnly = on;
    invalidateRowsFilter();
}

bool CatalogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const CatalogTableModel *>(sourceModel());
    const CatalogModel &m = model->item(sourceRow);
    if ((!m_provider.isEmpty() && m.provider != m_provider) || (m_callableOnly && !m.api) || (m_scoredOnly && m.scores.isEmpty()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString &text = model->searchText(sourceRow);
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return text.contains(w); });
}

QVariant CatalogFilter::data(const QModelIndex &index, int role) const
{
    // A price read longer ago than the stale setting reads in bold: check it before trusting it.
    if (role == Qt::FontRole && index.column() == CatalogTableModel::PriceRead
        && QSortFilterProxyModel::data(index, CatalogTableModel::StaleRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QSortFilterProxyModel::data(index, role);
}

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent), m_model(new CatalogTableModel(this)), m_filter(new CatalogFilter(this)), m_search(new QLineEdit(this)),
      m_provider(new QComboBox(this)), m_callable(new QCheckBox(tr("Quorum can call it"), this)),
      m_scored(new QCheckBox(tr("With published scores"), this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_detail(new QTextBrowser(this)), m_add(new QPushButton(tr("&Add to Plan"), this)),
      m_refresh(new QPushButton(tr("&Refresh Published Scores"), this))
{
    setObjectName(u"catalogPage"_qs);
    m_search->setObjectName(u"catalogSearch"_qs);
    m_search->setPlaceholderText(tr("Filter: provider, model, family, modality…"));
    m_search->setClearButtonEnabled(true);
    m_provider->setObjectName(u"catalogProvider"_qs);
    m_add->setObjectName(u"addToPlan"_qs);
    m_refresh->setObjectName(u"refreshCatalog"_qs);
    m_refresh->setToolTip(tr("Published scores from Artificial Analysis and parameter counts from Hugging Face "
                             "(keys: quorum-cli keys set artificial-analysis / huggingface)"));
    m_count->setObjectName(u"catalogCount"_qs);
    m_count->setWordWrap(true);
    m_detail->setObjectName(u"catalogDetail"_qs);
    m_detail->setOpenExternalLinks(false);
    // Words whole: a table column is then at least as wide as its widest date or price.
    m_detail->setWordWrapMode(QTextOption::WordWrap);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogTableModel::Model, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_provider, 1);
    bar->addWidget(m_callable);
    bar->addWidget(m_scored);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch();
    actions->addWidget(m_refresh);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail);
    rightLayout->addLayout(actions);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({900, 560});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_count);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setWords(text);
        showCount();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setProvider(m_provider->currentData().toString());
        showCount();
    });
    connect(m_callable, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setCallableOnly(on);
        showCount();
    });
    connect(m_scored, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setScoredOnly(on);
        showCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::showModel);
    connect(m_view, &QTableView::doubleClicked, m_add, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
        if (current.isValid() && m_model->item(current.row()).api)
            Q_EMIT addToPlan(m_model->item(current.row()));
    });
    connect(m_refresh, &QPushButton::clicked, this, &CatalogPage::refresh);
    m_add->setEnabled(false);
    showModel();
}

void CatalogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        load();
}

void CatalogPage::setRefreshUrls(const QString &aaBaseUrl, const QString &hfBaseUrl)
{
    m_aaUrl = aaBaseUrl;
    m_hfUrl = hfBaseUrl;
}

void CatalogPage::load()
{
    m_loaded = true;
    m_count->setText(tr("Reading the catalog…"));
    struct Loaded
    {
        ModelCatalog catalog;
        Diagnostics problems;
    };
    runInBackground(
        this,
        [] {
            Loaded l;
            l.catalog = ModelCatalog::forUser(l.problems);
            return l;
        },
        [this](Loaded l) {
            m_catalog = std::move(l.catalog);
            const QString selected = m_provider->currentData().toString();
            m_model->setCatalog(m_catalog, QDate::currentDate());
            QStringList providers;
            for (const CatalogModel &m : m_catalog.models())
                if (!providers.contains(m.provider))
                    providers.append(m.provider);
            providers.sort();
            const QSignalBlocker block(m_provider);
            m_provider->clear();
            m_provider->addItem(tr("All providers"), QString());
            for (const QString &p : std::as_const(providers))
                m_provider->addItem(p, p);
            m_provider->setCurrentIndex(std::max(0, m_provider->findData(selected)));
            m_view->resizeColumnsToContents();
            m_view->setColumnWidth(CatalogTableModel::Model, std::min(m_view->columnWidth(CatalogTableModel::Model), 380));
            showCount();
            for (const Diagnostic &d : l.problems.sorted())
                m_count->setText(m_count->text() + u'\n' + d.toString());
            Q_EMIT loaded(int(m_catalog.models().size()));
        });
}

void CatalogPage::showCount()
{
    QString sources;
    for (const CatalogSource &s : m_catalog.sources())
        sources += (sources.isEmpty() ? QString() : u", "_qs) + u"%1 %2 (%3)"_qs.arg(s.package, s.version, s.license);
    m_count->setText(tr("%1 of %2 models shown. Catalog %3; prices in USD per million tokens, today's default tier; "
                        "a price in bold was read more than %4 days ago. Built from %5.")
                         .arg(m_filter->rowCount())
                         .arg(m_model->rowCount())
                         .arg(m_catalog.version())
                         .arg(CatalogText::staleDays())
                         .arg(sources));
}

void CatalogPage::showModel()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->setHtml(tr("<p>Choose a model to see its prices over time, its limits and published scores, and where each "
                             "figure comes from.</p>"));
        m_add->setEnabled(false);
        return;
    }
    const CatalogModel &m = m_model->item(current.row());
    m_detail->setHtml(CatalogText::describeHtml(m, QDate::currentDate(), locale()));
    m_add->setEnabled(m.api.has_value());
    m_add->setToolTip(m.api ? tr("Add %1 to the plan's models, with its prices").arg(m.displayName)
                            : tr("Quorum has no client for %1: add it as an OpenAI-compatible endpoint by hand").arg(m.provider));
}

void CatalogPage::refresh()
{
    m_refresh->setEnabled(false);
    m_count->setText(tr("Asking Artificial Analysis and Hugging Face…"));
    auto *network = new QNetworkAccessManager(this);
    // The network calls are awaited on the GUI thread's event loop; nothing here blocks it.
    auto task = refreshUserCatalog({u"artificial-analysis"_qs, u"huggingface"_qs},
                                   userRefreshOptions(m_keys.environment, m_keys.lookup, m_aaUrl, m_hfUrl), network);
    QCoro::connect(std::move(task), this, [this, network](const QList<RefreshReport> &reports) {
        network->deleteLater();
        QString report;
        for (const RefreshReport &r : reports)
            report += r.toText();
        m_refresh->setEnabled(true);
        load();
        Q_EMIT refreshed(report);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Catalog refreshed"), report, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace Quorum
