// The Catalog page driven as an analyst drives it: the whole catalog in a table read off the GUI
// thread, filtered as they type, sorted by price, a model whole with its price history, and
// Add to Plan filling the model form's variant; the table model under the model tester.
#include "catalog/catalogpage.h"
#include "present/catalogtext.h"
#include "setup/models/profilespage.h"
#include "setup/plandocument.h"
#include "setup/setuppage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Quorum;

class TestCatalogPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList column(const CatalogPage &page, int c)
    {
        QStringList out;
        for (int r = 0; r < page.filter()->rowCount(); ++r)
            out << page.filter()->index(r, c).data().toString();
        return out;
    }

    bool loaded(CatalogPage &page)
    {
        QSignalSpy spy(&page, &CatalogPage::loaded);
        page.show();
        return spy.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("QUORUM_CATALOG_DIR", m_dir.path().toUtf8()); // no refreshes, no overrides: the shipped catalog
    }

    void tableUnderTheModelTester()
    {
        CatalogTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(ModelCatalog::builtIn(), QDate(2026, 12, 7));
        QCOMPARE(model.rowCount(), int(ModelCatalog::builtIn().models().size()));
        CatalogFilter filter;
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setWords(u"gpt 5.4"_qs);
        filter.sort(CatalogTableModel::Input, Qt::DescendingOrder);
        QVERIFY(filter.rowCount() > 0);
    }

    // Sorted by name at first; every word typed narrows the list; the switches and the provider too.
    void filtersAsTheAnalystTypes()
    {
        CatalogPage page;
        QVERIFY(loaded(page));
        const int all = page.filter()->rowCount();
        QVERIFY(all >= 500);
        QStringList names = column(page, CatalogTableModel::Model);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names.mid(0, 50), sorted.mid(0, 50));

        QTest::keyClicks(page.search(), u"claude sonnet"_qs);
        const int sonnets = page.filter()->rowCount();
        QVERIFY(sonnets > 5 && sonnets < 100);
        for (int r = 0; r < sonnets; ++r) {
            const QString text = page.filter()->index(r, 0).data(CatalogTableModel::SearchRole).toString();
            QVERIFY2(text.contains(u"claude"_qs) && text.contains(u"sonnet"_qs), qPrintable(text));
        }
        auto *provider = page.findChild<QComboBox *>(u"catalogProvider"_qs);
        provider->setCurrentIndex(provider->findData(u"bedrock"_qs));
        QVERIFY(page.filter()->rowCount() > 0 && page.filter()->rowCount() < sonnets);
        for (const QString &p : column(page, CatalogTableModel::Provider))
            QCOMPARE(p, u"bedrock"_qs);
        provider->setCurrentIndex(0);
        page.search()->clear();
        QCOMPARE(page.filter()->rowCount(), all);
        page.findChildren<QCheckBox *>().first()->setChecked(true); // Quorum can call it
        QVERIFY(page.filter()->rowCount() < all);
        for (int r = 0; r < page.filter()->rowCount(); ++r)
            QVERIFY(page.table()->item(page.filter()->mapToSource(page.filter()->index(r, 0)).row()).api);
    }

    // Sorting by price sorts by the figure, not its text ($10.00 after $9.00).
    void sortsByTheFigure()
    {
        CatalogPage page;
        QVERIFY(loaded(page));
        page.view()->sortByColumn(CatalogTableModel::Input, Qt::DescendingOrder);
        double last = 1e9;
        for (int r = 0; r < 200; ++r) {
            const QVariant v = page.filter()->index(r, CatalogTableModel::Input).data(CatalogTableModel::SortRole);
            if (!v.isValid())
                continue;
            QVERIFY2(v.toDouble() <= last, qPrintable(QString::number(r)));
            last = v.toDouble();
        }
    }

    // The chosen model whole: its price history with the price in force marked, each field's
    // source; Add to Plan gives the model to the plan.
    void modelWholeAndAddToPlan()
    {
        CatalogPage page;
        QVERIFY(loaded(page));
        auto *provider = page.findChild<QComboBox *>(u"catalogProvider"_qs);
        provider->setCurrentIndex(provider->findData(u"gemini"_qs));
        QTest::keyClicks(page.search(), u"gemini-3.6-flash"_qs);
        QCOMPARE(page.filter()->rowCount(), 1);
        page.view()->setCurrentIndex(page.filter()->index(0, 0));
        const QString html = page.detail()->toHtml();
        QVERIFY(html.contains(u"Price history"_qs));
        // The dated price after the introductory one (dates written with non-breaking hyphens).
        QVERIFY(page.detail()->toPlainText().contains(QString(u"2027-01-01"_qs).replace(u'-', QChar(0x2011))));
        QVERIFY(html.contains(u"$7.50"_qs));
        QVERIFY(html.contains(u"@pydantic/genai-prices 0.1.8"_qs));
        auto *add = page.findChild<QPushButton *>(u"addToPlan"_qs);
        QVERIFY(add->isEnabled());
        QSignalSpy added(&page, &CatalogPage::addToPlan);
        add->click();
        QCOMPARE(added.size(), 1);
        const CatalogModel model = added.first().first().value<CatalogModel>();
        QCOMPARE(model.model, u"gemini-3.6-flash"_qs);

        // In the plan: the Gemini API, its id, today's default-tier list price per 1,000 tokens.
        SetupPage setup;
        setup.models()->addFromCatalog(model, page.catalog().bedrockGeo());
        const RunPlan plan = setup.plan();
        QCOMPARE(plan.models.size(), 1);
        QCOMPARE(plan.models.first().modelId, u"gemini/gemini-3.6-flash"_qs);
        QCOMPARE(plan.models.first().inputCostPer1k, 0.75 / 1000);
        QCOMPARE(plan.models.first().outputCostPer1k, 3.75 / 1000);

        // A Bedrock model gets the geo id of its first region.
        const CatalogModel *sonnet = page.catalog().find(u"bedrock/regional.anthropic.claude-sonnet-4-6-v1:0"_qs);
        QVERIFY(sonnet);
        setup.models()->addFromCatalog(*sonnet, page.catalog().bedrockGeo());
        QCOMPARE(setup.plan().models.last().modelId, u"bedrock/us.anthropic.claude-sonnet-4-6-v1:0"_qs);
        QCOMPARE(setup.plan().models.last().region, u"us-east-1"_qs);
    }

    // A model Quorum has no client for can be browsed, not added.
    void browseOnlyModels()
    {
        CatalogPage page;
        QVERIFY(loaded(page));
        QTest::keyClicks(page.search(), u"cloudflare"_qs);
        QVERIFY(page.filter()->rowCount() > 0);
        page.view()->setCurrentIndex(page.filter()->index(0, 0));
        QVERIFY(!page.findChild<QPushButton *>(u"addToPlan"_qs)->isEnabled());
        QVERIFY(page.detail()->toPlainText().contains(u"browse only"_qs));
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
