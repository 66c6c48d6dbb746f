#include "templateeditor.h"

#include "jury/judgetemplate.h"
#include "jury/llmjury.h"
#include "setup/plandocument.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

namespace {
constexpr int kScenarioChoices = 500; // the preview offers the first scenarios by number
}

TemplateEditor::TemplateEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_editor(new QPlainTextEdit(this)), m_problems(new QLabel(this)),
      m_scenario(new QComboBox(this)), m_answer(new QPlainTextEdit(this)), m_preview(new QPlainTextEdit(this)), m_debounce(new QTimer(this))
{
    setObjectName(u"templateEditor"_qs);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setObjectName(u"templateText"_qs);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_problems->setObjectName(u"templateProblems"_qs);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_scenario->setObjectName(u"previewScenario"_qs);
    m_answer->setObjectName(u"sampleAnswer"_qs);
    m_answer->setPlaceholderText(tr("A sample answer (the scenario's golden answer when empty)"));
    m_answer->setMaximumHeight(m_answer->fontMetrics().height() * 4 + 12);
    m_answer->setTabChangesFocus(true);
    m_preview->setObjectName(u"templatePreview"_qs);
    m_preview->setReadOnly(true);
    m_preview->setFont(mono);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    auto *builtIn = new QPushButton(tr("Use the &Built-in Template"), this);
    builtIn->setObjectName(u"builtInTemplate"_qs);
    connect(builtIn, &QPushButton::clicked, this, [this] {
        PlanDocument::State next = m_document->state();
        next.plan.judgeTemplate.clear();
        m_document->edit(next, tr("Use the built-in judge template"));
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Placeholders: {{task_type}}, {{task_criteria}}, {{weighted_criteria}}, {{prompt}}, {{answer}} (required), "
                                  "{{golden_answer}}, {{dimensions}} (required). The first line names the template."), left);
    heading->setWordWrap(true);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_problems);
    leftLayout->addWidget(builtIn, 0, Qt::AlignLeft);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *scenarioLabel = new QLabel(tr("Preview for &scenario:"), right);
    scenarioLabel->setBuddy(m_scenario);
    rightLayout->addWidget(scenarioLabel);
    rightLayout->addWidget(m_scenario);
    auto *answerLabel = new QLabel(tr("Sample &answer:"), right);
    answerLabel->setBuddy(m_answer);
    rightLayout->addWidget(answerLabel);
    rightLayout->addWidget(m_answer);
    rightLayout->addWidget(new QLabel(tr("What the judge receives:"), right));
    rightLayout->addWidget(m_preview, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &TemplateEditor::check);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &TemplateEditor::preview);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &TemplateEditor::preview);
    connect(document, &PlanDocument::changed, this, &TemplateEditor::load);
    load();
}

void TemplateEditor::load()
{
    const RunPlan &plan = m_document->state().plan;
    const QString text = plan.judgeTemplate.isEmpty() ? JudgeTemplate::builtIn().text() : plan.judgeTemplate;
    if (m_editor->toPlainText() != text && !m_debounce->isActive()) {
        m_loading = true;
        m_editor->setPlainText(text);
        m_loading = false;
    }
    const int current = m_scenario->currentIndex();
    const int count = int(std::min<qsizetype>(kScenarioChoices, plan.scenarios.size()));
    if (m_scenario->count() != count) {
        const QSignalBlocker block(m_scenario);
        m_scenario->clear();
        for (int i = 0; i < count; ++i)
            m_scenario->addItem(u"%1. %2"_qs.arg(i + 1).arg(plan.scenarios.at(i).prompt.left(80).replace(u'\n', u' ')));
        m_scenario->setCurrentIndex(std::clamp(current, 0, count - 1));
    }
    check();
}

void TemplateEditor::check()
{
    const QString text = m_editor->toPlainText();
    Diagnostics diagnostics;
    JudgeTemplate::parse(tr("template"), text, diagnostics);
    QStringList lines;
    QList<QTextEdit::ExtraSelection> marks;
    for (const Diagnostic &d : diagnostics.sorted()) {
        lines << (d.line > 0 ? tr("Line %1: %2").arg(d.line).arg(d.message) : d.message);
        if (d.line > 0) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_editor->document()->findBlockByNumber(d.line - 1));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.format.setBackground(QColor(0xd5, 0x5e, 0x00, 60));
            marks.append(mark);
        }
    }
    m_editor->setExtraSelections(marks);
    m_problems->setText(lines.isEmpty() ? tr("The template reads: every placeholder is known and the required ones are there.")
                                        : lines.join(u'\n'));
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, lines.isEmpty() ? palette().color(QPalette::WindowText) : QColor(0xd5, 0x5e, 0x00));
    m_problems->setPalette(p);
    // The plan takes the text as typed: an unreadable template keeps the plan from being saved or run.
    const QString stored = m_document->state().plan.judgeTemplate;
    const QString wanted = text == JudgeTemplate::builtIn().text() ? QString() : text;
    if (!m_loading && stored != wanted) {
        PlanDocument::State next = m_document->state();
        next.plan.judgeTemplate = wanted;
        m_document->edit(next, tr("Edit the judge template"), u"template"_qs);
    }
    preview();
}

void TemplateEditor::preview()
{
    const RunPlan &plan = m_document->plan();
    const int i = m_scenario->currentIndex();
    if (i < 0 || i >= plan.scenarios.size()) {
        m_preview->setPlainText(tr("Import scenarios to see the prompt a judge receives."));
        return;
    }
    Diagnostics diagnostics;
    const auto parsed = JudgeTemplate::parse(tr("template"), m_editor->toPlainText(), diagnostics);
    if (!parsed) {
        m_preview->setPlainText(tr("The template has problems (see the left); the preview shows once it reads."));
        return;
    }
    const Scenario &s = plan.scenarios.at(i);
    const QString answer = m_answer->toPlainText().isEmpty() ? s.goldenAnswer : m_answer->toPlainText();
    m_preview->setPlainText(parsed->render(s, answer, dimensionsFor(s, plan), plan.criteria));
}

QString TemplateEditor::previewText() const
{
    return m_preview->toPlainText();
}

QString TemplateEditor::problemsText() const
{
    return m_problems->text();
}

} // namespace Quorum
