#pragma once

#include "report/pdfreport.h"
#include "report/reportdata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Quorum {

// What Export Report… writes: HTML and/or PDF, where, which sections, how many invocations in
// the appendix, on which paper.
struct ReportChoice
{
    QString htmlPath, pdfPath;     // "" for an output not wanted
    Report::Options options;
    Report::Paper paper = Report::Paper::A4;
};

// Export Report…'s question: the outputs with their files, the paper, the sections (all at
// first) and the appendix's size. OK only once it can write something: an output with a file
// and at least one section.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(qint64 runId, const QString &runName, QWidget *parent = nullptr);
    ReportChoice choice() const;

private:
    void check();
    void browse(QLineEdit *edit, const QString &filter);

    QCheckBox *m_html = nullptr, *m_pdf = nullptr, *m_allInvocations = nullptr;
    QLineEdit *m_htmlPath = nullptr, *m_pdfPath = nullptr;
    QComboBox *m_paper = nullptr;
    QList<QCheckBox *> m_sections;
    QSpinBox *m_sample = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Quorum
