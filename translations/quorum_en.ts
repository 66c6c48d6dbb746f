<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartData</name>
    <message numerus="yes">
        <source>Consistency across %n repeated experiments: spread of each scenario&apos;s mean score</source>
        <translation>
            <numerusform>Consistency across %n repeated experiments: spread of each scenario&apos;s mean score</numerusform>
            <numerusform>Consistency across %n repeated experiments: spread of each scenario&apos;s mean score</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>%n regression(s) against baseline run %1</source>
        <translation>
            <numerusform>%n regression against baseline run %1</numerusform>
            <numerusform>%n regressions against baseline run %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::CsvMappingDialog</name>
    <message numerus="yes">
        <source>%1 has %n column(s). Choose what each holds; the first rows below show how they will be read.</source>
        <translation>
            <numerusform>%1 has %n column. Choose what each holds; the first rows below show how they will be read.</numerusform>
            <numerusform>%1 has %n columns. Choose what each holds; the first rows below show how they will be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>&amp;Import %n Row</numerusform>
            <numerusform>&amp;Import %n Rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::DrillDownPanel</name>
    <message numerus="yes">
        <source>%Ln matching invocation(s).</source>
        <translation>
            <numerusform>%Ln matching invocation.</numerusform>
            <numerusform>%Ln matching invocations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::InvocationText</name>
    <message numerus="yes">
        <source>%n attempt(s); none logged one by one.</source>
        <translation>
            <numerusform>%n attempt; none logged one by one.</numerusform>
            <numerusform>%n attempts; none logged one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) or judge(s) cannot be reached: run without them?</source>
        <translation>
            <numerusform>%n model or judge cannot be reached: run without them?</numerusform>
            <numerusform>%n models or judges cannot be reached: run without them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) could not be optimized: the originals are used (see the run&apos;s events)</source>
        <translation>
            <numerusform>%n prompt could not be optimized: the originals are used (see the run&apos;s events)</numerusform>
            <numerusform>%n prompts could not be optimized: the originals are used (see the run&apos;s events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s): </source>
        <translation>
            <numerusform>Checked %n file: </numerusform>
            <numerusform>Checked %n files: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: it starts when run %1 is done (%n waiting).</source>
        <translation>
            <numerusform>Queued: it starts when run %1 is done (%n waiting).</numerusform>
            <numerusform>Queued: it starts when run %1 is done (%n waiting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: it starts when the run being prepared is done (%n waiting).</source>
        <translation>
            <numerusform>Queued: it starts when the run being prepared is done (%n waiting).</numerusform>
            <numerusform>Queued: it starts when the run being prepared is done (%n waiting).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ProfilesPage</name>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1</source>
        <translation>
            <numerusform>Imported %n profile from %1</numerusform>
            <numerusform>Imported %n profiles from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probed %n tier(s); %1 unavailable.</source>
        <translation>
            <numerusform>Probed %n tier; %1 unavailable.</numerusform>
            <numerusform>Probed %n tiers; %1 unavailable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing the service tiers of %n model(s)…</source>
        <translation>
            <numerusform>Probing the service tiers of %n model…</numerusform>
            <numerusform>Probing the service tiers of %n models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::RunHistory</name>
    <message numerus="yes">
        <source>%n run(s) in %1.</source>
        <translation>
            <numerusform>%n run in %1.</numerusform>
            <numerusform>%n runs in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 “%2” and everything stored with it (%n invocation(s), their verdicts, attempts and errors) will be deleted from %3. This cannot be undone.</source>
        <translation>
            <numerusform>Run %1 “%2” and everything stored with it (%n invocation, their verdicts, attempts and errors) will be deleted from %3. This cannot be undone.</numerusform>
            <numerusform>Run %1 “%2” and everything stored with it (%n invocations, their verdicts, attempts and errors) will be deleted from %3. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::RunPanel</name>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>%n more queued</numerusform>
            <numerusform>%n more queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ScenariosPage</name>
    <message numerus="yes">
        <source>Delete %n scenario(s)</source>
        <translation>
            <numerusform>Delete %n scenario</numerusform>
            <numerusform>Delete %n scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::SetupPage</name>
    <message numerus="yes">
        <source>Not ready to run (%n problem(s)): </source>
        <translation>
            <numerusform>Not ready to run (%n problem): </numerusform>
            <numerusform>Not ready to run (%n problems): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to run (%n note(s) in the Problems panel).</source>
        <translation>
            <numerusform>Ready to run (%n note in the Problems panel).</numerusform>
            <numerusform>Ready to run (%n notes in the Problems panel).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message numerus="yes">
        <source>Jury only: %n override(s) by people left out of these figures.</source>
        <translation>
            <numerusform>Jury only: %n override by people left out of these figures.</numerusform>
            <numerusform>Jury only: %n overrides by people left out of these figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These figures include %n override(s) by people (pass/fail, success rates, scores, ratings, disputed); jury health is the jury&apos;s alone.</source>
        <translation>
            <numerusform>These figures include %n override by people (pass/fail, success rates, scores, ratings, disputed); jury health is the jury&apos;s alone.</numerusform>
            <numerusform>These figures include %n overrides by people (pass/fail, success rates, scores, ratings, disputed); jury health is the jury&apos;s alone.</numerusform>
        </translation>
    </message>
</context>
</TS>
