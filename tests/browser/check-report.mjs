// Opens an HTML report in headless Chromium (Debian's) through the DevTools protocol over a pipe
// (no WebSocket, no npm package, no browser download) and fails on anything the report must never
// do: a console message or error, an uncaught exception, a dialog (the hostile corpus calls
// alert()), a network request, a script element, or a frame.
//   node check-report.mjs REPORT.html [CHROMIUM]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const report = resolve(process.argv[2] ?? '');
if (!process.argv[2] || !existsSync(report)) {
  console.error(`check-report: no report at ${report}`);
  process.exit(1);
}
const browser = process.argv[3] ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'quorum-chromium-'));
const child = spawn(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
  '--disable-extensions', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const toBrowser = child.stdio[3], fromBrowser = child.stdio[4];

let nextId = 1;
const waiting = new Map();
const findings = [];
const events = [];
let buffer = Buffer.alloc(0);
fromBrowser.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  let end;
  while ((end = buffer.indexOf(0)) >= 0) {
    const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
    buffer = buffer.subarray(end + 1);
    if (message.id && waiting.has(message.id)) {
      const { ok, fail } = waiting.get(message.id);
      waiting.delete(message.id);
      message.error ? fail(new Error(JSON.stringify(message.error))) : ok(message.result);
    } else if (message.method) {
      events.push(message);
      if (message.method === 'Page.javascriptDialogOpening') // a script ran: record it, close the dialog, go on
        toBrowser.write(JSON.stringify({ id: nextId++, method: 'Page.handleJavaScriptDialog', params: { accept: true },
                                         sessionId: message.sessionId }) + '\0');
    }
  }
});
function send(method, params = {}, sessionId) {
  const id = nextId++;
  toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
  return new Promise((ok, fail) => waiting.set(id, { ok, fail }));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const url = pathToFileURL(report).href;
const timer = setTimeout(() => { console.error('check-report: Chromium did not answer in 60 s'); child.kill('SIGKILL'); process.exit(1); }, 60000);

try {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  for (const domain of ['Runtime', 'Log', 'Network', 'Page'])
    await send(`${domain}.enable`, {}, sessionId);
  await send('Page.navigate', { url }, sessionId);
  for (let i = 0; i < 200 && !events.some((e) => e.method === 'Page.loadEventFired' && e.sessionId === sessionId); ++i)
    await sleep(50);
  if (!events.some((e) => e.method === 'Page.loadEventFired'))
    findings.push('the page never finished loading');
  await sleep(500); // anything late: a timer, a lazy request
  const probe = await send('Runtime.evaluate', { returnByValue: true, expression:
    `JSON.stringify({scripts: document.scripts.length, frames: document.querySelectorAll('iframe,frame,object,embed').length,
                     images: document.images.length, sections: document.querySelectorAll('section').length,
                     charts: document.querySelectorAll('figure.chart svg').length, title: document.title})` }, sessionId);
  const page = JSON.parse(probe.result.value);
  for (const e of events) {
    if (e.sessionId !== sessionId)
      continue;
    if (e.method === 'Runtime.consoleAPICalled')
      findings.push(`console.${e.params.type}: ${e.params.args.map((a) => a.value ?? a.description).join(' ')}`);
    if (e.method === 'Runtime.exceptionThrown')
      findings.push(`exception: ${e.params.exceptionDetails.text}`);
    if (e.method === 'Log.entryAdded' && ['error', 'warning'].includes(e.params.entry.level))
      findings.push(`log ${e.params.entry.level}: ${e.params.entry.text}`);
    if (e.method === 'Page.javascriptDialogOpening')
      findings.push(`a dialog opened (a script ran): ${e.params.message}`);
    if (e.method === 'Network.requestWillBeSent' && e.params.request.url !== url)
      findings.push(`a request: ${e.params.request.url}`);
  }
  if (page.scripts) findings.push(`${page.scripts} script element(s)`);
  if (page.frames) findings.push(`${page.frames} frame or embedded object(s)`);
  if (page.images) findings.push(`${page.images} image element(s)`);
  if (page.sections !== 10) findings.push(`${page.sections} sections, not 10`);
  if (!page.charts) findings.push('no chart drawn');
  console.log(`check-report: ${report}: ${page.sections} sections, ${page.charts} chart drawings, title "${page.title}"`);
} catch (error) {
  findings.push(`DevTools: ${error.message}`);
} finally {
  clearTimeout(timer);
  // The browser's own files go with it: wait for it to be gone, then remove its profile (a
  // leftover temporary folder is no finding about the report).
  const exited = new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', done)));
  child.kill('SIGKILL');
  await exited;
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch (error) {
    console.error(`check-report: (could not remove ${profile}: ${error.code})`);
  }
}
for (const f of findings)
  console.error(`check-report: ${f}`);
process.exit(findings.length ? 1 : 0);
