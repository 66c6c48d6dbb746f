#pragma once

#include "config/csvreader.h"
#include "config/scenarioimporter.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace Quorum {

// How to read a CSV of scenarios: which column holds the prompt, the golden answer and the
// image, and where each row's task type and criteria come from (a column, or one typed value for
// every row), with the first rows previewed as they will be read.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(const QString &fileName, const CsvTable &head, QWidget *parent = nullptr);

    CsvColumns columns() const;

private:
    void preview();

    CsvTable m_head;
    QComboBox *m_prompt;
    QComboBox *m_golden;
    QComboBox *m_image;
    QComboBox *m_taskColumn;
    QLineEdit *m_taskValue;
    QComboBox *m_criteriaColumn;
    QLineEdit *m_criteriaValue;
    QTableWidget *m_preview;
};

} // namespace Quorum
