#include "profileform.h"

#include "keypanel.h"
#include "catalog/modelcatalog.h"
#include "present/catalogtext.h"
#include "setup/plandocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Quorum {

namespace {
const QList<Provider> kProviders = {Provider::Bedrock, Provider::OpenAI, Provider::Azure, Provider::Anthropic,
                                    Provider::Gemini, Provider::OpenAICompatible, Provider::Simulator};
const QList<ServiceTier> kTiers = {ServiceTier::Default, ServiceTier::Priority, ServiceTier::Flex, ServiceTier::Reserved};

// A number as typed: the user's locale first, then the C locale ("0.0008" everywhere). Text
// that is no number stays text, so the reader says what is wrong with it.
QJsonValue typedNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    return ok ? QJsonValue(v) : QJsonValue(t);
}

// A price as people write it: "0.00006", never "6e-05".
QString plainNumber(double v)
{
    QString text = QString::number(v, 'f', 10);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString numberText(const QJsonValue &v)
{
    if (v.isDouble())
        return plainNumber(v.toDouble());
    return v.isString() ? v.toString() : QString();
}

std::pair<Provider, QString> splitId(const QString &id)
{
    const qsizetype slash = id.indexOf(u'/');
    if (slash <= 0)
        return {Provider::Simulator, id};
    return {providerFromPrefix(id.left(slash)).value_or(Provider::Simulator), id.mid(slash + 1)};
}
} // namespace

ProfileForm::ProfileForm(PlanDocument *document, ProfileKind kind, QWidget *parent)
    : QWidget(parent), m_document(document), m_kind(kind), m_general(new QLabel(this)), m_provider(new QComboBox(this)),
      m_model(new QComboBox(this)), m_catalogNote(new QLabel(this)), m_region(new QComboBox(this)), m_tiers(new QWidget(this)),
      m_tierNote(new QLabel(this)), m_input(new QLineEdit(this)), m_output(new QLineEdit(this)), m_rpm(new QLineEdit(this)),
      m_baseUrl(new QLineEdit(this)), m_keyEnv(new QLineEdit(this)), m_name(new QLineEdit(this)), m_keyPanel(new KeyPanel(document, kind, this))
{
    setObjectName(kind == ProfileKind::Model ? u"modelForm"_qs : u"judgeForm"_qs);
    for (Provider p : kProviders)
        m_provider->addItem(providerPrefix(p), int(p));
    m_provider->setObjectName(u"provider"_qs);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setObjectName(u"modelId"_qs);
    m_model->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_model->completer()->setFilterMode(Qt::MatchContains);
    m_model->setMinimumContentsLength(28);
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->setObjectName(u"region"_qs);
    m_input->setObjectName(u"inputPrice"_qs);
    m_output->setObjectName(u"outputPrice"_qs);
    m_rpm->setObjectName(u"targetRpm"_qs);
    m_baseUrl->setObjectName(u"baseUrl"_qs);
    m_keyEnv->setObjectName(u"apiKeyEnv"_qs);
    m_name->setObjectName(u"displayName"_qs);
    m_input->setPlaceholderText(tr("unknown: enter the list price"));
    m_output->setPlaceholderText(tr("unknown: enter the list price"));
    m_rpm->setPlaceholderText(tr("no limit"));
    m_baseUrl->setPlaceholderText(tr("the provider's own endpoint"));
    m_keyEnv->setPlaceholderText(tr("the provider's usual variable"));
    m_name->setPlaceholderText(tr("model@region, as elsewhere in Quorum"));
    for (QLabel *note : {m_catalogNote, m_tierNote, m_general}) {
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
    }
    m_general->setObjectName(u"formProblem"_qs);

    auto *tierRow = new QHBoxLayout(m_tiers);
    tierRow->setContentsMargins(0, 0, 0, 0);
    for (ServiceTier t : kTiers) {
        auto *box = new QCheckBox(tierName(t), m_tiers);
        box->setObjectName(u"tier_"_qs + tierName(t));
        m_tierBoxes.append(box);
        tierRow->addWidget(box);
        connect(box, &QCheckBox::clicked, this, [this, t](bool on) { toggleTier(t, on); });
    }
    tierRow->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto field = [&](const QString &label, QWidget *widget, const QString &key, QWidget *note = nullptr) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(widget);
        if (note)
            column->addWidget(note);
        QLabel *message = messageLabel();
        m_messages.insert(key, message);
        column->addWidget(message);
        form->addRow(label, column);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(column)))
            l->setBuddy(widget);
    };
    field(tr("&Provider:"), m_provider, u"provider"_qs);
    field(tr("&Model id:"), m_model, u"model_id"_qs, m_catalogNote);
    field(tr("&Region:"), m_region, u"region"_qs);
    if (kind == ProfileKind::Model)
        field(tr("Service tiers:"), m_tiers, u"service_tier"_qs, m_tierNote);
    else
        m_tiers->hide();
    field(tr("&Input $ per 1K tokens:"), m_input, u"input_token_cost"_qs);
    field(tr("&Output $ per 1K tokens:"), m_output, u"output_token_cost"_qs);
    field(tr("Target R&PM:"), m_rpm, u"target_rpm"_qs);
    field(tr("&Base URL:"), m_baseUrl, u"base_url"_qs);
    field(tr("API key &variable:"), m_keyEnv, u"api_key_env"_qs);
    field(tr("Display &name:"), m_name, u"display_name"_qs);

    form->addRow(tr("Key:"), m_keyPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_provider, &QComboBox::activated, this, [this] {
        fillModelSuggestions();
        commit(u"provider"_qs);
    });
    connect(m_model, &QComboBox::activated, this, &ProfileForm::pickCatalogModel);
    connect(m_model->lineEdit(), &QLineEdit::textEdited, this, [this] { commit(u"model_id"_qs); });
    connect(m_region, &QComboBox::activated, this, [this] { commit(u"region"_qs); });
    connect(m_region->lineEdit(), &QLineEdit::textEdited, this, [this] { commit(u"region"_qs); });
    for (auto [edit, key] : {std::pair{m_input, u"input_token_cost"_qs}, {m_output, u"output_token_cost"_qs}, {m_rpm, u"target_rpm"_qs},
                             {m_baseUrl, u"base_url"_qs}, {m_keyEnv, u"api_key_env"_qs}, {m_name, u"display_name"_qs}})
        connect(edit, &QLineEdit::textEdited, this, [this, key = key] { commit(key); });
    connect(m_keyEnv, &QLineEdit::textEdited, this, &ProfileForm::showKeyStatus);
    connect(document, &PlanDocument::changed, this, &ProfileForm::load);
    setRow(-1);
}

QLabel *ProfileForm::messageLabel()
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xd5, 0x5e, 0x00)); // the house's vermillion: readable on light and dark
    label->setPalette(p);
    label->hide();
    return label;
}

QCheckBox *ProfileForm::tierBox(ServiceTier tier) const
{
    return m_tierBoxes.value(kTiers.indexOf(tier));
}

void ProfileForm::setKeyAccess(const KeyAccess &access)
{
    m_keyPanel->setKeyAccess(access);
}

void ProfileForm::setProbe(const std::optional<ProbeReport> &report)
{
    m_probe = report;
    load();
}

void ProfileForm::setRow(int row)
{
    m_row = row;
    load();
}

void ProfileForm::fillModelSuggestions()
{
    const auto provider = Provider(m_provider->currentData().toInt());
    const QString typed = m_model->currentText();
    const QString region = m_region->currentText();
    m_model->clear();
    for (const CatalogModel &m : ModelCatalog::builtIn().models(provider))
        m_model->addItem(provider == Provider::OpenAICompatible ? tr("%1  —  %2 (%3)").arg(m.model, m.displayName, m.provider)
                                                                : m.model + u"  —  "_qs + m.displayName,
                         m.key());
    m_model->setEditText(typed);
    m_region->clear();
    m_region->addItems(ModelCatalog::builtIn().regions(provider));
    m_region->setEditText(region);
}

void ProfileForm::load()
{
    const QList<QJsonObject> &drafts = m_document->drafts(m_kind);
    if (m_row >= drafts.size())
        m_row = -1;
    const bool on = m_row >= 0;
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_general)
            w->setEnabled(on);
    if (!on) {
        m_general->setText(m_kind == ProfileKind::Model ? tr("Add a model, or import a 360-eval model profile file.")
                                                        : tr("Add a judge, or import a 360-eval judge profile file."));
        m_general->show();
        for (QLabel *l : std::as_const(m_messages))
            l->hide();
        return;
    }
    m_loading = true;
    const QJsonObject f = drafts.at(m_row);
    const auto [provider, model] = splitId(f.value(u"model_id").toString());
    // The field being typed in keeps its text as typed ("0." on the way to "0.05" reads as 0):
    // only undo, redo and the other fields' edits write into it.
    auto setText = [this](QLineEdit *edit, const QString &text) {
        if (edit->text() != text && edit != m_typing)
            edit->setText(text);
    };
    if (m_provider->currentData().toInt() != int(provider) || m_model->count() == 0) {
        m_provider->setCurrentIndex(m_provider->findData(int(provider)));
        fillModelSuggestions();
    }
    setText(m_model->lineEdit(), model);
    setText(m_region->lineEdit(), f.value(u"region").toString());
    setText(m_input, numberText(f.contains(u"input_token_cost") ? f.value(u"input_token_cost") : f.value(u"input_cost_per_1k")));
    setText(m_output, numberText(f.contains(u"output_token_cost") ? f.value(u"output_token_cost") : f.value(u"output_cost_per_1k")));
    setText(m_rpm, numberText(f.value(u"target_rpm")));
    setText(m_baseUrl, f.value(u"base_url").toString());
    setText(m_keyEnv, f.value(u"api_key_env").toString());
    setText(m_name, f.value(u"display_name").toString());

    const CatalogModel *known = ModelCatalog::builtIn().find(provider, model, f.value(u"base_url").toString());
    const auto tier = tierFromName(f.value(u"service_tier").toString()).value_or(ServiceTier::Default);
    const CatalogPrice *listed = known ? known->priceOn(tierName(tier), QDate::currentDate()) : nullptr;
    if (model.trimmed().isEmpty())
        m_catalogNote->setText(tr("Type a model id, or pick one of the well-known models from the list (their prices come with them)."));
    else if (!known)
        m_catalogNote->setText(tr("Not in Quorum's list of well-known models: check the id and enter the prices."));
    else if (listed)
        m_catalogNote->setText(tr("%1. List price %2, from %3.")
                                   .arg(known->displayName, CatalogText::readOn(*listed, QDate::currentDate(), CatalogText::staleDays()),
                                        listed->source));
    else
        m_catalogNote->setText(tr("%1. The catalog has no %2 price for it: enter the price you pay.").arg(known->displayName, tierName(tier)));

    // Tiers: which of this model × region × endpoint's tiers are variants, and what the probe found.
    const QList<int> group = tierGroup();
    QStringList unavailable;
    for (int i = 0; i < kTiers.size(); ++i) {
        QCheckBox *box = m_tierBoxes.at(i);
        bool checked = false;
        for (int r : group)
            checked |= tierFromName(drafts.at(r).value(u"service_tier").toString()).value_or(ServiceTier::Default) == kTiers.at(i);
        box->setChecked(checked);
        QString why;
        if (m_probe)
            for (const TierProbe &p : m_probe->results)
                if (p.modelId == f.value(u"model_id").toString() && p.region == f.value(u"region").toString() && p.tier == kTiers.at(i)
                    && p.outcome == TierProbe::Outcome::Rejected)
                    why = p.message;
        box->setEnabled(why.isEmpty() || checked);
        box->setToolTip(why.isEmpty() ? tr("Each checked tier is a variant of its own") : tr("Unavailable: %1").arg(why));
        if (!why.isEmpty())
            unavailable << tr("%1 is unavailable here (%2)").arg(tierName(kTiers.at(i)), why);
    }
    m_catalogNote->setVisible(!m_catalogNote->text().isEmpty());
    m_tierNote->setText(unavailable.join(u"; "));
    m_tierNote->setVisible(!unavailable.isEmpty());
    m_loading = false;
    showProblems();
    showKeyStatus();
}

void ProfileForm::showProblems()
{
    for (QLabel *l : std::as_const(m_messages)) {
        l->clear();
        l->hide();
    }
    QStringList general;
    if (m_row < 0)
        return;
    const Diagnostics problems = m_document->rowProblems(m_kind, m_row);
    for (const Diagnostic &d : problems.items()) {
        QString key = d.field;
        if (key == u"input_cost_per_1k")
            key = u"input_token_cost"_qs;
        if (key == u"output_cost_per_1k")
            key = u"output_token_cost"_qs;
        QLabel *label = m_messages.value(key);
        const QString text = d.severity == Diagnostic::Severity::Warning ? tr("Note: %1").arg(d.message) : d.message;
        if (!label) {
            general << text;
            continue;
        }
        label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
        label->show();
    }
    m_general->setText(general.join(u'\n'));
    m_general->setVisible(!general.isEmpty());
}

void ProfileForm::showKeyStatus()
{
    m_keyPanel->setTarget(m_row, Provider(m_provider->currentData().toInt()), m_keyEnv->text().trimmed());
}

QJsonObject ProfileForm::fieldsFromWidgets() const
{
    QJsonObject f = m_document->drafts(m_kind).value(m_row); // keeps service_tier, optimized_prompts and what the form has no field for
    for (const char *key : {"model_id", "region", "input_token_cost", "output_token_cost", "input_cost_per_1k", "output_cost_per_1k",
                            "target_rpm", "base_url", "api_key_env", "display_name"})
        f.remove(QLatin1String(key));
    const QString model = m_model->currentText().trimmed();
    f.insert(u"model_id"_qs, QString(providerPrefix(Provider(m_provider->currentData().toInt())) + u'/' + model));
    auto put = [&](const QString &key, const QJsonValue &v) {
        if (!v.isUndefined() && !(v.isString() && v.toString().isEmpty()))
            f.insert(key, v);
    };
    put(u"region"_qs, m_region->currentText().trimmed());
    put(u"input_token_cost"_qs, typedNumber(m_input->text()));
    put(u"output_token_cost"_qs, typedNumber(m_output->text()));
    put(u"target_rpm"_qs, typedNumber(m_rpm->text()));
    put(u"base_url"_qs, m_baseUrl->text().trimmed());
    put(u"api_key_env"_qs, m_keyEnv->text().trimmed());
    put(u"display_name"_qs, m_name->text());
    return f;
}

void ProfileForm::commit(const QString &field)
{
    if (m_loading || m_row < 0)
        return;
    PlanDocument::State next = m_document->state();
    QList<QJsonObject> &rows = m_kind == ProfileKind::Model ? next.models : next.judges;
    const QJsonObject fields = fieldsFromWidgets();
    if (rows.value(m_row) == fields)
        return;
    rows[m_row] = fields;
    const QHash<QString, QLineEdit *> typedIn = {{u"model_id"_qs, m_model->lineEdit()}, {u"region"_qs, m_region->lineEdit()},
                                                 {u"input_token_cost"_qs, m_input}, {u"output_token_cost"_qs, m_output},
                                                 {u"target_rpm"_qs, m_rpm}, {u"base_url"_qs, m_baseUrl},
                                                 {u"api_key_env"_qs, m_keyEnv}, {u"display_name"_qs, m_name}};
    m_typing = typedIn.value(field);
    m_document->edit(next, tr("Edit %1 of %2").arg(field, fields.value(u"model_id").toString()),
                     u"%1/%2/%3"_qs.arg(int(m_kind)).arg(m_row).arg(field));
    m_typing = nullptr;
}

void ProfileForm::pickCatalogModel(int index)
{
    const CatalogModel *known = ModelCatalog::builtIn().find(m_model->itemData(index).toString());
    if (!known)
        return;
    const QString model = known->model;
    m_model->setEditText(model);
    const auto provider = Provider(m_provider->currentData().toInt());
    if (!known->baseUrl.isEmpty())
        m_baseUrl->setText(known->baseUrl);
    const auto tier = tierFromName(m_document->drafts(m_kind).value(m_row).value(u"service_tier").toString()).value_or(ServiceTier::Default);
    const std::optional<ListPrice> price = known->priceAt(tier);
    m_input->setText(price ? plainNumber(price->inputPer1k) : QString());
    m_output->setText(price ? plainNumber(price->outputPer1k) : QString());
    if (m_name->text().isEmpty() || ModelCatalog::builtIn().find(provider, m_name->text()) != nullptr
        || std::any_of(ModelCatalog::builtIn().models().cbegin(), ModelCatalog::builtIn().models().cend(),
                       [&](const CatalogModel &m) { return m.displayName == m_name->text(); }))
        m_name->setText(known->displayName);
    commit(u"model_id"_qs);
}

QList<int> ProfileForm::tierGroup() const
{
    const QList<QJsonObject> &drafts = m_document->drafts(m_kind);
    QList<int> group;
    if (m_row < 0)
        return group;
    const QJsonObject me = drafts.at(m_row);
    for (int i = 0; i < drafts.size(); ++i) {
        const QJsonObject &o = drafts.at(i);
        if (o.value(u"model_id") == me.value(u"model_id") && o.value(u"region") == me.value(u"region")
            && o.value(u"base_url") == me.value(u"base_url"))
            group.append(i);
    }
    return group;
}

void ProfileForm::toggleTier(ServiceTier tier, bool on)
{
    if (m_row < 0)
        return;
    PlanDocument::State next = m_document->state();
    QList<QJsonObject> &rows = next.models;
    const QList<int> group = tierGroup();
    auto tierOf = [&](int r) { return tierFromName(rows.at(r).value(u"service_tier").toString()).value_or(ServiceTier::Default); };
    if (on) {
        QJsonObject variant = rows.at(m_row);
        variant.remove(u"service_tier"_qs);
        if (tier != ServiceTier::Default)
            variant.insert(u"service_tier"_qs, tierName(tier));
        // A tier's price is its own: the catalog's where the vendor lists it, else empty for the
        // analyst to enter (never the default tier's, which would understate priority's cost).
        for (const char *key : {"input_token_cost", "output_token_cost", "input_cost_per_1k", "output_cost_per_1k"})
            variant.remove(QLatin1String(key));
        const auto [provider, model] = splitId(variant.value(u"model_id").toString());
        if (const CatalogModel *known = ModelCatalog::builtIn().find(provider, model, variant.value(u"base_url").toString()))
            if (const auto price = known->priceAt(tier)) {
                variant.insert(u"input_token_cost"_qs, price->inputPer1k);
                variant.insert(u"output_token_cost"_qs, price->outputPer1k);
            }
        const int at = group.isEmpty() ? int(rows.size()) : group.last() + 1;
        rows.insert(at, variant);
        m_document->edit(next, tr("Add the %1 tier of %2").arg(tierName(tier), variant.value(u"model_id").toString()));
        Q_EMIT rowChosen(at);
        return;
    }
    int remove = -1;
    for (int r : group)
        if (tierOf(r) == tier)
            remove = r;
    if (remove < 0)
        return;
    if (group.size() == 1) {
        tierBox(tier)->setChecked(true); // the last tier of a model is the model: Remove takes it away
        m_tierNote->setText(tr("A model needs at least one tier; use Remove to take the model away."));
        m_tierNote->show();
        return;
    }
    const QString id = rows.at(remove).value(u"model_id").toString();
    rows.removeAt(remove);
    m_document->edit(next, tr("Remove the %1 tier of %2").arg(tierName(tier), id));
    Q_EMIT rowChosen(std::min<int>(remove == m_row ? group.first() : (m_row > remove ? m_row - 1 : m_row), int(rows.size()) - 1));
}

} // namespace Quorum
