#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Quorum {

class Diagnostics;
class ProblemsModel;

// Lists what the last import or validation found, errors first, each with its file and line.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    void show(const QString &what, const Diagnostics &diagnostics);
    ProblemsModel *model() const { return m_model; }

private:
    ProblemsModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace Quorum
