#pragma once

#include "analytics/itemcomparison.h"
#include "storage/store.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Quorum {

class ComparisonTableModel;

// Two runs — or two variants of one run — item by item (docs/METRICS.md): choose side A (the
// reference) and side B, read the verdict with its figures, list the items (all, or only those
// that changed), and read the two answers of the selected item side by side with a word-level
// diff and both juries' rationales. Reads and compares off the GUI thread.
class ComparePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePage(QWidget *parent = nullptr);

    void setStore(std::shared_ptr<const Store> store);
    void refresh();                     // the runs again
    // Chooses the sides and compares (variants by leaderboard label).
    void compare(qint64 runA, const QString &variantA, qint64 runB, const QString &variantB);

    ComparisonTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QCheckBox *changedOnly() const { return m_changedOnly; }
    QTextBrowser *answer(bool sideA) const { return sideA ? m_answerA : m_answerB; }
    const std::optional<ItemComparison> &comparison() const { return m_comparison; }

Q_SIGNALS:
    void runsLoaded(int count);
    void compared();                    // the summary and the list are shown (or why not)
    void itemShown();                   // both answers of the selected item are shown

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Side
    {
        QComboBox *run, *variant;
    };
    void loadVariants(const Side &side, const QString &select = {});
    void compareChosen();
    void showItems();
    void showItem(int row);

    std::shared_ptr<const Store> m_store;
    quint64 m_generation = 0, m_itemGeneration = 0;
    Side m_a, m_b;
    QPushButton *m_compare;
    QLabel *m_summary, *m_count;
    QCheckBox *m_changedOnly;
    ComparisonTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QTextBrowser *m_answerA, *m_answerB;
    std::optional<ItemComparison> m_comparison;
    qint64 m_runA = 0, m_runB = 0;      // the runs of the comparison shown
    struct Pending
    {
        qint64 runA = 0, runB = 0;
        QString variantA, variantB;
    };
    std::optional<Pending> m_pending;   // compare() asked before the choices were read
};

} // namespace Quorum
