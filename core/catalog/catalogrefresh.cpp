#include "catalogrefresh.h"

#include "datasourcekeys.h"
#include "publishedsources.h"
#include "sourcefetch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QCoroNetworkReply>
#include <QCoroSignal>
#include <QCoroTimer>

#include <memory>

namespace Quorum {

namespace {
using namespace SourceFetch;
QString tr(const char *text) { return QCoreApplication::translate("CatalogRefresh", text); }

QList<CatalogCoverage::Field> coverageOf(const QList<CatalogModel> &models)
{
    CatalogCoverage::Field scores{u"scores"_qs, 0}, parameters{u"parameters"_qs, 0}, architecture{u"architecture"_qs, 0};
    for (const CatalogModel &m : models) {
        scores.count += m.scores.isEmpty() ? 0 : 1;
        parameters.count += m.parameters.isEmpty() ? 0 : 1;
        architecture.count += m.architecture.isEmpty() ? 0 : 1;
    }
    return {scores, parameters, architecture};
}

CatalogModel overlayFor(const CatalogModel &base)
{
    CatalogModel m;
    m.provider = base.provider;
    m.model = base.model;
    m.displayName = base.displayName;
    return m;
}
} // namespace

QJsonObject RefreshReport::toJson() const
{
    QJsonArray failed;
    for (const auto &[what, why] : failures)
        failed.append(QJsonObject{{u"model"_qs, what}, {u"reason"_qs, why}});
    QJsonObject fields;
    for (const CatalogCoverage::Field &f : coverage)
        fields.insert(f.name, double(f.count));
    return {{u"source"_qs, source},       {u"requests"_qs, requests},   {u"retries"_qs, retries},
            {u"throttled"_qs, throttled}, {u"elapsed_ms"_qs, double(elapsedMs)}, {u"candidates"_qs, candidates},
            {u"matched"_qs, matched},     {u"not_there"_qs, notThere}, {u"failures"_qs, failed},     {u"problems"_qs, QJsonArray::fromStringList(problems)},
            {u"fatal"_qs, fatal.isEmpty() ? QJsonValue() : QJsonValue(fatal)}, {u"coverage"_qs, fields}};
}

QString RefreshReport::toText() const
{
    if (!fatal.isEmpty())
        return tr("%1: %2\n").arg(source, fatal);
    QString out = tr("%1: %2 of %3 catalog models matched; %4 requests, %5 retries (%6 answered 429), %7 s\n")
                      .arg(source)
                      .arg(matched)
                      .arg(candidates)
                      .arg(requests)
                      .arg(retries)
                      .arg(throttled)
                      .arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    for (const CatalogCoverage::Field &f : coverage)
        out += tr("  %1: %2 models\n").arg(f.name).arg(f.count);
    if (notThere > 0)
        out += tr("  not there: %1 models (no such repository)\n").arg(notThere);
    // The first ten of each list; --json has them all.
    for (const auto &[what, why] : failures.mid(0, 10))
        out += tr("  failed: %1: %2\n").arg(what, why);
    if (failures.size() > 10)
        out += tr("  … and %1 more failures\n").arg(failures.size() - 10);
    for (const QString &p : problems.mid(0, 10))
        out += tr("  missing: %1\n").arg(p);
    if (problems.size() > 10)
        out += tr("  … and %1 more missing fields\n").arg(problems.size() - 10);
    return out;
}

QJsonObject RefreshResult::toJson(const QString &sourceId, const QDate &today) const
{
    QJsonArray list;
    for (const CatalogModel &m : models)
        list.append(ModelCatalog::toJson(m));
    const bool aa = sourceId == u"artificial-analysis";
    return {{u"quorum_model_catalog"_qs, 2},
            {u"catalog_version"_qs, u"%1-%2"_qs.arg(sourceId, today.toString(Qt::ISODate))},
            {u"sources"_qs, QJsonArray{QJsonObject{
                                {u"id"_qs, sourceId},
                                {u"package"_qs, aa ? u"Artificial Analysis API"_qs : u"Hugging Face Hub API"_qs},
                                {u"version"_qs, today.toString(Qt::ISODate)},
                                {u"published"_qs, today.toString(Qt::ISODate)},
                                {u"license"_qs, aa ? u"free API; attribution to https://artificialanalysis.ai/ required"_qs
                                                   : u"as each model card states"_qs},
                                {u"homepage"_qs, aa ? u"https://artificialanalysis.ai/"_qs : u"https://huggingface.co/"_qs}}}},
            {u"models"_qs, list}};
}

QCoro::Task<RefreshResult> refreshFromArtificialAnalysis(const ModelCatalog &catalog, RefreshOptions options, QNetworkAccessManager *network)
{
    RefreshResult result;
    RefreshReport &report = result.report;
    report.source = u"Artificial Analysis"_qs;
    QElapsedTimer clock;
    clock.start();
    if (options.aaKey.isEmpty()) {
        report.fatal = tr("no key: store one with `quorum-cli keys set artificial-analysis` or set ARTIFICIAL_ANALYSIS_API_KEY");
        co_return result;
    }
    DayBudget budget{options.aaStateFile};
    budget.load(options.today);
    Throttle throttle(options.aaIntervalMs);
    QRandomGenerator rng(20261207);
    QNetworkRequest request(QUrl(options.aaBaseUrl + u"/data/llms/models"_qs));
    request.setRawHeader("x-api-key", options.aaKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    const Fetched page = co_await fetch(network, request, throttle, options, report, rng, [&] {
        if (budget.used >= options.aaDailyLimit) {
            report.fatal = tr("the free API's %1 requests for %2 are used (the count starts again at midnight UTC)")
                               .arg(options.aaDailyLimit)
                               .arg(options.today.toString(Qt::ISODate));
            return false;
        }
        budget.spend();
        return true;
    });
    report.elapsedMs = clock.elapsed();
    if (!report.fatal.isEmpty())
        co_return result;
    if (!page.ok()) {
        report.failures.append({u"/data/llms/models"_qs, page.error});
        co_return result;
    }
    QString error;
    const auto aa = Published::readAaModels(page.body, options.today.toString(Qt::ISODate), &error);
    if (!aa) {
        report.failures.append({u"/data/llms/models"_qs, error});
        co_return result;
    }
    report.problems = aa->problems;
    QHash<QString, const Published::AaModel *> bySlug;
    for (const Published::AaModel &m : aa->models)
        bySlug.insert(Published::modelSlug(m.slug), &m);
    report.candidates = int(catalog.models().size());
    for (const CatalogModel &m : catalog.models()) {
        const Published::AaModel *found = bySlug.value(Published::modelSlug(m.model));
        if (!found || found->scores.isEmpty())
            continue;
        CatalogModel top = overlayFor(m);
        top.scores = found->scores;
        top.sources.insert(u"scores"_qs, tr("Artificial Analysis (artificialanalysis.ai), read %1").arg(options.today.toString(Qt::ISODate)));
        result.models.append(std::move(top));
    }
    report.matched = int(result.models.size());
    report.coverage = {coverageOf(result.models).first()};
    report.elapsedMs = clock.elapsed();
    co_return result;
}

QCoro::Task<RefreshResult> refreshFromHuggingFace(const ModelCatalog &catalog, RefreshOptions options, QNetworkAccessManager *network)
{
    RefreshResult result;
    RefreshReport &report = result.report;
    report.source = u"Hugging Face"_qs;
    QElapsedTimer clock;
    clock.start();
    static const QRegularExpression repoForm(u"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"_qs);
    // The catalog's models named by a repository, each repository once (lower-case: services
    // write "qwen/qwen3-32b" for "Qwen/Qwen3-32B").
    QMap<QString, QList<const CatalogModel *>> byRepo;
    // Only models known to have open weights: a closed model's "vendor/name" (OpenRouter's
    // "anthropic/claude-2") names no repository there.
    for (const CatalogModel &m : catalog.models())
        if (m.openWeights == true && repoForm.match(m.model).hasMatch())
            byRepo[m.model.toLower()].append(&m);
    report.candidates = int(byRepo.size());
    Throttle throttle(options.hfIntervalMs);
    QRandomGenerator rng(20261207);
    const auto request = [&](const QUrl &url) {
        QNetworkRequest r(url);
        r.setRawHeader("Accept", "application/json");
        if (!options.hfKey.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + options.hfKey.toUtf8());
        return r;
    };

    // Each author's listing, page by page: the repositories' exact names, and which are there at
    // all (a repository its author's whole listing leaves out is not asked for).
    QHash<QString, QString> exact;
    QSet<QString> listedAuthors;
    QStringList authors;
    for (auto it = byRepo.cbegin(); it != byRepo.cend(); ++it) {
        const QString author = it.value().first()->model.section(u'/', 0, 0);
        if (!authors.contains(author, Qt::CaseInsensitive))
            authors.append(author);
    }
    // Two requests in a row that reached no server (after their retries) end the batch: asking
    // the other models would only wait out the same failure, model after model.
    int unreached = 0;
    const auto gaveUp = [&](const Fetched &f) {
        unreached = f.status == 0 ? unreached + 1 : 0;
        if (unreached < 2)
            return false;
        report.fatal = tr("cannot reach %1 (%2): nothing was saved, the last refresh is kept")
                           .arg(QUrl(options.hfBaseUrl).host(), f.error);
        return true;
    };
    for (const QString &author : std::as_const(authors)) {
        QUrl next(options.hfBaseUrl + u"/api/models"_qs);
        next.setQuery(u"author=%1&limit=%2"_qs.arg(QString::fromUtf8(QUrl::toPercentEncoding(author))).arg(options.hfPageSize));
        int pageNumber = 1;
        while (next.isValid() && !next.isEmpty()) {
            const Fetched page = co_await fetch(network, request(next), throttle, options, report, rng);
            if (gaveUp(page)) {
                report.elapsedMs = clock.elapsed();
                co_return result;
            }
            QString error = page.error;
            std::optional<QStringList> ids;
            if (page.ok())
                ids = Published::readHfListing(page.body, &error);
            if (!ids) {
                // The rest of this author's models are asked for by the name the catalog gives.
                report.failures.append({tr("%1's listing, page %2").arg(author).arg(pageNumber), error});
                break;
            }
            for (const QString &id : std::as_const(*ids))
                exact.insert(id.toLower(), id);
            const QString link = Published::nextPageLink(page.link);
            next = link.isEmpty() ? QUrl() : QUrl(link);
            if (next.isEmpty())
                listedAuthors.insert(author.toLower());
            ++pageNumber;
        }
    }

    for (auto it = byRepo.cbegin(); it != byRepo.cend(); ++it) {
        if (!exact.contains(it.key()) && listedAuthors.contains(it.key().section(u'/', 0, 0))) {
            ++report.notThere;
            continue;
        }
        const QString repo = exact.value(it.key(), it.value().first()->model);
        const Fetched answer = co_await fetch(network, request(QUrl(options.hfBaseUrl + u"/api/models/"_qs + repo)), throttle, options, report, rng);
        if (gaveUp(answer)) {
            report.elapsedMs = clock.elapsed();
            co_return result;
        }
        if (answer.status == 404) {
            ++report.notThere;
            continue;
        }
        if (!answer.ok()) {
            report.failures.append({repo, answer.error});
            continue;
        }
        QString error;
        const auto hf = Published::readHfModel(answer.body, options.today.toString(Qt::ISODate), &error);
        if (!hf) {
            report.failures.append({repo, error});
            continue;
        }
        report.problems += hf->problems;
        for (const CatalogModel *m : it.value()) {
            CatalogModel top = overlayFor(*m);
            const QString source = tr("Hugging Face (huggingface.co/%1), read %2").arg(hf->id, options.today.toString(Qt::ISODate));
            if (!hf->parameters.isEmpty()) {
                top.parameters = hf->parameters;
                top.sources.insert(u"parameters"_qs, source);
            }
            if (!hf->architecture.isEmpty()) {
                top.architecture = hf->architecture;
                top.sources.insert(u"architecture"_qs, source);
            }
            if (!hf->scores.isEmpty()) {
                top.scores = hf->scores;
                top.sources.insert(u"scores"_qs, source);
            }
            if (!top.sources.isEmpty())
                result.models.append(std::move(top));
        }
    }
    report.matched = int(result.models.size());
    report.coverage = coverageOf(result.models);
    report.elapsedMs = clock.elapsed();
    co_return result;
}

RefreshOptions userRefreshOptions(const QProcessEnvironment &environment, const KeychainLookup &keychain, const QString &aaBaseUrl,
                                  const QString &hfBaseUrl)
{
    RefreshOptions options;
    if (!aaBaseUrl.isEmpty())
        options.aaBaseUrl = aaBaseUrl;
    if (!hfBaseUrl.isEmpty())
        options.hfBaseUrl = hfBaseUrl;
    options.aaKey = dataSourceKey(DataSource::ArtificialAnalysis, environment, keychain);
    options.hfKey = dataSourceKey(DataSource::HuggingFace, environment, keychain);
    options.aaStateFile = CatalogPaths::refreshFile(u"aa-requests"_qs);
    return options;
}

QCoro::Task<QList<RefreshReport>> refreshUserCatalog(QStringList sources, RefreshOptions options, QNetworkAccessManager *network)
{
    QList<RefreshReport> reports;
    const ModelCatalog &base = ModelCatalog::builtIn();
    QDir().mkpath(QFileInfo(CatalogPaths::refreshFile(u"x"_qs)).path());
    for (const QString &id : std::as_const(sources)) {
        // Not a conditional expression of two co_awaits: GCC 12 miscompiles that (it crashed).
        RefreshResult result;
        if (id == u"artificial-analysis")
            result = co_await refreshFromArtificialAnalysis(base, options, network);
        else
            result = co_await refreshFromHuggingFace(base, options, network);
        if (result.report.fatal.isEmpty() && !result.models.isEmpty()) {
            QSaveFile file(CatalogPaths::refreshFile(id));
            if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(result.toJson(id, options.today)).toJson()) < 0
                || !file.commit())
                result.report.failures.append({file.fileName(), tr("cannot write it: %1").arg(file.errorString())});
        }
        reports.append(std::move(result.report));
    }
    co_return reports;
}

} // namespace Quorum
