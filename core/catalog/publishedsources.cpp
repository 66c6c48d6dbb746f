#include "publishedsources.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Quorum::Published {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PublishedSources", text); }

std::optional<QJsonDocument> parse(const QByteArray &json, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError) {
        *error = tr("not JSON: %1").arg(e.errorString());
        return std::nullopt;
    }
    return doc;
}

// Artificial Analysis' evaluation keys, the names they are published under, and whether the
// value is a fraction to be shown as a percentage (benchmarks) or an index as given.
struct AaEvaluation
{
    const char16_t *key;
    const char16_t *name;
    bool fraction;
};
constexpr AaEvaluation kAaEvaluations[] = {
    {u"artificial_analysis_intelligence_index", u"Artificial Analysis Intelligence Index", false},
    {u"artificial_analysis_coding_index", u"Artificial Analysis Coding Index", false},
    {u"artificial_analysis_math_index", u"Artificial Analysis Math Index", false},
    {u"mmlu_pro", u"MMLU-Pro", true},
    {u"gpqa", u"GPQA Diamond", true},
    {u"hle", u"Humanity's Last Exam", true},
    {u"livecodebench", u"LiveCodeBench", true},
    {u"scicode", u"SciCode", true},
    {u"math_500", u"MATH-500", true},
    {u"aime", u"AIME", true},
};
} // namespace

QString modelSlug(const QString &id)
{
    static const QRegularExpression geo(u"^(global|regional|us-gov|us|eu|apac|jp|au)\\."_qs);
    static const QRegularExpression vendor(u"^[a-z][a-z0-9-]*\\.(?=[a-z])"_qs);
    static const QRegularExpression version(u"(-v\\d+)?:\\d+$"_qs);
    static const QRegularExpression dated(u"-(20\\d{6}|20\\d\\d-\\d\\d-\\d\\d)$"_qs);
    static const QRegularExpression apart(u"[._ ]+"_qs);
    QString s = id.toLower();
    s = s.mid(s.lastIndexOf(u'/') + 1);
    s.remove(geo);
    s.remove(vendor);
    s.remove(version);
    s.remove(dated);
    s.replace(apart, u"-"_qs);
    return s;
}

std::optional<AaPage> readAaModels(const QByteArray &json, const QString &readOn, QString *error)
{
    const auto doc = parse(json, error);
    if (!doc)
        return std::nullopt;
    const QJsonValue data = doc->object().value(u"data");
    if (!doc->isObject() || !data.isArray()) {
        *error = tr("the answer has no \"data\" list of models");
        return std::nullopt;
    }
    AaPage page;
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject o = v.toObject();
        AaModel m;
        m.id = o.value(u"id").toString();
        m.name = o.value(u"name").toString();
        m.slug = o.value(u"slug").toString();
        m.creator = o.value(u"model_creator").toObject().value(u"slug").toString();
        const QString who = m.id.isEmpty() ? (m.name.isEmpty() ? tr("a model") : m.name) : m.id;
        if (m.id.isEmpty() || m.slug.isEmpty()) {
            page.problems.append(tr("%1: no id or slug, left out").arg(who));
            continue;
        }
        const QJsonValue evaluations = o.value(u"evaluations");
        if (!evaluations.isObject()) {
            page.problems.append(tr("%1 (%2): no evaluations").arg(m.slug, m.id));
        } else {
            const QJsonObject e = evaluations.toObject();
            for (const AaEvaluation &k : kAaEvaluations) {
                const QJsonValue value = e.value(QStringView(k.key));
                if (!value.isDouble())
                    continue;
                double x = value.toDouble();
                if (!std::isfinite(x) || x < 0 || (k.fraction && x > 1) || x > 100) {
                    page.problems.append(tr("%1: %2 = %3 is out of range, left out").arg(m.slug, QString::fromUtf16(k.key)).arg(x));
                    continue;
                }
                const bool percent = k.fraction;
                if (percent)
                    x *= 100;
                m.scores.append({QString::fromUtf16(k.name), std::round(x * 100) / 100, percent ? u"%"_qs : u"index"_qs,
                                 u"Artificial Analysis"_qs, readOn});
            }
        }
        page.models.append(std::move(m));
    }
    return page;
}

std::optional<QStringList> readHfListing(const QByteArray &json, QString *error)
{
    const auto doc = parse(json, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        *error = tr("the listing is not a list of models");
        return std::nullopt;
    }
    QStringList ids;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id").toString(o.value(u"modelId").toString());
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QString nextPageLink(const QByteArray &linkHeader)
{
    // <https://huggingface.co/api/models?author=x&cursor=abc>; rel="next", <…>; rel="prev"
    static const QRegularExpression link(u"<([^>]*)>\\s*;[^,]*rel=\"?next\"?"_qs);
    const auto m = link.match(QString::fromUtf8(linkHeader));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString parameterCount(double total)
{
    if (total <= 0)
        return {};
    const double scale = total >= 1e12 ? 1e12 : total >= 1e9 ? 1e9 : 1e6;
    const QChar unit = total >= 1e12 ? u'T' : total >= 1e9 ? u'B' : u'M';
    QString text = QString::number(total / scale, 'g', 3);
    text.append(unit);
    return text;
}

std::optional<HfModel> readHfModel(const QByteArray &json, const QString &readOn, QString *error)
{
    const auto doc = parse(json, error);
    if (!doc)
        return std::nullopt;
    const QJsonObject o = doc->object();
    HfModel m;
    m.id = o.value(u"id").toString(o.value(u"modelId").toString());
    if (!doc->isObject() || m.id.isEmpty()) {
        *error = tr("the answer is not a model (no id)");
        return std::nullopt;
    }
    const double total = o.value(u"safetensors").toObject().value(u"total").toDouble(-1);
    if (total > 0)
        m.parameters = parameterCount(total);
    else
        m.problems.append(tr("%1: no parameter count (safetensors.total)").arg(m.id));
    const QJsonObject config = o.value(u"config").toObject();
    const QString architecture = config.value(u"architectures").toArray().first().toString();
    QStringList tags;
    for (const QJsonValue &t : o.value(u"tags").toArray())
        tags.append(t.toString().toLower());
    const bool moe = tags.contains(u"moe"_qs) || tags.contains(u"mixture-of-experts"_qs)
        || config.value(u"model_type").toString().contains(u"moe", Qt::CaseInsensitive) || architecture.contains(u"Moe");
    m.architecture = moe ? u"Mixture-of-Experts (MoE)"_qs : architecture;
    if (m.architecture.isEmpty())
        m.problems.append(tr("%1: no architecture (config.architectures)").arg(m.id));
    const QString date = o.value(u"lastModified").toString().left(10);
    for (const QJsonValue &entry : o.value(u"cardData").toObject().value(u"model-index").toArray())
        for (const QJsonValue &result : entry.toObject().value(u"results").toArray()) {
            const QJsonObject r = result.toObject();
            const QString dataset = r.value(u"dataset").toObject().value(u"name").toString();
            for (const QJsonValue &metric : r.value(u"metrics").toArray()) {
                const QJsonObject mo = metric.toObject();
                if (dataset.isEmpty() || !mo.value(u"value").isDouble())
                    continue;
                m.scores.append({dataset, mo.value(u"value").toDouble(), mo.value(u"type").toString(),
                                 u"Hugging Face (model card)"_qs, date.isEmpty() ? readOn : date});
                break; // the first metric of a result is the headline one
            }
        }
    if (o.value(u"likes").isDouble())
        m.scores.append({u"Hugging Face likes"_qs, o.value(u"likes").toDouble(), u"likes"_qs, u"Hugging Face"_qs, readOn});
    return m;
}

} // namespace Quorum::Published
