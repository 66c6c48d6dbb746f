<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Diagnostics</name>
    <message numerus="yes">
        <location filename="../ui/common/diagnosticsformat.cpp" line="9"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/diagnosticsformat.cpp" line="10"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/diagnosticsformat.cpp" line="11"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="34"/>
        <source>Scenarios (*.jsonl *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="37"/>
        <source>Profiles (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="40"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="44"/>
        <source>Quorum inputs (*.jsonl *.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="50"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="53"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="56"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="57"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="77"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="78"/>
        <source>&amp;Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="79"/>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="83"/>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="84"/>
        <source>Save Plan &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="85"/>
        <source>Save Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="90"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="91"/>
        <source>&amp;Scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="93"/>
        <source>&amp;Judges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="94"/>
        <source>Judge &amp;Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="95"/>
        <source>&amp;Validate Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Validate Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Open &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="102"/>
        <source>Open or Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Quorum database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="111"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="115"/>
        <source>&amp;About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>&lt;b&gt;Quorum %1&lt;/b&gt;&lt;p&gt;A workbench for choosing a large language model: run scenarios against models, have a jury score every answer, compare latency, cost and quality.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="140"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="146"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="151"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="153"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="155"/>
        <source>Upgraded %1 from version %2; the old file is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="176"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="185"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="210"/>
        <source>Checking %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="220"/>
        <source>%n file(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="222"/>
        <source>Checked %n file(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="232"/>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="237"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::ProblemsModel</name>
    <message>
        <location filename="../ui/problems/problemsmodel.cpp" line="17"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problems/problemsmodel.cpp" line="17"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problems/problemsmodel.cpp" line="36"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problems/problemsmodel.cpp" line="37"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problems/problemsmodel.cpp" line="38"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problems/problemsmodel.cpp" line="39"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::ProblemsPanel</name>
    <message>
        <location filename="../ui/problems/problemspanel.cpp" line="23"/>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problems/problemspanel.cpp" line="33"/>
        <source>%1: no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problems/problemspanel.cpp" line="34"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::ProfileTableModel</name>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="22"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="42"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="43"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="44"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="45"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="46"/>
        <source>Input / 1K tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="47"/>
        <source>Output / 1K tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="48"/>
        <source>Target RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/profiletablemodel.cpp" line="49"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::RunTableModel</name>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="38"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="41"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="42"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="43"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="44"/>
        <source>Invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="45"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runtablemodel.cpp" line="46"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="34"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="56"/>
        <source>No database is open. Use File › Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="59"/>
        <source>Loading runs from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="71"/>
        <source>Cannot read runs from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="73"/>
        <source>No runs yet in %1. Runs appear here as soon as they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspage.cpp" line="75"/>
        <source>%n run(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ScenarioTableModel</name>
    <message>
        <location filename="../ui/workspace/scenariotablemodel.cpp" line="23"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/scenariotablemodel.cpp" line="53"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/scenariotablemodel.cpp" line="54"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/scenariotablemodel.cpp" line="55"/>
        <source>Golden answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/scenariotablemodel.cpp" line="56"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/scenariotablemodel.cpp" line="57"/>
        <source>Expected tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/scenariotablemodel.cpp" line="58"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::WorkspacePage</name>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="50"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="51"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="52"/>
        <location filename="../ui/workspace/workspacepage.cpp" line="116"/>
        <source>Jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="64"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="76"/>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="86"/>
        <source>%1 scenarios × %2 model variants × %3 invocations × %4 experiments × %5 temperatures: %6 model calls and %7 judge calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="91"/>
        <source>Open a plan with File › Open Plan…, import scenarios and models with File › Import, or start from File › Open Demo Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="94"/>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="94"/>
        <source>the built-in demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="96"/>
        <source>Scenarios (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="97"/>
        <source>Models (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="98"/>
        <source>Jury (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="109"/>
        <source>Parallel calls per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="110"/>
        <source>Invocations per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="111"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="112"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="112"/>
        <source>%1, with %2 variation(s) each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="113"/>
        <source>Max output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="114"/>
        <source>Pass rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="114"/>
        <source>%1, threshold %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="115"/>
        <source>Dispute threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="116"/>
        <source>off (latency only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="116"/>
        <location filename="../ui/workspace/workspacepage.cpp" line="117"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="117"/>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="117"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="118"/>
        <source>Extra jury dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="118"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="119"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="119"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="123"/>
        <source>%1 (weight %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="124"/>
        <source>No weighted criteria: the jury score is the plain mean of the dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/workspacepage.cpp" line="125"/>
        <source>Weighted criteria:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
