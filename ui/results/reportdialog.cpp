#include "reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Quorum {

ReportDialog::ReportDialog(qint64 runId, const QString &runName, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export the Report of Run %1").arg(runId));
    setObjectName(u"reportDialog"_qs);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString base = QDir(folder).filePath(tr("run-%1-report").arg(runId));

    auto *intro = new QLabel(tr("The report of run %1 “%2”: computed from the store, no model is asked.").arg(runId).arg(runName.toHtmlEscaped()));
    intro->setWordWrap(true);

    // The outputs, each with its file.
    auto *outputs = new QGroupBox(tr("Write"));
    auto *grid = new QGridLayout(outputs);
    const auto output = [&](int row, const QString &label, const QString &name, const QString &path, const QString &filter, QCheckBox **box,
                            QLineEdit **edit) {
        *box = new QCheckBox(label);
        (*box)->setObjectName(name + u"Output"_qs);
        *edit = new QLineEdit(path);
        (*edit)->setObjectName(name + u"Path"_qs);
        (*edit)->setMinimumWidth(360);
        auto *pick = new QPushButton(tr("Choose…"));
        pick->setObjectName(name + u"Choose"_qs);
        grid->addWidget(*box, row, 0);
        grid->addWidget(*edit, row, 1);
        grid->addWidget(pick, row, 2);
        connect(pick, &QPushButton::clicked, this, [this, edit = *edit, filter] { browse(edit, filter); });
        connect(*box, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
        connect(*box, &QCheckBox::toggled, pick, &QWidget::setEnabled);
        connect(*box, &QCheckBox::toggled, this, &ReportDialog::check);
        connect(*edit, &QLineEdit::textChanged, this, &ReportDialog::check);
    };
    output(0, tr("&HTML"), u"html"_qs, base + u".html"_qs, tr("HTML files (*.html)"), &m_html, &m_htmlPath);
    output(1, tr("&PDF"), u"pdf"_qs, base + u".pdf"_qs, tr("PDF files (*.pdf)"), &m_pdf, &m_pdfPath);
    m_paper = new QComboBox;
    m_paper->setObjectName(u"paper"_qs);
    m_paper->addItem(tr("A4"), int(Report::Paper::A4));
    m_paper->addItem(tr("Letter"), int(Report::Paper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(Report::defaultPaper(QLocale()))));
    auto *paperLabel = new QLabel(tr("P&aper:"));
    paperLabel->setBuddy(m_paper);
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(paperLabel);
    paperRow->addWidget(m_paper);
    paperRow->addStretch();
    grid->addLayout(paperRow, 2, 1);
    connect(m_pdf, &QCheckBox::toggled, m_paper, &QWidget::setEnabled);
    m_html->setChecked(true);
    m_pdf->setChecked(true);

    // The sections, all at first.
    auto *sections = new QGroupBox(tr("Sections"));
    auto *sectionGrid = new QGridLayout(sections);
    const QList<Report::Section> all = Report::allSections();
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(QString::number(i + 1) + u". "_qs + Report::sectionTitle(all[i]));
        box->setObjectName(u"section-"_qs + Report::sectionId(all[i]));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::check);
        sectionGrid->addWidget(box, int(i % 5), int(i / 5));
        m_sections << box;
    }
    auto *everything = new QPushButton(tr("All"));
    auto *nothing = new QPushButton(tr("None"));
    connect(everything, &QPushButton::clicked, this, [this] { for (QCheckBox *b : m_sections) b->setChecked(true); });
    connect(nothing, &QPushButton::clicked, this, [this] { for (QCheckBox *b : m_sections) b->setChecked(false); });
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(everything);
    toggles->addWidget(nothing);
    toggles->addStretch();
    sectionGrid->addLayout(toggles, 5, 0, 1, 2);

    // The appendix's size.
    m_sample = new QSpinBox;
    m_sample->setObjectName(u"sample"_qs);
    m_sample->setRange(0, 100000);
    m_sample->setValue(Report::Options().sample);
    m_sample->setSuffix(tr(" invocations"));
    m_allInvocations = new QCheckBox(tr("Every invocation"));
    m_allInvocations->setObjectName(u"allInvocations"_qs);
    connect(m_allInvocations, &QCheckBox::toggled, m_sample, &QWidget::setDisabled);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_sample);
    sampleRow->addWidget(m_allInvocations);
    sampleRow->addStretch();
    auto *form = new QFormLayout;
    auto *sampleLabel = new QLabel(tr("Appendi&x shows:"));
    sampleLabel->setBuddy(m_sample);
    form->addRow(sampleLabel, sampleRow);
    QCheckBox *appendix = m_sections.last();
    connect(appendix, &QCheckBox::toggled, m_sample, [this](bool on) { m_sample->setEnabled(on && !m_allInvocations->isChecked()); });
    connect(appendix, &QCheckBox::toggled, m_allInvocations, &QWidget::setEnabled);

    m_problem = new QLabel;
    m_problem->setObjectName(u"reportProblem"_qs);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(outputs);
    layout->addWidget(sections);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    check();
}

void ReportDialog::browse(QLineEdit *edit, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(path);
}

// OK once something can be written: say what is missing otherwise.
void ReportDialog::check()
{
    if (!m_buttons)
        return; // still being built
    QString problem;
    if (!m_html->isChecked() && !m_pdf->isChecked())
        problem = tr("Choose HTML, PDF or both.");
    else if ((m_html->isChecked() && m_htmlPath->text().trimmed().isEmpty()) || (m_pdf->isChecked() && m_pdfPath->text().trimmed().isEmpty()))
        problem = tr("Give each chosen output a file.");
    else if (m_html->isChecked() && m_pdf->isChecked() && QFileInfo(m_htmlPath->text()).absoluteFilePath() == QFileInfo(m_pdfPath->text()).absoluteFilePath())
        problem = tr("The HTML and the PDF need two different files.");
    else if (std::none_of(m_sections.begin(), m_sections.end(), [](QCheckBox *b) { return b->isChecked(); }))
        problem = tr("Choose at least one section.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ReportChoice ReportDialog::choice() const
{
    ReportChoice c;
    if (m_html->isChecked())
        c.htmlPath = m_htmlPath->text().trimmed();
    if (m_pdf->isChecked())
        c.pdfPath = m_pdfPath->text().trimmed();
    c.paper = Report::Paper(m_paper->currentData().toInt());
    c.options.sections.clear();
    const QList<Report::Section> all = Report::allSections();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (m_sections[i]->isChecked())
            c.options.sections << all[i];
    c.options.sample = m_allInvocations->isChecked() ? -1 : m_sample->value();
    return c;
}

} // namespace Quorum
