#include "catalogtext.h"

#include "figures.h"

#include <QCoreApplication>
#include <QSettings>

namespace Quorum {

namespace {
// Called as Quorum::tr() inside the table model's methods (where QObject::tr would be found first).
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("CatalogText", text, disambiguation);
}

QString yesNo(std::optional<bool> v)
{
    return !v ? Figures::unknown() : *v ? Quorum::tr("yes") : Quorum::tr("no");
}

// A model's fields as both descriptions show them: label, value, and the field its source is kept under.
struct FieldRow
{
    QString label, value, field;
};
QList<FieldRow> fieldRows(const CatalogModel &m, const QLocale &locale)
{
    const auto known = [](const QString &s) { return s.isEmpty() ? Figures::unknown() : s; };
    QList<FieldRow> rows = {
        {Quorum::tr("Called through"), m.api ? providerPrefix(*m.api) + (m.baseUrl.isEmpty() ? QString() : u" — "_qs + m.baseUrl)
                                      : Quorum::tr("no Quorum client (browse only)"),
         u"api"_qs},
        {Quorum::tr("Family"), known(m.family), u"family"_qs},
        {Quorum::tr("Released"), known(m.releaseDate), u"release_date"_qs},
        {Quorum::tr("Context window"), CatalogText::tokens(m.contextWindow, locale), u"context_window"_qs},
        {Quorum::tr("Max output"), CatalogText::tokens(m.maxOutput, locale), u"max_output"_qs},
        {Quorum::tr("Modalities"), m.inputModalities.isEmpty() ? Figures::unknown()
                                                        : Quorum::tr("%1 in, %2 out").arg(m.inputModalities.join(u", "), m.outputModalities.join(u", ")),
         u"modalities"_qs},
        {Quorum::tr("Reasoning"), yesNo(m.reasoning), u"reasoning"_qs},
        {Quorum::tr("Open weights"), yesNo(m.openWeights), u"open_weights"_qs}};
    if (!m.parameters.isEmpty())
        rows.append({Quorum::tr("Parameters"), m.parameters, u"parameters"_qs});
    if (!m.architecture.isEmpty())
        rows.append({Quorum::tr("Architecture"), m.architecture, u"architecture"_qs});
    if (!m.regions.isEmpty())
        rows.append({Quorum::tr("Regions"), m.regions.join(u", "), u"regions"_qs});
    for (auto it = m.bedrockIds.cbegin(); it != m.bedrockIds.cend(); ++it)
        rows.append({Quorum::tr("%1 geo id").arg(it.key()), it.value(), u"bedrock_ids"_qs});
    return rows;
}
} // namespace

namespace CatalogText {

QString perMillion(std::optional<double> usd, const QLocale &locale)
{
    if (!usd)
        return Figures::unknown();
    // Two decimals for dollars, more for the cheap end: $2.50, $0.075, $0.0035.
    int decimals = 2;
    for (double v = *usd; v > 0 && v < 0.1 && decimals < 6; v *= 10)
        ++decimals;
    QString text = locale.toString(*usd, 'f', decimals);
    if (decimals > 2) // trailing zeros past the cents say nothing
        while (text.endsWith(u'0') && text.size() > 1 && !text.endsWith(locale.decimalPoint() + u'0'))
            text.chop(1);
    return u'$' + text;
}

QString tokens(qint64 count, const QLocale &locale)
{
    if (count <= 0)
        return Figures::unknown();
    if (count >= 1000000)
        return Quorum::tr("%1M", "a million tokens").arg(locale.toString(double(count) / 1e6, 'g', 3));
    if (count >= 10000 && count % 1000 == 0)
        return Quorum::tr("%1K", "a thousand tokens").arg(locale.toString(count / 1000));
    if (count >= 10000 && count % 1024 == 0)
        return Quorum::tr("%1K", "a thousand tokens").arg(locale.toString(count / 1024));
    return locale.toString(count);
}

int staleDays()
{
    return QSettings().value(u"catalog/staleDays"_qs, 90).toInt();
}

bool isStale(const CatalogPrice &price, const QDate &today, int staleAfterDays)
{
    return price.ageInDays(today) > staleAfterDays;
}

QString readOn(const CatalogPrice &price, const QDate &today, int staleAfterDays)
{
    const QString when = Figures::day(price.readOn);
    if (isStale(price, today, staleAfterDays)) // the setting's number of days: no plural form needed
        return Quorum::tr("read %1, more than %2 days ago: check it").arg(when).arg(staleAfterDays);
    return Quorum::tr("read %1").arg(when);
}

QString attribution(const QString &source)
{
    if (source.contains(u"Artificial Analysis", Qt::CaseInsensitive))
        return Quorum::tr("Source: Artificial Analysis (artificialanalysis.ai)");
    if (source.contains(u"Hugging Face", Qt::CaseInsensitive))
        return Quorum::tr("Source: Hugging Face (huggingface.co)");
    return Quorum::tr("Source: %1").arg(source);
}

QString describe(const CatalogModel &m, const QDate &today, const QLocale &locale)
{
    QString out;
    out += u"%1  %2\n"_qs.arg(m.key(), m.displayName);
    for (const FieldRow &r : fieldRows(m, locale)) {
        out += u"  %1: %2"_qs.arg(r.label, r.value);
        if (const QString source = m.sources.value(r.field); !source.isEmpty())
            out += u"  (%1)"_qs.arg(source);
        out += u'\n';
    }
    out += Quorum::tr("  prices (USD per million tokens: input / output / cache read / cache write):\n");
    for (const QString &tier : m.tiers()) {
        const CatalogPrice *current = m.priceOn(tier, today);
        for (const CatalogPrice &p : m.history(tier)) {
            const QString since = p.effectiveFrom ? Quorum::tr("from %1").arg(Figures::day(*p.effectiveFrom)) : Quorum::tr("undated");
            out += u"    %1 %2%3: %4 / %5 / %6 / %7, %8, %9\n"_qs.arg(
                tier, since,
                current && p.effectiveFrom == current->effectiveFrom && p.readOn == current->readOn ? Quorum::tr(" (in force)") : QString(), perMillion(p.rates.input, locale),
                perMillion(p.rates.output, locale), perMillion(p.rates.cacheRead, locale), perMillion(p.rates.cacheWrite, locale),
                readOn(p, today, staleDays()), p.source);
            if (p.longContextAbove)
                out += Quorum::tr("      above %1 input tokens: %2 / %3 / %4 / %5 for the whole request\n")
                           .arg(locale.toString(*p.longContextAbove), perMillion(p.longContext.input, locale),
                                perMillion(p.longContext.output, locale), perMillion(p.longContext.cacheRead, locale),
                                perMillion(p.longContext.cacheWrite, locale));
        }
    }
    if (m.prices.isEmpty())
        out += Quorum::tr("    none known\n");
    if (!m.scores.isEmpty()) {
        out += Quorum::tr("  published scores:\n");
        for (const PublishedScore &s : m.scores)
            out += u"    %1: %2 %3 (%4, %5)\n"_qs.arg(s.name, locale.toString(s.value, 'g', 4), s.metric, attribution(s.source), s.date);
    }
    return out;
}

QString describeHtml(const CatalogModel &m, const QDate &today, const QLocale &locale)
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = u"<h3>%1</h3><p>%2</p><table cellspacing=\"0\" cellpadding=\"3\">"_qs.arg(e(m.displayName), e(m.key()));
    for (const FieldRow &r : fieldRows(m, locale))
        html += u"<tr><td><b>%1</b></td><td>%2</td><td><small>%3</small></td></tr>"_qs.arg(e(r.label), e(r.value), e(m.sources.value(r.field)));
    html += u"</table>"_qs;

    html += u"<h4>%1</h4>"_qs.arg(e(Quorum::tr("Price history (USD per million tokens)")));
    if (m.prices.isEmpty()) {
        html += u"<p>%1</p>"_qs.arg(e(Quorum::tr("No price is known: enter the price you pay.")));
    } else {
        // The long-context column only where some price has a break.
        const bool longContext = std::any_of(m.prices.cbegin(), m.prices.cend(), [](const CatalogPrice &p) { return p.longContextAbove.has_value(); });
        html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>"_qs;
        QStringList headers = {Quorum::tr("Tier"), Quorum::tr("From"), Quorum::tr("Input"), Quorum::tr("Output"), Quorum::tr("Cache read"), Quorum::tr("Cache write")};
        if (longContext)
            headers << Quorum::tr("Long context");
        headers << Quorum::tr("Read on") << Quorum::tr("Source");
        for (const QString &h : std::as_const(headers))
            html += u"<th>%1</th>"_qs.arg(e(h));
        html += u"</tr>"_qs;
        for (const QString &tier : m.tiers()) {
            const CatalogPrice *current = m.priceOn(tier, today);
            for (const CatalogPrice &p : m.history(tier)) {
                const bool inForce = current && p.effectiveFrom == current->effectiveFrom && p.readOn == current->readOn;
                const QString lc = p.longContextAbove
                    ? Quorum::tr("above %1 tokens: %2 / %3").arg(locale.toString(*p.longContextAbove), perMillion(p.longContext.input, locale),
                                                         perMillion(p.longContext.output, locale))
                    : QString();
                // A price read long ago in bold, with why in its cell's tooltip-like title.
                // Dates with non-breaking hyphens: QTextDocument's tables wrap at a hyphen, nowrap or not.
                const auto day = [](const QDate &d) { return d.toString(Qt::ISODate).replace(u'-', QChar(0x2011)); };
                const QString read = day(p.readOn);
                const QString readCell = isStale(p, today, staleDays())
                    ? u"<b>%1 ⚠</b><br/><small>%2</small>"_qs.arg(e(read), e(Quorum::tr("check it")))
                    : e(read);
                // Cell by cell: a source's text may hold a "%", which a chained arg() would read as a placeholder.
                QStringList cells = {e(tier) + (inForce ? u"\u00A0✔"_qs : QString()),
                                     e(p.effectiveFrom ? day(*p.effectiveFrom) : Quorum::tr("undated")),
                                     e(perMillion(p.rates.input, locale)), e(perMillion(p.rates.output, locale)),
                                     e(perMillion(p.rates.cacheRead, locale)), e(perMillion(p.rates.cacheWrite, locale))};
                if (longContext)
                    cells << e(lc);
                cells << readCell << u"<small>%1</small>"_qs.arg(e(p.source));
                // Figures and dates on one line each; only the source may wrap.
                const QString source = cells.takeLast();
                html += u"<tr><td nowrap>"_qs + cells.join(u"</td><td nowrap>"_qs) + u"</td><td>"_qs + source + u"</td></tr>"_qs;
            }
        }
        html += u"</table><p><small>%1</small></p>"_qs.arg(
            e(Quorum::tr("✔ the price in force today; ⚠ read more than %1 days ago. A request above a long-context threshold is billed wholly "
                  "at that rate.").arg(staleDays())));
    }
    if (!m.scores.isEmpty()) {
        html += u"<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">"_qs.arg(e(Quorum::tr("Published scores")));
        QStringList sources;
        for (const PublishedScore &s : m.scores) {
            html += u"<tr><td>%1</td><td align=\"right\">%2 %3</td><td><small>%4, %5</small></td></tr>"_qs.arg(
                e(s.name), e(locale.toString(s.value, 'g', 4)), e(s.metric), e(s.source), e(s.date));
            if (!sources.contains(s.source))
                sources.append(s.source);
        }
        html += u"</table>"_qs;
        for (const QString &s : std::as_const(sources))
            html += u"<p><small>%1</small></p>"_qs.arg(e(attribution(s)));
    }
    return html;
}

QStringList coverageHeaders()
{
    return {Quorum::tr("Field"), Quorum::tr("Models"), Quorum::tr("Share")};
}

QList<QList<QVariant>> coverageRows(const CatalogCoverage &coverage, const QLocale &locale)
{
    QList<QList<QVariant>> rows;
    for (const CatalogCoverage::Field &f : coverage.fields)
        rows.append({f.name, Figures::count(f.count, locale),
                     Figures::percent(coverage.models > 0 ? double(f.count) / double(coverage.models) : 0, locale)});
    return rows;
}

QString diffText(const CatalogDiff &diff)
{
    QString out;
    for (const QString &k : diff.added)
        out += Quorum::tr("added    %1\n").arg(k);
    for (const QString &k : diff.removed)
        out += Quorum::tr("removed  %1\n").arg(k);
    for (const CatalogDiff::Change &c : diff.changed)
        out += Quorum::tr("changed  %1 %2: %3 → %4\n").arg(c.key, c.field, c.before.isEmpty() ? Figures::unknown() : c.before,
                                                   c.after.isEmpty() ? Figures::unknown() : c.after);
    out += Quorum::tr("%1 added, %2 removed, %3 changed\n").arg(diff.added.size()).arg(diff.removed.size()).arg(diff.changed.size());
    return out;
}

} // namespace CatalogText

CatalogTableModel::CatalogTableModel(QObject *parent) : ListTableModel<CatalogModel>(ColumnCount, parent) {}

QStringList CatalogTableModel::headers()
{
    return {Quorum::tr("Model"), Quorum::tr("Provider"), Quorum::tr("Context"), Quorum::tr("Max output"), Quorum::tr("Input $/M"), Quorum::tr("Output $/M"),
            Quorum::tr("Cached $/M"), Quorum::tr("Released"), Quorum::tr("Modalities"), Quorum::tr("Price read"), Quorum::tr("Scores")};
}

void CatalogTableModel::setCatalog(const ModelCatalog &catalog, const QDate &today)
{
    m_today = today;
    m_staleDays = CatalogText::staleDays();
    // The rows' cache first: the reset below has views and proxies read every row at once.
    m_rows.clear();
    m_rows.reserve(catalog.models().size());
    for (const CatalogModel &m : catalog.models()) {
        RowCache row;
        row.name = m.displayName == m.model ? m.model : u"%1 (%2)"_qs.arg(m.displayName, m.model);
        if (const CatalogPrice *p = m.priceOn(u"default"_qs, today))
            row.price = p - m.prices.constData();
        row.search = QStringList{m.provider, m.model, m.displayName, m.family, m.inputModalities.join(u' '),
                                 m.api ? providerPrefix(*m.api) : QString()}
                         .join(u' ')
                         .toLower();
        m_rows.append(std::move(row));
    }
    setItems(catalog.models());
}

const CatalogPrice *CatalogTableModel::priceOf(int row) const
{
    const qsizetype p = m_rows.at(row).price;
    return p >= 0 ? &item(row).prices.at(p) : nullptr;
}

QList<QVariant> CatalogTableModel::cells(int row) const
{
    QList<QVariant> out;
    for (int c = 0; c < ColumnCount; ++c)
        out.append(data(index(row, c)));
    return out;
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CatalogModel &m = item(index.row());
    const RowCache &row = m_rows.at(index.row());
    const CatalogPrice *p = priceOf(index.row());
    if (role == SearchRole)
        return row.search;
    if (role == KeyRole)
        return m.key();
    if (role == StaleRole)
        return p && CatalogText::isStale(*p, m_today, m_staleDays);
    if (role == Qt::ToolTipRole && index.column() == PriceRead && p)
        return Quorum::tr("%1, from %2").arg(CatalogText::readOn(*p, m_today, m_staleDays), p->source);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Context && index.column() <= CacheRead ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    const auto number = [](std::optional<double> v) { return v ? QVariant(*v) : QVariant(); };
    if (role == SortRole) {
        switch (index.column()) {
        case Context: return double(m.contextWindow);
        case MaxOutput: return double(m.maxOutput);
        case Input: return number(p ? p->rates.input : std::nullopt);
        case Output: return number(p ? p->rates.output : std::nullopt);
        case CacheRead: return number(p ? p->rates.cacheRead : std::nullopt);
        case Scores: return double(m.scores.size());
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Model: return row.name;
    case Provider: return m.provider;
    case Context: return CatalogText::tokens(m.contextWindow, m_locale);
    case MaxOutput: return CatalogText::tokens(m.maxOutput, m_locale);
    case Input: return CatalogText::perMillion(p ? p->rates.input : std::nullopt, m_locale);
    case Output: return CatalogText::perMillion(p ? p->rates.output : std::nullopt, m_locale);
    case CacheRead: return CatalogText::perMillion(p ? p->rates.cacheRead : std::nullopt, m_locale);
    case Released: return m.releaseDate.isEmpty() ? Figures::unknown() : m.releaseDate;
    case Modalities: return m.inputModalities.join(u", ");
    case PriceRead: return p ? Figures::day(p->readOn) : Figures::unknown();
    case Scores: return m.scores.isEmpty() ? QString() : QString::number(m.scores.size());
    default: return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().value(section);
}

} // namespace Quorum
