// Cross-checks Quorum's simulator with the providers' official SDKs as independent peers:
// if a real SDK cannot parse the simulator, the simulator is wrong. Starts `quorum-cli simulate`
// itself (path in QUORUM_CLI), prints "N passed, N failed" and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { BedrockAgentRuntimeClient, OptimizePromptCommand } from '@aws-sdk/client-bedrock-agent-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = process.env.QUORUM_CLI ?? path.join(here, '../../build/dev/app/quorum-cli');
const sim = spawn(cli, ['simulate', '--profile', path.join(here, 'profile.json')], { stdio: ['ignore', 'pipe', 'inherit'] });
const baseUrl = await new Promise((resolve, reject) => {
  createInterface({ input: sim.stdout }).once('line', resolve);
  sim.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
});

let passed = 0, failed = 0;
async function check(name, body) {
  try { await body(); passed++; console.log(`PASS ${name}`); }
  catch (e) { failed++; console.log(`FAIL ${name}: ${e?.stack ?? e}`); }
}
function expect(cond, what) { if (!cond) throw new Error(what); }
async function expectError(promise, test, what) {
  try { await promise; } catch (e) { expect(test(e), `${what}: got ${e?.name} ${e?.status ?? ''} ${e?.message}`); return; }
  throw new Error(`${what}: no error`);
}

const openai = new OpenAI({ apiKey: 'sdk-key', baseURL: `${baseUrl}/v1`, maxRetries: 0 });
await check('openai stream', async () => {
  const stream = await openai.chat.completions.create({ model: 'gpt-sim', stream: true, stream_options: { include_usage: true },
    messages: [{ role: 'user', content: 'SCRIPTED' }] });
  let text = '', usage;
  for await (const chunk of stream) { text += chunk.choices[0]?.delta?.content ?? ''; if (chunk.usage) usage = chunk.usage; }
  expect(text === 'Hello, wörld ☃', `text ${JSON.stringify(text)}`);
  expect(usage?.prompt_tokens === 11 && usage?.completion_tokens === 4, `usage ${JSON.stringify(usage)}`);
});
await check('openai whole', async () => {
  const r = await openai.chat.completions.create({ model: 'gpt-sim', messages: [{ role: 'user', content: 'SCRIPTED' }] });
  expect(r.choices[0].message.content === 'Hello, wörld ☃' && r.usage.total_tokens === 15, JSON.stringify(r));
  expect(r._request_id?.startsWith('req_'), `request id ${r._request_id}`);
});
await check('openai 500', () => expectError(
  openai.chat.completions.create({ model: 'gpt-sim', messages: [{ role: 'user', content: 'FAIL-500' }] }),
  (e) => e instanceof OpenAI.InternalServerError && e.type === 'server_error' && e.code === null && e.requestID?.startsWith('req_'),
  'InternalServerError'));
await check('openai 429', () => expectError(
  openai.chat.completions.create({ model: 'gpt-sim', messages: [{ role: 'user', content: 'FAIL-429' }] }),
  (e) => e instanceof OpenAI.RateLimitError && e.status === 429 && e.code === 'rate_limit_exceeded', 'RateLimitError'));
await check('openai bad key', () => expectError(
  new OpenAI({ apiKey: 'invalid-key', baseURL: `${baseUrl}/v1`, maxRetries: 0 }).chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
  (e) => e instanceof OpenAI.AuthenticationError, 'AuthenticationError'));

const anthropic = new Anthropic({ apiKey: 'sdk-key', baseURL: baseUrl, maxRetries: 0 });
await check('anthropic stream', async () => {
  const stream = anthropic.messages.stream({ model: 'claude-sim', max_tokens: 100, messages: [{ role: 'user', content: 'SCRIPTED' }] });
  let text = '';
  stream.on('text', (t) => { text += t; });
  const message = await stream.finalMessage();
  expect(text === 'Hello, wörld ☃', `text ${JSON.stringify(text)}`);
  expect(message.usage.input_tokens === 11 && message.usage.output_tokens === 4, JSON.stringify(message.usage));
  expect(message.stop_reason === 'end_turn', message.stop_reason);
});
await check('anthropic whole', async () => {
  const m = await anthropic.messages.create({ model: 'claude-sim', max_tokens: 100, messages: [{ role: 'user', content: 'SCRIPTED' }] });
  expect(m.content[0].text === 'Hello, wörld ☃' && m.usage.output_tokens === 4, JSON.stringify(m));
  expect(m._request_id?.startsWith('req_'), `request id ${m._request_id}`);
});
await check('anthropic 529', () => expectError(
  anthropic.messages.create({ model: 'claude-sim', max_tokens: 10, messages: [{ role: 'user', content: 'FAIL-529' }] }),
  (e) => e?.status === 529 && e?.error?.error?.type === 'overloaded_error', 'overloaded_error'));
await check('anthropic 500', () => expectError(
  anthropic.messages.create({ model: 'claude-sim', max_tokens: 10, messages: [{ role: 'user', content: 'FAIL-500' }] }),
  (e) => e instanceof Anthropic.InternalServerError && e?.error?.error?.type === 'api_error', 'api_error'));
await check('anthropic error inside the stream', () => expectError(
  anthropic.messages.stream({ model: 'claude-sim', max_tokens: 100, messages: [{ role: 'user', content: 'FAIL-MIDSTREAM' }] }).finalMessage(),
  (e) => /overloaded/i.test(`${e?.message} ${JSON.stringify(e?.error ?? {})}`), 'overloaded_error'));
await check('anthropic 429', () => expectError(
  anthropic.messages.create({ model: 'claude-sim', max_tokens: 10, messages: [{ role: 'user', content: 'FAIL-429' }] }),
  (e) => e instanceof Anthropic.RateLimitError, 'RateLimitError'));

const genai = new GoogleGenAI({ apiKey: 'sdk-key', httpOptions: { baseUrl } });
await check('gemini stream', async () => {
  const stream = await genai.models.generateContentStream({ model: 'gemini-sim', contents: 'SCRIPTED' });
  let text = '', usage;
  for await (const chunk of stream) { text += chunk.text ?? ''; if (chunk.usageMetadata) usage = chunk.usageMetadata; }
  expect(text === 'Hello, wörld ☃', `text ${JSON.stringify(text)}`);
  expect(usage?.promptTokenCount === 11 && usage?.candidatesTokenCount === 4, JSON.stringify(usage));
});
await check('gemini whole', async () => {
  const r = await genai.models.generateContent({ model: 'gemini-sim', contents: 'SCRIPTED' });
  expect(r.text === 'Hello, wörld ☃' && r.usageMetadata.totalTokenCount === 15, JSON.stringify(r));
  expect(typeof r.responseId === 'string' && r.responseId.length > 0, `responseId ${r.responseId}`);
});
await check('gemini 503', () => expectError(
  genai.models.generateContent({ model: 'gemini-sim', contents: 'FAIL-503' }),
  (e) => e?.status === 503 && /UNAVAILABLE/.test(e?.message ?? ''), 'UNAVAILABLE'));
await check('gemini 429', () => expectError(
  genai.models.generateContent({ model: 'gemini-sim', contents: 'FAIL-429' }),
  (e) => e?.status === 429 || /RESOURCE_EXHAUSTED|429/.test(e?.message ?? ''), 'RESOURCE_EXHAUSTED'));

// The SDK's default request handler, as a user has it: HTTP/2 (cleartext, prior knowledge here).
const bedrock = new BedrockRuntimeClient({
  region: 'us-west-2', endpoint: baseUrl, maxAttempts: 1,
  credentials: { accessKeyId: 'AKIDQUORUMSIMULATOR', secretAccessKey: 'quorum-simulator-secret-key', sessionToken: 'sdk-session' },
});
// And HTTP/1.1, as Quorum's own client speaks it.
const bedrockHttp1 = new BedrockRuntimeClient({
  region: 'us-west-2', endpoint: baseUrl, maxAttempts: 1, requestHandler: new NodeHttpHandler(),
  credentials: { accessKeyId: 'AKIDQUORUMSIMULATOR', secretAccessKey: 'quorum-simulator-secret-key' },
});
const converse = { modelId: 'us.amazon.nova-2-lite-v1:0', messages: [{ role: 'user', content: [{ text: 'SCRIPTED' }] }] };
await check('bedrock converse-stream (SigV4 by the AWS SDK)', async () => {
  const r = await bedrock.send(new ConverseStreamCommand(converse));
  let text = '', usage, stop;
  for await (const event of r.stream) {
    if (event.contentBlockDelta) text += event.contentBlockDelta.delta?.text ?? '';
    if (event.metadata) usage = event.metadata.usage;
    if (event.messageStop) stop = event.messageStop.stopReason;
  }
  expect(text === 'Hello, wörld ☃', `text ${JSON.stringify(text)}`);
  expect(usage?.inputTokens === 11 && usage?.outputTokens === 4, JSON.stringify(usage));
  expect(stop === 'end_turn', stop);
});
await check('bedrock converse-stream over HTTP/1.1', async () => {
  const r = await bedrockHttp1.send(new ConverseStreamCommand(converse));
  let text = '';
  for await (const event of r.stream) text += event.contentBlockDelta?.delta?.text ?? '';
  expect(text === 'Hello, wörld ☃', `text ${JSON.stringify(text)}`);
});
await check('bedrock converse', async () => {
  const r = await bedrock.send(new ConverseCommand({ ...converse, serviceTier: { type: 'priority' } }));
  expect(r.output.message.content[0].text === 'Hello, wörld ☃' && r.usage.totalTokens === 15, JSON.stringify(r));
  expect(r.serviceTier?.type === 'priority', `tier ${JSON.stringify(r.serviceTier)}`);
  expect(/^[0-9a-f-]{36}$/.test(r.$metadata.requestId ?? ''), `request id ${r.$metadata.requestId}`);
});
await check('bedrock 500 and 503', async () => {
  await expectError(bedrock.send(new ConverseCommand({ ...converse, messages: [{ role: 'user', content: [{ text: 'FAIL-500' }] }] })),
    (e) => e.name === 'InternalServerException' && e.$metadata?.httpStatusCode === 500, 'InternalServerException');
  await expectError(bedrock.send(new ConverseCommand({ ...converse, messages: [{ role: 'user', content: [{ text: 'FAIL-503' }] }] })),
    (e) => e.name === 'ServiceUnavailableException', 'ServiceUnavailableException');
});
await check('bedrock throttling', () => expectError(
  bedrock.send(new ConverseCommand({ ...converse, messages: [{ role: 'user', content: [{ text: 'FAIL-429' }] }] })),
  (e) => e.name === 'ThrottlingException', 'ThrottlingException'));
await check('bedrock exception inside the stream', async () => {
  const r = await bedrock.send(new ConverseStreamCommand({ ...converse, messages: [{ role: 'user', content: [{ text: 'FAIL-MIDSTREAM' }] }] }));
  await expectError((async () => { for await (const _ of r.stream) { /* drain */ } })(), (e) => e.name === 'ThrottlingException', 'in-stream ThrottlingException');
});
await check('bedrock wrong secret', () => expectError(
  new BedrockRuntimeClient({ region: 'us-west-2', endpoint: baseUrl, maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDQUORUMSIMULATOR', secretAccessKey: 'wrong' } }).send(new ConverseCommand(converse)),
  (e) => e.name === 'InvalidSignatureException', 'InvalidSignatureException'));

const agent = new BedrockAgentRuntimeClient({
  region: 'us-east-1', endpoint: baseUrl, maxAttempts: 1,
  credentials: { accessKeyId: 'AKIDQUORUMSIMULATOR', secretAccessKey: 'quorum-simulator-secret-key' },
});
const optimize = (text) => agent.send(new OptimizePromptCommand({ input: { textPrompt: { text } }, targetModelId: 'us.amazon.nova-2-lite-v1:0' }));
await check('bedrock optimize-prompt (agent runtime SDK)', async () => {
  const r = await optimize('Summarize the memo in one line.');
  let analysis = '', prompt = '';
  for await (const event of r.optimizedPrompt) {
    if (event.analyzePromptEvent) analysis += event.analyzePromptEvent.message;
    if (event.optimizedPromptEvent) prompt = event.optimizedPromptEvent.optimizedPrompt?.textPrompt?.text ?? '';
  }
  expect(analysis.length > 0, 'no analyzePromptEvent');
  expect(prompt.startsWith('You are an expert assistant') && prompt.includes('Summarize the memo in one line.'), JSON.stringify(prompt));
});
await check('bedrock optimize-prompt exception inside the stream', async () => {
  const r = await optimize('FAIL-MIDSTREAM');
  await expectError((async () => { for await (const _ of r.optimizedPrompt) { /* drain */ } })(), (e) => e.name === 'ThrottlingException', 'in-stream ThrottlingException');
});

// Quorum's own Bedrock client, checked by the AWS SDK's signer (not by Quorum's SigV4 code): a
// plain server recomputes each request's signature with @smithy/signature-v4 (given the path as
// sent, which the SDK's signer escapes once more, as the service does) and answers only
// when it matches; quorum-cli must then complete its run.
class NodeSha256 {
  constructor(secret) { this.hash = secret ? createHmac('sha256', secret) : createHash('sha256'); }
  update(data) { this.hash.update(data); }
  async digest() { return new Uint8Array(this.hash.digest()); }
  reset() {}
}
await check('quorum-cli signs Bedrock requests as the AWS SDK does (SigV4)', async () => {
  const credentials = { accessKeyId: 'AKIDEXAMPLEQUORUM', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYQUORUMKEY', sessionToken: 'session-token' };
  const verdicts = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const authorization = req.headers.authorization ?? '';
      const signed = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
      const scope = /Credential=[^/]+\/(\d{8})\/([^/]+)\/([^/]+)\//.exec(authorization);
      const headers = {};
      for (const name of signed) headers[name] = req.headers[name];
      const url = new URL(req.url, 'http://placeholder');
      const query = {};
      for (const [k, v] of url.searchParams) query[k] = v;
      const signer = new SignatureV4({ service: scope?.[3] ?? '', region: scope?.[2] ?? '', credentials, sha256: NodeSha256, uriEscapePath: true, applyChecksum: false });
      const amzDate = req.headers['x-amz-date'];
      const date = new Date(Date.UTC(+amzDate.slice(0, 4), +amzDate.slice(4, 6) - 1, +amzDate.slice(6, 8), +amzDate.slice(9, 11), +amzDate.slice(11, 13), +amzDate.slice(13, 15)));
      const expected = await signer.sign({ method: req.method, protocol: 'http:', hostname: url.hostname, path: url.pathname, query, headers, body },
                                         { signingDate: date, unsignableHeaders: new Set(), signableHeaders: new Set(signed) });
      const ok = expected.headers.authorization === authorization && scope?.[3] === 'bedrock' && req.url.includes('%3A');
      verdicts.push(ok ? 'ok' : `expected ${expected.headers.authorization} got ${authorization} for ${req.url}`);
      res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ok ? { output: { message: { role: 'assistant', content: [{ text: 'signed right' }] } }, stopReason: 'end_turn',
                                    usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 }, metrics: { latencyMs: 1 } }
                                : { message: 'The request signature we calculated does not match the signature you provided.' }));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const dir = mkdtempSync(path.join(tmpdir(), 'quorum-sigv4-'));
  writeFileSync(path.join(dir, 'models.jsonl'), JSON.stringify({ model_id: 'bedrock/us.amazon.nova-2-lite-v1:0', region: 'us-west-2',
    input_token_cost: 0, output_token_cost: 0, base_url: `http://127.0.0.1:${server.address().port}` }) + '\n');
  writeFileSync(path.join(dir, 'scenarios.jsonl'), JSON.stringify({ text_prompt: 'Sign me, with "quotes" and ünïcode', task: { task_type: 'qa' } }) + '\n');
  const run = spawn(cli, ['run', '--scenarios', path.join(dir, 'scenarios.jsonl'), '--models', path.join(dir, 'models.jsonl'),
    '--latency-only', '--no-stream', '--no-access-check', '--db', path.join(dir, 'runs.sqlite'), '--json'],
    { env: { ...process.env, AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
             AWS_SESSION_TOKEN: credentials.sessionToken, AWS_PROFILE: '', DBUS_SESSION_BUS_ADDRESS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  run.stdout.on('data', (d) => { out += d; });
  const code = await new Promise((r) => run.on('exit', r));
  server.close();
  expect(verdicts.length >= 1 && verdicts.every((v) => v === 'ok'), verdicts.join('; '));
  const summary = JSON.parse(out);
  expect(code === 0 && summary.succeeded === 1, `exit ${code}: ${out}`);
});

sim.kill('SIGINT');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
