<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerSource</name>
    <message>
        <source>failed in run %1 (%2)</source>
        <translation>ist in Lauf %1 fehlgeschlagen (%2)</translation>
    </message>
</context>
<context>
    <name>AnswersImporter</name>
    <message>
        <source>&quot;%1&quot; cannot be negative</source>
        <translation>„%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 model/prompt pair(s) have no answer; they are recorded as errors</source>
        <translation>%1 Modell-Prompt-Paar(e) ohne Antwort; als Fehler erfasst</translation>
    </message>
    <message>
        <source>Answers from %1</source>
        <translation>Antworten aus %1</translation>
    </message>
    <message>
        <source>another golden answer than at line %1 for the same prompt (the first is used)</source>
        <translation>eine andere Musterantwort als in Zeile %1 für denselben Prompt (die erste gilt)</translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has another prompt at line %2</source>
        <translation>Szenario „%1“ hat in Zeile %2 einen anderen Prompt</translation>
    </message>
    <message>
        <source>the file has no answers</source>
        <translation>die Datei enthält keine Antworten</translation>
    </message>
</context>
<context>
    <name>BreakdownTables</name>
    <message>
        <source>(no region)</source>
        <translation>(keine Region)</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Cost / answer</source>
        <translation>Kosten / Antwort</translation>
    </message>
    <message>
        <source>DISPUTED</source>
        <translation>UMSTRITTEN</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Flaky</source>
        <translation>Schwankend</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Jury score</source>
        <translation>Jury-Note</translation>
    </message>
    <message>
        <source>Jury score (95% CI)</source>
        <translation>Jury-Note (95-%-KI)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Model variant</source>
        <translation>Modellvariante</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Region / model variant</source>
        <translation>Region / Modellvariante</translation>
    </message>
    <message>
        <source>Repeated scenarios</source>
        <translation>Wiederholte Szenarien</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Scores by experiment</source>
        <translation>Noten nach Experiment</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Success (95% CI)</source>
        <translation>Erfolg (95-%-KI)</translation>
    </message>
    <message>
        <source>TTFT mean ms</source>
        <translation>TTFT Mittel ms</translation>
    </message>
    <message>
        <source>TTFT p50 ms</source>
        <translation>TTFT p50 ms</translation>
    </message>
    <message>
        <source>TTFT p90 ms</source>
        <translation>TTFT p90 ms</translation>
    </message>
    <message>
        <source>TTFT p99 ms</source>
        <translation>TTFT p99 ms</translation>
    </message>
    <message>
        <source>TTLB mean ms</source>
        <translation>TTLB Mittel ms</translation>
    </message>
    <message>
        <source>TTLB p50 ms</source>
        <translation>TTLB p50 ms</translation>
    </message>
    <message>
        <source>TTLB p90 ms</source>
        <translation>TTLB p90 ms</translation>
    </message>
    <message>
        <source>TTLB p99 ms</source>
        <translation>TTLB p99 ms</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Waited for rate limits, s</source>
        <translation>Wartezeit durch Ratenlimits, s</translation>
    </message>
    <message>
        <source>pass@1</source>
        <translation>pass@1</translation>
    </message>
    <message>
        <source>pass^k</source>
        <translation>pass^k</translation>
    </message>
    <message>
        <source>passed %1 of %2</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
</context>
<context>
    <name>CatalogRefresh</name>
    <message>
        <source>  %1: %2 models
</source>
        <translation>  %1: %2 Modelle
</translation>
    </message>
    <message>
        <source>  failed: %1: %2
</source>
        <translation>  fehlgeschlagen: %1: %2
</translation>
    </message>
    <message>
        <source>  missing: %1
</source>
        <translation>  fehlt: %1
</translation>
    </message>
    <message>
        <source>  not there: %1 models (no such repository)
</source>
        <translation>  nicht vorhanden: %1 Modelle (kein solches Repository)
</translation>
    </message>
    <message>
        <source>  … and %1 more failures
</source>
        <translation>  … und %1 weitere Fehlschläge
</translation>
    </message>
    <message>
        <source>  … and %1 more missing fields
</source>
        <translation>  … und %1 weitere fehlende Felder
</translation>
    </message>
    <message>
        <source>%1&apos;s listing, page %2</source>
        <translation>Liste von %1, Seite %2</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: %2 of %3 catalog models matched; %4 requests, %5 retries (%6 answered 429), %7 s
</source>
        <translation>%1: %2 von %3 Katalogmodellen zugeordnet; %4 Anfragen, %5 Wiederholungen (%6 mit 429 beantwortet), %7 s
</translation>
    </message>
    <message>
        <source>Artificial Analysis (artificialanalysis.ai), read %1</source>
        <translation>Artificial Analysis (artificialanalysis.ai), gelesen am %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: the key was refused</source>
        <translation>HTTP %1: der Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>HTTP 404: not found there</source>
        <translation>HTTP 404: dort nicht gefunden</translation>
    </message>
    <message>
        <source>Hugging Face (huggingface.co/%1), read %2</source>
        <translation>Hugging Face (huggingface.co/%1), gelesen am %2</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2): nothing was saved, the last refresh is kept</source>
        <translation>%1 ist nicht erreichbar (%2): nichts wurde gespeichert, die letzte Aktualisierung bleibt</translation>
    </message>
    <message>
        <source>cannot write it: %1</source>
        <translation>kann sie nicht schreiben: %1</translation>
    </message>
    <message>
        <source>no key: store one with `quorum-cli keys set artificial-analysis` or set ARTIFICIAL_ANALYSIS_API_KEY</source>
        <translation>kein Schlüssel: speichern Sie einen mit `quorum-cli keys set artificial-analysis` oder setzen Sie ARTIFICIAL_ANALYSIS_API_KEY</translation>
    </message>
    <message>
        <source>the free API&apos;s %1 requests for %2 are used (the count starts again at midnight UTC)</source>
        <translation>die %1 Anfragen der kostenlosen API für %2 sind verbraucht (die Zählung beginnt um Mitternacht UTC neu)</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>      above %1 input tokens: %2 / %3 / %4 / %5 for the whole request
</source>
        <translation>      über %1 Eingabe-Token: %2 / %3 / %4 / %5 für die ganze Anfrage
</translation>
    </message>
    <message>
        <source>    none known
</source>
        <translation>    keine bekannt
</translation>
    </message>
    <message>
        <source>  prices (USD per million tokens: input / output / cache read / cache write):
</source>
        <translation>  Preise (USD je Million Token: Eingabe / Ausgabe / Cache-Lesen / Cache-Schreiben):
</translation>
    </message>
    <message>
        <source>  published scores:
</source>
        <translation>  veröffentlichte Werte:
</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (gültig)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed
</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert
</translation>
    </message>
    <message>
        <source>%1 geo id</source>
        <translation>Geo-ID %1</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, aus %2</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>a thousand tokens</comment>
        <translation>%1K</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>a million tokens</comment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Cached $/M</source>
        <translation>Cache $/M</translation>
    </message>
    <message>
        <source>Called through</source>
        <translation>Aufgerufen über</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Kontextfenster</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Input $/M</source>
        <translation>Eingabe $/M</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Max. Ausgabe</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>No price is known: enter the price you pay.</source>
        <translation>Kein Preis bekannt: Geben Sie den Preis ein, den Sie zahlen.</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>Offene Gewichte</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output $/M</source>
        <translation>Ausgabe $/M</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Price history (USD per million tokens)</source>
        <translation>Preisverlauf (USD je Million Token)</translation>
    </message>
    <message>
        <source>Price read</source>
        <translation>Preis gelesen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Published scores</source>
        <translation>Veröffentlichte Werte</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Gelesen am</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Source: Artificial Analysis (artificialanalysis.ai)</source>
        <translation>Quelle: Artificial Analysis (artificialanalysis.ai)</translation>
    </message>
    <message>
        <source>Source: Hugging Face (huggingface.co)</source>
        <translation>Quelle: Hugging Face (huggingface.co)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>above %1 tokens: %2 / %3</source>
        <translation>über %1 Token: %2 / %3</translation>
    </message>
    <message>
        <source>added    %1
</source>
        <translation>neu      %1
</translation>
    </message>
    <message>
        <source>changed  %1 %2: %3 → %4
</source>
        <translation>geändert %1 %2: %3 → %4
</translation>
    </message>
    <message>
        <source>check it</source>
        <translation>prüfen Sie ihn</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no Quorum client (browse only)</source>
        <translation>kein Quorum-Client (nur zum Ansehen)</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>gelesen am %1</translation>
    </message>
    <message>
        <source>read %1, more than %2 days ago: check it</source>
        <translation>gelesen am %1, vor mehr als %2 Tagen: prüfen Sie ihn</translation>
    </message>
    <message>
        <source>removed  %1
</source>
        <translation>entfernt %1
</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>✔ the price in force today; ⚠ read more than %1 days ago. A request above a long-context threshold is billed wholly at that rate.</source>
        <translation>✔ der heute gültige Preis; ⚠ vor mehr als %1 Tagen gelesen. Eine Anfrage über einer Langkontext-Schwelle wird ganz zu diesem Preis berechnet.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at %2 s: %3 ms</source>
        <translation>%1 bei %2 s: %3 ms</translation>
    </message>
    <message>
        <source>%1 at %2:00 local time (%3): mean TTFT %4 ms, mean TTLB %5 ms over %6 calls</source>
        <translation>%1 um %2:00 Ortszeit (%3): mittlere TTFT %4 ms, mittlere TTLB %5 ms über %6 Aufrufe</translation>
    </message>
    <message>
        <source>%1 at temperature %2: mean jury score %3 over %4 judged answers</source>
        <translation>%1 bei Temperatur %2: mittlere Jury-Note %3 über %4 bewertete Antworten</translation>
    </message>
    <message>
        <source>%1 at temperature %2: success %3, %4 of %5 answers passed</source>
        <translation>%1 bei Temperatur %2: Erfolg %3, %4 von %5 Antworten bestanden</translation>
    </message>
    <message>
        <source>%1 of %2 disputed</source>
        <translation>%1 von %2 umstritten</translation>
    </message>
    <message>
        <source>%1 on %2: nothing judged</source>
        <translation>%1 bei %2: nichts bewertet</translation>
    </message>
    <message>
        <source>%1 on %2: success %3 (95% interval %4), %5 of %6 answers passed</source>
        <translation>%1 bei %2: Erfolg %3 (95-%-Intervall %4), %5 von %6 Antworten bestanden</translation>
    </message>
    <message>
        <source>%1 over time: %2</source>
        <translation>%1 im Zeitverlauf: %2</translation>
    </message>
    <message>
        <source>%1 per answer</source>
        <translation>%1 je Antwort</translation>
    </message>
    <message>
        <source>%1 · %2 s waited</source>
        <translation>%1 · %2 s gewartet</translation>
    </message>
    <message>
        <source>%1 · run %2 (%3): %4</source>
        <translation>%1 · Lauf %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1: %2 fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1: %2 p5 %3, p25 %4, median %5, p75 %6, p95 %7 ms over %8 calls</source>
        <translation>%1: %2 p5 %3, p25 %4, Median %5, p75 %6, p95 %7 ms über %8 Aufrufe</translation>
    </message>
    <message>
        <source>%1: %2 per answer, success %3 (95% interval %4), %5 tokens/s%6</source>
        <translation>%1: %2 je Antwort, Erfolg %3 (95-%-Intervall %4), %5 Token/s%6</translation>
    </message>
    <message>
        <source>%1: %2 per passed answer (%3 in all, %4 of %5 answers passed)</source>
        <translation>%1: %2 je bestandene Antwort (%3 insgesamt, %4 von %5 Antworten bestanden)</translation>
    </message>
    <message>
        <source>%1: %2 retries over %3 calls; %4 s spent waiting for the rate limit</source>
        <translation>%1: %2 Wiederholungen bei %3 Aufrufen; %4 s Wartezeit durch das Ratenlimit</translation>
    </message>
    <message>
        <source>%1: %2 values, %3</source>
        <translation>%1: %2 Werte, %3</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1: %2 × %3</translation>
    </message>
    <message>
        <source>%1: TTFT p50 %2 ms, p90 %3 ms, p99 %4 ms over %5 calls; %6 retries</source>
        <translation>%1: TTFT p50 %2 ms, p90 %3 ms, p99 %4 ms über %5 Aufrufe; %6 Wiederholungen</translation>
    </message>
    <message>
        <source>%1: TTLB p50 %2 ms, p90 %3 ms; TTFT p50 %4 ms</source>
        <translation>%1: TTLB p50 %2 ms, p90 %3 ms; TTFT p50 %4 ms</translation>
    </message>
    <message>
        <source>%1: composite %2 (success %3, TTLB p50 %4 ms, %5 per answer)</source>
        <translation>%1: Gesamtwert %2 (Erfolg %3, TTLB p50 %4 ms, %5 je Antwort)</translation>
    </message>
    <message>
        <source>%1: no failed call</source>
        <translation>%1: kein fehlgeschlagener Aufruf</translation>
    </message>
    <message>
        <source>%1: rating %2 (95% interval %3)</source>
        <translation>%1: Rating %2 (95-%-Intervall %3)</translation>
    </message>
    <message>
        <source>%1: spread over %2 scenarios: median %3, p95 %4; %5 disputed (spread above %6)</source>
        <translation>%1: Streuung über %2 Szenarien: Median %3, p95 %4; %5 umstritten (Streuung über %6)</translation>
    </message>
    <message>
        <source>%1: success %2 (95% interval %3), %4 of %5 answers passed</source>
        <translation>%1: Erfolg %2 (95-%-Intervall %3), %4 von %5 Antworten bestanden</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(keine Region)</translation>
    </message>
    <message>
        <source>; on the frontier: no variant is both cheaper and more successful</source>
        <translation>; auf der Effizienzgrenze: keine Variante ist zugleich günstiger und erfolgreicher</translation>
    </message>
    <message>
        <source>Answer length per variant</source>
        <translation>Antwortlänge je Variante</translation>
    </message>
    <message>
        <source>Composite score (success, latency, cost and throughput, as weighted)</source>
        <translation>Gesamtwert (Erfolg, Latenz, Kosten und Durchsatz, gewichtet)</translation>
    </message>
    <message numerus="yes">
        <source>Consistency across %n repeated experiments: spread of each scenario&apos;s mean score</source>
        <translation>
            <numerusform>Konsistenz über %n wiederholtes Experiment: Streuung der mittleren Note jedes Szenarios</numerusform>
            <numerusform>Konsistenz über %n wiederholte Experimente: Streuung der mittleren Note jedes Szenarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost and quality, with the frontier of best value</source>
        <translation>Kosten und Qualität, mit der Grenze des besten Preis-Leistungs-Verhältnisses</translation>
    </message>
    <message>
        <source>Cost per passed answer</source>
        <translation>Kosten je bestandene Antwort</translation>
    </message>
    <message>
        <source>Decode speed per variant</source>
        <translation>Dekodiergeschwindigkeit je Variante</translation>
    </message>
    <message>
        <source>Failed calls by error class</source>
        <translation>Fehlgeschlagene Aufrufe nach Fehlerklasse</translation>
    </message>
    <message>
        <source>Failed calls by error class: none failed</source>
        <translation>Fehlgeschlagene Aufrufe nach Fehlerklasse: keiner fehlgeschlagen</translation>
    </message>
    <message>
        <source>Jury score per variant</source>
        <translation>Jury-Note je Variante</translation>
    </message>
    <message>
        <source>Jury scores by dimension</source>
        <translation>Jury-Noten nach Dimension</translation>
    </message>
    <message>
        <source>Jury scores by dimension, the run&apos;s own dimensions included</source>
        <translation>Jury-Noten nach Dimension, einschließlich der eigenen Dimensionen des Laufs</translation>
    </message>
    <message>
        <source>Mean jury score by temperature</source>
        <translation>Mittlere Jury-Note nach Temperatur</translation>
    </message>
    <message>
        <source>Pairwise rating (Bradley–Terry) with its 95% interval</source>
        <translation>Paarweises Rating (Bradley–Terry) mit 95-%-Intervall</translation>
    </message>
    <message>
        <source>Retries and rate-limit waits by region</source>
        <translation>Wiederholungen und Wartezeiten durch Ratenlimits nach Region</translation>
    </message>
    <message>
        <source>Success rate by task type</source>
        <translation>Erfolgsquote nach Aufgabentyp</translation>
    </message>
    <message>
        <source>Success rate by temperature</source>
        <translation>Erfolgsquote nach Temperatur</translation>
    </message>
    <message>
        <source>Success rate with its 95% interval</source>
        <translation>Erfolgsquote mit 95-%-Intervall</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p50 %1 ms</source>
        <translation>TTFT p50 %1 ms</translation>
    </message>
    <message>
        <source>TTLB</source>
        <translation>TTLB</translation>
    </message>
    <message>
        <source>Time to first token by hour of the region&apos;s own day</source>
        <translation>Zeit bis zum ersten Token nach Stunde des Tages der Region</translation>
    </message>
    <message>
        <source>Time to first token by region and tier</source>
        <translation>Zeit bis zum ersten Token nach Region und Stufe</translation>
    </message>
    <message>
        <source>Time to first token by region, as the run goes</source>
        <translation>Zeit bis zum ersten Token je Region, laufend</translation>
    </message>
    <message>
        <source>Time to first token by region: median (dot) to p90</source>
        <translation>Zeit bis zum ersten Token nach Region: Median (Punkt) bis p90</translation>
    </message>
    <message>
        <source>Time to first token per variant</source>
        <translation>Zeit bis zum ersten Token je Variante</translation>
    </message>
    <message>
        <source>Time to last byte by region and tier</source>
        <translation>Zeit bis zum letzten Byte nach Region und Stufe</translation>
    </message>
    <message>
        <source>Time to last byte per variant</source>
        <translation>Zeit bis zum letzten Byte je Variante</translation>
    </message>
    <message>
        <source>Time to last byte per variant: median (dot) to p90</source>
        <translation>Zeit bis zum letzten Byte je Variante: Median (Punkt) bis p90</translation>
    </message>
    <message>
        <source>US dollars per passed answer (all the variant&apos;s calls over its passed answers)</source>
        <translation>US-Dollar je bestandene Antwort (alle Aufrufe der Variante geteilt durch ihre bestandenen Antworten)</translation>
    </message>
    <message>
        <source>composite score</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>cost per answer</source>
        <translation>Kosten je Antwort</translation>
    </message>
    <message>
        <source>cost per answer (USD)</source>
        <translation>Kosten je Antwort (USD)</translation>
    </message>
    <message>
        <source>cost per answer (USD, log scale)</source>
        <translation>Kosten je Antwort (USD, logarithmisch)</translation>
    </message>
    <message>
        <source>dispute threshold %1</source>
        <translation>Streitschwelle %1</translation>
    </message>
    <message>
        <source>disputed scenarios (a mark per 0.05 of spread)</source>
        <translation>umstrittene Szenarien (eine Marke je 0,05 Streuung)</translation>
    </message>
    <message>
        <source>failed calls</source>
        <translation>fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <source>highest − lowest experiment&apos;s mean jury score on a scenario; box p25–p75, whiskers p5–p95</source>
        <translation>höchste − niedrigste mittlere Jury-Note eines Experiments für ein Szenario; Box p25–p75, Antennen p5–p95</translation>
    </message>
    <message>
        <source>judge %1</source>
        <translation>Richter %1</translation>
    </message>
    <message>
        <source>local hour in the region (its time zone)</source>
        <translation>Ortszeit der Region (Stunde, ihre Zeitzone)</translation>
    </message>
    <message>
        <source>marker size: tokens per second</source>
        <translation>Markergröße: Token pro Sekunde</translation>
    </message>
    <message>
        <source>mean TTFT (ms)</source>
        <translation>mittlere TTFT (ms)</translation>
    </message>
    <message>
        <source>mean jury score</source>
        <translation>mittlere Jury-Note</translation>
    </message>
    <message>
        <source>mean jury score %1 (95% CI %2–%3)</source>
        <translation>mittlere Jury-Note %1 (95-%-KI %2–%3)</translation>
    </message>
    <message>
        <source>mean jury score (1–5)</source>
        <translation>mittlere Jury-Note (1–5)</translation>
    </message>
    <message>
        <source>model variant</source>
        <translation>Modellvariante</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>rating (1000 = average)</source>
        <translation>Rating (1000 = Durchschnitt)</translation>
    </message>
    <message>
        <source>retried calls (the label adds the time spent waiting for the rate limit)</source>
        <translation>wiederholte Aufrufe (die Beschriftung nennt die Wartezeit durch das Ratenlimit)</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>run (oldest left)</source>
        <translation>Lauf (ältester links)</translation>
    </message>
    <message>
        <source>sampling temperature</source>
        <translation>Sampling-Temperatur</translation>
    </message>
    <message>
        <source>seconds since the run started</source>
        <translation>Sekunden seit Beginn des Laufs</translation>
    </message>
    <message>
        <source>success %1 over %2 judged answers</source>
        <translation>Erfolg %1 über %2 bewertete Antworten</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>time to first token (ms)</source>
        <translation>Zeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <source>time to first token (ms); box p25–p75, line the median, whiskers p5–p95</source>
        <translation>Zeit bis zum ersten Token (ms); Box p25–p75, Linie der Median, Antennen p5–p95</translation>
    </message>
    <message>
        <source>time to first token, p50 (ms)</source>
        <translation>Zeit bis zum ersten Token, p50 (ms)</translation>
    </message>
    <message>
        <source>time to last byte (ms)</source>
        <translation>Zeit bis zum letzten Byte (ms)</translation>
    </message>
    <message>
        <source>time to last byte (ms); box p25–p75, line the median, whiskers p5–p95</source>
        <translation>Zeit bis zum letzten Byte (ms); Box p25–p75, Linie der Median, Antennen p5–p95</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>Token pro Sekunde</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source> — REGRESSION</source>
        <translation> — VERSCHLECHTERUNG</translation>
    </message>
    <message>
        <source>%1 %2: %3, p %4, adjusted (%5) %6%7</source>
        <translation>%1 %2: %3, p %4, angepasst (%5) %6%7</translation>
    </message>
    <message>
        <source>%1 (%2, experiment %3, invocation %4, temperature %5): %6</source>
        <translation>%1 (%2, Experiment %3, Aufruf %4, Temperatur %5): %6</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>%1: %2 against %3: %4.</source>
        <translation>%1: %2 gegen %3: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s) against baseline run %1</source>
        <translation>
            <numerusform>%n Verschlechterung gegenüber Basislauf %1</numerusform>
            <numerusform>%n Verschlechterungen gegenüber Basislauf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>95% CI %1 to %2</source>
        <translation>95-%-KI %1 bis %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>No detectable difference</source>
        <translation>Kein nachweisbarer Unterschied</translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation>Kein Urteil.</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>jury score %1 · TTLB %2 ms · %3 output tokens</source>
        <translation>Jury-Note %1 · TTLB %2 ms · %3 Ausgabe-Token</translation>
    </message>
    <message>
        <source>mean jury score %1 → %2: %3 (%4); paired bootstrap p %5, over %6 items scored on both sides</source>
        <translation>mittlere Jury-Note %1 → %2: %3 (%4); gepaarter Bootstrap p %5, über %6 auf beiden Seiten bewertete Einträge</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>mittlere Note</translation>
    </message>
    <message>
        <source>mean score %1 against %2 (%3, %4; p %5), success rate not detectably different</source>
        <translation>mittlere Note %1 gegenüber %2 (%3, %4; p %5), Erfolgsquote nicht nachweisbar verschieden</translation>
    </message>
    <message>
        <source>no regression against baseline run %1 (level %2, %3; a regression must lose at least %4 or %5 of mean score)</source>
        <translation>keine Verschlechterung gegenüber Basislauf %1 (Niveau %2, %3; eine Verschlechterung muss mindestens %4 oder %5 der mittleren Note verlieren)</translation>
    </message>
    <message>
        <source>on %1 common scenarios (A has %2, B has %3): %4 items lined up, %5 judged on both sides</source>
        <translation>bei %1 gemeinsamen Szenarien (A hat %2, B hat %3): %4 Einträge gegenübergestellt, %5 auf beiden Seiten bewertet</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>success rate %1 against %2 (%3, %4; McNemar p %5)</source>
        <translation>Erfolgsquote %1 gegenüber %2 (%3, %4; McNemar p %5)</translation>
    </message>
    <message>
        <source>success rate %1 against %2 (%3, %4; McNemar p %5) and mean score %6 against %7 are within chance</source>
        <translation>Erfolgsquote %1 gegenüber %2 (%3, %4; McNemar p %5) und mittlere Note %6 gegenüber %7 liegen im Zufallsbereich</translation>
    </message>
    <message>
        <source>success rate %1 → %2: %3 (%4); passed only in A %5, only in B %6; McNemar exact p %7</source>
        <translation>Erfolgsquote %1 → %2: %3 (%4); nur in A bestanden %5, nur in B %6; exakter McNemar-p %7</translation>
    </message>
    <message>
        <source>time to last byte: %1 ms per item on average</source>
        <translation>Zeit bis zum letzten Byte: im Mittel %1 ms je Eintrag</translation>
    </message>
</context>
<context>
    <name>ConfigImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kann die Datei nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot tell what this file is; it holds no scenarios (text_prompt), profiles (model_id), judge questions (evaluation_criteria) or plan (quorum_plan)</source>
        <translation>unklar, was diese Datei ist; sie enthält keine Szenarien (text_prompt), Profile (model_id), Richterfragen (evaluation_criteria) oder einen Plan (quorum_plan)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside an unquoted field is taken literally</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen wird wörtlich genommen</translation>
    </message>
    <message>
        <source>a quoted field opens here and is never closed</source>
        <translation>ein Feld in Anführungszeichen beginnt hier und wird nie geschlossen</translation>
    </message>
    <message>
        <source>blank line (skipped)</source>
        <translation>leere Zeile (übersprungen)</translation>
    </message>
    <message>
        <source>this row has %1 fields, the header has %2 (is a quote missing?)</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile %2 (fehlt ein Anführungszeichen?)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; quotes inside a field must be doubled (&quot;&quot;)</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen; Anführungszeichen in einem Feld müssen verdoppelt werden (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% (%2–%3)</source>
        <translation>%1 % (%2–%3)</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Szenario %1: %2</translation>
    </message>
    <message>
        <source>coherence</source>
        <translation>Kohärenz</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>correctness</source>
        <translation>Richtigkeit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>following instructions</source>
        <translation>Befolgen der Anweisungen</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>InputRecord</name>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of names</source>
        <translation>„%1“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of names or one comma-separated text</source>
        <translation>„%1“ muss eine Liste von Namen oder ein durch Kommas getrennter Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not &quot;%2&quot;</source>
        <translation>„%1“ muss eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not %2</source>
        <translation>„%1“ muss eine Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not text (remove the quotes around %2)</source>
        <translation>„%1“ muss eine Zahl sein, kein Text (entfernen Sie die Anführungszeichen um %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not %2</source>
        <translation>„%1“ muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2</source>
        <translation>„%1“ muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object {…}</source>
        <translation>jeder Eintrag von „%1“ muss ein Objekt {…} sein</translation>
    </message>
    <message>
        <source>each line must be a JSON object {…}</source>
        <translation>jede Zeile muss ein JSON-Objekt {…} sein</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at column %2</source>
        <translation>kein gültiges JSON: %1 in Spalte %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (ignored)</source>
        <translation>unbekanntes Feld „%1“ (ignoriert)</translation>
    </message>
</context>
<context>
    <name>JsonDocument</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {…}</source>
        <translation>die Datei muss ein JSON-Objekt {…} enthalten</translation>
    </message>
</context>
<context>
    <name>JudgeQuestions</name>
    <message>
        <source>&quot;evaluation_criteria&quot; has no categories</source>
        <translation>„evaluation_criteria“ hat keine Kategorien</translation>
    </message>
    <message>
        <source>&quot;evaluation_criteria&quot; is missing</source>
        <translation>„evaluation_criteria“ fehlt</translation>
    </message>
    <message>
        <source>&quot;evaluation_criteria&quot; must be a list of categories</source>
        <translation>„evaluation_criteria“ muss eine Liste von Kategorien sein</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions for the judges</source>
        <translation>„questions“ muss eine Liste von Fragen an die Richter sein</translation>
    </message>
    <message>
        <source>&quot;weight&quot; must be greater than 0, not %1</source>
        <translation>„weight“ muss größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; appears twice</source>
        <translation>Kategorie „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; has no questions</source>
        <translation>Kategorie „%1“ hat keine Fragen</translation>
    </message>
    <message>
        <source>the weights add up to %1, not 1; they will be scaled</source>
        <translation>die Gewichte ergeben zusammen %1, nicht 1; sie werden skaliert</translation>
    </message>
</context>
<context>
    <name>JudgeTemplate</name>
    <message>
        <source>a judge template starts with a line &quot;quorum-judge-template: NAME&quot; naming its version</source>
        <translation>eine Richtervorlage beginnt mit einer Zeile „quorum-judge-template: NAME“, die ihre Version nennt</translation>
    </message>
    <message>
        <source>the template never uses {{%1}}: the judge could not do its work</source>
        <translation>die Vorlage verwendet {{%1}} nie: der Richter könnte seine Arbeit nicht tun</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}; a template can use {{%2}}</source>
        <translation>unbekannter Platzhalter {{%1}}; eine Vorlage kann {{%2}} verwenden</translation>
    </message>
</context>
<context>
    <name>Leaderboard</name>
    <message>
        <source>&quot;%1&quot; is not a weight: write success=1,latency=0.5,cost=0.5,throughput=0 (numbers of 0 or more)</source>
        <translation>„%1“ ist keine Gewichtung: schreiben Sie success=1,latency=0.5,cost=0.5,throughput=0 (Zahlen ab 0)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profiles (*.jsonl);;All files (*)</source>
        <translation>Profile (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Quorum inputs (*.jsonl *.csv *.json);;All files (*)</source>
        <translation>Quorum-Eingaben (*.jsonl *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Quorum plans (*.quorum.json *.json);;All files (*)</source>
        <translation>Quorum-Pläne (*.quorum.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scenarios (*.jsonl *.csv);;All files (*)</source>
        <translation>Szenarien (*.jsonl *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>&quot;prices&quot; must be a list</source>
        <translation>„prices“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 is not a token count</source>
        <translation>%1 ist keine Token-Anzahl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: listed twice; the first is kept</source>
        <translation>%1: zweimal aufgeführt; der erste Eintrag bleibt</translation>
    </message>
    <message>
        <source>a model needs &quot;provider&quot; and &quot;id&quot;</source>
        <translation>ein Modell braucht „provider“ und „id“</translation>
    </message>
    <message>
        <source>a price needs input_usd_per_mtok or output_usd_per_mtok</source>
        <translation>ein Preis braucht input_usd_per_mtok oder output_usd_per_mtok</translation>
    </message>
    <message>
        <source>a price needs its source</source>
        <translation>ein Preis braucht seine Quelle</translation>
    </message>
    <message>
        <source>a price needs read_on, the day its source was read (YYYY-MM-DD)</source>
        <translation>ein Preis braucht read_on, den Tag, an dem seine Quelle gelesen wurde (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a score needs a name and a numeric value</source>
        <translation>ein Wert braucht einen Namen und einen Zahlenwert</translation>
    </message>
    <message>
        <source>effective_from is not a date (YYYY-MM-DD)</source>
        <translation>effective_from ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>not a model catalog: it needs a &quot;models&quot; list</source>
        <translation>kein Modellkatalog: er braucht eine Liste „models“</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the match rule is malformed</source>
        <translation>die Zuordnungsregel ist fehlerhaft</translation>
    </message>
    <message>
        <source>unknown API &quot;%1&quot;</source>
        <translation>unbekannte API „%1“</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (default, priority, flex, batch or reserved)</source>
        <translation>unbekannte Stufe „%1“ (default, priority, flex, batch oder reserved)</translation>
    </message>
    <message>
        <source>your overrides (%1)</source>
        <translation>Ihre Überschreibungen (%1)</translation>
    </message>
</context>
<context>
    <name>OsKeychain</name>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>no keychain answers here (no D-Bus session bus)</source>
        <translation>hier antwortet kein Schlüsselbund (kein D-Bus-Sitzungsbus)</translation>
    </message>
    <message>
        <source>no keychain answers here (no Secret Service such as gnome-keyring or KWallet on the session bus)</source>
        <translation>hier antwortet kein Schlüsselbund (kein Secret Service wie gnome-keyring oder KWallet auf dem Sitzungsbus)</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the keychain has no default keyring yet (create a &quot;Login&quot; keyring in Passwords and Keys)</source>
        <translation>der Schlüsselbund hat noch keinen Standard-Schlüsselring (legen Sie in „Passwörter und Verschlüsselung“ einen Schlüsselring „Anmeldung“ an)</translation>
    </message>
    <message>
        <source>the keychain is locked (the &quot;%1&quot; keyring): unlock it by logging in to the desktop, or in Passwords and Keys (seahorse)</source>
        <translation>der Schlüsselbund ist gesperrt (Schlüsselring „%1“): entsperren Sie ihn durch Anmelden am Desktop oder in „Passwörter und Verschlüsselung“ (Seahorse)</translation>
    </message>
    <message>
        <source>there is no %1 key in the keychain</source>
        <translation>im Schlüsselbund gibt es keinen %1-Schlüssel</translation>
    </message>
</context>
<context>
    <name>OverrideTransfer</name>
    <message>
        <source>&quot;%1&quot; is missing or not a %2</source>
        <translation>„%1“ fehlt oder ist kein(e) %2</translation>
    </message>
    <message>
        <source>&quot;score&quot; is a number from 1 to 5, or null</source>
        <translation>„score“ ist eine Zahl von 1 bis 5 oder null</translation>
    </message>
    <message>
        <source>&quot;scores&quot; gives %1 as a whole number from 1 to 5</source>
        <translation>„scores“ gibt %1 als ganze Zahl von 1 bis 5 an</translation>
    </message>
    <message>
        <source>each line is one JSON object</source>
        <translation>jede Zeile ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>run %1 has no answered item of scenario &quot;%2&quot; by %3: left out</source>
        <translation>Lauf %1 hat keinen beantworteten Eintrag von Szenario „%2“ durch %3: ausgelassen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the answer to scenario &quot;%1&quot; by %2 is not the one reviewed: left out</source>
        <translation>die Antwort auf Szenario „%1“ durch %2 ist nicht die geprüfte: ausgelassen</translation>
    </message>
    <message>
        <source>the jury gave the item of scenario &quot;%1&quot; no score and the override gives none: left out</source>
        <translation>die Jury gab dem Eintrag von Szenario „%1“ keine Note und die Überschreibung auch nicht: ausgelassen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>PgAnswers</name>
    <message>
        <source>cannot read the answers of run %1: %2</source>
        <translation>kann die Antworten von Lauf %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1: authentication failed; give the password in PGPASSWORD or ~/.pgpass (%2)</source>
        <translation>%1: Anmeldung fehlgeschlagen; geben Sie das Passwort in PGPASSWORD oder ~/.pgpass an (%2)</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: keine Verbindung möglich: %2</translation>
    </message>
    <message>
        <source>%1: the database does not exist on that server; create it (createdb) or name another (%2)</source>
        <translation>%1: die Datenbank existiert auf diesem Server nicht; legen Sie sie an (createdb) oder nennen Sie eine andere (%2)</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached; check the host and port, and that PostgreSQL runs there (%2)</source>
        <translation>%1: der Server ist nicht erreichbar; prüfen Sie Host und Port und ob PostgreSQL dort läuft (%2)</translation>
    </message>
    <message>
        <source>%1: the server runs PostgreSQL %2; the team store needs PostgreSQL 13 or newer</source>
        <translation>%1: der Server läuft mit PostgreSQL %2; der Team-Speicher braucht PostgreSQL 13 oder neuer</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>the team store could not be upgraded from version %1 and is unchanged: %2</source>
        <translation>der Team-Speicher konnte nicht von Version %1 aktualisiert werden und ist unverändert: %2</translation>
    </message>
    <message>
        <source>the team store was written by a newer Quorum (schema version %1; this Quorum knows up to %2). It was left untouched: use a newer Quorum.</source>
        <translation>der Team-Speicher wurde von einem neueren Quorum geschrieben (Schemaversion %1; dieses Quorum kennt bis %2). Er blieb unberührt: verwenden Sie ein neueres Quorum.</translation>
    </message>
    <message>
        <source>this database has a meta table but is not a Quorum team store</source>
        <translation>diese Datenbank hat eine Tabelle meta, ist aber kein Quorum-Team-Speicher</translation>
    </message>
    <message>
        <source>this database has a runs table but is not a Quorum team store; name an empty database</source>
        <translation>diese Datenbank hat eine Tabelle runs, ist aber kein Quorum-Team-Speicher; nennen Sie eine leere Datenbank</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot read %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>kann %1 nicht lesen: Qts PostgreSQL-Treiber (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>PgWriter</name>
    <message>
        <source>a retired invocation is deleted, not inserted</source>
        <translation>ein zurückgezogener Aufruf wird gelöscht, nicht eingefügt</translation>
    </message>
    <message>
        <source>a run deletion is not a row to insert</source>
        <translation>das Löschen eines Laufs ist keine einzufügende Zeile</translation>
    </message>
    <message>
        <source>cannot reserve ids for %1: %2</source>
        <translation>kann keine IDs für %1 reservieren: %2</translation>
    </message>
    <message>
        <source>the writer has not started</source>
        <translation>der Schreiber wurde nicht gestartet</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>&quot;%1&quot; must be a file name or a list</source>
        <translation>„%1“ muss ein Dateiname oder eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2, which does not exist</source>
        <translation>„%1“ nennt %2, das nicht existiert</translation>
    </message>
    <message>
        <source>&quot;csv_columns&quot; must be an object</source>
        <translation>„csv_columns“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;judge_questions&quot; must be a file name or an object</source>
        <translation>„judge_questions“ muss ein Dateiname oder ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;judge_template&quot; must be a file name</source>
        <translation>„judge_template“ muss ein Dateiname sein</translation>
    </message>
    <message>
        <source>&quot;judge_template&quot; names %1, which does not exist</source>
        <translation>„judge_template“ nennt %1, das nicht existiert</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be text</source>
        <translation>„name“ muss Text sein</translation>
    </message>
    <message>
        <source>&quot;pass_rule&quot; must be &quot;mean&quot; or &quot;majority&quot;, not &quot;%1&quot;</source>
        <translation>„pass_rule“ muss „mean“ oder „majority“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;prompt_optimization&quot; must be none, optimize-only or evaluate-both, not &quot;%1&quot;</source>
        <translation>„prompt_optimization“ muss none, optimize-only oder evaluate-both sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation>„settings“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be a file name or an object</source>
        <translation>jeder Eintrag von „%1“ muss ein Dateiname oder ein Objekt sein</translation>
    </message>
    <message>
        <source>not a Quorum plan: &quot;quorum_plan&quot;: %1 is missing</source>
        <translation>kein Quorum-Plan: „quorum_plan“: %1 fehlt</translation>
    </message>
    <message>
        <source>plan format %1 is newer than this Quorum understands (%2)</source>
        <translation>Planformat %1 ist neuer, als dieses Quorum versteht (%2)</translation>
    </message>
    <message>
        <source>the plan has no judges; add some, name &quot;scorers&quot;, or set &quot;latency_only&quot;: true</source>
        <translation>der Plan hat keine Richter; fügen Sie welche hinzu, nennen Sie „scorers“ oder setzen Sie „latency_only“: true</translation>
    </message>
    <message>
        <source>the plan has no models</source>
        <translation>der Plan hat keine Modelle</translation>
    </message>
    <message>
        <source>the plan has no scenarios</source>
        <translation>der Plan hat keine Szenarien</translation>
    </message>
    <message>
        <source>the stored judge template is not usable: %1</source>
        <translation>die gespeicherte Richtervorlage ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (ignored)</source>
        <translation>unbekanntes Feld „%1“ (ignoriert)</translation>
    </message>
    <message>
        <source>unknown scorer &quot;%1&quot;; use %2</source>
        <translation>unbekannter Bewerter „%1“; verwenden Sie %2</translation>
    </message>
</context>
<context>
    <name>PriceCheck</name>
    <message>
        <source>an output cap of %1 tokens is above the %2 tokens %3 can write</source>
        <translation>eine Ausgabegrenze von %1 Token liegt über den %2 Token, die %3 schreiben kann</translation>
    </message>
    <message>
        <source>scenario %1 needs about %2 prompt and %3 output tokens, more than the %4-token context window of %5</source>
        <translation>Szenario %1 braucht etwa %2 Prompt- und %3 Ausgabe-Token, mehr als das Kontextfenster von %4 Token von %5</translation>
    </message>
    <message>
        <source>the list price of %1 was read %2, more than %3 days ago: check it</source>
        <translation>der Listenpreis von %1 wurde am %2 gelesen, vor mehr als %3 Tagen: prüfen Sie ihn</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>&quot;%1&quot; is %2 USD per 1,000 tokens — is that a per-million price?</source>
        <translation>„%1“ ist %2 USD je 1.000 Token — ist das ein Preis je Million?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name (lower-case letters, digits and hyphens)</source>
        <translation>„%1“ ist kein Regionsname (Kleinbuchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region (like us-east-1)</source>
        <translation>„%1“ ist keine AWS-Region (wie us-east-1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a secret: keys belong in the keychain or an environment variable (name it with &quot;api_key_env&quot;), never in a profile file</source>
        <translation>„%1“ sieht wie ein Geheimnis aus: Schlüssel gehören in den Schlüsselbund oder eine Umgebungsvariable (nennen Sie sie mit „api_key_env“), nie in eine Profildatei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>„%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&quot;api_key_env&quot; must name an environment variable, like MY_KEY</source>
        <translation>„api_key_env“ muss eine Umgebungsvariable nennen, etwa MY_KEY</translation>
    </message>
    <message>
        <source>&quot;base_url&quot; must be an http(s) URL, not &quot;%1&quot;</source>
        <translation>„base_url“ muss eine http(s)-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;model_id&quot; must start with a provider prefix, e.g. bedrock/%1</source>
        <translation>„model_id“ muss mit einem Anbieterpräfix beginnen, z. B. bedrock/%1</translation>
    </message>
    <message>
        <source>&quot;model_id&quot; names no model after &quot;%1/&quot;</source>
        <translation>„model_id“ nennt nach „%1/“ kein Modell</translation>
    </message>
    <message>
        <source>&quot;optimized_prompts&quot; must be true or false</source>
        <translation>„optimized_prompts“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;target_rpm&quot; must be greater than 0, not %1</source>
        <translation>„target_rpm“ muss größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>judge %1 in region %2 is already on the jury at %3:%4</source>
        <translation>Richter %1 in Region %2 ist bereits in der Jury, bei %3:%4</translation>
    </message>
    <message>
        <source>judges are called at the default tier; &quot;service_tier&quot; is kept for cost only</source>
        <translation>Richter werden in der Standardstufe aufgerufen; „service_tier“ zählt nur für die Kosten</translation>
    </message>
    <message>
        <source>model %1 in region %2 at tier %3 is already configured at %4:%5</source>
        <translation>Modell %1 in Region %2 in Stufe %3 ist bereits bei %4:%5 eingerichtet</translation>
    </message>
    <message>
        <source>no judges in this file</source>
        <translation>keine Richter in dieser Datei</translation>
    </message>
    <message>
        <source>no models in this file</source>
        <translation>keine Modelle in dieser Datei</translation>
    </message>
    <message>
        <source>openai-compatible models need a &quot;base_url&quot; (the server to call)</source>
        <translation>openai-compatible-Modelle brauchen eine „base_url“ (den aufzurufenden Server)</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;; use one of bedrock, openai, anthropic, gemini, azure, openai-compatible, simulator, external</source>
        <translation>unbekannter Anbieter „%1“; verwenden Sie bedrock, openai, anthropic, gemini, azure, openai-compatible, simulator oder external</translation>
    </message>
    <message>
        <source>unknown service tier &quot;%1&quot;; use default, priority, flex or reserved</source>
        <translation>unbekannte Dienststufe „%1“; verwenden Sie default, priority, flex oder reserved</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source> (models without a target RPM not counted)</source>
        <translation> (Modelle ohne Ziel-RPM nicht gezählt)</translation>
    </message>
    <message>
        <source> (some models have no price)</source>
        <translation> (einige Modelle haben keinen Preis)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 calls/s · %2 judge calls · %3 spent · all %4 done</source>
        <translation>%1 Aufrufe/s · %2 Richteraufrufe · %3 ausgegeben · alle %4 fertig</translation>
    </message>
    <message>
        <source>%1 in flight · %2 calls/s · %3 judge calls · %4 spent · %5 left</source>
        <translation>%1 laufend · %2 Aufrufe/s · %3 Richteraufrufe · %4 ausgegeben · %5 verbleibend</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Richter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>at least %1 at the target rates%2</source>
        <translation>mindestens %1 bei den Zielraten%2</translation>
    </message>
    <message>
        <source>at most %1, if every answer is as long as its output-token cap%2</source>
        <translation>höchstens %1, wenn jede Antwort so lang ist wie ihre Ausgabegrenze%2</translation>
    </message>
    <message>
        <source>duration unknown: no model has a target RPM (the providers&apos; speed decides, %1 calls at a time per model)</source>
        <translation>Dauer unbekannt: kein Modell hat eine Ziel-RPM (das Tempo der Anbieter entscheidet, %1 Aufrufe gleichzeitig je Modell)</translation>
    </message>
</context>
<context>
    <name>PromptOptimizer</name>
    <message>
        <source>%1, scenario %2: the prompt could not be optimized (%3); the original is used</source>
        <translation>%1, Szenario %2: der Prompt konnte nicht optimiert werden (%3); das Original wird verwendet</translation>
    </message>
    <message>
        <source>%1: prompt optimization works with Bedrock models only; it is asked the original prompts</source>
        <translation>%1: Prompt-Optimierung gibt es nur für Bedrock-Modelle; es erhält die Original-Prompts</translation>
    </message>
    <message>
        <source>an empty prompt came back</source>
        <translation>ein leerer Prompt kam zurück</translation>
    </message>
</context>
<context>
    <name>PublishedScores</name>
    <message>
        <source>%1 ranks %2 of %3 on published %4, %5 on your scenarios.</source>
        <translation>%1 steht auf Platz %2 von %3 bei veröffentlichtem %4, auf Platz %5 bei Ihren Szenarien.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Your scenarios rank these %1 models as published %2 does.</source>
        <translation>Ihre Szenarien ordnen diese %1 Modelle so wie veröffentlichtes %2.</translation>
    </message>
</context>
<context>
    <name>PublishedSources</name>
    <message>
        <source>%1 (%2): no evaluations</source>
        <translation>%1 (%2): keine Bewertungen</translation>
    </message>
    <message>
        <source>%1: %2 = %3 is out of range, left out</source>
        <translation>%1: %2 = %3 liegt außerhalb des Bereichs, ausgelassen</translation>
    </message>
    <message>
        <source>%1: no architecture (config.architectures)</source>
        <translation>%1: keine Architektur (config.architectures)</translation>
    </message>
    <message>
        <source>%1: no id or slug, left out</source>
        <translation>%1: keine ID oder kein Slug, ausgelassen</translation>
    </message>
    <message>
        <source>%1: no parameter count (safetensors.total)</source>
        <translation>%1: keine Parameteranzahl (safetensors.total)</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list of models</source>
        <translation>die Antwort hat keine Liste „data“ mit Modellen</translation>
    </message>
    <message>
        <source>the answer is not a model (no id)</source>
        <translation>die Antwort ist kein Modell (keine ID)</translation>
    </message>
    <message>
        <source>the listing is not a list of models</source>
        <translation>die Liste ist keine Liste von Modellen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Run settings</source>
        <translation>Laufeinstellungen</translation>
    </message>
</context>
<context>
    <name>Quorum::CatalogPage</name>
    <message>
        <source>%1 of %2 models shown. Catalog %3; prices in USD per million tokens, today&apos;s default tier; a price in bold was read more than %4 days ago. Built from %5.</source>
        <translation>%1 von %2 Modellen angezeigt. Katalog %3; Preise in USD je Million Token, heutige Standardstufe; ein fett gesetzter Preis wurde vor mehr als %4 Tagen gelesen. Erstellt aus %5.</translation>
    </message>
    <message>
        <source>&amp;Add to Plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Refresh Published Scores</source>
        <translation>Veröffentlichte Werte &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a model to see its prices over time, its limits and published scores, and where each figure comes from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Modell, um seine Preise im Zeitverlauf, seine Grenzen und veröffentlichten Werte zu sehen, und woher jede Zahl stammt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add %1 to the plan&apos;s models, with its prices</source>
        <translation>%1 mit seinen Preisen zu den Modellen des Plans hinzufügen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Asking Artificial Analysis and Hugging Face…</source>
        <translation>Frage Artificial Analysis und Hugging Face…</translation>
    </message>
    <message>
        <source>Catalog refreshed</source>
        <translation>Katalog aktualisiert</translation>
    </message>
    <message>
        <source>Filter: provider, model, family, modality…</source>
        <translation>Filter: Anbieter, Modell, Familie, Modalität…</translation>
    </message>
    <message>
        <source>Published scores from Artificial Analysis and parameter counts from Hugging Face (keys: quorum-cli keys set artificial-analysis / huggingface)</source>
        <translation>Veröffentlichte Werte von Artificial Analysis und Parameteranzahlen von Hugging Face (Schlüssel: quorum-cli keys set artificial-analysis / huggingface)</translation>
    </message>
    <message>
        <source>Quorum can call it</source>
        <translation>Quorum kann es aufrufen</translation>
    </message>
    <message>
        <source>Quorum has no client for %1: add it as an OpenAI-compatible endpoint by hand</source>
        <translation>Quorum hat keinen Client für %1: fügen Sie es von Hand als OpenAI-kompatiblen Endpunkt hinzu</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Lese den Katalog…</translation>
    </message>
    <message>
        <source>With published scores</source>
        <translation>Mit veröffentlichten Werten</translation>
    </message>
</context>
<context>
    <name>Quorum::ChartView</name>
    <message>
        <source>Copy as Image</source>
        <translation>Als Bild kopieren</translation>
    </message>
</context>
<context>
    <name>Quorum::ComparePage</name>
    <message>
        <source>%1 items lined up</source>
        <translation>%1 Einträge gegenübergestellt</translation>
    </message>
    <message>
        <source>%1 of %2 items changed verdict (%3 pass → fail, %4 fail → pass)</source>
        <translation>%1 von %2 Einträgen änderten ihr Urteil (%3 bestanden → nicht bestanden, %4 nicht bestanden → bestanden)</translation>
    </message>
    <message>
        <source>&amp;A (reference):</source>
        <translation>&amp;A (Referenz):</translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation>&amp;B:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>A · %1</source>
        <translation>A · %1</translation>
    </message>
    <message>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <source>C&amp;hanged only</source>
        <translation>Nur &amp;geänderte</translation>
    </message>
    <message>
        <source>Choose two runs (or one run twice) and a variant of each, then Compare.</source>
        <translation>Wählen Sie zwei Läufe (oder einen Lauf zweimal) und je eine Variante, dann Vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>No item changed verdict: uncheck Changed only to see them all.</source>
        <translation>Kein Eintrag änderte sein Urteil: entfernen Sie „Nur geänderte“, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Only the items whose verdict differs between A and B (pass → fail or fail → pass)</source>
        <translation>Nur die Einträge, deren Urteil sich zwischen A und B unterscheidet (bestanden → nicht bestanden oder umgekehrt)</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>Select an item to read both answers side by side.</source>
        <translation>Wählen Sie einen Eintrag, um beide Antworten nebeneinander zu lesen.</translation>
    </message>
    <message>
        <source>The run compared against: every difference is B − A</source>
        <translation>Der Lauf, mit dem verglichen wird: jeder Unterschied ist B − A</translation>
    </message>
    <message>
        <source>The run compared with A: two runs, or the same run for two of its variants</source>
        <translation>Der mit A verglichene Lauf: zwei Läufe oder derselbe Lauf für zwei seiner Varianten</translation>
    </message>
    <message>
        <source>Two variants of run %1.</source>
        <translation>Zwei Varianten von Lauf %1.</translation>
    </message>
</context>
<context>
    <name>Quorum::ComparisonTableModel</name>
    <message>
        <source>A TTLB ms</source>
        <translation>A TTLB ms</translation>
    </message>
    <message>
        <source>A answer</source>
        <translation>A Antwort</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>A Note</translation>
    </message>
    <message>
        <source>A verdict</source>
        <translation>A Urteil</translation>
    </message>
    <message>
        <source>B TTLB ms</source>
        <translation>B TTLB ms</translation>
    </message>
    <message>
        <source>B answer</source>
        <translation>B Antwort</translation>
    </message>
    <message>
        <source>B score</source>
        <translation>B Note</translation>
    </message>
    <message>
        <source>B verdict</source>
        <translation>B Urteil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>Exp.</translation>
    </message>
    <message>
        <source>Inv.</source>
        <translation>Aufr.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Select the row to read both answers side by side below</source>
        <translation>Wählen Sie die Zeile, um unten beide Antworten nebeneinander zu lesen</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>fail → pass</source>
        <translation>nicht bestanden → bestanden</translation>
    </message>
    <message>
        <source>not paired</source>
        <translation>nicht gepaart</translation>
    </message>
    <message>
        <source>pass → fail</source>
        <translation>bestanden → nicht bestanden</translation>
    </message>
    <message>
        <source>same verdict</source>
        <translation>gleiches Urteil</translation>
    </message>
    <message>
        <source>Δ TTLB ms</source>
        <translation>Δ TTLB ms</translation>
    </message>
    <message>
        <source>Δ score</source>
        <translation>Δ Note</translation>
    </message>
</context>
<context>
    <name>Quorum::CsvMappingDialog</name>
    <message numerus="yes">
        <source>%1 has %n column(s). Choose what each holds; the first rows below show how they will be read.</source>
        <translation>
            <numerusform>%1 hat %n Spalte. Wählen Sie, was jede enthält; die ersten Zeilen unten zeigen, wie sie gelesen werden.</numerusform>
            <numerusform>%1 hat %n Spalten. Wählen Sie, was jede enthält; die ersten Zeilen unten zeigen, wie sie gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>&amp;Kriterien:</translation>
    </message>
    <message>
        <source>&amp;Golden answer column:</source>
        <translation>Spalte der &amp;Musterantwort:</translation>
    </message>
    <message>
        <source>&amp;Image column:</source>
        <translation>&amp;Bildspalte:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>%n Zeile &amp;importieren</numerusform>
            <numerusform>%n Zeilen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Prompt column:</source>
        <translation>&amp;Prompt-Spalte:</translation>
    </message>
    <message>
        <source>&amp;Task type:</source>
        <translation>&amp;Aufgabentyp:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(the same for every row:)</source>
        <translation>(für jede Zeile gleich:)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Golden answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>e.g. summarization</source>
        <translation>z. B. Zusammenfassung</translation>
    </message>
    <message>
        <source>what a good answer does</source>
        <translation>was eine gute Antwort leistet</translation>
    </message>
</context>
<context>
    <name>Quorum::DrillDownPanel</name>
    <message numerus="yes">
        <source>%Ln matching invocation(s).</source>
        <translation>
            <numerusform>%Ln passender Aufruf.</numerusform>
            <numerusform>%Ln passende Aufrufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disputed only</source>
        <translation>Nur &amp;umstrittene</translation>
    </message>
    <message>
        <source>&amp;Reviewed only</source>
        <translation>Nur &amp;geprüfte</translation>
    </message>
    <message>
        <source>All task types</source>
        <translation>Alle Aufgabentypen</translation>
    </message>
    <message>
        <source>All temperatures</source>
        <translation>Alle Temperaturen</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Alle Varianten</translation>
    </message>
    <message>
        <source>Answered, not judged</source>
        <translation>Beantwortet, nicht bewertet</translation>
    </message>
    <message>
        <source>Any error class</source>
        <translation>Jede Fehlerklasse</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jedes Urteil</translation>
    </message>
    <message>
        <source>CSV (one row per invocation)…</source>
        <translation>CSV (eine Zeile je Aufruf)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Kann nicht nach %1 exportieren: %2</translation>
    </message>
    <message>
        <source>Cannot list the invocations: %1</source>
        <translation>Kann die Aufrufe nicht auflisten: %1</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every word, or the start of one (&quot;beck&quot; finds Becker), in one text: the prompt or golden answer, the answer, or a judge&apos;s rationale; any case</source>
        <translation>Jedes Wort oder sein Anfang („beck“ findet Becker), in einem Text: Prompt oder Musterantwort, Antwort oder Begründung eines Richters; Groß- und Kleinschreibung egal</translation>
    </message>
    <message>
        <source>Export the matching invocations</source>
        <translation>Die passenden Aufrufe exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Finding the matching invocations…</source>
        <translation>Suche die passenden Aufrufe…</translation>
    </message>
    <message>
        <source>Invocation %1 cannot be read.</source>
        <translation>Aufruf %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>JSON Lines (one object per invocation)…</source>
        <translation>JSON Lines (ein Objekt je Aufruf)…</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>No answer (error)</source>
        <translation>Keine Antwort (Fehler)</translation>
    </message>
    <message>
        <source>No invocation of this run passes the filter.</source>
        <translation>Kein Aufruf dieses Laufs passt zum Filter.</translation>
    </message>
    <message>
        <source>Only the items a person&apos;s verdict overrules the jury on</source>
        <translation>Nur die Einträge, bei denen das Urteil einer Person die Jury überstimmt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Search prompts, answers, rationales</source>
        <translation>Prompts, Antworten, Begründungen durchsuchen</translation>
    </message>
    <message>
        <source>Select a run to list its invocations.</source>
        <translation>Wählen Sie einen Lauf, um seine Aufrufe aufzulisten.</translation>
    </message>
    <message>
        <source>Select an invocation to read its prompt, answer, verdicts and attempts.</source>
        <translation>Wählen Sie einen Aufruf, um Prompt, Antwort, Urteile und Versuche zu lesen.</translation>
    </message>
    <message>
        <source>Temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 matching invocations, in work-item order; narrow the filter or Export… them all.</source>
        <translation>Die ersten %1 von %2 passenden Aufrufen, in Reihenfolge der Arbeitsschritte; engen Sie den Filter ein oder exportieren Sie alle.</translation>
    </message>
    <message>
        <source>Write every invocation that passes the filter, for a spreadsheet or a script</source>
        <translation>Jeden Aufruf, der zum Filter passt, für eine Tabellenkalkulation oder ein Skript schreiben</translation>
    </message>
    <message>
        <source>run-%1-invocations.%2</source>
        <translation>lauf-%1-aufrufe.%2</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryView</name>
    <message>
        <source>%1 items flip across their repeats:</source>
        <translation>%1 Einträge wechseln über ihre Wiederholungen:</translation>
    </message>
    <message>
        <source>%1 runs, oldest left — %2. Each variant&apos;s whiskers are its 95% interval.</source>
        <translation>%1 Läufe, ältester links — %2. Die Antennen jeder Variante sind ihr 95-%-Intervall.</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Kann den Verlauf nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the repeats: %1</source>
        <translation>Kann die Wiederholungen nicht lesen: %1</translation>
    </message>
    <message>
        <source>Lineage of the baseline &quot;%1&quot; (run %2)</source>
        <translation>Abstammung der Basis „%1“ (Lauf %2)</translation>
    </message>
    <message>
        <source>No verdict flips across the repeats.</source>
        <translation>Kein Urteil wechselt über die Wiederholungen.</translation>
    </message>
    <message>
        <source>Only this run so far: run the same scenarios again (or check a run against a baseline) to see a trend.</source>
        <translation>Bisher nur dieser Lauf: führen Sie dieselben Szenarien erneut aus (oder prüfen Sie einen Lauf gegen eine Basis), um einen Trend zu sehen.</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>&amp;Läufe:</translation>
    </message>
    <message>
        <source>Reading the repeats of run %1…</source>
        <translation>Lese die Wiederholungen von Lauf %1…</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>Lese die Läufe…</translation>
    </message>
    <message>
        <source>Repeats of this run: pass@1 beside pass^k, and the items whose verdict flips</source>
        <translation>Wiederholungen dieses Laufs: pass@1 neben pass^k und die Einträge, deren Urteil wechselt</translation>
    </message>
    <message>
        <source>Run %1 answered no scenario more than once at one temperature: run with more invocations or experiments to see which verdicts hold.</source>
        <translation>Lauf %1 hat kein Szenario mehr als einmal bei einer Temperatur beantwortet: führen Sie ihn mit mehr Aufrufen oder Experimenten aus, um zu sehen, welche Urteile halten.</translation>
    </message>
    <message>
        <source>Runs of the same scenarios</source>
        <translation>Läufe derselben Szenarien</translation>
    </message>
    <message>
        <source>the baseline &quot;%1&quot; is no longer pinned</source>
        <translation>die Basis „%1“ ist nicht mehr festgelegt</translation>
    </message>
</context>
<context>
    <name>Quorum::InvocationTableModel</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Exp.</source>
        <translation>Exp.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Jury score</source>
        <translation>Jury-Note</translation>
    </message>
    <message>
        <source>Model variant</source>
        <translation>Modellvariante</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Select the row to read the whole answer below</source>
        <translation>Wählen Sie die Zeile, um unten die ganze Antwort zu lesen</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <source>TTLB ms</source>
        <translation>TTLB ms</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>The model&apos;s cost; the jury&apos;s: %1</source>
        <translation>Die Kosten des Modells; die der Jury: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed (override; jury: none)</source>
        <translation>nicht bestanden (Überschreibung; Jury: keines)</translation>
    </message>
    <message>
        <source>failed (override; jury: passed)</source>
        <translation>nicht bestanden (Überschreibung; Jury: bestanden)</translation>
    </message>
    <message>
        <source>failed (reviewed)</source>
        <translation>nicht bestanden (geprüft)</translation>
    </message>
    <message>
        <source>failed, disputed</source>
        <translation>nicht bestanden, umstritten</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>passed (override; jury: failed)</source>
        <translation>bestanden (Überschreibung; Jury: nicht bestanden)</translation>
    </message>
    <message>
        <source>passed (override; jury: none)</source>
        <translation>bestanden (Überschreibung; Jury: keines)</translation>
    </message>
    <message>
        <source>passed (reviewed)</source>
        <translation>bestanden (geprüft)</translation>
    </message>
    <message>
        <source>passed, disputed</source>
        <translation>bestanden, umstritten</translation>
    </message>
</context>
<context>
    <name>Quorum::InvocationText</name>
    <message>
        <source> (estimated: the provider reported none)</source>
        <translation> (geschätzt: der Anbieter meldete keine)</translation>
    </message>
    <message>
        <source> · jury score %1</source>
        <translation> · Jury-Note %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>%1 / %2 / %3%4</source>
        <translation>%1 / %2 / %3%4</translation>
    </message>
    <message>
        <source>%1 — a person&apos;s override (the jury: %2)</source>
        <translation>%1 — Überschreibung durch eine Person (die Jury: %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, disputed: the judges disagree past the dispute threshold</source>
        <translation>%1, umstritten: die Richter weichen über die Streitschwelle hinaus voneinander ab</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); none logged one by one.</source>
        <translation>
            <numerusform>%n Versuch; keiner einzeln protokolliert.</numerusform>
            <numerusform>%n Versuche; keiner einzeln protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Coher.</source>
        <translation>Kohär.</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Vollst.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost of the answer / of the jury</source>
        <translation>Kosten der Antwort / der Jury</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Experiment, invocation</source>
        <translation>Experiment, Aufruf</translation>
    </message>
    <message>
        <source>First attempt started</source>
        <translation>Erster Versuch gestartet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Golden answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Instr.</source>
        <translation>Anw.</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Richter</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>No answer: the call failed.</source>
        <translation>Keine Antwort: der Aufruf schlug fehl.</translation>
    </message>
    <message>
        <source>No judge&apos;s verdict is stored for this answer.</source>
        <translation>Für diese Antwort ist kein Richterurteil gespeichert.</translation>
    </message>
    <message>
        <source>No rationale.</source>
        <translation>Keine Begründung.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Relev.</source>
        <translation>Relev.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>The first reply could not be read; a repair call was made.</source>
        <translation>Die erste Antwort war nicht lesbar; ein Reparaturaufruf wurde gemacht.</translation>
    </message>
    <message>
        <source>The judge&apos;s raw reply:</source>
        <translation>Die unveränderte Antwort des Richters:</translation>
    </message>
    <message>
        <source>Tier served</source>
        <translation>Gelieferte Stufe</translation>
    </message>
    <message>
        <source>Time to first reasoning token</source>
        <translation>Zeit bis zum ersten Reasoning-Token</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Time to last byte</source>
        <translation>Zeit bis zum letzten Byte</translation>
    </message>
    <message>
        <source>Tokens in / out / reasoning</source>
        <translation>Token ein / aus / Reasoning</translation>
    </message>
    <message>
        <source>Took ms</source>
        <translation>Dauer ms</translation>
    </message>
    <message>
        <source>User dimensions: %1</source>
        <translation>Eigene Dimensionen: %1</translation>
    </message>
    <message>
        <source>Waited before the next ms</source>
        <translation>Wartezeit vor dem nächsten ms</translation>
    </message>
    <message>
        <source>Waited for the rate limit</source>
        <translation>Wartezeit durch das Ratenlimit</translation>
    </message>
    <message>
        <source>Wall time, all attempts</source>
        <translation>Gesamtzeit, alle Versuche</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Arbeitsschritt</translation>
    </message>
    <message>
        <source>answered, not judged</source>
        <translation>beantwortet, nicht bewertet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no answer (error: %1)</source>
        <translation>keine Antwort (Fehler: %1)</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Quorum::JuryPage</name>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Import Judge Questions…</source>
        <translation>Richterfragen &amp;importieren…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Clear the weighted criteria</source>
        <translation>Die gewichteten Kriterien leeren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Judge Questions</source>
        <translation>Richterfragen exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import Judge Questions</source>
        <translation>Richterfragen importieren</translation>
    </message>
    <message>
        <source>Imported the weighted criteria of %1</source>
        <translation>Die gewichteten Kriterien von %1 importiert</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pass Rule</source>
        <translation>Bestehensregel</translation>
    </message>
    <message>
        <source>Prompt Template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Weighted Criteria</source>
        <translation>Gewichtete Kriterien</translation>
    </message>
    <message>
        <source>Weighted criteria: each category&apos;s score is weighted into the overall jury score. Without them the overall score is the plain mean of the dimensions.</source>
        <translation>Gewichtete Kriterien: die Note jeder Kategorie geht gewichtet in die Gesamtnote der Jury ein. Ohne sie ist die Gesamtnote der einfache Mittelwert der Dimensionen.</translation>
    </message>
</context>
<context>
    <name>Quorum::JuryRulesForm</name>
    <message>
        <source>&amp;Dispute threshold:</source>
        <translation>&amp;Streitschwelle:</translation>
    </message>
    <message>
        <source>An item is disputed when its judges&apos; scores differ by more than this</source>
        <translation>Ein Eintrag ist umstritten, wenn die Noten seiner Richter um mehr als diesen Wert abweichen</translation>
    </message>
    <message>
        <source>Extra &amp;dimensions:</source>
        <translation>Zusätzliche &amp;Dimensionen:</translation>
    </message>
    <message>
        <source>Majority of the judges</source>
        <translation>Mehrheit der Richter</translation>
    </message>
    <message>
        <source>Mean of the judges&apos; scores</source>
        <translation>Mittelwert der Richternoten</translation>
    </message>
    <message>
        <source>Pass &amp;rule:</source>
        <translation>Bestehens&amp;regel:</translation>
    </message>
    <message>
        <source>Pass &amp;threshold (1–5):</source>
        <translation>Bestehens&amp;schwelle (1–5):</translation>
    </message>
    <message>
        <source>none; e.g. brevity, tone</source>
        <translation>keine; z. B. Kürze, Ton</translation>
    </message>
</context>
<context>
    <name>Quorum::KeyPanel</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>(The keychain: %1.)</source>
        <translation>(Der Schlüsselbund: %1.)</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Rufe %1 auf…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Verbunden: %1 antwortete in %2 ms.</translation>
    </message>
    <message>
        <source>Could not store the key: %1</source>
        <translation>Konnte den Schlüssel nicht speichern: %1</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Korrigieren Sie zuerst die Felder oben.</translation>
    </message>
    <message>
        <source>From the AWS profile &quot;%1&quot;.</source>
        <translation>Aus dem AWS-Profil „%1“.</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>Aus der Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>From the keychain (%1).</source>
        <translation>Aus dem Schlüsselbund (%1).</translation>
    </message>
    <message>
        <source>Key deleted.</source>
        <translation>Schlüssel gelöscht.</translation>
    </message>
    <message>
        <source>Key stored in the keychain.</source>
        <translation>Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Locked: %1.</source>
        <translation>Gesperrt: %1.</translation>
    </message>
    <message>
        <source>Missing: set a Bedrock API key, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or an AWS profile.</source>
        <translation>Fehlt: setzen Sie einen Bedrock-API-Schlüssel, AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder ein AWS-Profil.</translation>
    </message>
    <message>
        <source>Missing: set a key, or the environment variable %1.</source>
        <translation>Fehlt: setzen Sie einen Schlüssel oder die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>No key needed.</source>
        <translation>Kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain is available on this machine, so Quorum cannot store the %1 key. Set the environment variable %2 before starting Quorum.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund verfügbar, daher kann Quorum den %1-Schlüssel nicht speichern. Setzen Sie die Umgebungsvariable %2, bevor Sie Quorum starten.</translation>
    </message>
    <message>
        <source>Set &amp;Key…</source>
        <translation>&amp;Schlüssel setzen…</translation>
    </message>
    <message>
        <source>Set the %1 key</source>
        <translation>Den %1-Schlüssel setzen</translation>
    </message>
    <message>
        <source>The %1 API key, kept in the OS keychain (never in the plan, the database or a report). Leave it empty to delete the stored key.</source>
        <translation>Der %1-API-Schlüssel, im Schlüsselbund des Systems aufbewahrt (nie im Plan, in der Datenbank oder einem Bericht). Leer lassen, um den gespeicherten Schlüssel zu löschen.</translation>
    </message>
</context>
<context>
    <name>Quorum::LeaderboardModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>%1 of %2 scored answers passed; 95% bootstrap interval over scenarios</source>
        <translation>%1 von %2 bewerteten Antworten bestanden; 95-%-Bootstrap-Intervall über Szenarien</translation>
    </message>
    <message>
        <source>Bradley–Terry rating from head-to-head jury scores (each pair that met also counts one tie, so a variant that wins every game has a large but finite rating); 95% interval %1</source>
        <translation>Bradley-Terry-Rating aus direkten Jury-Vergleichen (jedes Paar, das sich traf, zählt zusätzlich ein Unentschieden, sodass eine Variante, die jedes Spiel gewinnt, ein großes, aber endliches Rating hat); 95-%-Intervall %1</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Cost / answer</source>
        <translation>Kosten / Antwort</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Jury score</source>
        <translation>Jury-Note</translation>
    </message>
    <message>
        <source>Model variant</source>
        <translation>Modellvariante</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Success (95% CI)</source>
        <translation>Erfolg (95-%-KI)</translation>
    </message>
    <message>
        <source>TTFT p50 / p90 ms</source>
        <translation>TTFT p50 / p90 ms</translation>
    </message>
    <message>
        <source>TTLB p50 / p90 ms</source>
        <translation>TTLB p50 / p90 ms</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <source> (the queued runs are not started)</source>
        <translation> (die wartenden Läufe werden nicht gestartet)</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Quorum</source>
        <translation>%1 (%2)[*] — Quorum</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) or judge(s) cannot be reached: run without them?</source>
        <translation>
            <numerusform>%n Modell oder Richter ist nicht erreichbar: ohne es laufen?</numerusform>
            <numerusform>%n Modelle oder Richter sind nicht erreichbar: ohne sie laufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) could not be optimized: the originals are used (see the run&apos;s events)</source>
        <translation>
            <numerusform>%n Prompt konnte nicht optimiert werden: das Original wird verwendet (siehe die Ereignisse des Laufs)</numerusform>
            <numerusform>%n Prompts konnten nicht optimiert werden: die Originale werden verwendet (siehe die Ereignisse des Laufs)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation>&amp;Über Quorum</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>Läufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Judges…</source>
        <translation>&amp;Richter…</translation>
    </message>
    <message>
        <source>&amp;Jury</source>
        <translation>&amp;Jury</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Run Plan</source>
        <translation>Plan &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Save Plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <source>&amp;Scenarios…</source>
        <translation>&amp;Szenarien…</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Validate Files…</source>
        <translation>Dateien &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quorum %1&lt;/b&gt;&lt;p&gt;A workbench for choosing a large language model: run scenarios against models, have a jury score every answer, compare latency, cost and quality.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Quorum %1&lt;/b&gt;&lt;p&gt;Eine Werkbank für die Wahl eines großen Sprachmodells: Szenarien gegen Modelle laufen lassen, jede Antwort von einer Jury bewerten lassen, Latenz, Kosten und Qualität vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation>Über Quorum</translation>
    </message>
    <message>
        <source>Add Model from &amp;Catalog…</source>
        <translation>Modell aus dem &amp;Katalog hinzufügen…</translation>
    </message>
    <message>
        <source>Added %1 to the plan&apos;s models</source>
        <translation>%1 zu den Modellen des Plans hinzugefügt</translation>
    </message>
    <message>
        <source>Call every model on every scenario, have the jury score the answers, and store it all</source>
        <translation>Jedes Modell mit jedem Szenario aufrufen, die Antworten von der Jury bewerten lassen und alles speichern</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Kann den Plan nicht speichern</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n file(s): </source>
        <translation>
            <numerusform>%n Datei geprüft: </numerusform>
            <numerusform>%n Dateien geprüft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Prüfe %n Datei…</numerusform>
            <numerusform>Prüfe %n Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Quorum while run %1 is in progress?</source>
        <translation>Quorum schließen, während Lauf %1 im Gange ist?</translation>
    </message>
    <message>
        <source>Close When Done</source>
        <translation>Schließen, wenn fertig</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import Scenarios</source>
        <translation>Szenarien importieren</translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>%1 importiert (%2)</translation>
    </message>
    <message>
        <source>Judge &amp;Questions…</source>
        <translation>Richter&amp;fragen…</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>Nothing to run</source>
        <translation>Nichts auszuführen</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Team Store…</source>
        <translation>&amp;Team-Speicher öffnen…</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Open Team Store</source>
        <translation>Team-Speicher öffnen</translation>
    </message>
    <message>
        <source>Open a database first (File › Open Database…).</source>
        <translation>Öffnen Sie zuerst eine Datenbank (Datei › Datenbank öffnen…).</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Preparing to resume run %1…</source>
        <translation>Bereite die Fortsetzung von Lauf %1 vor…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>Queued: it starts when run %1 is done (%n waiting).</source>
        <translation>
            <numerusform>In der Warteschlange: startet, wenn Lauf %1 fertig ist (%n wartet).</numerusform>
            <numerusform>In der Warteschlange: startet, wenn Lauf %1 fertig ist (%n warten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: it starts when the run being prepared is done (%n waiting).</source>
        <translation>
            <numerusform>In der Warteschlange: Er startet, wenn der Lauf in Vorbereitung fertig ist (%n wartet).</numerusform>
            <numerusform>In der Warteschlange: Er startet, wenn der Lauf in Vorbereitung fertig ist (%n warten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum closes when run %1 is done.</source>
        <translation>Quorum schließt, wenn Lauf %1 fertig ist.</translation>
    </message>
    <message>
        <source>Quorum database (*.sqlite);;All files (*)</source>
        <translation>Quorum-Datenbank (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Quorum uses %1 from its next start.</source>
        <translation>Quorum verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Re&amp;view the Jury</source>
        <translation>Jury &amp;prüfen</translation>
    </message>
    <message>
        <source>Re-judge run %1 with the judges of…</source>
        <translation>Lauf %1 neu bewerten mit den Richtern von…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Reading run %1 and the judges…</source>
        <translation>Lese Lauf %1 und die Richter…</translation>
    </message>
    <message>
        <source>Recording the run…</source>
        <translation>Zeichne den Lauf auf…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run %1 cannot be re-judged</source>
        <translation>Lauf %1 kann nicht neu bewertet werden</translation>
    </message>
    <message>
        <source>Run %1 is in progress</source>
        <translation>Lauf %1 ist im Gange</translation>
    </message>
    <message>
        <source>Run &amp;Settings</source>
        <translation>Lauf&amp;einstellungen</translation>
    </message>
    <message>
        <source>Run Without Them</source>
        <translation>Ohne sie laufen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Save Plan &amp;As…</source>
        <translation>Plan speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Some models cannot be reached</source>
        <translation>Einige Modelle sind nicht erreichbar</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <source>Stop and Close finishes the calls in flight, stores them and closes; the run can be resumed later from the Runs page. Close When Done lets the run finish first%1.</source>
        <translation>„Anhalten und schließen“ beendet die laufenden Aufrufe, speichert sie und schließt; der Lauf kann später auf der Seite „Läufe“ fortgesetzt werden. „Schließen, wenn fertig“ lässt den Lauf zuerst zu Ende gehen%1.</translation>
    </message>
    <message>
        <source>Stopping run %1: finishing the calls in flight…</source>
        <translation>Halte Lauf %1 an: beende die laufenden Aufrufe…</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>Team-Speicher: %1</translation>
    </message>
    <message>
        <source>The judges file names no judge.</source>
        <translation>Die Richterdatei nennt keinen Richter.</translation>
    </message>
    <message>
        <source>The plan cannot run: %1. Open a plan, or add scenarios, models and judges in the Setup tabs, or set the plan to latency only.</source>
        <translation>Der Plan kann nicht laufen: %1. Öffnen Sie einen Plan, fügen Sie in den Einrichtungsreitern Szenarien, Modelle und Richter hinzu oder stellen Sie den Plan auf nur Latenz.</translation>
    </message>
    <message>
        <source>The plan has problems and cannot be saved as it is: %1</source>
        <translation>Der Plan hat Probleme und kann so nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The plan has problems; fix them first: %1</source>
        <translation>Der Plan hat Probleme; beheben Sie sie zuerst: %1</translation>
    </message>
    <message>
        <source>The run cannot start</source>
        <translation>Der Lauf kann nicht starten</translation>
    </message>
    <message>
        <source>The team store&apos;s URL (its password comes from the keychain, PGPASSWORD or ~/.pgpass):</source>
        <translation>Die URL des Team-Speichers (sein Passwort kommt aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass):</translation>
    </message>
    <message>
        <source>These did not answer a one-line test call, and nothing is left to run without them:</source>
        <translation>Diese antworteten nicht auf einen einzeiligen Testaufruf, und ohne sie bleibt nichts zu tun:</translation>
    </message>
    <message>
        <source>These did not answer a one-line test call:</source>
        <translation>Diese antworteten nicht auf einen einzeiligen Testaufruf:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2; the old file is kept as %3</source>
        <translation>%1 von Version %2 aktualisiert; die alte Datei bleibt als %3</translation>
    </message>
    <message>
        <source>Validate Files</source>
        <translation>Dateien prüfen</translation>
    </message>
    <message>
        <source>Wait for run %1 to finish, or stop it, before starting another.</source>
        <translation>Warten Sie, bis Lauf %1 fertig ist, oder halten Sie ihn an, bevor Sie einen weiteren starten.</translation>
    </message>
    <message>
        <source>Without saving, they are lost.</source>
        <translation>Ohne Speichern gehen sie verloren.</translation>
    </message>
    <message>
        <source>demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>re-judge of run %1</source>
        <translation>Neubewertung von Lauf %1</translation>
    </message>
    <message>
        <source>the demo workspace</source>
        <translation>der Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>the plan of run %1</source>
        <translation>der Plan von Lauf %1</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>Quorum::PlanDocument</name>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Judge prompt template</source>
        <translation>Prompt-Vorlage der Richter</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>Quorum::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Quorum::ProblemsPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no problems.</source>
        <translation>%1: keine Probleme.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
<context>
    <name>Quorum::ProfileForm</name>
    <message>
        <source>%1  —  %2 (%3)</source>
        <translation>%1  —  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is unavailable here (%2)</source>
        <translation>%1 ist hier nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>%1. List price %2, from %3.</source>
        <translation>%1. Listenpreis %2, aus %3.</translation>
    </message>
    <message>
        <source>%1. The catalog has no %2 price for it: enter the price you pay.</source>
        <translation>%1. Der Katalog kennt keinen %2-Preis dafür: geben Sie den Preis ein, den Sie zahlen.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Input $ per 1K tokens:</source>
        <translation>&amp;Eingabe $ je 1K Token:</translation>
    </message>
    <message>
        <source>&amp;Model id:</source>
        <translation>&amp;Modell-ID:</translation>
    </message>
    <message>
        <source>&amp;Output $ per 1K tokens:</source>
        <translation>&amp;Ausgabe $ je 1K Token:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>A model needs at least one tier; use Remove to take the model away.</source>
        <translation>Ein Modell braucht mindestens eine Stufe; nehmen Sie das Modell mit Entfernen weg.</translation>
    </message>
    <message>
        <source>API key &amp;variable:</source>
        <translation>API-Schlüssel-&amp;Variable:</translation>
    </message>
    <message>
        <source>Add a judge, or import a 360-eval judge profile file.</source>
        <translation>Fügen Sie einen Richter hinzu oder importieren Sie eine 360-eval-Richterprofildatei.</translation>
    </message>
    <message>
        <source>Add a model, or import a 360-eval model profile file.</source>
        <translation>Fügen Sie ein Modell hinzu oder importieren Sie eine 360-eval-Modellprofildatei.</translation>
    </message>
    <message>
        <source>Add the %1 tier of %2</source>
        <translation>Die Stufe %1 von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Each checked tier is a variant of its own</source>
        <translation>Jede angehakte Stufe ist eine eigene Variante</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Not in Quorum&apos;s list of well-known models: check the id and enter the prices.</source>
        <translation>Nicht in Quorums Liste bekannter Modelle: prüfen Sie die ID und geben Sie die Preise ein.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Remove the %1 tier of %2</source>
        <translation>Die Stufe %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Service tiers:</source>
        <translation>Dienststufen:</translation>
    </message>
    <message>
        <source>Target R&amp;PM:</source>
        <translation>Ziel-R&amp;PM:</translation>
    </message>
    <message>
        <source>Type a model id, or pick one of the well-known models from the list (their prices come with them).</source>
        <translation>Geben Sie eine Modell-ID ein oder wählen Sie eines der bekannten Modelle aus der Liste (ihre Preise kommen mit).</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>model@region, as elsewhere in Quorum</source>
        <translation>Modell@Region, wie überall in Quorum</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>the provider&apos;s own endpoint</source>
        <translation>der eigene Endpunkt des Anbieters</translation>
    </message>
    <message>
        <source>the provider&apos;s usual variable</source>
        <translation>die übliche Variable des Anbieters</translation>
    </message>
    <message>
        <source>unknown: enter the list price</source>
        <translation>unbekannt: geben Sie den Listenpreis ein</translation>
    </message>
</context>
<context>
    <name>Quorum::ProfilesPage</name>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1 &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Probe Tiers</source>
        <translation>Stufen &amp;erkunden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add %1 from the catalog</source>
        <translation>%1 aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Add a judge</source>
        <translation>Einen Richter hinzufügen</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Ein Modell hinzufügen</translation>
    </message>
    <message>
        <source>Ask each selected model and region which service tiers it serves (one small call per tier; cached)</source>
        <translation>Jedes gewählte Modell und jede Region fragen, welche Dienststufen sie bedienen (ein kleiner Aufruf je Stufe; zwischengespeichert)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Fix the rows marked with a warning first: only profiles that read are exported.</source>
        <translation>Korrigieren Sie zuerst die mit einer Warnung markierten Zeilen: nur lesbare Profile werden exportiert.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1</source>
        <translation>
            <numerusform>%n Profil aus %1 importiert</numerusform>
            <numerusform>%n Profile aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Richter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message numerus="yes">
        <source>Probed %n tier(s); %1 unavailable.</source>
        <translation>
            <numerusform>%n Stufe erkundet; %1 nicht verfügbar.</numerusform>
            <numerusform>%n Stufen erkundet; %1 nicht verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probed, but the cache could not be written: %1</source>
        <translation>Erkundet, aber der Zwischenspeicher konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Probing the service tiers of %n model(s)…</source>
        <translation>
            <numerusform>Erkunde die Dienststufen von %n Modell…</numerusform>
            <numerusform>Erkunde die Dienststufen von %n Modellen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles (*.jsonl);;All files (*)</source>
        <translation>Profile (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>%n Zeile entfernen</numerusform>
            <numerusform>%n Zeilen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::Report</name>
    <message>
        <source> — read more than %1 days before the run: check it</source>
        <translation> — mehr als %1 Tage vor dem Lauf gelesen: prüfen Sie ihn</translation>
    </message>
    <message>
        <source>%1 %2: %3 / %4 per million tokens, read %5 from %6 (catalog %7)</source>
        <translation>%1 %2: %3 / %4 je Million Token, gelesen am %5 aus %6 (Katalog %7)</translation>
    </message>
    <message>
        <source>%1 calls failed.</source>
        <translation>%1 Aufrufe schlugen fehl.</translation>
    </message>
    <message>
        <source>%1 of the run&apos;s %2 invocations, in work-item order.</source>
        <translation>%1 der %2 Aufrufe des Laufs, in Reihenfolge der Arbeitsschritte.</translation>
    </message>
    <message>
        <source>%1 runs · Quorum %2</source>
        <translation>%1 Läufe · Quorum %2</translation>
    </message>
    <message>
        <source>%1 scenarios, %2 invocations, %3 failed</source>
        <translation>%1 Szenarien, %2 Aufrufe, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · run %2</source>
        <translation>%1 · Lauf %2</translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation>%1 „%2“, %3</translation>
    </message>
    <message>
        <source>%1, scenario %2: %3</source>
        <translation>%1, Szenario %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Across the runs</source>
        <translation>Über die Läufe hinweg</translation>
    </message>
    <message>
        <source>Appendix: invocations</source>
        <translation>Anhang: Aufrufe</translation>
    </message>
    <message>
        <source>By task type</source>
        <translation>Nach Aufgabentyp</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Created · started · finished</source>
        <translation>Angelegt · gestartet · beendet</translation>
    </message>
    <message>
        <source>Disputed across experiments (%1 variant × scenario cells)</source>
        <translation>Umstritten über Experimente hinweg (%1 Zellen Variante × Szenario)</translation>
    </message>
    <message>
        <source>Disputed answers (%1)</source>
        <translation>Umstrittene Antworten (%1)</translation>
    </message>
    <message>
        <source>Each variant on each task type</source>
        <translation>Jede Variante bei jedem Aufgabentyp</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Every judged scenario is of one task type, %1: the claims above are its claims.</source>
        <translation>Jedes bewertete Szenario hat einen Aufgabentyp, %1: die Aussagen oben sind seine Aussagen.</translation>
    </message>
    <message>
        <source>Examples (%1 of %2 failed calls)</source>
        <translation>Beispiele (%1 von %2 fehlgeschlagenen Aufrufen)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <source>How the run was made</source>
        <translation>Wie der Lauf gemacht wurde</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Jury health</source>
        <translation>Gesundheit der Jury</translation>
    </message>
    <message>
        <source>Jury, in all</source>
        <translation>Jury, insgesamt</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Setze den Bericht…</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>List prices</source>
        <translation>Listenpreise</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittlere Note</translation>
    </message>
    <message>
        <source>Milliseconds; percentiles over each variant&apos;s successful calls.</source>
        <translation>Millisekunden; Perzentile über die erfolgreichen Aufrufe jeder Variante.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model variant</source>
        <translation>Modellvariante</translation>
    </message>
    <message>
        <source>Model variant · run</source>
        <translation>Modellvariante · Lauf</translation>
    </message>
    <message>
        <source>Model variants</source>
        <translation>Modellvarianten</translation>
    </message>
    <message>
        <source>Models, in all</source>
        <translation>Modelle, insgesamt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No answer of this run was judged: the figures below are what it measured.</source>
        <translation>Keine Antwort dieses Laufs wurde bewertet: die Zahlen unten sind das, was er gemessen hat.</translation>
    </message>
    <message>
        <source>No call failed.</source>
        <translation>Kein Aufruf schlug fehl.</translation>
    </message>
    <message>
        <source>None: the judges agreed within the dispute threshold on every answer.</source>
        <translation>Keine: die Richter waren sich bei jeder Antwort innerhalb der Streitschwelle einig.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Per answer</source>
        <translation>Je Antwort</translation>
    </message>
    <message>
        <source>Per passed answer</source>
        <translation>Je bestandene Antwort</translation>
    </message>
    <message>
        <source>Published scores beside your results</source>
        <translation>Veröffentlichte Werte neben Ihren Ergebnissen</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum report: %1</source>
        <translation>Quorum-Bericht: %1</translation>
    </message>
    <message>
        <source>Quorum report: %1 (%2 runs)</source>
        <translation>Quorum-Bericht: %1 (%2 Läufe)</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>Lese Lauf %1…</translation>
    </message>
    <message>
        <source>Regional performance</source>
        <translation>Leistung nach Region</translation>
    </message>
    <message>
        <source>Response fingerprint</source>
        <translation>Fingerabdruck der Antworten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 · %2 · made by Quorum %3 on %4 from the run&apos;s store; no model was asked to write it.</source>
        <translation>Lauf %1 · %2 · erstellt von Quorum %3 am %4 aus dem Speicher des Laufs; kein Modell wurde gebeten, ihn zu schreiben.</translation>
    </message>
    <message>
        <source>Run %1 “%2” · Quorum %3</source>
        <translation>Lauf %1 „%2“ · Quorum %3</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Runs %1 · made by Quorum %2 on %3 from the runs&apos; store; no model was asked to write it.</source>
        <translation>Läufe %1 · erstellt von Quorum %2 am %3 aus dem Speicher der Läufe; kein Modell wurde gebeten, ihn zu schreiben.</translation>
    </message>
    <message>
        <source>Scenario fingerprint</source>
        <translation>Fingerabdruck der Szenarien</translation>
    </message>
    <message>
        <source>Scenarios, invocations</source>
        <translation>Szenarien, Aufrufe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Spend (models and jury)</source>
        <translation>Ausgaben (Modelle und Jury)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Success (95 % CI)</source>
        <translation>Erfolg (95-%-KI)</translation>
    </message>
    <message>
        <source>Success here</source>
        <translation>Erfolg hier</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTLB p50</source>
        <translation>TTLB p50</translation>
    </message>
    <message>
        <source>Temperature and repeated experiments</source>
        <translation>Temperatur und wiederholte Experimente</translation>
    </message>
    <message>
        <source>The %1 widest spreads of %2.</source>
        <translation>Die %1 größten Streuungen von %2.</translation>
    </message>
    <message>
        <source>The first %1 of %2 listed.</source>
        <translation>Die ersten %1 von %2 aufgeführt.</translation>
    </message>
    <message>
        <source>The run has one experiment: nothing to compare across repeats.</source>
        <translation>Der Lauf hat ein Experiment: über Wiederholungen gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The runs evaluated the same scenarios (scenario fingerprint %1…).</source>
        <translation>Die Läufe bewerteten dieselben Szenarien (Szenario-Fingerabdruck %1…).</translation>
    </message>
    <message>
        <source>The same claims on each task type&apos;s scenarios alone: success with its 95% interval over that type&apos;s scenarios, the composite normalised within the type, latency as the mean over its answers.</source>
        <translation>Dieselben Aussagen allein für die Szenarien jedes Aufgabentyps: Erfolg mit 95-%-Intervall über die Szenarien des Typs, der Gesamtwert innerhalb des Typs normiert, die Latenz als Mittel über seine Antworten.</translation>
    </message>
    <message>
        <source>Tokens/s (median)</source>
        <translation>Token/s (Median)</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Schreibe Seite %1 von %2…</translation>
    </message>
    <message>
        <source>Writing the HTML report…</source>
        <translation>Schreibe den HTML-Bericht…</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>kann das PDF nicht schreiben</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>runs %1 and %2 did not evaluate the same scenarios (scenario fingerprints %3… and %4…): one report covers runs of the same plan</source>
        <translation>die Läufe %1 und %2 bewerteten nicht dieselben Szenarien (Szenario-Fingerabdrücke %3… und %4…): ein Bericht umfasst Läufe desselben Plans</translation>
    </message>
    <message>
        <source>“%1”, %2 · %3 scenarios · %4 model variants · %5 judges · %6 invocations</source>
        <translation>„%1“, %2 · %3 Szenarien · %4 Modellvarianten · %5 Richter · %6 Aufrufe</translation>
    </message>
</context>
<context>
    <name>Quorum::ReportDialog</name>
    <message>
        <source> invocations</source>
        <translation> Aufrufe</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Appendi&amp;x shows:</source>
        <translation>Anhan&amp;g zeigt:</translation>
    </message>
    <message>
        <source>Choose HTML, PDF or both.</source>
        <translation>Wählen Sie HTML, PDF oder beides.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Every invocation</source>
        <translation>Jeden Aufruf</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export the Report of Run %1</source>
        <translation>Den Bericht von Lauf %1 exportieren</translation>
    </message>
    <message>
        <source>Give each chosen output a file.</source>
        <translation>Geben Sie jeder gewählten Ausgabe eine Datei.</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keinen</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>The HTML and the PDF need two different files.</source>
        <translation>HTML und PDF brauchen zwei verschiedene Dateien.</translation>
    </message>
    <message>
        <source>The report of run %1 “%2”: computed from the store, no model is asked.</source>
        <translation>Der Bericht von Lauf %1 „%2“: aus dem Speicher berechnet, kein Modell wird gefragt.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>run-%1-report</source>
        <translation>lauf-%1-bericht</translation>
    </message>
</context>
<context>
    <name>Quorum::ReportExport</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>Lese Lauf %1…</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>The report of run %1 is written: %2, in %3.</source>
        <translation>Der Bericht von Lauf %1 ist geschrieben: %2, in %3.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::ReviewPage</name>
    <message>
        <source>%1 to review in run %2: %3 disputed, %4 where a judge failed, %5 sampled for calibration. Reviewed here: %6.</source>
        <translation>%1 zu prüfen in Lauf %2: %3 umstritten, %4 mit fehlgeschlagenem Richter, %5 als Stichprobe zur Kalibrierung. Hier geprüft: %6.</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Alle Varianten</translation>
    </message>
    <message>
        <source>Calibration &amp;sample:</source>
        <translation>Kalibrierungs&amp;stichprobe:</translation>
    </message>
    <message>
        <source>Cannot read the agreement: %1</source>
        <translation>Kann die Übereinstimmung nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot read the review queue: %1</source>
        <translation>Kann die Prüfliste nicht lesen: %1</translation>
    </message>
    <message>
        <source>How many of the items the jury agreed on to draw at random, to check the jury where it is sure</source>
        <translation>Wie viele der Einträge, bei denen die Jury einig war, zufällig gezogen werden, um die Jury dort zu prüfen, wo sie sicher ist</translation>
    </message>
    <message>
        <source>Item %1 cannot be read.</source>
        <translation>Eintrag %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Judges against people</source>
        <translation>Richter gegen Menschen</translation>
    </message>
    <message>
        <source>Keys: &lt;b&gt;P&lt;/b&gt; pass · &lt;b&gt;F&lt;/b&gt; fail — then type the reason and press &lt;b&gt;Enter&lt;/b&gt; to save and go on · &lt;b&gt;W&lt;/b&gt; withdraw an override · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;J&lt;/b&gt; next · &lt;b&gt;K&lt;/b&gt; previous · &lt;b&gt;R&lt;/b&gt; the reason · &lt;b&gt;Esc&lt;/b&gt; back to the queue</source>
        <translation>Tasten: &lt;b&gt;P&lt;/b&gt; bestanden · &lt;b&gt;F&lt;/b&gt; nicht bestanden — dann den Grund tippen und mit &lt;b&gt;Enter&lt;/b&gt; speichern und weiter · &lt;b&gt;W&lt;/b&gt; Überschreibung zurückziehen · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;J&lt;/b&gt; nächster · &lt;b&gt;K&lt;/b&gt; voriger · &lt;b&gt;R&lt;/b&gt; der Grund · &lt;b&gt;Esc&lt;/b&gt; zurück zur Liste</translation>
    </message>
    <message>
        <source>No run to review yet: run an evaluation first.</source>
        <translation>Noch kein Lauf zu prüfen: führen Sie zuerst eine Bewertung aus.</translation>
    </message>
    <message>
        <source>Nothing to review in run %1: no disputed item, no failed judge, and no sample asked for.</source>
        <translation>In Lauf %1 gibt es nichts zu prüfen: kein umstrittener Eintrag, kein fehlgeschlagener Richter und keine Stichprobe verlangt.</translation>
    </message>
    <message>
        <source>On the items people reviewed: how often each judge&apos;s pass/fail (and the jury&apos;s) matches the people&apos;s, Cohen&apos;s κ (agreement beyond chance: 1 perfect, 0 no better than chance), and the 2 × 2 table</source>
        <translation>Bei den von Menschen geprüften Einträgen: wie oft das Bestanden/Nicht bestanden jedes Richters (und der Jury) mit dem der Menschen übereinstimmt, Cohens κ (Übereinstimmung über den Zufall hinaus: 1 vollkommen, 0 nicht besser als Zufall) und die 2×2-Tafel</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>L&amp;auf:</translation>
    </message>
    <message>
        <source>Re&amp;load Queue</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
        <source>Reading the review queue of run %1…</source>
        <translation>Lese die Prüfliste von Lauf %1…</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>Select an item of the queue to read its prompt, golden answer, answer and every judge.</source>
        <translation>Wählen Sie einen Eintrag der Liste, um Prompt, Musterantwort, Antwort und jeden Richter zu lesen.</translation>
    </message>
</context>
<context>
    <name>Quorum::ReviewQueueModel</name>
    <message>
        <source>At least one judge&apos;s verdict failed or could not be read</source>
        <translation>Das Urteil mindestens eines Richters schlug fehl oder war nicht lesbar</translation>
    </message>
    <message>
        <source>Drawn at random (a fixed seed) to check the jury where it agrees</source>
        <translation>Zufällig gezogen (fester Startwert), um die Jury dort zu prüfen, wo sie einig ist</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Jury score</source>
        <translation>Jury-Note</translation>
    </message>
    <message>
        <source>Model variant</source>
        <translation>Modellvariante</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>The item&apos;s id, as quorum-cli override set and override history take it</source>
        <translation>Die ID des Eintrags, wie quorum-cli override set und override history sie nehmen</translation>
    </message>
    <message>
        <source>The judges disagree past the dispute threshold</source>
        <translation>Die Richter weichen über die Streitschwelle hinaus voneinander ab</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation>Ihr Urteil</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
</context>
<context>
    <name>Quorum::RunCharts</name>
    <message>
        <source>&amp;Distribution of</source>
        <translation>&amp;Verteilung von</translation>
    </message>
    <message>
        <source>&amp;Variants on the radar</source>
        <translation>&amp;Varianten im Netzdiagramm</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Dekodiergeschwindigkeit</translation>
    </message>
    <message>
        <source>Distribution of</source>
        <translation>Verteilung von</translation>
    </message>
    <message>
        <source>Jury score</source>
        <translation>Jury-Note</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Time to last byte</source>
        <translation>Zeit bis zum letzten Byte</translation>
    </message>
</context>
<context>
    <name>Quorum::RunController</name>
    <message>
        <source>cannot record the run: %1</source>
        <translation>kann den Lauf nicht aufzeichnen: %1</translation>
    </message>
    <message>
        <source>cannot set the failed work items of run %1 to run again: %2</source>
        <translation>kann die fehlgeschlagenen Arbeitsschritte von Lauf %1 nicht erneut ansetzen: %2</translation>
    </message>
    <message>
        <source>no run store is open</source>
        <translation>kein Laufspeicher ist geöffnet</translation>
    </message>
    <message>
        <source>run %1 holds answers read from a file, and its models must not be called: judge the file again with quorum-cli judge</source>
        <translation>Lauf %1 enthält aus einer Datei gelesene Antworten, und seine Modelle dürfen nicht aufgerufen werden: bewerten Sie die Datei erneut mit quorum-cli judge</translation>
    </message>
    <message>
        <source>run %1 in the database does not match its stored plan</source>
        <translation>Lauf %1 in der Datenbank passt nicht zu seinem gespeicherten Plan</translation>
    </message>
    <message>
        <source>run %1 stopped: the store could not write (%2). The %3 of %4 work items stored before are kept; make room (or fix the store), then resume it: Resume on the Runs page, or quorum-cli run --resume %1</source>
        <translation>Lauf %1 angehalten: der Speicher konnte nicht schreiben (%2). Die %3 von %4 zuvor gespeicherten Arbeitsschritte bleiben erhalten; schaffen Sie Platz (oder beheben Sie das Problem des Speichers) und setzen Sie ihn dann fort: Fortsetzen auf der Seite „Läufe“ oder quorum-cli run --resume %1</translation>
    </message>
    <message>
        <source>run %1&apos;s stored plan cannot be read</source>
        <translation>Der gespeicherte Plan von Lauf %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>the store reported: %1</source>
        <translation>der Speicher meldete: %1</translation>
    </message>
    <message>
        <source>work item %1 runs again; it had failed (%2): %3</source>
        <translation>Arbeitsschritt %1 läuft erneut; er war fehlgeschlagen (%2): %3</translation>
    </message>
</context>
<context>
    <name>Quorum::RunHistory</name>
    <message numerus="yes">
        <source>%n run(s) in %1.</source>
        <translation>
            <numerusform>%n Lauf in %1.</numerusform>
            <numerusform>%n Läufe in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Baseline name (pinning a name again moves it to this run):</source>
        <translation>Name der Basis (erneutes Festlegen eines Namens verschiebt ihn auf diesen Lauf):</translation>
    </message>
    <message>
        <source>Cannot read runs from %1: %2</source>
        <translation>Kann keine Läufe aus %1 lesen: %2</translation>
    </message>
    <message>
        <source>Delete run %1?</source>
        <translation>Lauf %1 löschen?</translation>
    </message>
    <message>
        <source>Delete the selected run and everything stored with it</source>
        <translation>Den gewählten Lauf und alles mit ihm Gespeicherte löschen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Deleting run %1…</source>
        <translation>Lösche Lauf %1…</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Find runs by name, status, number or fingerprint</source>
        <translation>Läufe nach Name, Status, Nummer oder Fingerabdruck finden</translation>
    </message>
    <message>
        <source>Finish the missing work of the selected run</source>
        <translation>Die fehlende Arbeit des gewählten Laufs abschließen</translation>
    </message>
    <message>
        <source>Loading runs from %1…</source>
        <translation>Lade Läufe aus %1…</translation>
    </message>
    <message>
        <source>Name the selected run as a baseline: quorum-cli run --baseline NAME then fails (exit 3) when a later run is significantly worse</source>
        <translation>Den gewählten Lauf als Basis benennen: quorum-cli run --baseline NAME schlägt dann fehl (Exit 3), wenn ein späterer Lauf deutlich schlechter ist</translation>
    </message>
    <message>
        <source>No database is open. Use File › Open Database…</source>
        <translation>Keine Datenbank geöffnet. Verwenden Sie Datei › Datenbank öffnen…</translation>
    </message>
    <message>
        <source>No runs yet in %1. Runs appear here as soon as they start.</source>
        <translation>Noch keine Läufe in %1. Läufe erscheinen hier, sobald sie starten.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Open the plan that made the selected run in the Workspace, to change it or run it again</source>
        <translation>Den Plan, der den gewählten Lauf erzeugt hat, im Arbeitsbereich öffnen, um ihn zu ändern oder erneut auszuführen</translation>
    </message>
    <message>
        <source>Pin Run %1 as Baseline</source>
        <translation>Lauf %1 als Basis festlegen</translation>
    </message>
    <message>
        <source>Pin as Baseline…</source>
        <translation>Als Basis festlegen…</translation>
    </message>
    <message>
        <source>Re-judge…</source>
        <translation>Neu bewerten…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <source>Run %1 is the baseline “%2”: quorum-cli run --baseline %2 checks later runs against it.</source>
        <translation>Lauf %1 ist die Basis „%2“: quorum-cli run --baseline %2 prüft spätere Läufe gegen sie.</translation>
    </message>
    <message>
        <source>Run %1 was not deleted: %2</source>
        <translation>Lauf %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Run %1 was not pinned: %2</source>
        <translation>Lauf %1 wurde nicht festgelegt: %2</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 “%2” and everything stored with it (%n invocation(s), their verdicts, attempts and errors) will be deleted from %3. This cannot be undone.</source>
        <translation>
            <numerusform>Lauf %1 „%2“ und alles mit ihm Gespeicherte (%n Aufruf, seine Urteile, Versuche und Fehler) werden aus %3 gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Lauf %1 „%2“ und alles mit ihm Gespeicherte (%n Aufrufe, ihre Urteile, Versuche und Fehler) werden aus %3 gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the selected run&apos;s answers again with another jury, without calling its models</source>
        <translation>Die Antworten des gewählten Laufs mit einer anderen Jury neu bewerten, ohne seine Modelle aufzurufen</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s report as one HTML file to send to anyone: figures, charts and answers</source>
        <translation>Den Bericht des gewählten Laufs als eine HTML-Datei schreiben, die man jedem schicken kann: Zahlen, Diagramme und Antworten</translation>
    </message>
</context>
<context>
    <name>Quorum::RunPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 × &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>%1 × &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>%n weiterer wartet</numerusform>
            <numerusform>%n weitere warten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Parallel per model:</source>
        <translation>&amp;Parallel je Modell:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Concurrent calls per model variant; change it while the run goes on.</source>
        <translation>Gleichzeitige Aufrufe je Modellvariante; änderbar, während der Lauf weitergeht.</translation>
    </message>
    <message>
        <source>Failed calls (recorded; click a class for its records): %1</source>
        <translation>Fehlgeschlagene Aufrufe (erfasst; klicken Sie eine Klasse für ihre Einträge): %1</translation>
    </message>
    <message>
        <source>Finish the calls in flight, start no new ones; the run can be resumed later.</source>
        <translation>Die laufenden Aufrufe beenden, keine neuen starten; der Lauf kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>The leaderboard of what is stored so far, every few seconds</source>
        <translation>Die Rangliste des bisher Gespeicherten, alle paar Sekunden</translation>
    </message>
    <message>
        <source>Waiting for the first answers…</source>
        <translation>Warte auf die ersten Antworten…</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>stopped — resume it from the Runs page</source>
        <translation>angehalten — setzen Sie ihn auf der Seite „Läufe“ fort</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>halte an…</translation>
    </message>
</context>
<context>
    <name>Quorum::RunSettingsForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 experiments</source>
        <translation>%1 Experimente</translation>
    </message>
    <message>
        <source>%1 invocations</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message>
        <source>%1 model variants</source>
        <translation>%1 Modellvarianten</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 Szenarien</translation>
    </message>
    <message>
        <source>%1 temperatures</source>
        <translation>%1 Temperaturen</translation>
    </message>
    <message>
        <source>&amp;Budget cap:</source>
        <translation>&amp;Budgetgrenze:</translation>
    </message>
    <message>
        <source>&amp;Experiments:</source>
        <translation>&amp;Experimente:</translation>
    </message>
    <message>
        <source>&amp;Invocations per scenario:</source>
        <translation>&amp;Aufrufe je Szenario:</translation>
    </message>
    <message>
        <source>&amp;Latency only: no jury</source>
        <translation>Nur &amp;Latenz: keine Jury</translation>
    </message>
    <message>
        <source>&amp;Max output tokens:</source>
        <translation>&amp;Max. Ausgabe-Token:</translation>
    </message>
    <message>
        <source>&amp;Parallel calls per model:</source>
        <translation>&amp;Parallele Aufrufe je Modell:</translation>
    </message>
    <message>
        <source>&amp;Stream answers (measures time to first token)</source>
        <translation>Antworten &amp;streamen (misst die Zeit bis zum ersten Token)</translation>
    </message>
    <message>
        <source>&amp;Wait between experiments:</source>
        <translation>&amp;Pause zwischen Experimenten:</translation>
    </message>
    <message>
        <source>1 experiment</source>
        <translation>1 Experiment</translation>
    </message>
    <message>
        <source>1 invocation</source>
        <translation>1 Aufruf</translation>
    </message>
    <message>
        <source>1 model variant</source>
        <translation>1 Modellvariante</translation>
    </message>
    <message>
        <source>1 scenario</source>
        <translation>1 Szenario</translation>
    </message>
    <message>
        <source>1 temperature</source>
        <translation>1 Temperatur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; judge calls</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Richteraufrufe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; model calls</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Modellaufrufe</translation>
    </message>
    <message>
        <source>&lt;i&gt;Counts only what is valid so far.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Zählt nur, was bisher gültig ist.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d55e00&apos;&gt;over the %1 budget cap: the run stops when it is spent&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d55e00&apos;&gt;über der Budgetgrenze von %1: der Lauf hält an, wenn sie aufgebraucht ist&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Base &amp;temperature:</source>
        <translation>Basis&amp;temperatur:</translation>
    </message>
    <message>
        <source>Bedrock&apos;s prompt optimization: optimized prompts only, or each Bedrock model twice (as asked and optimized)</source>
        <translation>Bedrocks Prompt-Optimierung: nur optimierte Prompts oder jedes Bedrock-Modell zweimal (wie gefragt und optimiert)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Deterministic scorers (beside or instead of the jury):</source>
        <translation>Deterministische Bewerter (neben oder statt der Jury):</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Prompt &amp;optimization:</source>
        <translation>Prompt-&amp;Optimierung:</translation>
    </message>
    <message>
        <source>Send the scenarios&apos; &amp;images (vision)</source>
        <translation>Die &amp;Bilder der Szenarien senden (Vision)</translation>
    </message>
    <message>
        <source>Temperature &amp;variations each side:</source>
        <translation>Temperatur&amp;variationen je Seite:</translation>
    </message>
    <message>
        <source>Temperatures: %1 (a scenario&apos;s own temperature replaces the base)</source>
        <translation>Temperaturen: %1 (die eigene Temperatur eines Szenarios ersetzt die Basis)</translation>
    </message>
    <message>
        <source>The output-token cap of a scenario that names none (its expected output tokens win)</source>
        <translation>Die Ausgabe-Token-Grenze eines Szenarios, das keine nennt (seine erwarteten Ausgabe-Token gehen vor)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>no judge calls (latency only)</source>
        <translation>keine Richteraufrufe (nur Latenz)</translation>
    </message>
</context>
<context>
    <name>Quorum::RunSummaryView</name>
    <message>
        <source>Computing the figures of run %1…</source>
        <translation>Berechne die Zahlen von Lauf %1…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Published scores beside your results</source>
        <translation>Veröffentlichte Werte neben Ihren Ergebnissen</translation>
    </message>
    <message>
        <source>Run %1 has no judged answer yet: the leaderboard and the charts show what it measured.</source>
        <translation>Lauf %1 hat noch keine bewertete Antwort: Rangliste und Diagramme zeigen, was er gemessen hat.</translation>
    </message>
    <message>
        <source>Success here</source>
        <translation>Erfolg hier</translation>
    </message>
</context>
<context>
    <name>Quorum::RunTableModel</name>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Richter</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Scenario fingerprint %1: runs of the same scenarios share it</source>
        <translation>Szenario-Fingerabdruck %1: Läufe derselben Szenarien teilen ihn</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenarios&apos; fingerprint</source>
        <translation>Fingerabdruck der Szenarien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Quorum::RunWorker</name>
    <message>
        <source>there is no answer to judge for this model and scenario</source>
        <translation>für dieses Modell und Szenario gibt es keine zu bewertende Antwort</translation>
    </message>
</context>
<context>
    <name>Quorum::RunsPage</name>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Jury only</source>
        <translation>Nur &amp;Jury</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>&amp;Rangliste</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;success</source>
        <translation>&amp;Erfolg</translation>
    </message>
    <message>
        <source>&amp;throughput</source>
        <translation>&amp;Durchsatz</translation>
    </message>
    <message>
        <source>360-eval&apos;s weights: success 1, latency 0.5, cost 0.5, throughput 0</source>
        <translation>Gewichte von 360-eval: Erfolg 1, Latenz 0,5, Kosten 0,5, Durchsatz 0</translation>
    </message>
    <message>
        <source>Against people, %1 (each judge: Run › Review the Jury).</source>
        <translation>Gegen Menschen, %1 (jeder Richter: Lauf › Jury prüfen).</translation>
    </message>
    <message>
        <source>All task types</source>
        <translation>Alle Aufgabentypen</translation>
    </message>
    <message>
        <source>Cannot read every figure of run %1: %2</source>
        <translation>Nicht alle Kennzahlen von Lauf %1 sind lesbar: %2</translation>
    </message>
    <message>
        <source>Click a heading to sort; double-click a variant (or press Enter) to list its invocations</source>
        <translation>Klicken Sie eine Überschrift zum Sortieren; doppelklicken Sie eine Variante (oder drücken Sie Enter), um ihre Aufrufe aufzulisten</translation>
    </message>
    <message>
        <source>Composite weights:</source>
        <translation>Gewichte des Gesamtwerts:</translation>
    </message>
    <message>
        <source>Computing the leaderboard of run %1…</source>
        <translation>Berechne die Rangliste von Lauf %1…</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Each variant on the scenarios of each task type</source>
        <translation>Jede Variante bei den Szenarien jedes Aufgabentyps</translation>
    </message>
    <message>
        <source>Each variant&apos;s figures over the runs of the same scenarios or of a baseline&apos;s lineage; the run&apos;s repeats and the items whose verdict flips</source>
        <translation>Die Zahlen jeder Variante über die Läufe derselben Szenarien oder der Abstammung einer Basis; die Wiederholungen des Laufs und die Einträge, deren Urteil wechselt</translation>
    </message>
    <message>
        <source>Every figure grouped by temperature</source>
        <translation>Jede Zahl nach Temperatur gruppiert</translation>
    </message>
    <message>
        <source>Every invocation of the run, filtered; each one&apos;s prompt, answer, verdicts and attempts</source>
        <translation>Jeder Aufruf des Laufs, gefiltert; von jedem Prompt, Antwort, Urteile und Versuche</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Experiments (%1 disputed)</source>
        <translation>Experimente (%1 umstritten)</translation>
    </message>
    <message>
        <source>Latency per region, then per model × region × tier</source>
        <translation>Latenz je Region, dann je Modell × Region × Stufe</translation>
    </message>
    <message>
        <source>Leaderboard of the task &amp;type:</source>
        <translation>Rangliste des Aufgaben&amp;typs:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Repeated experiments: the median per variant and scenario, disputed when the spread exceeds the threshold</source>
        <translation>Wiederholte Experimente: der Median je Variante und Szenario, umstritten, wenn die Streuung die Schwelle übersteigt</translation>
    </message>
    <message>
        <source>Select a run to see its leaderboard.</source>
        <translation>Wählen Sie einen Lauf, um seine Rangliste zu sehen.</translation>
    </message>
    <message>
        <source>Success with its 95% interval, cost against quality, success by task type, the jury&apos;s dimensions, latency by region, ratings; click a mark to list the invocations behind it</source>
        <translation>Erfolg mit 95-%-Intervall, Kosten gegen Qualität, Erfolg nach Aufgabentyp, die Dimensionen der Jury, Latenz nach Region, Ratings; klicken Sie eine Marke, um die Aufrufe dahinter aufzulisten</translation>
    </message>
    <message>
        <source>Task types</source>
        <translation>Aufgabentypen</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturen</translation>
    </message>
    <message>
        <source>The jury&apos;s own verdicts and scores, leaving out people&apos;s overrides (as quorum-cli&apos;s --jury-only)</source>
        <translation>Die eigenen Urteile und Noten der Jury, ohne Überschreibungen durch Menschen (wie --jury-only von quorum-cli)</translation>
    </message>
    <message>
        <source>Which model to use: each verdict beside the chart that shows it</source>
        <translation>Welches Modell: jedes Urteil neben dem Diagramm, das es zeigt</translation>
    </message>
    <message>
        <source>c&amp;ost</source>
        <translation>K&amp;osten</translation>
    </message>
    <message>
        <source>composite = success × w₁ + (1 − TTLB / slowest) × w₂ + (1 − cost / dearest) × w₃ + (tokens/s / fastest) × w₄</source>
        <translation>Gesamtwert = Erfolg × w₁ + (1 − TTLB / langsamste) × w₂ + (1 − Kosten / teuerste) × w₃ + (Token/s / schnellste) × w₄</translation>
    </message>
    <message>
        <source>lat&amp;ency</source>
        <translation>L&amp;atenz</translation>
    </message>
</context>
<context>
    <name>Quorum::ScenarioEditModel</name>
    <message>
        <source>%1 (of %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>(typed in)</source>
        <translation>(eingetippt)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Edit the %1 of scenario %2</source>
        <translation>%1 von Szenario %2 bearbeiten</translation>
    </message>
    <message>
        <source>Golden answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>not a valid scenario</source>
        <translation>kein gültiges Szenario</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>eingetippt</translation>
    </message>
</context>
<context>
    <name>Quorum::ScenariosPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 Szenarien</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>Szenario &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Satz:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Ein Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Add the scenarios of a JSONL, CSV or multiple-choice file (or drop files on the window)</source>
        <translation>Die Szenarien einer JSONL-, CSV- oder Multiple-Choice-Datei hinzufügen (oder Dateien auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Choose what the columns of %1 hold</source>
        <translation>Wählen Sie, was die Spalten von %1 enthalten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario löschen</numerusform>
            <numerusform>%n Szenarien löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter prompts, answers and criteria</source>
        <translation>Prompts, Antworten und Kriterien filtern</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import Scenarios</source>
        <translation>Szenarien importieren</translation>
    </message>
    <message>
        <source>Imported %1 scenarios from %2</source>
        <translation>%1 Szenarien aus %2 importiert</translation>
    </message>
    <message>
        <source>New scenario: write the prompt here</source>
        <translation>Neues Szenario: schreiben Sie hier den Prompt</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Scenarios (*.jsonl *.csv);;All files (*)</source>
        <translation>Szenarien (*.jsonl *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Task &amp;type:</source>
        <translation>Aufgaben&amp;typ:</translation>
    </message>
</context>
<context>
    <name>Quorum::SetupPage</name>
    <message>
        <source>%1 is not a file Quorum reads (scenarios, profiles, judge questions or a plan)</source>
        <translation>%1 ist keine Datei, die Quorum liest (Szenarien, Profile, Richterfragen oder ein Plan)</translation>
    </message>
    <message>
        <source>An empty plan. Import scenarios (or drop files on the window), add models and a jury; or open the demo workspace from the File menu.</source>
        <translation>Ein leerer Plan. Importieren Sie Szenarien (oder ziehen Sie Dateien auf das Fenster), fügen Sie Modelle und eine Jury hinzu; oder öffnen Sie den Demo-Arbeitsbereich im Menü Datei.</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Jury (%1)</source>
        <translation>Jury (%1)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Models (%1)</source>
        <translation>Modelle (%1)</translation>
    </message>
    <message>
        <source>Name this plan</source>
        <translation>Diesen Plan benennen</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to run (%n problem(s)): </source>
        <translation>
            <numerusform>Nicht bereit zum Laufen (%n Problem): </numerusform>
            <numerusform>Nicht bereit zum Laufen (%n Probleme): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to run (%n note(s) in the Problems panel).</source>
        <translation>
            <numerusform>Bereit zum Laufen (%n Hinweis im Problembereich).</numerusform>
            <numerusform>Bereit zum Laufen (%n Hinweise im Problembereich).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Bereit zum Laufen.</translation>
    </message>
    <message>
        <source>Rename the plan</source>
        <translation>Den Plan umbenennen</translation>
    </message>
    <message>
        <source>Run Settings</source>
        <translation>Laufeinstellungen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenarios (%1)</source>
        <translation>Szenarien (%1)</translation>
    </message>
</context>
<context>
    <name>Quorum::StoreWriter</name>
    <message>
        <source>%1 row(s) refused by the database, first: %2</source>
        <translation>%1 Zeile(n) von der Datenbank abgelehnt, erste: %2</translation>
    </message>
    <message>
        <source>cannot commit to %1: %2</source>
        <translation>kann nicht nach %1 übernehmen: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>kann nicht nach %1 schreiben: %2</translation>
    </message>
    <message>
        <source>invocation %1 succeeded; only failed ones are run again</source>
        <translation>Aufruf %1 war erfolgreich; nur fehlgeschlagene laufen erneut</translation>
    </message>
    <message>
        <source>no invocation %1 to record a jury outcome for</source>
        <translation>kein Aufruf %1, für den ein Jury-Ergebnis zu erfassen wäre</translation>
    </message>
    <message>
        <source>no invocation %1 to run again</source>
        <translation>kein Aufruf %1, der erneut laufen könnte</translation>
    </message>
    <message>
        <source>nothing of it was written; the database refused a row: %1</source>
        <translation>nichts davon wurde geschrieben; die Datenbank lehnte eine Zeile ab: %1</translation>
    </message>
    <message>
        <source>the writer has not started</source>
        <translation>der Schreiber wurde nicht gestartet</translation>
    </message>
</context>
<context>
    <name>Quorum::TemplateEditor</name>
    <message>
        <source>A sample answer (the scenario&apos;s golden answer when empty)</source>
        <translation>Eine Beispielantwort (leer: die Musterantwort des Szenarios)</translation>
    </message>
    <message>
        <source>Edit the judge template</source>
        <translation>Die Richtervorlage bearbeiten</translation>
    </message>
    <message>
        <source>Import scenarios to see the prompt a judge receives.</source>
        <translation>Importieren Sie Szenarien, um den Prompt zu sehen, den ein Richter erhält.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Placeholders: {{task_type}}, {{task_criteria}}, {{weighted_criteria}}, {{prompt}}, {{answer}} (required), {{golden_answer}}, {{dimensions}} (required). The first line names the template.</source>
        <translation>Platzhalter: {{task_type}}, {{task_criteria}}, {{weighted_criteria}}, {{prompt}}, {{answer}} (Pflicht), {{golden_answer}}, {{dimensions}} (Pflicht). Die erste Zeile benennt die Vorlage.</translation>
    </message>
    <message>
        <source>Preview for &amp;scenario:</source>
        <translation>Vorschau für &amp;Szenario:</translation>
    </message>
    <message>
        <source>Sample &amp;answer:</source>
        <translation>Beispiel&amp;antwort:</translation>
    </message>
    <message>
        <source>The template has problems (see the left); the preview shows once it reads.</source>
        <translation>Die Vorlage hat Probleme (siehe links); die Vorschau erscheint, sobald sie lesbar ist.</translation>
    </message>
    <message>
        <source>The template reads: every placeholder is known and the required ones are there.</source>
        <translation>Die Vorlage ist lesbar: jeder Platzhalter ist bekannt und die Pflichtplatzhalter sind da.</translation>
    </message>
    <message>
        <source>Use the &amp;Built-in Template</source>
        <translation>Die &amp;eingebaute Vorlage verwenden</translation>
    </message>
    <message>
        <source>Use the built-in judge template</source>
        <translation>Die eingebaute Richtervorlage verwenden</translation>
    </message>
    <message>
        <source>What the judge receives:</source>
        <translation>Was der Richter erhält:</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>Quorum::VariantTableModel</name>
    <message>
        <source>Input $/1K</source>
        <translation>Eingabe $/1K</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Output $/1K</source>
        <translation>Ausgabe $/1K</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Target RPM</source>
        <translation>Ziel-RPM</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Quorum::VerdictBar</name>
    <message>
        <source>Choose Pass or Fail first.</source>
        <translation>Wählen Sie zuerst Bestanden oder Nicht bestanden.</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1.</source>
        <translation>Nicht zurückgezogen: %1.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>Gespeichert: %1 — %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Score the six dimensions yourself (1–5): the item&apos;s score becomes their mean. Without them the jury&apos;s score stands.</source>
        <translation>Bewerten Sie die sechs Dimensionen selbst (1–5): die Note des Eintrags wird ihr Mittelwert. Ohne sie bleibt die Note der Jury.</translation>
    </message>
    <message>
        <source>Select an item to give your verdict.</source>
        <translation>Wählen Sie einen Eintrag, um Ihr Urteil abzugeben.</translation>
    </message>
    <message>
        <source>Store your verdict as an override; the jury&apos;s own verdict is kept (Enter in the reason)</source>
        <translation>Ihr Urteil als Überschreibung speichern; das eigene Urteil der Jury bleibt erhalten (Enter im Grund)</translation>
    </message>
    <message>
        <source>The answer fails, whatever the jury said (F)</source>
        <translation>Die Antwort besteht nicht, was auch immer die Jury sagte (F)</translation>
    </message>
    <message>
        <source>The answer passes, whatever the jury said (P)</source>
        <translation>Die Antwort besteht, was auch immer die Jury sagte (P)</translation>
    </message>
    <message>
        <source>The call failed: there is no answer to judge.</source>
        <translation>Der Aufruf schlug fehl: es gibt keine Antwort zu bewerten.</translation>
    </message>
    <message>
        <source>The jury: %1, score %2. Choose Pass or Fail, say why, and Save.</source>
        <translation>Die Jury: %1, Note %2. Wählen Sie Bestanden oder Nicht bestanden, sagen Sie warum, und Speichern.</translation>
    </message>
    <message>
        <source>Why? (stored with your verdict, with your user name and the time)</source>
        <translation>Warum? (mit Ihrem Urteil gespeichert, mit Ihrem Benutzernamen und der Zeit)</translation>
    </message>
    <message>
        <source>With dimension scores</source>
        <translation>Mit Dimensionsnoten</translation>
    </message>
    <message>
        <source>Withdraw Override</source>
        <translation>Überschreibung zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw this item&apos;s override: the jury&apos;s verdict counts again (W)</source>
        <translation>Die Überschreibung dieses Eintrags zurückziehen: das Urteil der Jury zählt wieder (W)</translation>
    </message>
    <message>
        <source>Withdrawn: the jury&apos;s verdict counts again.</source>
        <translation>Zurückgezogen: das Urteil der Jury zählt wieder.</translation>
    </message>
    <message>
        <source>Your team&apos;s verdict counts: %1 (the jury: %2). A new verdict replaces it; the edit history keeps both.</source>
        <translation>Das Urteil Ihres Teams zählt: %1 (die Jury: %2). Ein neues Urteil ersetzt es; der Bearbeitungsverlauf behält beide.</translation>
    </message>
    <message>
        <source>Your verdict:</source>
        <translation>Ihr Urteil:</translation>
    </message>
</context>
<context>
    <name>Quorum::WelcomePanel</name>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Quorum.&lt;/b&gt; Find out which language model to use: run your scenarios against the models you are considering, have a jury score every answer, and compare quality, latency and cost.</source>
        <translation>&lt;b&gt;Willkommen bei Quorum.&lt;/b&gt; Finden Sie heraus, welches Sprachmodell Sie nutzen sollten: lassen Sie Ihre Szenarien gegen die Modelle laufen, die Sie in Betracht ziehen, lassen Sie jede Antwort von einer Jury bewerten, und vergleichen Sie Qualität, Latenz und Kosten.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the welcome; File › Welcome brings it back</source>
        <translation>Das Willkommen ausblenden; Datei › Willkommen holt es zurück</translation>
    </message>
    <message>
        <source>Open a &amp;Plan…</source>
        <translation>Einen &amp;Plan öffnen…</translation>
    </message>
    <message>
        <source>Open a &amp;Team Store…</source>
        <translation>Einen &amp;Team-Speicher öffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Die &amp;Demo öffnen</translation>
    </message>
    <message>
        <source>The demo needs no key: a built-in simulator answers it. For real models, Quorum reads each provider&apos;s key from your keychain (Set Key… in a model&apos;s form) or from environment variables such as OPENAI_API_KEY and ANTHROPIC_API_KEY; keys are never written to plans, runs or reports.</source>
        <translation>Die Demo braucht keinen Schlüssel: ein eingebauter Simulator beantwortet sie. Für echte Modelle liest Quorum den Schlüssel jedes Anbieters aus Ihrem Schlüsselbund (Schlüssel setzen… im Formular eines Modells) oder aus Umgebungsvariablen wie OPENAI_API_KEY und ANTHROPIC_API_KEY; Schlüssel werden nie in Pläne, Läufe oder Berichte geschrieben.</translation>
    </message>
</context>
<context>
    <name>Regional</name>
    <message>
        <source>the time zone of region &quot;%1&quot; must be a string such as &quot;America/New_York&quot;</source>
        <translation>die Zeitzone der Region „%1“ muss ein Text wie „America/New_York“ sein</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; for region &quot;%2&quot; (use an IANA name such as &quot;Europe/Paris&quot;)</source>
        <translation>unbekannte Zeitzone „%1“ für Region „%2“ (verwenden Sie einen IANA-Namen wie „Europe/Paris“)</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>a dimension score is 1 to 5, not %1</source>
        <translation>eine Dimensionsnote ist 1 bis 5, nicht %1</translation>
    </message>
    <message>
        <source>a judge failed</source>
        <translation>ein Richter schlug fehl</translation>
    </message>
    <message>
        <source>calibration sample</source>
        <translation>Kalibrierungsstichprobe</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <source>give all six dimension scores or none (%1 given)</source>
        <translation>geben Sie alle sechs Dimensionsnoten oder keine an (%1 angegeben)</translation>
    </message>
    <message>
        <source>jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>say why: a reason is stored with the verdict</source>
        <translation>sagen Sie warum: ein Grund wird mit dem Urteil gespeichert</translation>
    </message>
    <message>
        <source>the call failed: there is no answer to judge</source>
        <translation>der Aufruf schlug fehl: es gibt keine Antwort zu bewerten</translation>
    </message>
    <message>
        <source>the jury gave this item no score: give its six dimension scores</source>
        <translation>die Jury gab diesem Eintrag keine Note: geben Sie seine sechs Dimensionsnoten an</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>%1 and %2 have no judged %3 item in common</source>
        <translation>%1 und %2 haben keinen gemeinsamen bewerteten Eintrag vom Typ %3</translation>
    </message>
    <message>
        <source>%1 and %2 have no judged item in common</source>
        <translation>%1 und %2 haben keinen gemeinsamen bewerteten Eintrag</translation>
    </message>
    <message>
        <source>--map %1=%2: %3</source>
        <translation>--map %1=%2: %3</translation>
    </message>
    <message>
        <source>run %1 has no variant &quot;%2&quot;; it has: %3</source>
        <translation>Lauf %1 hat keine Variante „%2“; er hat: %3</translation>
    </message>
    <message>
        <source>run %1 has no variants (is it in this store?)</source>
        <translation>Lauf %1 hat keine Varianten (ist er in diesem Speicher?)</translation>
    </message>
    <message>
        <source>run %1 has several variants of &quot;%2&quot;; name one of: %3</source>
        <translation>Lauf %1 hat mehrere Varianten von „%2“; nennen Sie eine von: %3</translation>
    </message>
    <message>
        <source>run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>runs %1 and %2 have no variant in common (same model id, region and tier); variants of %1: %3; of %2: %4 (--map A=B matches a renamed one)</source>
        <translation>die Läufe %1 und %2 haben keine gemeinsame Variante (gleiche Modell-ID, Region und Stufe); Varianten von %1: %3; von %2: %4 (--map A=B ordnet eine umbenannte zu)</translation>
    </message>
</context>
<context>
    <name>RunPreparation</name>
    <message>
        <source>%n model(s) or judge(s) cannot be reached</source>
        <translation>%n Modell(e) oder Richter nicht erreichbar</translation>
    </message>
    <message>
        <source>Re-judge of %1</source>
        <translation>Neubewertung von %1</translation>
    </message>
    <message>
        <source>checking access to %n model(s) and judge(s)…</source>
        <translation>prüfe den Zugang zu %n Modell(en) und Richter(n)…</translation>
    </message>
    <message>
        <source>nothing is left to run without what failed the access check</source>
        <translation>ohne das, was die Zugangsprüfung nicht bestand, bleibt nichts zu tun</translation>
    </message>
    <message>
        <source>optimizing the prompts for the Bedrock models (%1)…</source>
        <translation>optimiere die Prompts für die Bedrock-Modelle (%1)…</translation>
    </message>
    <message>
        <source>run %1&apos;s plan</source>
        <translation>der Plan von Lauf %1</translation>
    </message>
    <message>
        <source>the plan has no jury: add judges or a scorer, or measure latency only</source>
        <translation>der Plan hat keine Jury: fügen Sie Richter oder einen Bewerter hinzu, oder messen Sie nur die Latenz</translation>
    </message>
    <message>
        <source>there is no run %1</source>
        <translation>Es gibt keinen Lauf %1</translation>
    </message>
</context>
<context>
    <name>RunTransfer</name>
    <message>
        <source> (its rows there are deleted when the run is copied again)</source>
        <translation> (seine Zeilen dort werden gelöscht, wenn der Lauf erneut kopiert wird)</translation>
    </message>
    <message>
        <source>run %1 is %2, not finished: finish it (quorum-cli run --resume %1) before copying it</source>
        <translation>Lauf %1 ist %2, nicht beendet: schließen Sie ihn ab (quorum-cli run --resume %1), bevor Sie ihn kopieren</translation>
    </message>
    <message>
        <source>run %1 was not copied whole to %2: %3%4</source>
        <translation>Lauf %1 wurde nicht vollständig nach %2 kopiert: %3%4</translation>
    </message>
    <message>
        <source>there is no run %1 in %2</source>
        <translation>es gibt keinen Lauf %1 in %2</translation>
    </message>
</context>
<context>
    <name>ScenarioImporter</name>
    <message>
        <source>&quot;%1&quot; does not look like an image (.%2); %3</source>
        <translation>„%1“ sieht nicht wie ein Bild aus (.%2); %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name one of the %2 options (1–%2 or A–%3), not &quot;%4&quot;</source>
        <translation>„%1“ muss eine der %2 Optionen nennen (1–%2 oder A–%3), nicht „%4“</translation>
    </message>
    <message>
        <source>&quot;correct_choice&quot; must be the letter of one of the choices</source>
        <translation>„correct_choice“ muss der Buchstabe einer der Optionen sein</translation>
    </message>
    <message>
        <source>&quot;expected_output_tokens&quot; must be between 1 and 1000000, not %1</source>
        <translation>„expected_output_tokens“ muss zwischen 1 und 1000000 liegen, nicht %1</translation>
    </message>
    <message>
        <source>&quot;task&quot; has problems (see above)</source>
        <translation>„task“ hat Probleme (siehe oben)</translation>
    </message>
    <message>
        <source>&quot;temperature&quot; must be between 0 and 2, not %1</source>
        <translation>„temperature“ muss zwischen 0 und 2 liegen, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not an image Quorum can send; %2</source>
        <translation>%1 ist kein Bild, das Quorum senden kann; %2</translation>
    </message>
    <message>
        <source>Answer with the letter of the correct option.</source>
        <translation>Antworten Sie mit dem Buchstaben der richtigen Option.</translation>
    </message>
    <message>
        <source>Quorum sends PNG, JPEG, GIF and WebP images</source>
        <translation>Quorum sendet PNG-, JPEG-, GIF- und WebP-Bilder</translation>
    </message>
    <message>
        <source>cannot read image %1: %2</source>
        <translation>kann Bild %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not used</source>
        <translation>Spalte „%1“ wird nicht verwendet</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>Bild nicht gefunden: %1</translation>
    </message>
    <message>
        <source>no &quot;task&quot;: {&quot;task_type&quot;: …}; the judges are told the task is &quot;general&quot;</source>
        <translation>kein „task“: {&quot;task_type&quot;: …}; den Richtern wird gesagt, die Aufgabe sei „general“</translation>
    </message>
    <message>
        <source>no column named &quot;%1&quot; (%2); the columns are: %3</source>
        <translation>keine Spalte namens „%1“ (%2); die Spalten sind: %3</translation>
    </message>
    <message>
        <source>no prompt column: name one of %1, or choose one with --prompt-column</source>
        <translation>keine Prompt-Spalte: nennen Sie eine von %1 oder wählen Sie eine mit --prompt-column</translation>
    </message>
    <message>
        <source>no scenarios in this file</source>
        <translation>keine Szenarien in dieser Datei</translation>
    </message>
    <message>
        <source>the same scenario as %1:%2; it runs as a scenario of its own (scenario id %3)</source>
        <translation>dasselbe Szenario wie %1:%2; es läuft als eigenes Szenario (Szenario-ID %3)</translation>
    </message>
    <message>
        <source>unsupported image data URL; %1</source>
        <translation>nicht unterstützte Bild-Data-URL; %1</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>not an SQLite database: %1</source>
        <translation>keine SQLite-Datenbank: %1</translation>
    </message>
    <message>
        <source>this SQLite file is not a Quorum database</source>
        <translation>diese SQLite-Datei ist keine Quorum-Datenbank</translation>
    </message>
</context>
<context>
    <name>SqliteAnswers</name>
    <message>
        <source>cannot read the answers of run %1 in %2: %3</source>
        <translation>kann die Antworten von Lauf %1 in %2 nicht lesen: %3</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>%1 could not be upgraded from version %2 and is unchanged: %3</source>
        <translation>%1 konnte nicht von Version %2 aktualisiert werden und ist unverändert: %3</translation>
    </message>
    <message>
        <source>%1 has no SQLite handle</source>
        <translation>%1 hat kein SQLite-Handle</translation>
    </message>
    <message>
        <source>%1 is a URL, not a database file; give --db a file path, or the postgresql:// URL of a team store</source>
        <translation>%1 ist eine URL, keine Datenbankdatei; geben Sie --db einen Dateipfad oder die postgresql://-URL eines Team-Speichers</translation>
    </message>
    <message>
        <source>%1 is a folder; name a database file in it (for example %1/quorum.sqlite)</source>
        <translation>%1 ist ein Ordner; nennen Sie eine Datenbankdatei darin (zum Beispiel %1/quorum.sqlite)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Quorum (database version %2; this Quorum knows up to %3). It was left untouched: open it with a newer Quorum, or choose another database.</source>
        <translation>%1 wurde von einem neueren Quorum geschrieben (Datenbankversion %2; dieses Quorum kennt bis %3). Sie blieb unberührt: öffnen Sie sie mit einem neueren Quorum oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot back up %1 before upgrading it: %2</source>
        <translation>kann %1 vor der Aktualisierung nicht sichern: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2 is a file</source>
        <translation>kann den Ordner %1 nicht anlegen: %2 ist eine Datei</translation>
    </message>
    <message>
        <source>cannot create the folder %1: no permission to write in %2</source>
        <translation>kann den Ordner %1 nicht anlegen: keine Schreibrechte in %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kann %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>kann %1 nicht verwenden: %2</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>keine Datenbankdatei angegeben</translation>
    </message>
</context>
<context>
    <name>SqliteWriter</name>
    <message>
        <source>a retired invocation or a run deletion is not a row to insert</source>
        <translation>ein zurückgezogener Aufruf oder das Löschen eines Laufs ist keine einzufügende Zeile</translation>
    </message>
    <message>
        <source>another Quorum (process %1 on host %2) is writing to %3; wait for it to finish or use another database</source>
        <translation>ein anderes Quorum (Prozess %1 auf Host %2) schreibt in %3; warten Sie, bis es fertig ist, oder verwenden Sie eine andere Datenbank</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>kann nicht nach %1 schreiben: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: no permission to create files in %2</source>
        <translation>kann nicht nach %1 schreiben: keine Rechte, in %2 Dateien anzulegen</translation>
    </message>
    <message>
        <source>cannot write to %1: the lock file %2 cannot be created</source>
        <translation>kann nicht nach %1 schreiben: die Sperrdatei %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the store did not finish in time</source>
        <translation>der Speicher wurde nicht rechtzeitig fertig</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <source> (score %1)</source>
        <translation> (Note %1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 with its own family&apos;s models)</source>
        <translation>%1 %2 (%3 bei Modellen der eigenen Familie)</translation>
    </message>
    <message>
        <source>%1 (adjusted p %2)</source>
        <translation>%1 (adjustiertes p %2)</translation>
    </message>
    <message>
        <source>%1 (no judged item in common)</source>
        <translation>%1 (kein gemeinsam bewertetes Item)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 is better than each other variant on the same items (%2).</source>
        <translation>%1 ist auf denselben Items besser als jede andere Variante (%2).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, adjusted p %2</source>
        <translation>%1, adjustiertes p %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 items, agree %3, κ %4; judge pass/people fail %5, judge fail/people pass %6</source>
        <translation>%1: %2 Einträge, Übereinstimmung %3, κ %4; Richter bestanden/Menschen nicht %5, Richter nicht bestanden/Menschen bestanden %6</translation>
    </message>
    <message>
        <source>; it is better than the remaining %1.</source>
        <translation>; besser als die übrigen %1.</translation>
    </message>
    <message>
        <source>; it is better than the remaining one.</source>
        <translation>; besser als die übrige.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Agreement needs two judges or more on the same answers. Judge leniency: %1.</source>
        <translation>Übereinstimmung braucht zwei oder mehr Richter für dieselben Antworten. Milde der Richter: %1.</translation>
    </message>
    <message>
        <source>Best overall: %1 (composite %2, success %3, %4 %5 ms, %6 per answer).</source>
        <translation>Insgesamt am besten: %1 (Gesamtwert %2, Erfolg %3, %4 %5 ms, %6 je Antwort).</translation>
    </message>
    <message>
        <source>Best value, from cheapest to most successful (no other variant is both cheaper and more successful): %1.</source>
        <translation>Bestes Preis-Leistungs-Verhältnis, vom günstigsten zum erfolgreichsten (keine andere Variante ist zugleich günstiger und erfolgreicher): %1.</translation>
    </message>
    <message>
        <source>Both fail</source>
        <translation>Beide nicht bestanden</translation>
    </message>
    <message>
        <source>Both pass</source>
        <translation>Beide bestanden</translation>
    </message>
    <message>
        <source>Cheapest per correct answer: %1 (%2 per passed answer, %3 of answers passed).</source>
        <translation>Am günstigsten je richtige Antwort: %1 (%2 je bestandene Antwort, %3 der Antworten bestanden).</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Fastest: %1 (%2 %3 ms, %4 %5 ms).</source>
        <translation>Am schnellsten: %1 (%2 %3 ms, %4 %5 ms).</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Judge fail, people pass</source>
        <translation>Richter nicht bestanden, Menschen bestanden</translation>
    </message>
    <message>
        <source>Judge pass, people fail</source>
        <translation>Richter bestanden, Menschen nicht bestanden</translation>
    </message>
    <message>
        <source>Jury agreement (Krippendorff&apos;s α): %1. Pass/fail agreement (Fleiss&apos; κ): %2. Judge leniency (its mean score minus the panel&apos;s on the same answers): %3.</source>
        <translation>Übereinstimmung der Jury (Krippendorffs α): %1. Übereinstimmung bei bestanden/nicht bestanden (Fleiss’ κ): %2. Milde der Richter (ihre mittlere Note minus die des Gremiums bei denselben Antworten): %3.</translation>
    </message>
    <message numerus="yes">
        <source>Jury only: %n override(s) by people left out of these figures.</source>
        <translation>
            <numerusform>Nur Jury: %n Überschreibung durch Menschen bleibt in diesen Zahlen außen vor.</numerusform>
            <numerusform>Nur Jury: %n Überschreibungen durch Menschen bleiben in diesen Zahlen außen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most accurate: %1 tie at %2.</source>
        <translation>Am genauesten: %1 liegen gleichauf bei %2.</translation>
    </message>
    <message>
        <source>Most accurate: %1, better than each other variant on the same items (%2).</source>
        <translation>Am genauesten: %1, auf denselben Items besser als jede andere Variante (%2).</translation>
    </message>
    <message>
        <source>Most accurate: %1, but on the same items it cannot be told apart from %2 (%3)</source>
        <translation>Am genauesten: %1, aber auf denselben Items nicht unterscheidbar von %2 (%3)</translation>
    </message>
    <message>
        <source>Most accurate: %1, the only variant judged (%2).</source>
        <translation>Am genauesten: %1, die einzige bewertete Variante (%2).</translation>
    </message>
    <message>
        <source>Most accurate: %1; comparing it with the others item by item…</source>
        <translation>Am genauesten: %1; der Vergleich mit den anderen Item für Item läuft…</translation>
    </message>
    <message>
        <source>No item has been reviewed by a person yet: agreement with people needs overrides.</source>
        <translation>Noch kein Eintrag wurde von einem Menschen geprüft: die Übereinstimmung mit Menschen braucht Überschreibungen.</translation>
    </message>
    <message>
        <source>On the same items %1 cannot be told apart from %2 (%3)</source>
        <translation>Auf denselben Items ist %1 nicht unterscheidbar von %2 (%3)</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Run %1 has no results yet.</source>
        <translation>Lauf %1 hat noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>Run %1 has no verdicts of judge models (latency only, or scorers only).</source>
        <translation>Lauf %1 hat keine Urteile von Richtermodellen (nur Latenz oder nur Bewerter).</translation>
    </message>
    <message>
        <source>Run %1 has no verdicts of judge models: all %2 judge calls failed (%3). The Errors section lists each with its message.</source>
        <translation>Lauf %1 hat keine Urteile von Richtermodellen: alle %2 Richteraufrufe sind gescheitert (%3). Der Abschnitt Fehler nennt jeden mit seiner Meldung.</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTLB p50</source>
        <translation>TTLB p50</translation>
    </message>
    <message numerus="yes">
        <source>These figures include %n override(s) by people (pass/fail, success rates, scores, ratings, disputed); jury health is the jury&apos;s alone.</source>
        <translation>
            <numerusform>Diese Zahlen enthalten %n Überschreibung durch Menschen (bestanden/nicht bestanden, Erfolgsquoten, Noten, Ratings, umstritten); die Gesundheit der Jury ist allein die der Jury.</numerusform>
            <numerusform>Diese Zahlen enthalten %n Überschreibungen durch Menschen (bestanden/nicht bestanden, Erfolgsquoten, Noten, Ratings, umstritten); die Gesundheit der Jury ist allein die der Jury.</numerusform>
        </translation>
    </message>
    <message>
        <source>coherence</source>
        <translation>Kohärenz</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>correctness</source>
        <translation>Richtigkeit</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>mean TTFT</source>
        <translation>mittlere TTFT</translation>
    </message>
    <message>
        <source>mean TTLB</source>
        <translation>mittlere TTLB</translation>
    </message>
    <message>
        <source>paired tests</source>
        <translation>gepaarte Tests</translation>
    </message>
    <message>
        <source>paired tests, Holm–Bonferroni across %1 comparisons</source>
        <translation>gepaarte Tests, Holm–Bonferroni über %1 Vergleiche</translation>
    </message>
    <message>
        <source>relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>the jury (its verdict)</source>
        <translation>die Jury (ihr Urteil)</translation>
    </message>
    <message>
        <source>undefined (one verdict only)</source>
        <translation>nicht definiert (nur ein Urteil)</translation>
    </message>
    <message>
        <source>withdrawn (the jury&apos;s verdict counts)</source>
        <translation>zurückgezogen (das Urteil der Jury zählt)</translation>
    </message>
</context>
<context>
    <name>TextSource</name>
    <message>
        <source>%1 more lines are not valid UTF-8</source>
        <translation>%1 weitere Zeilen sind kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Windows (CRLF) line ends; read as LF</source>
        <translation>Windows-Zeilenenden (CRLF); als LF gelesen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kann die Datei nicht lesen: %1</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: it is binary, not text</source>
        <translation>die Datei enthält ein NUL-Byte: sie ist binär, kein Text</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8</source>
        <translation>die Datei ist UTF-16; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark (ignored)</source>
        <translation>die Datei beginnt mit einer UTF-8-Bytereihenfolgemarke (ignoriert)</translation>
    </message>
    <message>
        <source>the last line has no newline at its end</source>
        <translation>die letzte Zeile hat am Ende keinen Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>TokenPrice</name>
    <message>
        <source>%1 = %2 USD per million tokens is outside %3–%4: a price per token or per thousand tokens given as per million?</source>
        <translation>%1 = %2 USD je Million Token liegt außerhalb von %3–%4: ein Preis je Token oder je tausend Token als je Million angegeben?</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>long_context needs above_input_tokens, a token count</source>
        <translation>long_context braucht above_input_tokens, eine Token-Anzahl</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>baseline &quot;%1&quot; (run %2) and the runs checked against it</source>
        <translation>Basis „%1“ (Lauf %2) und die gegen sie geprüften Läufe</translation>
    </message>
    <message>
        <source>runs checked against run %1</source>
        <translation>gegen Lauf %1 geprüfte Läufe</translation>
    </message>
    <message>
        <source>runs of the scenario set %1 (%2 scenarios)</source>
        <translation>Läufe des Szenariosatzes %1 (%2 Szenarien)</translation>
    </message>
    <message>
        <source>there is no run %1 in this store</source>
        <translation>es gibt keinen Lauf %1 in diesem Speicher</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A plan file to open (default: the demo workspace).</source>
        <translation>Eine zu öffnende Plandatei (Standard: der Demo-Arbeitsbereich).</translation>
    </message>
    <message>
        <source>Open the plan and the database, then quit: exit 0 when both opened (for scripted checks).</source>
        <translation>Plan und Datenbank öffnen, dann beenden: Exit 0, wenn beide geöffnet wurden (für Skriptprüfungen).</translation>
    </message>
    <message>
        <source>Quorum: evaluate large language models.</source>
        <translation>Quorum: große Sprachmodelle bewerten.</translation>
    </message>
    <message>
        <source>Start running the plan as soon as it and the database are open.</source>
        <translation>Den Plan ausführen, sobald er und die Datenbank geöffnet sind.</translation>
    </message>
    <message>
        <source>The run database to open.</source>
        <translation>Die zu öffnende Laufdatenbank.</translation>
    </message>
    <message>
        <source>The window shows: plan &quot;%1&quot; with %2 scenarios, %3 models, %4 judges; %5 runs in the database
</source>
        <translation>The window shows: plan &quot;%1&quot; with %2 scenarios, %3 models, %4 judges; %5 runs in the database
</translation>
    </message>
    <message>
        <source>light, dark or system (default: the last choice in View › Appearance).</source>
        <translation>light, dark oder system (Standard: die letzte Wahl in Ansicht › Erscheinungsbild).</translation>
    </message>
</context>
</TS>
