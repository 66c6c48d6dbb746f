// Export Report…'s question: what it offers first, and that OK waits for something writable.
#include "results/reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Quorum;

class TstReportDialog final : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(QDialog &d, const char *name)
    {
        T *w = d.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    static bool okEnabled(QDialog &d) { return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(); }

private Q_SLOTS:
    void defaultsAreEverything()
    {
        ReportDialog d(7, u"nightly"_qs);
        const ReportChoice c = d.choice();
        QVERIFY(c.htmlPath.endsWith(u"run-7-report.html"_qs));
        QVERIFY(c.pdfPath.endsWith(u"run-7-report.pdf"_qs));
        QCOMPARE(c.options.sections, Report::allSections());
        QCOMPARE(c.options.sample, 50);
        QVERIFY(okEnabled(d));
    }

    void choicesReachTheReport()
    {
        ReportDialog d(7, u"nightly"_qs);
        child<QCheckBox>(d, "htmlOutput")->setChecked(false);
        child<QLineEdit>(d, "pdfPath")->setText(u"/tmp/x.pdf"_qs);
        child<QComboBox>(d, "paper")->setCurrentIndex(child<QComboBox>(d, "paper")->findText(u"Letter"_qs));
        child<QCheckBox>(d, "section-latency")->setChecked(false);
        child<QCheckBox>(d, "section-regions")->setChecked(false);
        child<QSpinBox>(d, "sample")->setValue(5);
        ReportChoice c = d.choice();
        QCOMPARE(c.htmlPath, QString());
        QCOMPARE(c.pdfPath, u"/tmp/x.pdf"_qs);
        QCOMPARE(c.paper, Report::Paper::Letter);
        QVERIFY(!c.options.includes(Report::Section::Latency));
        QVERIFY(!c.options.includes(Report::Section::Regions));
        QVERIFY(c.options.includes(Report::Section::Summary));
        QCOMPARE(c.options.sections.size(), 8);
        QCOMPARE(c.options.sample, 5);
        child<QCheckBox>(d, "allInvocations")->setChecked(true);
        QCOMPARE(d.choice().options.sample, -1);
        QVERIFY(!child<QSpinBox>(d, "sample")->isEnabled());
    }

    // Nothing to write, a missing file, one file for both, no section: OK waits and says why.
    void okWaitsForSomethingWritable()
    {
        ReportDialog d(7, u"nightly"_qs);
        QLabel *problem = child<QLabel>(d, "reportProblem");
        child<QCheckBox>(d, "htmlOutput")->setChecked(false);
        child<QCheckBox>(d, "pdfOutput")->setChecked(false);
        QVERIFY(!okEnabled(d));
        QCOMPARE(problem->text(), u"Choose HTML, PDF or both."_qs);
        child<QCheckBox>(d, "pdfOutput")->setChecked(true);
        QVERIFY(okEnabled(d));
        child<QLineEdit>(d, "pdfPath")->clear();
        QVERIFY(!okEnabled(d));
        QCOMPARE(problem->text(), u"Give each chosen output a file."_qs);
        child<QLineEdit>(d, "pdfPath")->setText(u"/tmp/same"_qs);
        child<QCheckBox>(d, "htmlOutput")->setChecked(true);
        child<QLineEdit>(d, "htmlPath")->setText(u"/tmp/same"_qs);
        QVERIFY(!okEnabled(d));
        child<QLineEdit>(d, "htmlPath")->setText(u"/tmp/same.html"_qs);
        QVERIFY(okEnabled(d));
        for (QCheckBox *box : d.findChildren<QCheckBox *>())
            if (box->objectName().startsWith(u"section-"_qs))
                box->setChecked(false);
        QVERIFY(!okEnabled(d));
        QCOMPARE(problem->text(), u"Choose at least one section."_qs);
    }
};

QTEST_MAIN(TstReportDialog)
#include "tst_reportdialog.moc"
