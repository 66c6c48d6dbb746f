#pragma once

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// What a chart shows, as plain data: values, their texts (from Figures, as on every screen) and
// the scale. Made from the analytics off the GUI thread; ui/charts draws it on a widget, an SVG
// or a PDF page alike, and the report issue's writer will draw the same data.
namespace Quorum::ChartData {

// A value per row with its 95 % interval drawn as whiskers, on one horizontal axis.
struct Intervals
{
    QString title;
    QString axisTitle;              // with its unit
    struct Row
    {
        QString label;              // plain text (the painter never reads it as markup)
        double value = 0;
        std::optional<double> low, high;
        QString valueText;          // as the leaderboard writes it
        QString tooltip;
    };
    QList<Row> rows;
    double axisMin = 0, axisMax = 1;
    QList<double> ticks;
    QStringList tickTexts;
};

// Rows × columns of values on one colour scale, each cell labelled.
struct Heatmap
{
    QString title;
    QString rowTitle, columnTitle;
    QString legendTitle;
    QStringList rows, columns;
    QList<std::optional<double>> values; // row-major; nullopt: nothing measured there
    QStringList cellTexts;               // row-major, "" where there is no value
    QStringList tooltips;                // row-major
    double scaleMin = 0, scaleMax = 1;
    QStringList legendTexts;             // at scaleMin, the middle and scaleMax
    std::optional<double> at(qsizetype row, qsizetype column) const { return values.value(row * columns.size() + column); }
};

// Success rate per variant with its 95 % interval, in leaderboard order (0–100 %).
Intervals successRates(const Leaderboard &board, const QLocale &locale);
// Bradley–Terry ratings with their intervals; the axis spans every interval.
Intervals ratings(const Leaderboard &board, const QLocale &locale);
// Variant × task type success rate (0–100 %), variants in leaderboard order, task types by name.
Heatmap taskSuccess(const Leaderboard &board, const Breakdowns &breakdowns, const QLocale &locale);

} // namespace Quorum::ChartData
