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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="42"/>
        <source>Scenarios (*.jsonl *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="45"/>
        <source>Profiles (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="48"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="52"/>
        <source>Quorum inputs (*.jsonl *.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum</name>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="52"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="68"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="102"/>
        <source>Model variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="52"/>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="52"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="68"/>
        <source>Invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="52"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="68"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="52"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="68"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="52"/>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="52"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="68"/>
        <source>Jury score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="53"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="69"/>
        <source>TTFT mean ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="53"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="69"/>
        <source>TTLB mean ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="53"/>
        <source>Cost / answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="68"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="69"/>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="69"/>
        <location filename="../ui/runs/breakdowntables.cpp" line="102"/>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="84"/>
        <source>Region / model variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="84"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="84"/>
        <source>TTFT p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="84"/>
        <source>TTFT p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="84"/>
        <source>TTFT p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="84"/>
        <source>TTLB p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="85"/>
        <source>TTLB p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="85"/>
        <source>TTLB p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="85"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="85"/>
        <source>Waited for rate limits, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="92"/>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="102"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="102"/>
        <source>Scores by experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="102"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="102"/>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/breakdowntables.cpp" line="113"/>
        <source>DISPUTED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::LeaderboardModel</name>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="27"/>
        <source>%1% (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="30"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="32"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="43"/>
        <source>Bradley–Terry rating from head-to-head jury scores; 95% interval %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="46"/>
        <source>%1 of %2 scored answers passed; 95% bootstrap interval over scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="58"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="59"/>
        <source>Model variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="60"/>
        <source>Success (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="61"/>
        <source>Jury score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="62"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="63"/>
        <source>TTFT p50 / p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="64"/>
        <source>TTLB p50 / p90 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="65"/>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="66"/>
        <source>Cost / answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="67"/>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="68"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/leaderboardmodel.cpp" line="69"/>
        <source>Composite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="58"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="60"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="62"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="82"/>
        <source>Re-judge run %1 with the judges of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="100"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>&amp;Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="102"/>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106"/>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Save Plan &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="108"/>
        <source>Save Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="113"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="114"/>
        <source>&amp;Scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="115"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>&amp;Judges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>Judge &amp;Questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="118"/>
        <source>&amp;Validate Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="119"/>
        <source>Validate Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="124"/>
        <source>Open &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="125"/>
        <source>Open or Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="126"/>
        <source>Quorum database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="134"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>&amp;Run Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="136"/>
        <source>Call every model on every scenario, have the jury score the answers, and store it all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="138"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="142"/>
        <source>&amp;About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="144"/>
        <source>&lt;b&gt;Quorum %1&lt;/b&gt;&lt;p&gt;A workbench for choosing a large language model: run scenarios against models, have a jury score every answer, compare latency, cost and quality.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="173"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="178"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="180"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>Upgraded %1 from version %2; the old file is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="209"/>
        <source>demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="212"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="230"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="237"/>
        <source>Checking %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="247"/>
        <source>%n file(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="249"/>
        <source>Checked %n file(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="259"/>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="264"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="276"/>
        <source>Stopping run %1: finishing the calls in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="284"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="284"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>Wait for run %1 to finish, or stop it, before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>Open a database first (File › Open Database…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="293"/>
        <source>Nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="293"/>
        <source>The workspace needs scenarios and models: open a plan or import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>No jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>Import judges (File › Import › Judges…), or set the plan to latency only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="314"/>
        <source>Checking access to %n model(s) and judge(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="326"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="326"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="326"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="329"/>
        <source>Some models cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="330"/>
        <source>These did not answer a one-line test call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="334"/>
        <source>Run Without Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="353"/>
        <source>Reading run %1 and the judges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="359"/>
        <source>run %1&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="365"/>
        <source>Re-judge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="370"/>
        <source>re-judge of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="372"/>
        <source>Run %1 cannot be re-judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="373"/>
        <source>The judges file names no judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="386"/>
        <source>Optimizing the prompts for the Bedrock models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="392"/>
        <source>%n prompt(s) could not be optimized: the originals are used (see the run&apos;s events)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="406"/>
        <source>Preparing to resume run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="406"/>
        <source>Recording the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="423"/>
        <source>The run cannot start</source>
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
    <name>Quorum::RunPanel</name>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="16"/>
        <location filename="../ui/monitor/runpanel.cpp" line="33"/>
        <location filename="../ui/monitor/runpanel.cpp" line="75"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="16"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="17"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="26"/>
        <source>Finish the calls in flight, start no new ones; the run can be resumed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="36"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="44"/>
        <source>stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="49"/>
        <source>Concurrent calls per model variant; change it while the run goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="54"/>
        <source>&amp;Parallel per model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="74"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="87"/>
        <source>Run %1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="88"/>
        <source>Run %1 stopped — resume it from the Runs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="104"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="105"/>
        <source>%1 in flight · %2 calls/s · %3 judge calls · $%4 spent · %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="110"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="110"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="113"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/monitor/runpanel.cpp" line="114"/>
        <source>Failed calls (recorded): %1</source>
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
        <location filename="../ui/runs/runspage.cpp" line="38"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="40"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="42"/>
        <source>Finish the missing work of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="44"/>
        <source>Re-judge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="46"/>
        <source>Score the selected run&apos;s answers again with another jury, without calling its models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="82"/>
        <source>Select a run to see its leaderboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="92"/>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="105"/>
        <source>Task types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="105"/>
        <source>Each variant on the scenarios of each task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="106"/>
        <source>Temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="106"/>
        <source>Every figure grouped by temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="107"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="107"/>
        <source>Latency per region, then per model × region × tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="108"/>
        <location filename="../ui/runs/runspage.cpp" line="147"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="109"/>
        <source>Repeated experiments: the median per variant and scenario, disputed when the spread exceeds the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="129"/>
        <source>Computing the leaderboard of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="142"/>
        <source>Experiments (%1 disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="154"/>
        <source>correctness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="154"/>
        <source>completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="154"/>
        <source>relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="154"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="154"/>
        <source>coherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="155"/>
        <source>instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="159"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="162"/>
        <source>%1 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="166"/>
        <source>Run %1 has no results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="167"/>
        <source>Run %1 has no verdicts of judge models (latency only, or scorers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="168"/>
        <source>Agreement needs two judges or more on the same answers. Judge leniency: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="170"/>
        <source>Jury agreement (Krippendorff&apos;s α): %1. Pass/fail agreement (Fleiss&apos; κ): %2. Judge leniency: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="173"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="190"/>
        <source>No database is open. Use File › Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="193"/>
        <source>Loading runs from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="205"/>
        <source>Cannot read runs from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="207"/>
        <source>No runs yet in %1. Runs appear here as soon as they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runspage.cpp" line="209"/>
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
