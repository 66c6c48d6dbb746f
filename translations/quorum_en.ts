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
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
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
        <source>Queued: it starts when run %1 is done (%n waiting).</source>
        <translation>
            <numerusform>Queued: it starts when run %1 is done (%n waiting).</numerusform>
            <numerusform>Queued: it starts when run %1 is done (%n waiting).</numerusform>
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
</context>
<context>
    <name>Quorum::RunHistory</name>
    <message numerus="yes">
        <source>Run %1 “%2” and everything stored with it (%n invocation(s), their verdicts, attempts and errors) will be deleted from %3. This cannot be undone.</source>
        <translation>
            <numerusform>Run %1 “%2” and everything stored with it (%n invocation, their verdicts, attempts and errors) will be deleted from %3. This cannot be undone.</numerusform>
            <numerusform>Run %1 “%2” and everything stored with it (%n invocations, their verdicts, attempts and errors) will be deleted from %3. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1.</source>
        <translation>
            <numerusform>%n run in %1.</numerusform>
            <numerusform>%n runs in %1.</numerusform>
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
</TS>
