#pragma once

#include "analytics/breakdowns.h"
#include "analytics/flakiness.h"
#include "analytics/trend.h"
#include "present/listtablemodel.h"

#include <QLocale>
#include <QStringList>
#include <QVariant>

namespace Quorum {

// A read-only table of already formatted cells (text left, numbers right): the breakdowns of
// a run as the Runs page shows them under its leaderboard.
class CellTableModel final : public ListTableModel<QList<QVariant>>
{
    Q_OBJECT

public:
    CellTableModel(QStringList headers, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
};

// The rows of each breakdown table, in the models' column order.
QList<QList<QVariant>> taskTypeRows(const Breakdowns &b);
QList<QList<QVariant>> temperatureRows(const Breakdowns &b);
QList<QList<QVariant>> regionRows(const Breakdowns &b);
QList<QList<QVariant>> experimentRows(const Breakdowns &b);

// A trend (analytics/trend.h) as a table: one row per variant and run, oldest run first.
QList<QList<QVariant>> trendRows(const Trend &trend, const QLocale &locale);
QStringList trendHeaders();

// Repeats of a run: per variant, pass@1 beside pass^k and how many scenarios flip; then each
// flaky scenario ("passed 2 of 3").
QStringList flakinessHeaders();
QList<QList<QVariant>> flakinessRows(const QList<VariantFlakiness> &variants, const QLocale &locale);
QStringList flakyItemHeaders();
QList<QList<QVariant>> flakyItemRows(const QList<VariantFlakiness> &variants, const QLocale &locale);

QStringList taskTypeHeaders();
QStringList temperatureHeaders();
QStringList regionHeaders();
QStringList experimentHeaders();

} // namespace Quorum
