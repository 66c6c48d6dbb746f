#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Quorum {

class PlanDocument;

// The judge prompt template: an editor whose placeholders are checked as you type (the template
// reader's FILE:LINE messages, shown under the text and marked on their lines), and a preview of
// the exact prompt a judge receives for a chosen scenario and a sample answer.
class TemplateEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(PlanDocument *document, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QString previewText() const;
    QString problemsText() const;

private:
    void load();
    void check();
    void preview();

    PlanDocument *m_document;
    bool m_loading = false;
    QPlainTextEdit *m_editor;
    QLabel *m_problems;
    QComboBox *m_scenario;
    QPlainTextEdit *m_answer;
    QPlainTextEdit *m_preview;
    QTimer *m_debounce;
};

} // namespace Quorum
