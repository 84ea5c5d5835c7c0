// Search benchmark runner (not a test): serves tests/bench on 127.0.0.1 with COOP/COEP
// headers, opens it in one headless Chromium session, runs page.mjs on each dataset and
// prints our figures, MiniSearch's and their ratio; writes target/bench/results.json.
//
// Usage (from the repo root, after tests/bench/run.sh has built the data and the wasm):
//   node tests/bench/bench.mjs [--quick]

import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { QUERIES } from './queries.mjs';
import { createServer } from 'node:http';
import { readFile, writeFile, stat } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = join(root, 'target/bench');
const quick = process.argv.includes('--quick');

const DATASETS = [
  { name: 'real', file: 'real.json', reps: quick ? 2 : 20, buildReps: quick ? 2 : 10 },
  { name: '1k', file: 'synth-1000.json', reps: quick ? 2 : 10, buildReps: quick ? 2 : 5 },
  { name: '10k', file: 'synth-10000.json', reps: quick ? 1 : 5, buildReps: quick ? 1 : 3 },
];

/** The targets of the "News discovery" issue: p95 per keystroke (query + filter). */
const TARGET_P95_MS = { '1k': 2, '10k': 16 };

// URL prefix -> directory served.
const ROUTES = [
  ['/pkg/', join(out, 'pkg')],
  ['/data/', out],
  ['/minisearch/', join(root, 'tests/node_modules/minisearch/dist/es')],
  ['/', here],
];
const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

function serve() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const route = ROUTES.find(([prefix]) => path.startsWith(prefix));
    const file = normalize(join(route[1], path.slice(route[0].length) || 'index.html'));
    if (!file.startsWith(route[1])) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Cross-origin isolation: lifts performance.now() resolution from 100 µs to 5 µs.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end(`not found: ${path}`);
    }
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const fmtMs = (ms) => (ms < 10 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(1));
const fmtBytes = (bytes) =>
  bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(2)} MiB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  '))
    .join('\n');
}

function report(run, sizes) {
  const lines = [];
  const env = run.environment;
  lines.push(`Chromium: ${env.userAgent}`);
  lines.push(
    `Timer: cross-origin isolated = ${env.crossOriginIsolated}, performance.now() step = ${(env.timerResolutionMs * 1000).toFixed(1)} µs; each keystroke timed individually.`,
  );
  lines.push(`Machine: ${cpus().length} cores, load average ${run.load.before.map((l) => l.toFixed(1)).join(' ')} before, ${run.load.after.map((l) => l.toFixed(1)).join(' ')} after (other processes preempt the browser: under load, p95 measures mostly the load)`);
  lines.push(`Queries (typed letter by letter): ${run.queries.map((q) => JSON.stringify(q)).join(', ')}`);
  for (const result of run.results) {
    lines.push('');
    lines.push(
      `== ${result.name}: ${result.articles} articles; ${result.keystrokes_per_pass} keystrokes x ${result.filters.length} filter variants (${result.filters.join(' | ')}) x ${result.reps} reps ==`,
    );
    const rows = [['figure', 'ours', 'MiniSearch', 'ours/MiniSearch']];
    for (const [name, figure] of Object.entries(result.load)) {
      rows.push([name.replace(/_ms$/, ' (ms, median)'), fmtMs(figure.ours), fmtMs(figure.minisearch), ratio(figure.ours, figure.minisearch)]);
    }
    for (const [name, figure] of Object.entries(result.keystroke_ms)) {
      for (const stat of ['median', 'p95']) {
        rows.push([`keystroke ${name}: ${stat} (ms)`, fmtMs(figure.ours[stat]), fmtMs(figure.minisearch[stat]), ratio(figure.ours[stat], figure.minisearch[stat])]);
      }
    }
    rows.push(['index bytes, live heap', fmtBytes(result.bytes.index_heap.ours), fmtBytes(result.bytes.index_heap.minisearch), ratio(result.bytes.index_heap.ours, result.bytes.index_heap.minisearch)]);
    rows.push(['index bytes, as JSON', fmtBytes(result.bytes.index_json.ours), fmtBytes(result.bytes.index_json.minisearch), ratio(result.bytes.index_json.ours, result.bytes.index_json.minisearch)]);
    lines.push(table(rows));
    lines.push(`(ours: SearchIndex::stats() estimates ${fmtBytes(result.bytes.ours_index_estimate)}; wasm linear memory so far ${fmtBytes(result.bytes.ours_wasm_memory)})`);
    const size = sizes[result.name];
    lines.push(`bundle: raw ${fmtBytes(size.raw)}, gzip -9 ${fmtBytes(size.gzip)}, brotli q11 ${fmtBytes(size.brotli)}`);
    lines.push('hits for the full queries (ours | MiniSearch), per filter variant:');
    for (const hit of result.hits) lines.push(`  ${JSON.stringify(hit.query).padEnd(24)} ${hit.ours.join('/').padStart(16)} | ${hit.minisearch.join('/')}`);
    for (const [engine, list] of Object.entries(result.slowest_keystrokes)) {
      lines.push(`slowest keystrokes, ${engine} (median ms): ${list.map((k) => `${JSON.stringify(k.text)}${k.text === k.query ? '' : ` (typing ${JSON.stringify(k.query)})`} ${fmtMs(k.ms)}`).join(', ')}`);
    }
    const pieces = result.keystroke_ms['query, all filter variants'].ours;
    const whole = result.whole_index_keystroke_ms;
    lines.push(
      `search in pieces vs the whole index in memory (before the split), query, all filter variants: ` +
        `median ${fmtMs(pieces.median)} vs ${fmtMs(whole.median)} ms, p95 ${fmtMs(pieces.p95)} vs ${fmtMs(whole.p95)} ms (${ratio(pieces.p95, whole.p95)}x)`,
    );
    const target = TARGET_P95_MS[result.name];
    if (target) {
      for (const figure of ['query, all filter variants', 'query, all variants, median of reps per keystroke']) {
        const p95 = result.keystroke_ms[figure].ours.p95;
        const versus = result.keystroke_ms[figure].minisearch.p95;
        lines.push(
          `target (${figure}): p95 <= ${target} ms: ours ${fmtMs(p95)} ms -> ${p95 <= target ? 'MET' : `MISSED by ${fmtMs(p95 - target)} ms (${(p95 / target).toFixed(1)}x)`}` +
            (result.name === '10k' ? `; faster than MiniSearch (p95 ${fmtMs(versus)} ms): ${p95 < versus ? 'yes' : 'NO'}` : ''),
        );
      }
    }
  }
  return lines.join('\n');
}

/** JS heap bytes a MiniSearch index keeps: used heap after a full GC, with minus without. */
async function miniSearchHeapBytes(page, cdp, url) {
  const heapUsed = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate((url) => window.bench.heapProbeLoad(url), url);
  const before = await heapUsed();
  await page.evaluate(() => window.bench.heapProbeBuild());
  const after = await heapUsed();
  await page.evaluate(() => window.bench.heapProbeRelease());
  return after - before;
}

async function main() {
  const sizes = {};
  for (const dataset of DATASETS) {
    const file = join(out, dataset.file);
    await stat(file).catch(() => {
      throw new Error(`missing ${file}: run tests/bench/run.sh (it builds the bundles first)`);
    });
    sizes[dataset.name] = compressedSizes(await readFile(file));
  }
  const server = await serve();
  const { port } = server.address();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => console.error(message.text()));
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
    const config = {
      queries: QUERIES,
      datasets: DATASETS.map((d) => ({ name: d.name, url: `/data/${d.file}`, reps: d.reps, buildReps: d.buildReps })),
    };
    const loadBefore = loadavg();
    const run = await page.evaluate((config) => window.bench.runAll(config), config);
    run.load = { before: loadBefore, after: loadavg() };
    const cdp = await page.context().newCDPSession(page);
    for (const [i, dataset] of config.datasets.entries()) {
      run.results[i].bytes.index_heap.minisearch = await miniSearchHeapBytes(page, cdp, dataset.url);
    }
    const text = report(run, sizes);
    console.log(text);
    await writeFile(join(out, 'results.json'), JSON.stringify({ ...run, bundle_bytes: sizes }, null, 2));
    await writeFile(join(out, 'results.txt'), `${text}\n`);
    console.log(`\nwrote ${join(out, 'results.json')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
