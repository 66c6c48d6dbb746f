#!/usr/bin/python3
"""Golden wire transcripts for tst_wiretranscripts.

Each case is a whole HTTP/1.1 response as the provider sends it, in the shapes its public API
reference documents (OpenAI Chat Completions streaming and errors, Anthropic Messages streaming
events, Gemini streamGenerateContent with alt=sse, Bedrock Converse/ConverseStream with the AWS
event-stream framing), written byte for byte into tests/data/wire/<provider>/<case>.http, with
what a client must read from it in <case>.expected.json. The expectations are written here by
hand, not by running Quorum; the Bedrock frames get their CRCs from Python's zlib and struct, not
from Quorum's encoder. Run it again only to add or change a case:

    /usr/bin/python3 tests/reference/make_wire_transcripts.py
"""
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "wire")


def http(status, reason, headers, body, chunked=False):
    head = "HTTP/1.1 %d %s\r\n" % (status, reason)
    for name, value in headers:
        head += "%s: %s\r\n" % (name, value)
    if chunked:
        head += "Transfer-Encoding: chunked\r\n\r\n"
        out = head.encode()
        # Chunks of uneven size, so events are split across chunks.
        sizes = [37, 5, 211, 64, 1, 300]
        i = k = 0
        while i < len(body):
            n = sizes[k % len(sizes)]
            piece = body[i:i + n]
            out += b"%x\r\n" % len(piece) + piece + b"\r\n"
            i += n
            k += 1
        return out + b"0\r\n\r\n"
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode() + body


def sse(events):
    out = b""
    for name, data in events:
        if name:
            out += b"event: " + name.encode() + b"\n"
        out += b"data: " + (data if isinstance(data, bytes) else json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()) + b"\n\n"
    return out


def frame(headers, payload):
    """One AWS event-stream message: prelude, prelude CRC, string headers, payload, message CRC."""
    hb = b""
    for name, value in headers:
        n, v = name.encode(), value.encode()
        hb += struct.pack(">B", len(n)) + n + b"\x07" + struct.pack(">H", len(v)) + v
    total = 12 + len(hb) + len(payload) + 4
    prelude = struct.pack(">II", total, len(hb))
    prelude += struct.pack(">I", zlib.crc32(prelude) & 0xFFFFFFFF)
    message = prelude + hb + payload
    return message + struct.pack(">I", zlib.crc32(message) & 0xFFFFFFFF)


def event(kind, payload):
    return frame([(":event-type", kind), (":content-type", "application/json"), (":message-type", "event")],
                 json.dumps(payload, separators=(",", ":")).encode())


def exception(kind, message):
    return frame([(":exception-type", kind), (":content-type", "application/json"), (":message-type", "exception")],
                 json.dumps({"message": message}).encode())


CASES = {}


def case(provider, name, stream, response, expected):
    CASES[(provider, name)] = (stream, response, expected)


def ok(text, input_tokens, output_tokens, stop, reasoning="", estimated=False, tier=None, cache_read=None, cache_write=None):
    # input_tokens is what Quorum stores: every prompt token, cached ones included.
    out = {"ok": True, "text": text, "reasoning": reasoning, "input_tokens": input_tokens, "output_tokens": output_tokens,
           "tokens_estimated": estimated, "stop_reason": stop, "tier_served": tier}
    if cache_read is not None or cache_write is not None:
        out["cache_read_tokens"] = cache_read or 0
        out["cache_write_tokens"] = cache_write or 0
    return out


def failed(error_class, retryable, text="", retry_after_ms=None):
    return {"ok": False, "error_class": error_class, "retryable": retryable, "text": text, "retry_after_ms": retry_after_ms}


# ---- OpenAI Chat Completions -------------------------------------------------------------
def chunk(delta, finish=None, usage=False):
    c = {"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk", "created": 1741569952,
         "model": "gpt-4.1-2025-04-14", "service_tier": "default", "system_fingerprint": "fp_c7ca0ebaca",
         "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
    if usage:
        c["usage"] = None
    return c


openai_stream = sse([
    (None, chunk({"role": "assistant", "content": "", "refusal": None}, usage=True)),
    (None, chunk({"content": "Hello"}, usage=True)),
    (None, chunk({"content": "! How can I"}, usage=True)),
    (None, chunk({"content": " help?"}, usage=True)),
    (None, chunk({}, "stop", usage=True)),
    (None, {"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk", "created": 1741569952,
            "model": "gpt-4.1-2025-04-14", "service_tier": "default", "system_fingerprint": "fp_c7ca0ebaca", "choices": [],
            "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
                      "completion_tokens_details": {"reasoning_tokens": 0}}}),
    (None, b"[DONE]"),
])
case("openai", "stream-with-usage", True,
     http(200, "OK", [("Content-Type", "text/event-stream; charset=utf-8"), ("x-request-id", "req_3b0e4f9a1c")], openai_stream, True),
     ok("Hello! How can I help?", 19, 10, "stop", tier="default"))

# Prompt caching (platform.openai.com/docs/guides/prompt-caching): prompt_tokens counts the
# cached tokens, prompt_tokens_details.cached_tokens says how many.
case("openai", "stream-with-cached-prompt", True,
     http(200, "OK", [("Content-Type", "text/event-stream; charset=utf-8")], sse([
         (None, chunk({"role": "assistant", "content": "", "refusal": None}, usage=True)),
         (None, chunk({"content": "Summary: the contract renews yearly."}, usage=True)),
         (None, chunk({}, "stop", usage=True)),
         (None, {"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion.chunk", "created": 1741569952,
                 "model": "gpt-4.1-2025-04-14", "service_tier": "default", "system_fingerprint": "fp_c7ca0ebaca", "choices": [],
                 "usage": {"prompt_tokens": 2006, "completion_tokens": 300, "total_tokens": 2306,
                           "prompt_tokens_details": {"cached_tokens": 1920, "audio_tokens": 0},
                           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0}}}),
         (None, b"[DONE]")]), True),
     ok("Summary: the contract renews yearly.", 2006, 300, "stop", tier="default", cache_read=1920, cache_write=0))

case("openai", "whole", False,
     http(200, "OK", [("Content-Type", "application/json")], json.dumps({
         "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", "object": "chat.completion", "created": 1741570283,
         "model": "gpt-4.1-2025-04-14", "choices": [{"index": 0, "message": {"role": "assistant", "content": "The capital of France is Paris.",
                                                                              "refusal": None, "annotations": []},
                                                     "logprobs": None, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 14, "completion_tokens": 8, "total_tokens": 22,
                   "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                   "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0}},
         "service_tier": "flex", "system_fingerprint": "fp_ef015fa747"}).encode()),
     ok("The capital of France is Paris.", 14, 8, "stop", tier="flex"))

case("openai", "rate-limited", True,
     http(429, "Too Many Requests", [("Content-Type", "application/json"), ("retry-after", "20"), ("x-ratelimit-remaining-requests", "0")],
          json.dumps({"error": {"message": "Rate limit reached for gpt-4.1 in organization org-x on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.",
                                "type": "requests", "param": None, "code": "rate_limit_exceeded"}}).encode()),
     failed("throttled", True, retry_after_ms=20000))

case("openai", "quota", True,
     http(429, "Too Many Requests", [("Content-Type", "application/json")],
          json.dumps({"error": {"message": "You exceeded your current quota, please check your plan and billing details.",
                                "type": "insufficient_quota", "param": None, "code": "insufficient_quota"}}).encode()),
     failed("quota", False))

# An OpenAI-compatible server streaming its reasoning apart (reasoning_content), no usage.
case("openai-compatible", "reasoning-deltas", True,
     http(200, "OK", [("Content-Type", "text/event-stream")], sse([
         (None, {"id": "r1", "object": "chat.completion.chunk", "created": 1, "model": "deepseek-r1",
                 "choices": [{"index": 0, "delta": {"role": "assistant", "reasoning_content": "9.11 vs 9.9: compare tenths."}, "finish_reason": None}]}),
         (None, {"id": "r1", "object": "chat.completion.chunk", "created": 1, "model": "deepseek-r1",
                 "choices": [{"index": 0, "delta": {"content": "9.9 is larger."}, "finish_reason": None}]}),
         (None, {"id": "r1", "object": "chat.completion.chunk", "created": 1, "model": "deepseek-r1",
                 "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
         (None, b"[DONE]")]), True),
     ok("9.9 is larger.", 0, 0, "stop", reasoning="9.11 vs 9.9: compare tenths.", estimated=True))

# ---- Anthropic Messages ------------------------------------------------------------------
def ant(kind, **body):
    body = {"type": kind, **body}
    return (kind, body)


case("anthropic", "stream-with-thinking", True,
     http(200, "OK", [("Content-Type", "text/event-stream; charset=utf-8"), ("request-id", "req_011CSHoEeqs5C35K2UUqR7Fy")], sse([
         ant("message_start", message={"id": "msg_01MnFdYp5C7mQ5M2zQp4vT9d", "type": "message", "role": "assistant", "content": [],
                                       "model": "claude-sonnet-4-5", "stop_reason": None, "stop_sequence": None,
                                       "usage": {"input_tokens": 472, "output_tokens": 2}}),
         ant("content_block_start", index=0, content_block={"type": "thinking", "thinking": ""}),
         ant("content_block_delta", index=0, delta={"type": "thinking_delta", "thinking": "27 * 453 = 12231."}),
         ant("content_block_delta", index=0, delta={"type": "signature_delta", "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"}),
         ant("content_block_stop", index=0),
         ant("ping"),
         ant("content_block_start", index=1, content_block={"type": "text", "text": ""}),
         ant("content_block_delta", index=1, delta={"type": "text_delta", "text": "27 × 453 = "}),
         ant("content_block_delta", index=1, delta={"type": "text_delta", "text": "12,231"}),
         ant("content_block_stop", index=1),
         ant("message_delta", delta={"stop_reason": "end_turn", "stop_sequence": None}, usage={"output_tokens": 31}),
         ant("message_stop")]), True),
     ok("27 × 453 = 12,231", 472, 31, "end_turn", reasoning="27 * 453 = 12231."))

case("anthropic", "overloaded-inside-the-stream", True,
     http(200, "OK", [("Content-Type", "text/event-stream; charset=utf-8")], sse([
         ant("message_start", message={"id": "msg_01", "type": "message", "role": "assistant", "content": [], "model": "claude-sonnet-4-5",
                                       "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 25, "output_tokens": 1}}),
         ant("content_block_start", index=0, content_block={"type": "text", "text": ""}),
         ant("content_block_delta", index=0, delta={"type": "text_delta", "text": "Once upon"}),
         ("error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})]), True),
     failed("server", True, text="Once upon"))

case("anthropic", "whole", False,
     http(200, "OK", [("Content-Type", "application/json")], json.dumps({
         "id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
         "content": [{"type": "text", "text": "Hi! My name is Claude."}], "stop_reason": "end_turn", "stop_sequence": None,
         "usage": {"input_tokens": 2095, "output_tokens": 503}}).encode()),
     ok("Hi! My name is Claude.", 2095, 503, "end_turn"))

# Prompt caching (docs.anthropic.com, prompt caching): input_tokens counts what follows the last
# breakpoint; cache_creation_input_tokens and cache_read_input_tokens are apart.
case("anthropic", "stream-writing-the-cache", True,
     http(200, "OK", [("Content-Type", "text/event-stream; charset=utf-8")], sse([
         ant("message_start", message={"id": "msg_01Cw", "type": "message", "role": "assistant", "content": [], "model": "claude-sonnet-4-5",
                                       "stop_reason": None, "stop_sequence": None,
                                       "usage": {"input_tokens": 21, "cache_creation_input_tokens": 188086, "cache_read_input_tokens": 0,
                                                 "output_tokens": 1}}),
         ant("content_block_start", index=0, content_block={"type": "text", "text": ""}),
         ant("content_block_delta", index=0, delta={"type": "text_delta", "text": "The book's major themes are"}),
         ant("content_block_stop", index=0),
         ant("message_delta", delta={"stop_reason": "end_turn", "stop_sequence": None}, usage={"output_tokens": 393}),
         ant("message_stop")]), True),
     ok("The book's major themes are", 188107, 393, "end_turn", cache_read=0, cache_write=188086))

case("anthropic", "whole-reading-the-cache", False,
     http(200, "OK", [("Content-Type", "application/json")], json.dumps({
         "id": "msg_01Rd", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
         "content": [{"type": "text", "text": "Chapter 3 argues the same."}], "stop_reason": "end_turn", "stop_sequence": None,
         "usage": {"input_tokens": 50, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 188086, "output_tokens": 12}}).encode()),
     ok("Chapter 3 argues the same.", 188136, 12, "end_turn", cache_read=188086, cache_write=0))

case("anthropic", "overloaded-529", True,
     http(529, "Overloaded", [("Content-Type", "application/json"), ("request-id", "req_011CSHo")],
          json.dumps({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}).encode()),
     failed("server", True))

case("anthropic", "authentication", True,
     http(401, "Unauthorized", [("Content-Type", "application/json")],
          json.dumps({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}).encode()),
     failed("auth", False))

# ---- Google Gemini -----------------------------------------------------------------------
def gem(parts, finish=None, usage=None):
    c = {"content": {"parts": parts, "role": "model"}, "index": 0}
    if finish:
        c["finishReason"] = finish
    body = {"candidates": [c], "modelVersion": "gemini-2.5-flash", "responseId": "mYPZaOPkLsOyxN8PiNHB4AQ"}
    if usage:
        body["usageMetadata"] = usage
    return (None, body)


case("gemini", "stream-with-thoughts", True,
     http(200, "OK", [("Content-Type", "text/event-stream"), ("Vary", "Origin")], sse([
         gem([{"text": "Weighing the two numbers.", "thought": True}],
             usage={"promptTokenCount": 9, "totalTokenCount": 40, "thoughtsTokenCount": 31}),
         gem([{"text": "The quick brown fox"}], usage={"promptTokenCount": 9, "candidatesTokenCount": 4, "totalTokenCount": 44, "thoughtsTokenCount": 31}),
         gem([{"text": " jumps over the lazy dog."}], "STOP",
             usage={"promptTokenCount": 9, "candidatesTokenCount": 11, "totalTokenCount": 51, "thoughtsTokenCount": 31})]), True),
     ok("The quick brown fox jumps over the lazy dog.", 9, 11, "STOP", reasoning="Weighing the two numbers."))

# Context caching (ai.google.dev, caching): promptTokenCount includes cachedContentTokenCount.
case("gemini", "stream-with-cached-content", True,
     http(200, "OK", [("Content-Type", "text/event-stream")], sse([
         gem([{"text": "The transcript"}], usage={"promptTokenCount": 1402, "cachedContentTokenCount": 1024, "candidatesTokenCount": 2,
                                                  "totalTokenCount": 1404}),
         gem([{"text": " covers three topics."}], "STOP",
             usage={"promptTokenCount": 1402, "cachedContentTokenCount": 1024, "candidatesTokenCount": 8, "totalTokenCount": 1410,
                    "cacheTokensDetails": [{"modality": "TEXT", "tokenCount": 1024}]})]), True),
     ok("The transcript covers three topics.", 1402, 8, "STOP", cache_read=1024, cache_write=0))

case("gemini", "cut-before-the-finish-reason", True,
     http(200, "OK", [("Content-Type", "text/event-stream")], sse([
         gem([{"text": "Half an"}], usage={"promptTokenCount": 9, "candidatesTokenCount": 2, "totalTokenCount": 11})]), True),
     failed("stream_broken", True, text="Half an"))

case("gemini", "resource-exhausted", True,
     http(429, "Too Many Requests", [("Content-Type", "application/json; charset=UTF-8")], json.dumps({
         "error": {"code": 429, "message": "You exceeded your current quota, please check your plan and billing details.",
                   "status": "RESOURCE_EXHAUSTED"}}).encode()),
     failed("throttled", True))

# ---- Amazon Bedrock ----------------------------------------------------------------------
case("bedrock", "converse-stream", True,
     http(200, "OK", [("Content-Type", "application/vnd.amazon.eventstream"), ("x-amzn-RequestId", "0f8c2d7e-8b0a-4f7e-9a57-0c4a3c1a8f11")],
          event("messageStart", {"p": "abcdefghijklmnop", "role": "assistant"})
          + event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"reasoningContent": {"text": "Two plus two."}}, "p": "abcd"})
          + event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "2 + 2"}, "p": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL"})
          + event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": " = 4"}, "p": "abcdefgh"})
          + event("contentBlockStop", {"contentBlockIndex": 0, "p": "abcdefghijklmnopqrs"})
          + event("messageStop", {"p": "abcdefghijklmn", "stopReason": "end_turn"})
          + event("metadata", {"metrics": {"latencyMs": 588}, "p": "abcdefghijklmnopqrstuvw",
                               "usage": {"inputTokens": 12, "outputTokens": 7, "totalTokens": 19},
                               "serviceTier": {"type": "priority"}}), True),
     ok("2 + 2 = 4", 12, 7, "end_turn", reasoning="Two plus two.", tier="priority"))

case("bedrock", "throttling-inside-the-stream", True,
     http(200, "OK", [("Content-Type", "application/vnd.amazon.eventstream")],
          event("messageStart", {"p": "abcdefghijklmnop", "role": "assistant"})
          + event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "Partial"}, "p": "ab"})
          + exception("throttlingException", "Too many tokens, please wait before trying again."), True),
     failed("throttled", True, text="Partial"))

case("bedrock", "converse", False,
     http(200, "OK", [("Content-Type", "application/json")], json.dumps({
         "metrics": {"latencyMs": 1091}, "output": {"message": {"content": [{"text": "Hello! How can I help you today?"}], "role": "assistant"}},
         "stopReason": "end_turn", "usage": {"inputTokens": 3, "outputTokens": 12, "totalTokens": 15}}).encode()),
     ok("Hello! How can I help you today?", 3, 12, "end_turn"))

# Prompt caching with a cachePoint (Bedrock TokenUsage): inputTokens leaves out
# cacheReadInputTokens and cacheWriteInputTokens; totalTokens counts them.
case("bedrock", "converse-reading-a-cache-point", False,
     http(200, "OK", [("Content-Type", "application/json")], json.dumps({
         "metrics": {"latencyMs": 402}, "output": {"message": {"content": [{"text": "Yes, clause 4 applies."}], "role": "assistant"}},
         "stopReason": "end_turn",
         "usage": {"inputTokens": 10, "outputTokens": 5, "totalTokens": 2515, "cacheReadInputTokens": 2000, "cacheWriteInputTokens": 500}}).encode()),
     ok("Yes, clause 4 applies.", 2510, 5, "end_turn", cache_read=2000, cache_write=500))

case("bedrock", "validation", True,
     http(400, "Bad Request", [("Content-Type", "application/json"),
                               ("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/")],
          json.dumps({"message": "The provided model identifier is invalid."}).encode()),
     failed("invalid_request", False))

case("bedrock", "throttled-before-the-stream", True,
     http(429, "Too Many Requests", [("Content-Type", "application/json"),
                                     ("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/")],
          json.dumps({"message": "Too many requests, please wait before trying again."}).encode()),
     failed("throttled", True))


def main():
    for (provider, name), (stream, response, expected) in CASES.items():
        folder = os.path.join(OUT, provider)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name + ".http"), "wb") as f:
            f.write(response)
        with open(os.path.join(folder, name + ".expected.json"), "w") as f:
            json.dump({"stream": stream, **expected}, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
