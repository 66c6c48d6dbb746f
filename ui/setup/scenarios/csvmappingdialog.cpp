#include "csvmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {
constexpr int kPreviewRows = 5;

int guess(const CsvTable &head, const QStringList &names)
{
    return head.columnIndex(names);
}
} // namespace

CsvMappingDialog::CsvMappingDialog(const QString &fileName, const CsvTable &head, QWidget *parent)
    : QDialog(parent), m_head(head), m_prompt(new QComboBox(this)), m_golden(new QComboBox(this)), m_image(new QComboBox(this)),
      m_taskColumn(new QComboBox(this)), m_taskValue(new QLineEdit(this)), m_criteriaColumn(new QComboBox(this)),
      m_criteriaValue(new QLineEdit(this)), m_preview(new QTableWidget(this))
{
    setObjectName(u"csvMapping"_qs);
    setWindowTitle(tr("Read %1").arg(fileName));
    const QStringList columns = head.header.fields;
    m_prompt->setObjectName(u"promptColumn"_qs);
    m_golden->setObjectName(u"goldenColumn"_qs);
    m_image->setObjectName(u"imageColumn"_qs);
    m_taskColumn->setObjectName(u"taskTypeColumn"_qs);
    m_taskValue->setObjectName(u"taskTypeValue"_qs);
    m_criteriaColumn->setObjectName(u"criteriaColumn"_qs);
    m_criteriaValue->setObjectName(u"criteriaValue"_qs);
    m_prompt->addItems(columns);
    for (QComboBox *box : {m_golden, m_image}) {
        box->addItem(tr("(none)"));
        box->addItems(columns);
    }
    for (QComboBox *box : {m_taskColumn, m_criteriaColumn}) {
        box->addItem(tr("(the same for every row:)"));
        box->addItems(columns);
    }
    m_prompt->setCurrentIndex(std::max(0, guess(head, {u"text_prompt"_qs, u"prompt"_qs, u"input"_qs, u"question"_qs})));
    m_golden->setCurrentIndex(guess(head, {u"golden_answer"_qs, u"expected_output"_qs, u"reference"_qs, u"ideal"_qs, u"answer"_qs}) + 1);
    m_image->setCurrentIndex(guess(head, {u"url_image"_qs, u"image"_qs, u"image_path"_qs}) + 1);
    m_taskColumn->setCurrentIndex(guess(head, {u"task_type"_qs}) + 1);
    m_criteriaColumn->setCurrentIndex(guess(head, {u"task_criteria"_qs}) + 1);
    m_taskValue->setPlaceholderText(tr("e.g. summarization"));
    m_criteriaValue->setPlaceholderText(tr("what a good answer does"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Prompt column:"), m_prompt);
    form->addRow(tr("&Golden answer column:"), m_golden);
    form->addRow(tr("&Image column:"), m_image);
    auto pair = [&](QComboBox *box, QLineEdit *value) {
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(value, 1);
        return row;
    };
    // A row whose field is a layout gets a label without a buddy (its "&" would show): give it one.
    for (auto [text, box, value] : {std::tuple{tr("&Task type:"), m_taskColumn, m_taskValue},
                                    std::tuple{tr("&Criteria:"), m_criteriaColumn, m_criteriaValue}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        form->addRow(label, pair(box, value));
    }

    m_preview->setObjectName(u"csvPreview"_qs);
    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({tr("Prompt"), tr("Golden answer"), tr("Task type"), tr("Criteria")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import %n Row(s)", nullptr, int(head.rows.size())));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 has %n column(s). Choose what each holds; the first rows below show how they will be read.", nullptr,
                                int(columns.size())).arg(fileName), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 480);

    for (QComboBox *box : {m_prompt, m_golden, m_image, m_taskColumn, m_criteriaColumn})
        connect(box, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::preview);
    for (QLineEdit *edit : {m_taskValue, m_criteriaValue})
        connect(edit, &QLineEdit::textChanged, this, &CsvMappingDialog::preview);
    preview();
}

CsvColumns CsvMappingDialog::columns() const
{
    CsvColumns c;
    c.prompt = m_prompt->currentText();
    c.golden = m_golden->currentIndex() > 0 ? m_golden->currentText() : QString();
    c.image = m_image->currentIndex() > 0 ? m_image->currentText() : QString();
    if (m_taskColumn->currentIndex() > 0)
        c.taskTypeColumn = m_taskColumn->currentText();
    c.taskType = m_taskValue->text().trimmed(); // for rows whose column is empty
    if (m_criteriaColumn->currentIndex() > 0)
        c.taskCriteriaColumn = m_criteriaColumn->currentText();
    c.taskCriteria = m_criteriaValue->text().trimmed();
    return c;
}

void CsvMappingDialog::preview()
{
    m_taskValue->setEnabled(true);
    m_criteriaValue->setEnabled(true);
    const int rows = int(std::min<qsizetype>(kPreviewRows, m_head.rows.size()));
    m_preview->setRowCount(rows);
    auto cell = [&](const CsvRecord &row, const QComboBox *box, int offset, const QString &fallback) {
        const int column = box->currentIndex() - offset;
        const QString value = column >= 0 && column < row.fields.size() ? row.fields.at(column) : QString();
        return value.isEmpty() ? fallback : value;
    };
    for (int r = 0; r < rows; ++r) {
        const CsvRecord &row = m_head.rows.at(r);
        const QStringList values = {cell(row, m_prompt, 0, QString()), cell(row, m_golden, 1, QString()),
                                    cell(row, m_taskColumn, 1, m_taskValue->text()), cell(row, m_criteriaColumn, 1, m_criteriaValue->text())};
        for (int c = 0; c < values.size(); ++c) {
            QString shown = values.at(c);
            shown.replace(u'\n', u' ');
            auto *item = new QTableWidgetItem(shown.left(200));
            item->setToolTip(values.at(c).left(1000));
            m_preview->setItem(r, c, item);
        }
    }
}

} // namespace Quorum
