// The setup forms, driven as an analyst drives them: the model catalog, the tier boxes, an invalid
// price (its message, Run and Save refused), a CSV mapped and imported, the judge template checked
// as it is typed, the estimate, undo, the unsaved-changes question, and the demo plan rebuilt from
// an empty window with the forms alone, saved and run by quorum-cli.
#include "config/configimport.h"
#include "config/planfile.h"
#include "engine/probe.h"
#include "shell/mainwindow.h"
#include "setup/judges/jurypage.h"
#include "setup/judges/templateeditor.h"
#include "setup/models/profileform.h"
#include "setup/models/profilespage.h"
#include "setup/plandocument.h"
#include "setup/run/runsettingsform.h"
#include "setup/scenarios/csvmappingdialog.h"
#include "setup/scenarios/scenarioeditmodel.h"
#include "setup/scenarios/scenariospage.h"
#include "setup/setuppage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;

namespace {
const QString kDemo = QStringLiteral(QUORUM_SOURCE_DIR "/resources/demo/");

RunPlan demoPlan()
{
    Diagnostics d;
    return *loadPlan(TextSource::fromFile(kDemo + u"demo-plan.json"_qs, d), d);
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Picks a provider in the form's combo box, as a click on the list does.
void chooseProvider(ProfileForm *form, const QString &provider)
{
    auto *box = child<QComboBox>(form, "provider");
    box->setCurrentIndex(box->findText(provider));
    Q_EMIT box->activated(box->currentIndex());
}

// Picks a model from the catalog's suggestions (fills its prices and name).
void chooseModel(ProfileForm *form, const QString &model)
{
    auto *box = child<QComboBox>(form, "modelId");
    int index = -1; // the suggestions carry catalog keys, "provider/model"
    for (int i = 0; i < box->count() && index < 0; ++i)
        if (box->itemData(i).toString().endsWith(u'/' + model))
            index = i;
    QVERIFY2(index >= 0, qPrintable(model));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString fieldMessage(ProfileForm *form, const QString &key)
{
    // The message line sits under its field, in the field's column: the one visible label there.
    for (QLabel *label : form->findChildren<QLabel *>())
        if (label->isVisibleTo(form) && label->text().contains(key))
            return label->text();
    return {};
}

// The message `quorum-cli validate` gives for a profile line, from the importer itself.
QString validateMessage(const QByteArray &line)
{
    Diagnostics d;
    importBytes(u"models.jsonl"_qs, line + '\n', d, InputKind::ModelProfiles);
    return d.items().isEmpty() ? QString() : d.items().first().message;
}
} // namespace

class TestSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent files and appearance in a test folder
    }

    // Every item model of the forms under the model tester, while rows are added, removed,
    // edited and filtered.
    void modelsUnderTheTester()
    {
        SetupPage page;
        page.setPlan(demoPlan(), QString());
        auto *models = page.models()->table()->model();
        auto *judges = page.jury()->judges()->table()->model();
        auto *scenarios = page.scenarios()->table()->model();
        QAbstractItemModelTester t1(models, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(judges, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(scenarios, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(static_cast<QSortFilterProxyModel *>(scenarios)->sourceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(models->rowCount(), 5);
        QCOMPARE(judges->rowCount(), 3);
        QCOMPARE(scenarios->rowCount(), 37);
        page.models()->select(1);
        child<QAction>(page.models(), "duplicate")->trigger();
        QCOMPARE(models->rowCount(), 6);
        child<QAction>(page.models(), "remove")->trigger();
        QCOMPARE(models->rowCount(), 5);
        QTest::keyClicks(page.scenarios()->filterEdit(), u"sql"_qs);
        QCOMPARE(scenarios->rowCount(), 5); // the demo's five text-to-SQL prompts hold "SQL"
        auto *type = child<QComboBox>(page.scenarios(), "taskTypeFilter");
        page.scenarios()->filterEdit()->clear();
        type->setCurrentIndex(type->findData(u"summarization"_qs));
        Q_EMIT type->activated(type->currentIndex());
        QCOMPARE(scenarios->rowCount(), 5);
        // An edit in place is read as an import reads it; an empty prompt is refused.
        const QModelIndex prompt = scenarios->index(0, ScenarioEditModel::PromptColumn);
        QVERIFY(scenarios->setData(prompt, u"Summarize: the tram opens in May."_qs));
        QCOMPARE(page.plan().scenarios.first().prompt, u"Summarize: the tram opens in May."_qs);
        QVERIFY(!scenarios->setData(prompt, QString()));
        QCOMPARE(page.plan().scenarios.first().prompt, u"Summarize: the tram opens in May."_qs);
        auto *refused = child<QLabel>(page.scenarios(), "editRefused");
        QVERIFY(refused->isVisibleTo(&page));
        QVERIFY2(refused->text().contains(u"text_prompt"_qs), qPrintable(refused->text())); // the reader's own message
        page.document()->undoStack()->undo();
        QCOMPARE(page.plan().scenarios.first().prompt, demoPlan().scenarios.first().prompt);
    }

    // Each checked tier is a variant of its own, at the tier's own list price.
    void tierBoxesMakeVariants()
    {
        SetupPage page;
        page.setPlan(RunPlan(), QString());
        ProfilesPage *models = page.models();
        child<QAction>(models, "add")->trigger();
        ProfileForm *form = models->form();
        chooseProvider(form, u"openai"_qs);
        chooseModel(form, u"gpt-5.4"_qs);
        QCOMPARE(page.plan().models.size(), 1);
        QCOMPARE(page.plan().models.at(0).inputCostPer1k, 0.0025);
        QCOMPARE(page.plan().models.at(0).displayName, u"GPT-5.4"_qs);

        form->tierBox(ServiceTier::Priority)->click();
        QCOMPARE(page.document()->drafts(ProfileKind::Model).size(), 2);
        QCOMPARE(page.plan().models.at(1).tier, ServiceTier::Priority);
        QCOMPARE(page.plan().models.at(1).inputCostPer1k, 5.0 / 1000);
        QCOMPARE(page.plan().models.at(1).outputCostPer1k, 30.0 / 1000);
        QCOMPARE(page.plan().models.at(1).label(), u"GPT-5.4#priority"_qs);
        QCOMPARE(models->selectedRow(), 1);

        // Reserved has no list price: the variant is there, its price is asked for, nothing runs.
        form->tierBox(ServiceTier::Reserved)->click();
        QCOMPARE(page.document()->drafts(ProfileKind::Model).size(), 3);
        QCOMPARE(page.plan().models.size(), 2);
        QVERIFY(!page.document()->isValid());
        QVERIFY(fieldMessage(form, u"input_token_cost"_qs).contains(u"missing"_qs));
        form->tierBox(ServiceTier::Reserved)->click();
        QCOMPARE(page.document()->drafts(ProfileKind::Model).size(), 2);

        models->select(0);
        form->tierBox(ServiceTier::Priority)->click(); // off
        QCOMPARE(page.plan().models.size(), 1);
        QCOMPARE(page.plan().models.at(0).tier, ServiceTier::Default);
        form->tierBox(ServiceTier::Default)->click(); // the last tier stays: a model needs one
        QVERIFY(form->tierBox(ServiceTier::Default)->isChecked());
        QCOMPARE(page.plan().models.size(), 1);
    }

    // A price typed wrong: the reader's message beside the field, Run and Save refused, nothing
    // written; fixed, all is well again; undo brings the price back.
    void invalidPriceBlocksRunAndSave()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        QAction *run = child<QAction>(&window, "runPlan");
        QVERIFY(run->isEnabled());
        ProfilesPage *models = window.workspace()->models();
        models->select(0);
        ProfileForm *form = models->form();
        auto *input = child<QLineEdit>(form, "inputPrice");
        QCOMPARE(input->text(), u"0.00006"_qs);

        retype(input, u"-1"_qs);
        const QString expected = validateMessage(R"({"model_id": "simulator/flash-mini", "input_token_cost": -1})");
        QCOMPARE(expected, u"\"input_token_cost\" must not be negative"_qs);
        QCOMPARE(fieldMessage(form, u"input_token_cost"_qs), expected);
        QVERIFY(!run->isEnabled());
        QVERIFY(run->toolTip().contains(expected));
        QCOMPARE(window.workspace()->plan().models.size(), 4); // the plan holds only what reads

        QSignalSpy saved(&window, &MainWindow::planSaved);
        const QString path = dir.filePath(u"half.json"_qs);
        window.savePlanAs(path);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(!QFile::exists(path));
        QTRY_VERIFY(window.findChild<QMessageBox *>());
        delete window.findChild<QMessageBox *>();

        retype(input, u"abc"_qs);
        QVERIFY(fieldMessage(form, u"input_token_cost"_qs).contains(u"must be a number"_qs));
        QVERIFY(!run->isEnabled());

        // Typing keeps what is typed: "0.5", then Backspace, is "0." (not the "0" it reads as).
        retype(input, u"0.5"_qs);
        QTest::keyClick(input, Qt::Key_Backspace);
        QCOMPARE(input->text(), u"0."_qs);
        QTest::keyClicks(input, u"25"_qs);
        QCOMPARE(window.workspace()->plan().models.first().inputCostPer1k, 0.25);
        retype(input, u"0.0001"_qs);
        QCOMPARE(fieldMessage(form, u"input_token_cost"_qs), QString());
        QVERIFY(run->isEnabled());
        QCOMPARE(window.workspace()->plan().models.first().inputCostPer1k, 0.0001);
        window.workspace()->document()->undoStack()->undo(); // typing in one field is one step
        QCOMPARE(window.workspace()->plan().models.first().inputCostPer1k, 0.00006);
        QCOMPARE(input->text(), u"0.00006"_qs);
        QVERIFY(!window.workspace()->document()->isModified());
    }

    // A CSV with its own column names, mapped in the dialog, gives the scenarios it should.
    void csvMappedAndImported()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"tickets.csv"_qs);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("question_text,reference,category,notes\n"
                "\"Classify: \"\"my card was charged twice\"\"\",billing,classification,x\n"
                "Translate 'bonjour' to English,hello,,y\n");
        f.close();
        SetupPage page;
        page.setPlan(RunPlan(), QString());
        QSignalSpy imported(page.scenarios(), &ScenariosPage::imported);
        page.scenarios()->importFile(csv);
        CsvMappingDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<CsvMappingDialog *>()) != nullptr);
        auto pick = [&](const char *name, const QString &text) {
            auto *box = child<QComboBox>(dialog, name);
            box->setCurrentIndex(box->findText(text));
        };
        pick("promptColumn", u"question_text"_qs);
        pick("goldenColumn", u"reference"_qs);
        pick("taskTypeColumn", u"category"_qs);
        QTest::keyClicks(child<QLineEdit>(dialog, "taskTypeValue"), u"translation"_qs); // rows that name none
        QTest::keyClicks(child<QLineEdit>(dialog, "criteriaValue"), u"Exactly right"_qs);
        auto *preview = child<QTableWidget>(dialog, "csvPreview");
        QCOMPARE(preview->item(1, 2)->text(), u"translation"_qs);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), true);
        const QList<Scenario> s = page.plan().scenarios;
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).prompt, u"Classify: \"my card was charged twice\""_qs);
        QCOMPARE(s.at(0).goldenAnswer, u"billing"_qs);
        QCOMPARE(s.at(0).taskType, u"classification"_qs);
        QCOMPARE(s.at(1).taskType, u"translation"_qs);
        QCOMPARE(s.at(1).taskCriteria, u"Exactly right"_qs);
        QCOMPARE(s.at(1).source.line, 3);
        QCOMPARE(s.at(1).expectedOutputTokens, kCsvOutputTokens);
        // The mapping is kept with the plan, as its "csv_columns".
        const QJsonObject kept = planToJson(page.plan()).value(u"csv_columns").toObject();
        QCOMPARE(kept.value(u"prompt").toString(), u"question_text"_qs);
        QCOMPARE(kept.value(u"task_type_column").toString(), u"category"_qs);
        QCOMPARE(kept.value(u"task_criteria").toString(), u"Exactly right"_qs);
    }

    // The template is checked as it is typed; the preview is the prompt a judge receives.
    void templateCheckedAsTyped()
    {
        SetupPage page;
        page.setPlan(demoPlan(), QString());
        TemplateEditor *editor = page.jury()->templateEditor();
        QVERIFY(editor->previewText().contains(demoPlan().scenarios.first().prompt));
        QVERIFY(editor->previewText().contains(demoPlan().scenarios.first().goldenAnswer)); // the sample answer
        QString text = editor->editor()->toPlainText();
        QVERIFY(text.contains(u"{{answer}}"_qs));
        editor->editor()->setPlainText(text.replace(u"{{answer}}"_qs, u"{{answr}}"_qs));
        QTRY_VERIFY(!page.document()->isValid());
        QVERIFY2(editor->problemsText().contains(u"answr"_qs), qPrintable(editor->problemsText()));
        QVERIFY(editor->problemsText().startsWith(u"Line "_qs));
        child<QPushButton>(editor, "builtInTemplate")->click();
        QVERIFY(page.document()->isValid());
        QVERIFY(page.plan().judgeTemplate.isEmpty());
    }

    // The estimate follows the settings: the demo's 37 × 5 × 3 × 2 × 1 calls, then twice as many.
    void estimateFollowsSettings()
    {
        SetupPage page;
        page.setPlan(demoPlan(), QString());
        RunSettingsForm *form = page.runSettings();
        QVERIFY2(form->estimateText().contains(u"1,110</b> model calls"_qs), qPrintable(form->estimateText()));
        // The cost and the time as quorum-cli run says them for the demo plan: an upper bound, and a
        // lower one (the target rates cap the pace).
        QString plain = form->estimateText();
        plain.remove(u"<b>"_qs).remove(u"</b>"_qs);
        QVERIFY2(plain.contains(u"at most $3.93, if every answer is as long as its output-token cap"_qs), qPrintable(plain));
        QVERIFY2(plain.contains(u"at least 45 s at the target rates"_qs), qPrintable(plain));
        auto *invocations = child<QSpinBox>(form, "invocations");
        invocations->setFocus();
        QTest::keyClick(invocations, Qt::Key_Up);
        QCOMPARE(page.plan().settings.invocations, 2);
        QVERIFY(form->estimateText().contains(u"2,220</b> model calls"_qs));
        // The field allows what the reader allows: 10,000 invocations at most.
        invocations->setValue(20000);
        QCOMPARE(page.plan().settings.invocations, 10000);
    }

    // Leaving changes behind is asked first.
    void unsavedChangesAreAsked()
    {
        MainWindow window;
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        window.newPlan();
        QCOMPARE(window.workspace()->plan().scenarios.size(), 0); // nothing had changed: no question asked
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        window.workspace()->models()->select(0);
        retype(child<QLineEdit>(window.workspace()->models()->form(), "displayName"), u"Renamed"_qs);
        QVERIFY(window.workspace()->document()->isModified());
        window.newPlan();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"unsavedChanges"_qs)) != nullptr);
        QCOMPARE(window.workspace()->plan().scenarios.size(), 37); // not yet
        box->button(QMessageBox::Discard)->click();
        QTRY_COMPARE(window.workspace()->plan().scenarios.size(), 0);
        QVERIFY(!window.workspace()->document()->isModified());
    }

    // 360-eval profile files come in and go out as they are: imported, exported, read again, the
    // same variants.
    void profilesImportedAndExported()
    {
        QTemporaryDir dir;
        SetupPage page;
        page.setPlan(RunPlan(), QString());
        QSignalSpy imported(page.models(), &ProfilesPage::imported);
        const QString source = QStringLiteral(QUORUM_TEST_DATA "/360-eval/config/models_profiles.jsonl");
        page.models()->importFile(source);
        QVERIFY(imported.wait(10000));
        Diagnostics d;
        const QList<ModelVariant> expected = importFile(source, d, InputKind::ModelProfiles).models;
        QCOMPARE(page.plan().models.size(), expected.size());
        QSignalSpy exported(page.models(), &ProfilesPage::exported);
        const QString out = dir.filePath(u"out.jsonl"_qs);
        page.models()->exportFile(out);
        QVERIFY(exported.wait(10000));
        const QList<ModelVariant> again = importFile(out, d, InputKind::ModelProfiles).models;
        QVERIFY(!d.hasErrors());
        QCOMPARE(again.size(), expected.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            QCOMPARE(again.at(i).key(), expected.at(i).key());
            QCOMPARE(again.at(i).inputCostPer1k, expected.at(i).inputCostPer1k);
            QCOMPARE(again.at(i).outputCostPer1k, expected.at(i).outputCostPer1k);
        }
    }

    // Files dropped on the window go where they belong, each kind found from the file itself.
    void droppedFilesGoWhereTheyBelong()
    {
        SetupPage page;
        page.setPlan(RunPlan(), QString());
        QSignalSpy scenariosIn(page.scenarios(), &ScenariosPage::imported);
        QSignalSpy modelsIn(page.models(), &ProfilesPage::imported);
        QSignalSpy judgesIn(page.jury()->judges(), &ProfilesPage::imported);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kDemo + u"demo-models.jsonl"_qs), QUrl::fromLocalFile(kDemo + u"demo-scenarios.jsonl"_qs),
                      QUrl::fromLocalFile(kDemo + u"demo-judges.jsonl"_qs)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(scenariosIn.size() + modelsIn.size() + judgesIn.size(), 3, 10000);
        QCOMPARE(page.plan().scenarios.size(), 37);
        QCOMPARE(page.plan().models.size(), 5);
        QCOMPARE(page.plan().judges.size(), 3);
        QVERIFY(page.document()->isValid());
    }

    // Closing with unsaved changes asks first; Cancel keeps the window open.
    void closeAsksAboutChanges()
    {
        MainWindow window;
        window.show();
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.openPlan(MainWindow::demoPlanPath());
        QVERIFY(imported.wait(10000));
        window.workspace()->models()->select(0);
        retype(child<QLineEdit>(window.workspace()->models()->form(), "displayName"), u"Renamed"_qs);
        QVERIFY(!window.close());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"unsavedChanges"_qs)) != nullptr);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(window.isVisible());
        QVERIFY(!window.close());
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"unsavedChanges"_qs)) != nullptr);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!window.isVisible());
    }

    // Where each key comes from; Set Key… says what to do where no keychain is; Test Connection
    // calls the one variant and says so in place.
    void keysAndConnection()
    {
        SetupPage page;
        page.setPlan(demoPlan(), QString());
        KeyAccess keys;
        keys.environment = QProcessEnvironment();
        keys.environment.insert(u"OPENAI_API_KEY"_qs, u"sk-test"_qs);
        keys.lookup = [](const QString &account) { return account == u"anthropic" ? u"from-keychain"_qs : QString(); };
        page.setKeyAccess(keys);
        ProfilesPage *models = page.models();
        ProfileForm *form = models->form();
        auto *status = child<QLabel>(form, "keyStatus");
        QCOMPARE(status->text(), u"No key needed."_qs); // the simulator
        models->select(0);
        auto *result = child<QLabel>(form, "testResult");
        child<QPushButton>(form, "testConnection")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected: Flash Mini@us-east-1 answered in"_qs), 20000);

        child<QAction>(models, "add")->trigger();
        chooseProvider(form, u"openai"_qs);
        QCOMPARE(status->text(), u"From the environment variable OPENAI_API_KEY."_qs);
        chooseProvider(form, u"anthropic"_qs);
        QCOMPARE(status->text(), u"From the keychain (anthropic)."_qs);
        chooseProvider(form, u"gemini"_qs);
        QCOMPARE(status->text(), u"Missing: set a key, or the environment variable GEMINI_API_KEY."_qs);
        child<QPushButton>(form, "setKey")->click(); // no keychain here: it says which variable to set
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = form->findChild<QMessageBox *>(u"noKeychain"_qs)) != nullptr);
        QVERIFY(box->text().contains(u"GEMINI_API_KEY"_qs));
        box->close();
    }

    // A locked keychain is said as locked, never as a missing key: in the key status and in what
    // Test Connection reports (the OS keychain's answer is given here as the keychain gives it).
    void lockedKeychain()
    {
        SetupPage page;
        page.setPlan(demoPlan(), QString());
        KeyAccess keys;
        keys.environment = QProcessEnvironment();
        const QString locked = u"the keychain is locked (the \"Login\" keyring): unlock it"_qs;
        keys.lookup = [locked](const QString &account) {
            return account == u"gemini" ? KeychainAnswer::notAnswered(KeychainAnswer::State::Locked, locked) : KeychainAnswer();
        };
        page.setKeyAccess(keys);
        ProfilesPage *models = page.models();
        ProfileForm *form = models->form();
        child<QAction>(models, "add")->trigger();
        chooseProvider(form, u"gemini"_qs);
        auto *status = child<QLabel>(form, "keyStatus");
        QCOMPARE(status->text(), u"Locked: the keychain is locked (the \"Login\" keyring): unlock it, or set GEMINI_API_KEY instead."_qs);
        chooseProvider(form, u"anthropic"_qs); // nothing stored, keychain open: missing, as before
        QCOMPARE(status->text(), u"Missing: set a key, or the environment variable ANTHROPIC_API_KEY."_qs);
        chooseProvider(form, u"gemini"_qs);
        chooseModel(form, u"gemini-2.5-flash"_qs);
        auto *result = child<QLabel>(form, "testResult");
        child<QPushButton>(form, "testConnection")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"the keychain is locked"_qs), 20000);
        QVERIFY2(result->text().contains(u"GEMINI_API_KEY"_qs), qPrintable(result->text()));
    }

    // Tiers the probe found unavailable are greyed out, with the provider's reason.
    void probedTiersGreyed()
    {
        QTemporaryDir dir;
        SetupPage page;
        page.setPlan(demoPlan(), QString());
        ProbeReport report;
        report.profileHash = profileHash(page.plan().models);
        TierProbe flex;
        flex.modelId = u"simulator/sage-pro"_qs;
        flex.region = u"us-east-1"_qs;
        flex.tier = ServiceTier::Flex;
        flex.outcome = TierProbe::Outcome::Rejected;
        flex.message = u"flex is not offered in us-east-1"_qs;
        report.results << flex;
        QCOMPARE(saveProbe(dir.path(), report), QString());
        page.models()->setProbeCacheDirectory(dir.path());
        page.models()->select(2); // sage-pro in us-east-1
        ProfileForm *form = page.models()->form();
        QVERIFY(!form->tierBox(ServiceTier::Flex)->isEnabled());
        QVERIFY(form->tierBox(ServiceTier::Flex)->toolTip().contains(flex.message));
        QVERIFY(form->tierBox(ServiceTier::Reserved)->isEnabled());
        QVERIFY(form->tierBox(ServiceTier::Priority)->isEnabled()); // checked: it can always be unchecked
        page.models()->select(4); // oracle-max: nothing probed, nothing greyed
        QVERIFY(form->tierBox(ServiceTier::Flex)->isEnabled());

        // Probe Tiers asks the simulator about the selected model and caches what it found in place
        // of what was known of that model (it serves every tier: flex is no longer greyed).
        page.models()->select(2);
        QSignalSpy probed(page.models(), &ProfilesPage::probed);
        child<QAction>(page.models(), "probe")->trigger();
        QVERIFY(probed.wait(20000));
        const auto cached = cachedProbe(dir.path(), profileHash(page.plan().models));
        QVERIFY(cached);
        bool priorityAccepted = false, flexRejected = false;
        for (const TierProbe &p : cached->results) {
            QCOMPARE(p.modelId, u"simulator/sage-pro"_qs);
            priorityAccepted |= p.tier == ServiceTier::Priority && p.outcome == TierProbe::Outcome::Accepted;
            flexRejected |= p.tier == ServiceTier::Flex && p.outcome == TierProbe::Outcome::Rejected;
        }
        QVERIFY(priorityAccepted);
        QVERIFY(!flexRejected); // probed again: the simulator serves flex, so the new answer replaces the old
        QVERIFY(form->tierBox(ServiceTier::Flex)->isEnabled());
    }

    // From an empty window to the demo plan with the forms alone; saved, it is the demo plan,
    // and quorum-cli runs it.
    void demoPlanRebuiltFromForms()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.newPlan();
        SetupPage *setup = window.workspace();
        retype(child<QLineEdit>(setup, "planName"), u"Demo: which model for our assistant?"_qs);

        QSignalSpy scenariosIn(setup->scenarios(), &ScenariosPage::imported);
        setup->importFiles({kDemo + u"demo-scenarios.jsonl"_qs});
        QVERIFY(scenariosIn.wait(10000));

        ProfilesPage *models = setup->models();
        ProfileForm *form = models->form();
        auto addModel = [&](const QString &model, const QString &region, const QString &rpm) {
            child<QAction>(models, "add")->trigger();
            chooseProvider(form, u"simulator"_qs);
            chooseModel(form, model);
            retype(child<QComboBox>(form, "region")->lineEdit(), region);
            retype(child<QLineEdit>(form, "targetRpm"), rpm);
        };
        addModel(u"flash-mini"_qs, u"us-east-1"_qs, u"600"_qs);
        child<QAction>(models, "duplicate")->trigger(); // the same model from Ireland
        retype(child<QComboBox>(form, "region")->lineEdit(), u"eu-west-1"_qs);
        addModel(u"sage-pro"_qs, u"us-east-1"_qs, u"600"_qs);
        form->tierBox(ServiceTier::Priority)->click();
        addModel(u"oracle-max"_qs, u"us-west-2"_qs, u"360"_qs);

        ProfilesPage *judges = setup->jury()->judges();
        for (const auto &[judge, region] : {std::pair{u"judge-alpha"_qs, u"us-east-1"_qs}, {u"judge-beta"_qs, u"us-east-1"_qs},
                                            {u"judge-gamma"_qs, u"eu-west-1"_qs}}) {
            child<QAction>(judges, "add")->trigger();
            chooseProvider(judges->form(), u"simulator"_qs);
            chooseModel(judges->form(), judge);
            retype(child<QComboBox>(judges->form(), "region")->lineEdit(), region);
        }
        QSignalSpy changed(setup->document(), &PlanDocument::changed);
        setup->jury()->importCriteria(kDemo + u"demo-judge-questions.json"_qs);
        QVERIFY(changed.wait(10000));

        RunSettingsForm *settings = setup->runSettings();
        child<QSpinBox>(settings, "parallel")->setValue(10);
        child<QSpinBox>(settings, "experiments")->setValue(2);
        child<QSpinBox>(settings, "temperature_variations")->setValue(1);
        auto *dimensions = settings->findChildren<QLineEdit *>(u"dimensions"_qs).first();
        retype(dimensions, u"brevity"_qs);

        QVERIFY2(setup->document()->isValid(), qPrintable(setup->document()->whyNot()));
        QSignalSpy saved(&window, &MainWindow::planSaved);
        const QString path = dir.filePath(u"rebuilt.json"_qs);
        window.savePlanAs(path);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY(!setup->document()->isModified());

        Diagnostics d;
        const auto rebuilt = loadPlan(TextSource::fromFile(path, d), d);
        QVERIFY(rebuilt);
        auto json = [](const RunPlan &p) { return QJsonDocument(planToJson(p)).toJson(QJsonDocument::Indented); };
        const QByteArray mine = json(*rebuilt), demo = json(demoPlan());
        if (mine != demo) {
            QFile out(dir.filePath(u"demo.json"_qs));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(demo);
            out.close();
            QProcess diff;
            diff.start(u"diff"_qs, {out.fileName(), path});
            diff.waitForFinished();
            QFAIL(diff.readAllStandardOutput().left(3000).constData());
        }

        // Run as saved, by quorum-cli (one experiment at the base temperature: a quick run).
        QProcess cli;
        cli.start(QStringLiteral(QUORUM_CLI), {u"run"_qs, u"--plan"_qs, path, u"--db"_qs, dir.filePath(u"run.sqlite"_qs),
                                               u"--experiments"_qs, u"1"_qs, u"--temperature-variations"_qs, u"0"_qs});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        cli.start(QStringLiteral(QUORUM_CLI), {u"leaderboard"_qs, u"--run"_qs, u"1"_qs, u"--db"_qs, dir.filePath(u"run.sqlite"_qs), u"--json"_qs});
        QVERIFY(cli.waitForFinished(60000));
        const QJsonArray board = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"leaderboard").toArray();
        QCOMPARE(board.size(), 5);
        for (const QJsonValue &row : board)
            QCOMPARE(row.toObject().value(u"invocations").toInt(), 37);
    }
};

QTEST_MAIN(TestSetup)
#include "tst_setup.moc"
