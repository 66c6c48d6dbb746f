#pragma once

#include "../providers/credentials.h"
#include "../providers/retrypolicy.h"
#include "catalogreport.h"
#include "modelcatalog.h"

#include <QCoroTask>
#include <QDate>
#include <QJsonObject>

class QNetworkAccessManager;

namespace Quorum {

// Where and how fast to ask the published sources. The defaults are the services' own: the
// Artificial Analysis free API allows one request a second and 1,000 a day; the Hugging Face
// Hub 1,000 requests per five minutes.
struct RefreshOptions
{
    // QUORUM_AA_URL and QUORUM_HF_URL point them elsewhere (a proxy, the loopback fakes of
    // `quorum-cli simulate --catalog-apis`).
    QString aaBaseUrl = qEnvironmentVariable("QUORUM_AA_URL", u"https://artificialanalysis.ai/api/v2"_qs);
    QString hfBaseUrl = qEnvironmentVariable("QUORUM_HF_URL", u"https://huggingface.co"_qs);
    QString aaKey;
    QString hfKey;                 // optional for public models
    int aaIntervalMs = 1000;
    int aaDailyLimit = 1000;
    int hfIntervalMs = 300;
    int hfPageSize = 100;
    int timeoutMs = 30'000;
    RetryPolicy retry;
    QString aaStateFile;           // the day's request count (CatalogPaths::refreshFile("aa-requests"))
    QDate today = QDate::currentDate();
};

// What one refresh did: requests, retries and 429s, the models it could not read and why, and
// how many catalog models each field now covers.
struct RefreshReport
{
    QString source;                // "Artificial Analysis", "Hugging Face"
    int requests = 0;
    int retries = 0;
    int throttled = 0;             // 429 answers
    qint64 elapsedMs = 0;
    int candidates = 0;            // catalog models the source was asked about
    int matched = 0;               // catalog models it gave figures for
    int notThere = 0;              // asked about, and the source has no such model (no failure)
    QList<std::pair<QString, QString>> failures; // model or page → why (the batch went on)
    QStringList problems;          // fields missing in what the source answered
    QString fatal;                 // why nothing could be asked (no key, the day's budget spent)
    QList<CatalogCoverage::Field> coverage;

    QJsonObject toJson() const;
    QString toText() const;
};

struct RefreshResult
{
    QList<CatalogModel> models;    // an overlay: per catalog model, the fields this source gave
    RefreshReport report;
    // The overlay as a catalog file (CatalogPaths::refreshFile), read back by ModelCatalog::forUser.
    QJsonObject toJson(const QString &sourceId, const QDate &today) const;
};

// Published scores from Artificial Analysis (one request: GET /data/llms/models), matched to
// the catalog's models by their slug.
QCoro::Task<RefreshResult> refreshFromArtificialAnalysis(const ModelCatalog &catalog, RefreshOptions options, QNetworkAccessManager *network);
// Parameter counts, architecture and model-card scores from Hugging Face for the catalog's
// models named by a repository ("org/name"): each author's listing page by page (to find each
// repository's exact name), then each model; a model that fails is reported and the batch goes on.
QCoro::Task<RefreshResult> refreshFromHuggingFace(const ModelCatalog &catalog, RefreshOptions options, QNetworkAccessManager *network);

// The user's refresh, as quorum-cli and the Catalog page run it: keys from the keychain or the
// environment, the URLs given (empty: the defaults), the day's request count beside the refresh files.
RefreshOptions userRefreshOptions(const QProcessEnvironment &environment, const KeychainLookup &keychain, const QString &aaBaseUrl = {},
                                  const QString &hfBaseUrl = {});
// Asks each source named ("artificial-analysis", "huggingface") about the shipped snapshot (so
// that one source's answers never feed on another's) and keeps what it answered in its refresh
// file (CatalogPaths::refreshFile), read by ModelCatalog::forUser. One report per source, in order;
// a file that cannot be written is one of its failures.
QCoro::Task<QList<RefreshReport>> refreshUserCatalog(QStringList sources, RefreshOptions options, QNetworkAccessManager *network);

} // namespace Quorum
