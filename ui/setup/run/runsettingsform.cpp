#include "runsettingsform.h"

#include "config/planfile.h"
#include "engine/workplan.h"
#include "jury/scorers.h"
#include "present/figures.h"
#include "present/progresstext.h"
#include "setup/plandocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

namespace {
// Spin boxes allow exactly what `quorum-cli validate` accepts: the ranges come from the reader.
QSpinBox *wholeBox(const char *key, QWidget *parent)
{
    const SettingRange r = settingRange(key);
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(key));
    box->setRange(int(r.low), int(std::min(r.high, 2e9)));
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}
QDoubleSpinBox *decimalBox(const char *key, int decimals, double step, QWidget *parent)
{
    const SettingRange r = settingRange(key);
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QString::fromLatin1(key));
    box->setRange(r.low, r.high);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}
// The dimensions of a comma-separated list as typed.
QStringList dimensionsIn(const QString &text)
{
    QStringList out;
    for (const QString &d : text.split(u','))
        if (!d.trimmed().isEmpty())
            out.append(d.trimmed());
    return out;
}
// One settings edit, undoable; typing into one field is one step.
void commitSettings(PlanDocument *document, const RunSettings &settings, const QString &field)
{
    PlanDocument::State next = document->state();
    if (next.plan.settings.toJson() == settings.toJson())
        return; // nothing changed (a comma typed after a dimension): no empty undo step
    Diagnostics diagnostics;
    InputRecord record;
    record.file = QObject::tr("Run settings");
    record.fields = settings.toJson();
    if (!settingsFromRecord(record, diagnostics))
        return; // cannot happen: the fields allow only valid values
    next.plan.settings = settings;
    document->edit(next, QObject::tr("Change %1").arg(field), u"settings/"_qs + field);
}
} // namespace

JuryRulesForm::JuryRulesForm(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_rule(new QComboBox(this)), m_threshold(decimalBox("pass_threshold", 2, 0.25, this)),
      m_dispute(decimalBox("dispute_threshold", 2, 0.25, this)), m_dimensions(new QLineEdit(this))
{
    m_rule->setObjectName(u"passRule"_qs);
    m_rule->addItem(tr("Mean of the judges' scores"), int(PassRule::Mean));
    m_rule->addItem(tr("Majority of the judges"), int(PassRule::Majority));
    m_dimensions->setObjectName(u"dimensions"_qs);
    m_dimensions->setPlaceholderText(tr("none; e.g. brevity, tone"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QWidget *w : std::initializer_list<QWidget *>{m_rule, m_threshold, m_dispute, m_dimensions})
        w->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    form->addRow(tr("Pass &rule:"), m_rule);
    form->addRow(tr("Pass &threshold (1–5):"), m_threshold);
    form->addRow(tr("&Dispute threshold:"), m_dispute);
    form->addRow(tr("Extra &dimensions:"), m_dimensions);
    m_dispute->setToolTip(tr("An item is disputed when its judges' scores differ by more than this"));
    connect(m_rule, &QComboBox::activated, this, [this] { commit(u"pass rule"_qs); });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] { commit(u"pass threshold"_qs); });
    connect(m_dispute, &QDoubleSpinBox::valueChanged, this, [this] { commit(u"dispute threshold"_qs); });
    connect(m_dimensions, &QLineEdit::textEdited, this, [this] { commit(u"dimensions"_qs); });
    connect(document, &PlanDocument::changed, this, &JuryRulesForm::load);
    load();
}

void JuryRulesForm::load()
{
    m_loading = true;
    const RunSettings &s = m_document->state().plan.settings;
    m_rule->setCurrentIndex(m_rule->findData(int(s.passRule)));
    m_threshold->setValue(s.passThreshold);
    m_dispute->setValue(s.disputeThreshold);
    if (dimensionsIn(m_dimensions->text()) != s.userMetrics) // "brevity, " being typed stays as typed
        m_dimensions->setText(s.userMetrics.join(u", "));
    m_loading = false;
}

void JuryRulesForm::commit(const QString &field)
{
    if (m_loading)
        return;
    RunSettings s = m_document->state().plan.settings;
    s.passRule = PassRule(m_rule->currentData().toInt());
    s.passThreshold = m_threshold->value();
    s.disputeThreshold = m_dispute->value();
    s.userMetrics = dimensionsIn(m_dimensions->text());
    commitSettings(m_document, s, field);
}

RunSettingsForm::RunSettingsForm(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_parallel(wholeBox("parallel", this)), m_invocations(wholeBox("invocations", this)),
      m_experiments(wholeBox("experiments", this)), m_wait(wholeBox("experiment_wait_seconds", this)),
      m_temperature(decimalBox("temperature", 2, 0.05, this)), m_variations(wholeBox("temperature_variations", this)),
      m_temperatures(new QLabel(this)), m_maxTokens(wholeBox("max_output_tokens", this)), m_streaming(new QCheckBox(tr("&Stream answers (measures time to first token)"), this)),
      m_vision(new QCheckBox(tr("Send the scenarios' &images (vision)"), this)),
      m_latencyOnly(new QCheckBox(tr("&Latency only: no jury"), this)), m_optimization(new QComboBox(this)),
      m_budget(decimalBox("budget_usd", 2, 1, this)), m_scorers(new QListWidget(this)), m_estimate(new QLabel(this))
{
    setObjectName(u"runSettings"_qs);
    m_wait->setSuffix(tr(" s"));
    m_budget->setPrefix(u"$"_qs);
    m_budget->setSpecialValueText(tr("no cap"));
    m_maxTokens->setToolTip(tr("The output-token cap of a scenario that names none (its expected output tokens win)"));
    m_streaming->setObjectName(u"streaming"_qs);
    m_vision->setObjectName(u"vision"_qs);
    m_latencyOnly->setObjectName(u"latencyOnly"_qs);
    m_optimization->setObjectName(u"promptOptimization"_qs);
    for (auto mode : {PromptOptimization::None, PromptOptimization::OptimizeOnly, PromptOptimization::EvaluateBoth})
        m_optimization->addItem(promptOptimizationName(mode), int(mode));
    m_optimization->setToolTip(tr("Bedrock's prompt optimization: optimized prompts only, or each Bedrock model twice (as asked and optimized)"));
    m_scorers->setObjectName(u"scorers"_qs);
    for (const QString &name : scorerNames()) {
        auto *item = new QListWidgetItem(name, m_scorers);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_scorers->setMaximumHeight(m_scorers->sizeHintForRow(0) * int(scorerNames().size() + 1) + 8);
    m_estimate->setObjectName(u"estimate"_qs);
    m_estimate->setTextFormat(Qt::RichText);
    m_estimate->setWordWrap(true);
    m_estimate->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_temperatures->setWordWrap(true);

    auto *calls = new QGroupBox(tr("Calls"), this);
    auto *callsForm = new QFormLayout(calls);
    callsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (QWidget *w : std::initializer_list<QWidget *>{m_parallel, m_invocations, m_experiments, m_wait, m_temperature, m_variations,
                                                        m_maxTokens, m_optimization, m_budget})
        w->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    callsForm->addRow(tr("&Parallel calls per model:"), m_parallel);
    callsForm->addRow(tr("&Invocations per scenario:"), m_invocations);
    callsForm->addRow(tr("&Experiments:"), m_experiments);
    callsForm->addRow(tr("&Wait between experiments:"), m_wait);
    callsForm->addRow(tr("Base &temperature:"), m_temperature);
    callsForm->addRow(tr("Temperature &variations each side:"), m_variations);
    callsForm->addRow(QString(), m_temperatures);
    callsForm->addRow(tr("&Max output tokens:"), m_maxTokens);
    callsForm->addRow(QString(), m_streaming);
    callsForm->addRow(QString(), m_vision);
    callsForm->addRow(tr("Prompt &optimization:"), m_optimization);
    callsForm->addRow(tr("&Budget cap:"), m_budget);

    auto *judging = new QGroupBox(tr("Judging"), this);
    auto *judgingLayout = new QVBoxLayout(judging);
    judgingLayout->addWidget(m_latencyOnly);
    judgingLayout->addWidget(new JuryRulesForm(document, judging));
    judgingLayout->addWidget(new QLabel(tr("Deterministic scorers (beside or instead of the jury):"), judging));
    judgingLayout->addWidget(m_scorers);

    auto *left = new QVBoxLayout;
    left->addWidget(calls);
    left->addWidget(judging);
    left->addStretch();
    auto *estimateBox = new QGroupBox(tr("Estimate"), this);
    auto *estimateLayout = new QVBoxLayout(estimateBox);
    estimateLayout->addWidget(m_estimate);
    estimateLayout->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(estimateBox, 2);

    for (QSpinBox *box : {m_parallel, m_invocations, m_experiments, m_wait, m_variations, m_maxTokens})
        connect(box, &QSpinBox::valueChanged, this, [this, box] { commit(box->objectName()); });
    for (QDoubleSpinBox *box : {m_temperature, m_budget})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, box] { commit(box->objectName()); });
    for (QCheckBox *box : {m_streaming, m_vision, m_latencyOnly})
        connect(box, &QCheckBox::toggled, this, [this, box] { commit(box->objectName()); });
    connect(m_optimization, &QComboBox::activated, this, [this] { commit(u"prompt optimization"_qs); });
    connect(m_scorers, &QListWidget::itemChanged, this, [this] { commit(u"scorers"_qs); });
    connect(document, &PlanDocument::changed, this, &RunSettingsForm::load);
    load();
}

void RunSettingsForm::load()
{
    m_loading = true;
    const RunSettings &s = m_document->state().plan.settings;
    m_parallel->setValue(s.parallel);
    m_invocations->setValue(s.invocations);
    m_experiments->setValue(s.experiments);
    m_wait->setValue(s.experimentWaitSeconds);
    m_temperature->setValue(s.temperature);
    m_variations->setValue(s.temperatureVariations);
    m_maxTokens->setValue(s.maxOutputTokens);
    m_streaming->setChecked(s.streaming);
    m_vision->setChecked(s.vision);
    m_latencyOnly->setChecked(s.latencyOnly);
    m_optimization->setCurrentIndex(m_optimization->findData(int(s.promptOptimization)));
    m_budget->setValue(s.budgetUsd);
    for (int i = 0; i < m_scorers->count(); ++i)
        m_scorers->item(i)->setCheckState(s.scorers.contains(m_scorers->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    QStringList temps;
    for (double t : temperatureVariations(s.temperature, s.temperatureVariations, 2.0))
        temps << QLocale().toString(t, 'g', 3);
    m_temperatures->setText(tr("Temperatures: %1 (a scenario's own temperature replaces the base)").arg(temps.join(u", ")));
    m_wait->setEnabled(s.experiments > 1);
    m_loading = false;
    showEstimate();
}

void RunSettingsForm::commit(const QString &field)
{
    if (m_loading)
        return;
    RunSettings s = m_document->state().plan.settings;
    s.parallel = m_parallel->value();
    s.invocations = m_invocations->value();
    s.experiments = m_experiments->value();
    s.experimentWaitSeconds = m_wait->value();
    s.temperature = m_temperature->value();
    s.temperatureVariations = m_variations->value();
    s.maxOutputTokens = m_maxTokens->value();
    s.streaming = m_streaming->isChecked();
    s.vision = m_vision->isChecked();
    s.latencyOnly = m_latencyOnly->isChecked();
    s.promptOptimization = PromptOptimization(m_optimization->currentData().toInt());
    s.budgetUsd = m_budget->value();
    s.scorers.clear();
    for (int i = 0; i < m_scorers->count(); ++i)
        if (m_scorers->item(i)->checkState() == Qt::Checked)
            s.scorers.append(m_scorers->item(i)->text());
    commitSettings(m_document, s, field);
}

QString RunSettingsForm::estimateText() const
{
    return m_estimate->text();
}

void RunSettingsForm::showEstimate()
{
    const RunPlan &plan = m_document->plan();
    const WorkPlan work(plan);
    const QLocale locale;
    QStringList lines;
    const RunSettings &s = plan.settings;
    auto times = [&](qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(Figures::count(n, locale)); };
    lines << times(plan.scenarios.size(), tr("1 scenario"), tr("%1 scenarios")) + u" × "_qs
                 + times(plan.models.size(), tr("1 model variant"), tr("%1 model variants")) + u" × "_qs
                 + times(2 * qint64(s.temperatureVariations) + 1, tr("1 temperature"), tr("%1 temperatures")) + u" × "_qs
                 + times(s.experiments, tr("1 experiment"), tr("%1 experiments")) + u" × "_qs
                 + times(s.invocations, tr("1 invocation"), tr("%1 invocations"));
    lines << QString();
    lines << tr("<b>%1</b> model calls").arg(Figures::count(work.modelCalls(), locale));
    lines << (plan.settings.latencyOnly ? tr("no judge calls (latency only)")
                                        : tr("<b>%1</b> judge calls").arg(Figures::count(work.judgeCalls(), locale)));
    const double cost = work.estimatedCostUsd();
    lines << ProgressText::costEstimate(plan, work, locale, u"<b>%1</b>"_qs);
    if (plan.settings.budgetUsd > 0 && cost > plan.settings.budgetUsd)
        lines << tr("<span style='color:#d55e00'>over the %1 budget cap: the run stops when it is spent</span>")
                     .arg(Figures::usd(plan.settings.budgetUsd, locale, 2));
    lines << ProgressText::durationEstimate(plan, work, locale, u"<b>%1</b>"_qs);
    if (!m_document->isValid())
        lines << tr("<i>Counts only what is valid so far.</i>");
    m_estimate->setText(lines.join(u"<br>"));
}

} // namespace Quorum
