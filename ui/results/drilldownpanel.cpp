#include "drilldownpanel.h"

#include "present/background.h"
#include "storage/invocationreader.h"
#include "present/figures.h"
#include "present/invocationdetail.h"
#include "present/invocationmodel.h"
#include "review/verdictbar.h"
#include "storage/runexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

namespace {
struct Listed
{
    QList<InvocationRow> rows;
    qint64 matching = 0;
    QString error;
};

// Selects the entry whose data is `value` (the first, "all", when none has it).
void selectData(QComboBox *box, const QVariant &value)
{
    const int at = box->findData(value);
    box->setCurrentIndex(at < 0 ? 0 : at);
}

// Selects `value`, adding it as `text` first when the box does not list it yet (its choices
// are still being read): a filter asked for is never widened.
void selectOrAdd(QComboBox *box, const QVariant &value, const QString &text)
{
    if (box->findData(value) < 0)
        box->addItem(text, value);
    selectData(box, value);
}
} // namespace

DrillDownPanel::DrillDownPanel(QWidget *parent)
    : QWidget(parent), m_model(new InvocationTableModel(this)), m_variant(new QComboBox(this)), m_taskType(new QComboBox(this)),
      m_verdict(new QComboBox(this)), m_errorClass(new QComboBox(this)), m_temperature(new QComboBox(this)),
      m_disputed(new QCheckBox(tr("&Disputed only"), this)), m_reviewed(new QCheckBox(tr("&Reviewed only"), this)),
      m_text(new QLineEdit(this)), m_typing(new QTimer(this)),
      m_state(new QLabel(this)), m_export(new QPushButton(tr("E&xport…"), this)), m_view(new QTableView(this)),
      m_detail(new QTextBrowser(this)), m_verdictBar(new VerdictBar(this))
{
    m_model->setLocale(QLocale());
    m_variant->setObjectName(u"drillVariant"_qs);
    m_taskType->setObjectName(u"drillTaskType"_qs);
    m_verdict->setObjectName(u"drillVerdict"_qs);
    m_errorClass->setObjectName(u"drillErrorClass"_qs);
    m_temperature->setObjectName(u"drillTemperature"_qs);
    m_text->setObjectName(u"drillText"_qs);
    m_view->setObjectName(u"invocationTable"_qs);
    m_detail->setObjectName(u"invocationDetail"_qs);
    m_verdict->addItem(tr("Any verdict"), int(InvocationFilter::Verdict::Any));
    m_verdict->addItem(tr("Passed"), int(InvocationFilter::Verdict::Passed));
    m_verdict->addItem(tr("Failed"), int(InvocationFilter::Verdict::Failed));
    m_verdict->addItem(tr("Answered, not judged"), int(InvocationFilter::Verdict::Unscored));
    m_verdict->addItem(tr("No answer (error)"), int(InvocationFilter::Verdict::Error));
    fillChoices({});
    m_text->setPlaceholderText(tr("Search prompts, answers, rationales"));
    m_text->setToolTip(tr("Every word, or the start of one (\"beck\" finds Becker), in one text: the prompt or golden answer, "
                          "the answer, or a judge's rationale; any case"));
    m_text->setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &DrillDownPanel::load);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_variant, m_taskType, m_verdict, m_errorClass, m_temperature}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_applying)
                load();
        });
    }
    m_reviewed->setToolTip(tr("Only the items a person's verdict overrules the jury on"));
    for (QCheckBox *box : {m_disputed, m_reviewed})
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_applying)
                load();
        });
    connect(m_verdictBar, &VerdictBar::saved, this, [this](qint64 invocationId) {
        reload(); // the list and the detail read the verdict that counts now
        Q_EMIT overridden(m_runId, invocationId);
    });
    auto *exportMenu = new QMenu(m_export);
    const auto askExport = [this](const QString &filter, const QString &suffix) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the matching invocations"),
                                                          tr("run-%1-invocations.%2").arg(m_runId).arg(suffix), filter);
        if (!path.isEmpty())
            exportTo(path);
    };
    exportMenu->addAction(tr("CSV (one row per invocation)…"), this, [askExport] { askExport(tr("CSV files (*.csv)"), u"csv"_qs); });
    exportMenu->addAction(tr("JSON Lines (one object per invocation)…"), this,
                          [askExport] { askExport(tr("JSON Lines files (*.jsonl)"), u"jsonl"_qs); });
    m_export->setMenu(exportMenu);
    m_export->setToolTip(tr("Write every invocation that passes the filter, for a spreadsheet or a script"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_variant);
    bar->addWidget(m_taskType);
    bar->addWidget(m_verdict);
    bar->addWidget(m_errorClass);
    bar->addWidget(m_temperature);
    bar->addWidget(m_disputed);
    bar->addWidget(m_reviewed);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_export);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(InvocationTableModel::AnswerColumn, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_verdictBar->setItem(m_runId, m_model->item(current.row()));
            showDetail(m_model->item(current.row()).id);
        }
    });
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an invocation to read its prompt, answer, verdicts and attempts."));
    m_state->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail, 1);
    lowerLayout->addWidget(m_verdictBar);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);
    setTabOrder(m_variant, m_taskType);
    setTabOrder(m_taskType, m_verdict);
    setTabOrder(m_verdict, m_errorClass);
    setTabOrder(m_errorClass, m_temperature);
    setTabOrder(m_temperature, m_disputed);
    setTabOrder(m_disputed, m_reviewed);
    setTabOrder(m_reviewed, m_text);
    setTabOrder(m_text, m_export);
    setTabOrder(m_export, m_view);
    setTabOrder(m_view, m_detail);
}

void DrillDownPanel::fillChoices(const InvocationChoices &choices)
{
    const InvocationFilter keep = filter();
    m_applying = true;
    m_taskType->clear();
    m_taskType->addItem(tr("All task types"), QString());
    for (const QString &t : choices.taskTypes)
        m_taskType->addItem(t, t);
    m_errorClass->clear();
    m_errorClass->addItem(tr("Any error class"), QString());
    for (const QString &e : choices.errorClasses)
        m_errorClass->addItem(e, e);
    m_temperature->clear();
    m_temperature->addItem(tr("All temperatures"), QVariant());
    for (const double t : choices.temperatures)
        m_temperature->addItem(tr("Temperature %1").arg(Figures::decimal(t, QLocale(), 2)), t);
    selectData(m_taskType, keep.taskType);
    selectData(m_errorClass, keep.errorClass);
    if (keep.temperature)
        selectData(m_temperature, *keep.temperature);
    m_applying = false;
}

void DrillDownPanel::setRun(std::shared_ptr<const Store> store, qint64 runId, QHash<qint64, QString> variants,
                            QHash<qint64, QString> judges)
{
    m_store = std::move(store);
    m_runId = runId;
    m_judges = std::move(judges);
    m_verdictBar->setStore(m_store);
    m_verdictBar->setItem(runId, std::nullopt);
    m_applying = true;
    m_variant->clear();
    m_variant->addItem(tr("All variants"), qint64(-1));
    QList<qint64> ids = variants.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids))
        m_variant->addItem(variants.value(id), id);
    m_applying = false;
    m_model->setVariantLabels(std::move(variants));
    m_model->setItems({});
    m_detail->clear();
    fillChoices({});
    ++m_generation; // what an earlier run's reads bring is dropped
    m_choicesRead = false;
    m_stale = true;
    if (isVisible())
        load();
}

void DrillDownPanel::load()
{
    m_stale = false;
    if (!m_store || m_runId < 0)
        return;
    if (!m_choicesRead) {
        m_choicesRead = true;
        const std::shared_ptr<const Store> s = m_store;
        const qint64 runId = m_runId;
        const quint64 generation = m_generation;
        runInBackground(this, [s, runId] { return InvocationReader(*s).invocationChoices(runId); },
                        [this, generation](InvocationChoices c) {
                            if (generation == m_generation)
                                fillChoices(c);
                        });
    }
    reload();
}

void DrillDownPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load(); // read when first looked at: a big run's page opens without waiting for its rows
}

InvocationFilter DrillDownPanel::filter() const
{
    InvocationFilter f;
    f.variantId = m_variant->currentData().isValid() ? m_variant->currentData().toLongLong() : -1;
    f.taskType = m_taskType->currentData().toString();
    f.verdict = InvocationFilter::Verdict(m_verdict->currentData().toInt());
    f.errorClass = m_errorClass->currentData().toString();
    f.disputedOnly = m_disputed->isChecked();
    f.overriddenOnly = m_reviewed->isChecked();
    if (m_temperature->currentData().isValid())
        f.temperature = m_temperature->currentData().toDouble();
    f.search = m_text->text().trimmed();
    return f;
}

void DrillDownPanel::showFilter(const InvocationFilter &f)
{
    m_applying = true;
    selectData(m_variant, f.variantId);
    if (f.taskType.isEmpty())
        m_taskType->setCurrentIndex(0);
    else
        selectOrAdd(m_taskType, f.taskType, f.taskType);
    selectData(m_verdict, int(f.verdict));
    if (f.errorClass.isEmpty())
        m_errorClass->setCurrentIndex(0);
    else
        selectOrAdd(m_errorClass, f.errorClass, f.errorClass);
    m_temperature->setCurrentIndex(0);
    if (f.temperature)
        selectOrAdd(m_temperature, *f.temperature, tr("Temperature %1").arg(Figures::decimal(*f.temperature, QLocale(), 2)));
    m_disputed->setChecked(f.disputedOnly);
    m_reviewed->setChecked(f.overriddenOnly);
    m_text->setText(f.search);
    m_applying = false;
    m_typing->stop();
    if (isVisible())
        load();
    else
        m_stale = true;
}

void DrillDownPanel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_store || m_runId < 0) {
        m_model->setItems({});
        m_state->setText(tr("Select a run to list its invocations."));
        return;
    }
    const InvocationFilter f = filter();
    m_state->setText(tr("Finding the matching invocations…"));
    const std::shared_ptr<const Store> s = m_store;
    const qint64 runId = m_runId;
    runInBackground(this, [s, runId, f] {
        InvocationReader q(*s);
        Listed l{q.invocations(runId, f), 0, q.error()};
        l.matching = l.error.isEmpty() ? qint64(l.rows.size()) : 0;
        if (l.error.isEmpty() && l.rows.size() >= f.limit)
            l.matching = q.invocationCount(runId, f); // counted only when the list is cut
        if (l.error.isEmpty())
            l.error = q.error();
        return l;
    }, [this, generation, f](Listed l) {
        if (generation != m_generation)
            return;
        const qint64 selected = m_view->currentIndex().isValid() ? m_model->item(m_view->currentIndex().row()).id : -1;
        m_model->setItems(std::move(l.rows));
        const QLocale locale;
        if (!l.error.isEmpty())
            m_state->setText(tr("Cannot list the invocations: %1").arg(l.error));
        else if (l.matching == 0)
            m_state->setText(tr("No invocation of this run passes the filter."));
        else if (l.matching > m_model->rowCount())
            m_state->setText(tr("The first %1 of %2 matching invocations, in work-item order; narrow the filter or Export… them all.")
                                 .arg(Figures::count(m_model->rowCount(), locale), Figures::count(l.matching, locale)));
        else
            m_state->setText(tr("%Ln matching invocation(s).", nullptr, int(l.matching)));
        m_export->setEnabled(l.matching > 0);
        int row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (m_model->item(i).id == selected)
                row = i;
        if (m_model->rowCount() > 0) {
            m_view->selectRow(row); // the model was reset: this selects anew, and shows its detail
        } else {
            m_detail->clear();
            m_verdictBar->setItem(m_runId, std::nullopt);
        }
        Q_EMIT listed(l.matching);
    });
}

void DrillDownPanel::showDetail(qint64 invocationId)
{
    const quint64 generation = ++m_detailGeneration;
    const std::shared_ptr<const Store> s = m_store;
    if (!s)
        return;
    runInBackground(this, [s, invocationId] { return InvocationReader(*s).invocation(invocationId); },
                    [this, generation, invocationId](std::optional<InvocationDetail> d) {
                        if (generation != m_detailGeneration)
                            return;
                        if (!d) {
                            m_detail->setPlainText(tr("Invocation %1 cannot be read.").arg(invocationId));
                            return;
                        }
                        m_detail->setHtml(InvocationText::html(*d, m_model->variantLabel(d->row.variantId), m_judges, QLocale()));
                        Q_EMIT detailShown(invocationId);
                    });
}

void DrillDownPanel::exportTo(const QString &path)
{
    if (!m_store)
        return;
    // The run's export for scripts (every stored field, each judge's scores), of the filter's invocations.
    RunExport e;
    e.filter = filter();
    e.format = path.endsWith(u".jsonl"_qs, Qt::CaseInsensitive) ? RunExport::Format::Jsonl : RunExport::Format::Csv;
    const std::shared_ptr<const Store> s = m_store;
    const qint64 runId = m_runId;
    m_state->setText(tr("Exporting to %1…").arg(path));
    runInBackground(this, [s, runId, e, path]() -> QString {
        QSaveFile file(path); // all or nothing
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        if (const QString error = e.write(*s, runId, file); !error.isEmpty())
            return error;
        return file.commit() ? QString() : file.errorString();
    }, [this, path](QString error) {
        m_state->setText(error.isEmpty() ? tr("Exported to %1.").arg(path) : tr("Cannot export to %1: %2").arg(path, error));
        Q_EMIT exported(path, error);
    });
}

} // namespace Quorum
