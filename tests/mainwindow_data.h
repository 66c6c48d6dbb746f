#pragma once

// Test data for tst_mainwindow, apart because moc's lexer reads "//" inside raw strings as a comment.
#include <QByteArray>

inline const QByteArray kUnreachablePlan = R"({"quorum_plan": 1, "scenarios": [{"text_prompt": "hi"}],
    "models": [{"model_id": "openai-compatible/local", "base_url": "http://127.0.0.1:1"}],
    "settings": {"latency_only": true}})";

// One model answers, one cannot be reached: the window asks, and can run without it.
inline const QByteArray kPartlyReachablePlan = R"({"quorum_plan": 1, "scenarios": [{"text_prompt": "hi", "task": {"task_type": "qa"}}],
    "models": [{"model_id": "openai-compatible/local", "base_url": "http://127.0.0.1:1"}, {"model_id": "simulator/swift-lite"}],
    "settings": {"latency_only": true}})";

// Answers slow enough that a run is still going when the test closes the window.
inline const QByteArray kSlowAnswers = R"({"time_scale": 0, "rules": [{"reply": {"text": "slow", "first_token_ms": 300}}]})";
