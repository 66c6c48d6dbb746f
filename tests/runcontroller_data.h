#pragma once

// Test data for tst_runcontroller, kept out of the test's source because moc's lexer trips
// over raw strings like these.
#include <QList>
#include <QString>

inline const QByteArray kScriptedJudges = R"({"time_scale": 0, "rules": [
            {"model": "judge-0", "reply": {"text": "Here you go: ```json\n{\"correctness\": {\"score\": 5, \"rationale\": \"ok\"}, \"Completeness\": 4, \"relevance\": \"5\", \"format\": 4.0, \"coherence\": 5, \"following instructions\": 5,}\n```"}},
            {"model": "judge-1", "reply": {"text": "{\"correctness\": 2, \"completeness\": 2, \"relevance\": 3, \"format\": 3, \"coherence\": 2, \"following_instructions\": 2}"}},
            {"model": "judge-2", "reply": {"text": "I cannot decide."}}
        ]})";

struct VerdictCase
{
    const char *name;
    QString text;
    bool valid;
};

inline QList<VerdictCase> verdictCases()
{
    const QString all = uR"("correctness": 4, "completeness": 4, "relevance": 4, "format": 4, "coherence": 4, "following_instructions": 4)"_qs;
    return {
        {"plain", u"{"_qs + all + u"}"_qs, true},
        {"fenced", u"```json\n{"_qs + all + u"}\n```"_qs, true},
        {"chatty", u"Sure! Here is my verdict: {"_qs + all + u"} Hope that helps."_qs, true},
        {"trailing comma", u"{"_qs + all + u",}"_qs, true},
        {"floats and strings", uR"({"correctness": 4.4, "completeness": "3", "relevance": "5/5", "format": 1, "coherence": 2, "following_instructions": 3})"_qs, true},
        {"nested scores", u"{\"scores\": {"_qs + all + u"}}"_qs, true},
        {"spacing and case", uR"({"CORRECTNESS": 4, "Completeness": 4, "relevance": 4, "Format": 4, "coherence": 4, "Following Instructions": 4})"_qs, true},
        {"out of range", uR"({"correctness": 7, "completeness": 4, "relevance": 4, "format": 4, "coherence": 4, "following_instructions": 4})"_qs, false},
        {"missing dimension", uR"({"correctness": 4})"_qs, false},
        {"truncated", uR"({"correctness": 4, "completeness": 4, "rel)"_qs, false},
        {"no json", u"The answer is fine."_qs, false},
        {"score not a number", uR"({"correctness": "good", "completeness": 4, "relevance": 4, "format": 4, "coherence": 4, "following_instructions": 4})"_qs, false},
    };
}

// A run slow enough to be killed part-way: answers after 60 ms, the judge with a valid verdict.
inline const QByteArray kKillableRun = R"({"time_scale": 0, "rules": [
    {"model": "judge-0", "reply": {"text": "{\"correctness\": 4, \"completeness\": 4, \"relevance\": 4, \"format\": 4, \"coherence\": 4, \"following_instructions\": 4}", "first_token_ms": 20}},
    {"reply": {"text": "ok", "first_token_ms": 60}}]})";

// Judge-0 (an Anthropic model) is kinder to the Anthropic model's answers than judge-1 is.
inline const QByteArray kSelfPreferringJudge = R"({"time_scale": 0, "rules": [
    {"model": "judge-0", "prompt": "ANTHROPIC ANSWER", "reply": {"text": "{\"correctness\": 5, \"completeness\": 5, \"relevance\": 5, \"format\": 5, \"coherence\": 5, \"following_instructions\": 5}"}},
    {"model": "judge-0", "reply": {"text": "{\"correctness\": 3, \"completeness\": 3, \"relevance\": 3, \"format\": 3, \"coherence\": 3, \"following_instructions\": 3}"}},
    {"model": "judge-1", "reply": {"text": "{\"correctness\": 3, \"completeness\": 3, \"relevance\": 3, \"format\": 3, \"coherence\": 3, \"following_instructions\": 3}"}},
    {"model": "claude-x", "reply": {"text": "ANTHROPIC ANSWER"}},
    {"reply": {"text": "other answer"}}]})";

// A user's own judge template, and judges that answer only prompts built from it.
inline const QString kCustomTemplate = uR"(quorum-judge-template: strict-v2
STRICT HOUSE TEMPLATE. Question: {{prompt}}
Answer under review: {{answer}}
Reply with JSON only:
{
{{dimensions}}
}
)"_qs;
inline const QByteArray kTemplateJudges = R"({"time_scale": 0, "rules": [
    {"model": "judge-0", "prompt": "STRICT HOUSE TEMPLATE", "reply": {"text": "{\"correctness\": 2, \"completeness\": 2, \"relevance\": 2, \"format\": 2, \"coherence\": 2, \"following_instructions\": 2}", "first_token_ms": 20}},
    {"model": "judge-0", "reply": {"text": "not the house template"}}]})";

// Judge-0 gives 4 everywhere, judge-1 gives 2: a re-judge with judge-1 changes every score.
inline const QByteArray kTwoJudges = R"({"time_scale": 0, "rules": [
    {"model": "judge-0", "reply": {"text": "{\"correctness\": 4, \"completeness\": 4, \"relevance\": 4, \"format\": 4, \"coherence\": 4, \"following_instructions\": 4}"}},
    {"model": "judge-1", "reply": {"text": "{\"correctness\": 2, \"completeness\": 2, \"relevance\": 2, \"format\": 2, \"coherence\": 2, \"following_instructions\": 2}"}},
    {"reply": {"text": "an answer", "first_token_ms": 5}}]})";

// Answers produced elsewhere; the second model has no answer to the second prompt.
inline const QByteArray kExternalAnswers = R"({"prompt": "Capital of France?", "response": "Paris.", "model": "openai/model-a", "golden_answer": "Paris", "ttft_ms": 120, "ttlb_ms": 300}
{"prompt": "Capital of France?", "response": "Lyon.", "model": "local-llm", "ttft_ms": 80, "ttlb_ms": 200, "output_tokens": 2}
{"prompt": "2 + 3?", "response": "5", "model": "openai/model-a", "golden_answer": "5", "ttft_ms": 110, "ttlb_ms": 250}
)";

// OptimizePrompt fails for scenario 1; the Bedrock model answers optimized prompts differently.
inline const QByteArray kPromptOptimization = R"({"time_scale": 0, "rules": [
    {"provider": "bedrock-agent", "prompt": "scenario 1:", "reply": {"status": 500, "error_code": "InternalServerException", "error_message": "try later"}},
    {"provider": "bedrock", "model": "nova-m", "prompt": "You are an expert assistant", "reply": {"text": "OPTIMIZED"}},
    {"provider": "bedrock", "reply": {"text": "PLAIN"}},
    {"provider": "openai", "reply": {"text": "PLAIN"}}]})";
