#include "profilespage.h"

#include "profileform.h"
#include "varianttablemodel.h"
#include "present/background.h"
#include "setup/importjob.h"
#include "config/planfile.h"
#include "engine/probe.h"
#include "present/diagnosticsformat.h"
#include "setup/plandocument.h"

#include <QAction>
#include <QCoroTask>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

ProfilesPage::ProfilesPage(PlanDocument *document, ProfileKind kind, QWidget *parent)
    : QWidget(parent), m_document(document), m_kind(kind), m_probeDirectory(defaultProbeCacheDirectory()),
      m_model(new VariantTableModel(document, kind, this)), m_table(new QTableView(this)), m_form(new ProfileForm(document, kind, this))
{
    const QString noun = kind == ProfileKind::Model ? tr("Model") : tr("Judge");
    setObjectName(kind == ProfileKind::Model ? u"modelsPage"_qs : u"juryPage"_qs);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(action(tr("&Add %1").arg(noun), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"add"_qs, &ProfilesPage::add));
    bar->addAction(action(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), u"duplicate"_qs, &ProfilesPage::duplicate));
    bar->addAction(action(tr("&Remove"), QKeySequence::Delete, u"remove"_qs, &ProfilesPage::remove));
    bar->addAction(action(tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up), u"moveUp"_qs, nullptr));
    bar->addAction(action(tr("Move &Down"), QKeySequence(Qt::ALT | Qt::Key_Down), u"moveDown"_qs, nullptr));
    bar->addSeparator();
    bar->addAction(action(tr("&Import…"), {}, u"import"_qs, nullptr));
    bar->addAction(action(tr("E&xport…"), {}, u"export"_qs, nullptr));
    if (kind == ProfileKind::Model) {
        bar->addSeparator();
        m_probe = action(tr("&Probe Tiers"), {}, u"probe"_qs, &ProfilesPage::probeTiers);
        m_probe->setToolTip(tr("Ask each selected model and region which service tiers it serves (one small call per tier; cached)"));
        bar->addAction(m_probe);
    }
    connect(findChild<QAction *>(u"moveUp"_qs), &QAction::triggered, this, [this] { move(-1); });
    connect(findChild<QAction *>(u"moveDown"_qs), &QAction::triggered, this, [this] { move(+1); });
    connect(findChild<QAction *>(u"import"_qs), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Profiles"), QString(), tr("Profiles (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(findChild<QAction *>(u"export"_qs), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Profiles"),
                                                          m_kind == ProfileKind::Model ? u"models.jsonl"_qs : u"judges.jsonl"_qs,
                                                          tr("Profiles (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            exportFile(path);
    });

    m_table->setObjectName(kind == ProfileKind::Model ? u"modelTable"_qs : u"judgeTable"_qs);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(kind == ProfileKind::Model ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VariantTableModel::NameColumn, QHeaderView::Stretch);
    if (kind == ProfileKind::Judge)
        m_table->hideColumn(VariantTableModel::TierColumn);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_form->setRow(current.isValid() ? current.row() : -1); });
    // Something is always selected when there is something: the form is never an empty grey block.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_table->currentIndex().isValid())
            select(m_model->rowCount() > 0 ? 0 : -1);
    });
    connect(m_form, &ProfileForm::rowChosen, this, &ProfilesPage::select);
    connect(document, &PlanDocument::changed, this, &ProfilesPage::loadCachedProbe);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
    setTabOrder(m_table, m_form);
    select(m_model->rowCount() > 0 ? 0 : -1);
}

QAction *ProfilesPage::action(const QString &text, const QKeySequence &shortcut, const QString &name, void (ProfilesPage::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(u"%1 (%2)"_qs.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    }
    // Row actions answer in the table only: Delete, Alt+Up/Down and Ctrl+D mean other things in a field.
    if (name == u"add")
        addAction(a);
    else {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(a);
    }
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    return a;
}

void ProfilesPage::setKeyAccess(const KeyAccess &access)
{
    m_keys = access;
    m_form->setKeyAccess(access);
}

void ProfilesPage::setProbeCacheDirectory(const QString &directory)
{
    m_probeDirectory = directory;
    loadCachedProbe();
}

int ProfilesPage::selectedRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void ProfilesPage::select(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->clearSelection();
        m_form->setRow(-1);
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    m_form->setRow(row);
}

void ProfilesPage::add()
{
    PlanDocument::State next = m_document->state();
    QList<QJsonObject> &rows = m_kind == ProfileKind::Model ? next.models : next.judges;
    // A new row starts as the selected one's provider would (or the simulator), with nothing guessed.
    QString provider = u"simulator"_qs;
    if (const int row = selectedRow(); row >= 0)
        provider = rows.at(row).value(u"model_id").toString().section(u'/', 0, 0);
    rows.append(QJsonObject{{u"model_id"_qs, QString(provider + u'/')}});
    m_document->edit(next, m_kind == ProfileKind::Model ? tr("Add a model") : tr("Add a judge"));
    select(int(rows.size()) - 1);
    m_form->findChild<QWidget *>(u"modelId"_qs)->setFocus();
}

void ProfilesPage::addFromCatalog(const CatalogModel &model, const QHash<QString, QStringList> &bedrockGeo)
{
    if (!model.api)
        return;
    PlanDocument::State next = m_document->state();
    QList<QJsonObject> &rows = m_kind == ProfileKind::Model ? next.models : next.judges;
    const QString region = model.regions.value(0);
    const QString id = model.bedrockIds.isEmpty() ? model.model : model.idForRegion(region, bedrockGeo);
    QJsonObject row{{u"model_id"_qs, QString(providerPrefix(*model.api) + u'/' + id)}, {u"display_name"_qs, model.displayName}};
    if (!region.isEmpty())
        row.insert(u"region"_qs, region);
    if (!model.baseUrl.isEmpty())
        row.insert(u"base_url"_qs, model.baseUrl);
    // Today's list price, per 1,000 tokens as the form takes it; none where the catalog has none.
    if (const auto price = model.priceAt(ServiceTier::Default)) {
        row.insert(u"input_token_cost"_qs, price->inputPer1k);
        row.insert(u"output_token_cost"_qs, price->outputPer1k);
    }
    rows.append(row);
    m_document->edit(next, tr("Add %1 from the catalog").arg(model.displayName));
    select(int(rows.size()) - 1);
}

void ProfilesPage::duplicate()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    PlanDocument::State next = m_document->state();
    QList<QJsonObject> &rows = m_kind == ProfileKind::Model ? next.models : next.judges;
    rows.insert(row + 1, rows.at(row));
    m_document->edit(next, tr("Duplicate %1").arg(rows.at(row).value(u"model_id").toString()));
    select(row + 1);
}

void ProfilesPage::remove()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && selectedRow() >= 0)
        rows.append(selectedRow());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    PlanDocument::State next = m_document->state();
    QList<QJsonObject> &list = m_kind == ProfileKind::Model ? next.models : next.judges;
    for (int r : rows)
        list.removeAt(r);
    m_document->edit(next, tr("Remove %n row(s)", nullptr, int(rows.size())));
    select(std::min<int>(rows.last(), int(list.size()) - 1));
}

void ProfilesPage::move(int delta)
{
    const int row = selectedRow();
    PlanDocument::State next = m_document->state();
    QList<QJsonObject> &list = m_kind == ProfileKind::Model ? next.models : next.judges;
    if (row < 0 || row + delta < 0 || row + delta >= list.size())
        return;
    list.move(row, row + delta);
    m_document->edit(next, tr("Move %1").arg(list.at(row + delta).value(u"model_id").toString()));
    select(row + delta);
}

void ProfilesPage::importFile(const QString &path)
{
    const InputKind kind = m_kind == ProfileKind::Model ? InputKind::ModelProfiles : InputKind::JudgeProfiles;
    Q_EMIT status(tr("Reading %1…").arg(path));
    importInBackground(this, path, kind, {}, [this, path, kind](const ImportedFile &file, const Diagnostics &diagnostics) {
        const QList<ModelVariant> &profiles = kind == InputKind::ModelProfiles ? file.models : file.judges;
        Q_EMIT problemsFound(path, diagnostics);
        if (diagnostics.hasErrors()) {
            Q_EMIT status(tr("%1 was not imported: %2").arg(path, summarizeDiagnostics(diagnostics)));
            Q_EMIT imported(false);
            return;
        }
        PlanDocument::State next = m_document->state();
        QList<QJsonObject> &list = m_kind == ProfileKind::Model ? next.models : next.judges;
        const int first = int(list.size());
        for (const ModelVariant &m : profiles)
            list.append(profileToJson(m));
        m_document->edit(next, tr("Import %1").arg(path));
        select(first);
        Q_EMIT status(tr("Imported %n profile(s) from %1", nullptr, int(profiles.size())).arg(path));
        Q_EMIT imported(true);
    });
}

void ProfilesPage::exportFile(const QString &path)
{
    for (int i = 0; i < m_document->drafts(m_kind).size(); ++i)
        if (m_document->rowProblems(m_kind, i).hasErrors()) {
            Q_EMIT status(tr("Fix the rows marked with a warning first: only profiles that read are exported."));
            Q_EMIT exported(false);
            return;
        }
    QByteArray bytes;
    for (const QJsonObject &o : m_document->drafts(m_kind))
        bytes += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    runInBackground(this, [path, bytes] { return writeWholeFile(path, bytes); }, [this, path](const QString &error) {
        Q_EMIT status(error.isEmpty() ? tr("Exported %1").arg(path) : tr("Cannot write %1: %2").arg(path, error));
        Q_EMIT exported(error.isEmpty());
    });
}

void ProfilesPage::loadCachedProbe()
{
    if (m_kind != ProfileKind::Model)
        return;
    m_form->setProbe(cachedProbe(m_probeDirectory, profileHash(m_document->plan().models)));
}

void ProfilesPage::probeTiers()
{
    QList<ModelVariant> models;
    QSet<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.insert(i.row());
    const QList<ModelVariant> all = m_document->plan().models;
    if (rows.isEmpty())
        models = all;
    else
        for (int r : rows) {
            Diagnostics ignored;
            if (auto v = PlanDocument::readDraft(m_document->drafts(ProfileKind::Model).at(r), ProfileKind::Model, r, ignored))
                models.append(*v);
        }
    if (models.isEmpty())
        return;
    m_probe->setEnabled(false);
    Q_EMIT status(tr("Probing the service tiers of %n model(s)…", nullptr, int(models.size())));
    QPointer<ProfilesPage> self(this);
    const QString directory = m_probeDirectory;
    QCoro::connect(Quorum::probeTiers(models, m_keys.environment, m_keys.lookup), this, [self, directory, all](ProbeReport report) {
        if (!self)
            return;
        self->m_probe->setEnabled(true);
        // Cached under the whole plan's hash, as quorum-cli probe keeps it, merged with what was known.
        const QString hash = profileHash(all);
        if (auto known = cachedProbe(directory, hash))
            for (const TierProbe &p : known->results) {
                const bool replaced = std::any_of(report.results.cbegin(), report.results.cend(), [&](const TierProbe &q) {
                    return q.modelId == p.modelId && q.region == p.region && q.tier == p.tier;
                });
                if (!replaced)
                    report.results.append(p);
            }
        report.profileHash = hash;
        const QString error = saveProbe(directory, report);
        int rejected = 0;
        for (const TierProbe &p : report.results)
            rejected += p.outcome == TierProbe::Outcome::Rejected;
        Q_EMIT self->status(error.isEmpty() ? tr("Probed %n tier(s); %1 unavailable.", nullptr, int(report.results.size())).arg(rejected)
                                            : tr("Probed, but the cache could not be written: %1").arg(error));
        self->loadCachedProbe();
        Q_EMIT self->probed();
    });
}

} // namespace Quorum
