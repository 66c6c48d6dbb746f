#pragma once

#include "catalogmodel.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

// Readers of what Artificial Analysis and Hugging Face answer (their documented responses), and
// how their models are matched to the catalog's. Pure functions: the refresh feeds them, the fuzz
// targets and tests too.
namespace Quorum::Published {

// A model id reduced to what names the model whoever serves it: "regional.anthropic.claude-opus-5-5-v1:0",
// "anthropic/claude-opus-5.5" and "claude-opus-5-5-20261101" are all "claude-opus-5-5".
QString modelSlug(const QString &id);

// One model of Artificial Analysis' GET /api/v2/data/llms/models.
struct AaModel
{
    QString id;
    QString name;
    QString slug;
    QString creator;
    QList<PublishedScore> scores; // its evaluations, benchmarks as percentages, indices as given
};
struct AaPage
{
    QList<AaModel> models;
    QStringList problems; // entries left out or fields missing: "model ID: no slug", …
};
// Empty with *error set when the document is not the endpoint's answer at all.
std::optional<AaPage> readAaModels(const QByteArray &json, const QString &readOn, QString *error);

// Hugging Face: GET /api/models?author=ORG (a page of the listing) and GET /api/models/REPO.
std::optional<QStringList> readHfListing(const QByteArray &json, QString *error);
// The next page's URL from a Link header (RFC 8288, rel="next"); empty when this is the last.
QString nextPageLink(const QByteArray &linkHeader);
struct HfModel
{
    QString id;
    QString parameters;   // "8.03B", "355B"
    QString architecture; // "Mixture-of-Experts (MoE)" or the transformers class ("LlamaForCausalLM")
    QList<PublishedScore> scores; // the model card's model-index results, and its likes
    QStringList problems;
};
std::optional<HfModel> readHfModel(const QByteArray &json, const QString &readOn, QString *error);
// "8030261248" parameters → "8.03B".
QString parameterCount(double total);

} // namespace Quorum::Published
