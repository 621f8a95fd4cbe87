// Opens the benchmark page in headless Chromium (playwright-core with
// Debian's /usr/bin/chromium), waits for the result and prints it.
//   node drive.mjs <url> <results.json>
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');

const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const page = await browser.newPage();
page.on('console', (m) => console.error('[page]', m.text()));
await page.goto(url);
await page.waitForFunction(() => window.benchResult, null, { timeout: 20 * 60 * 1000, polling: 500 });
const result = await page.evaluate(() => window.benchResult);
await browser.close();
writeFileSync(out, JSON.stringify(result, null, 1));
if (result.error) { console.error(result.error); process.exit(1); }
const version = (await import('node:child_process')).execSync(`"${process.env.CHROMIUM || '/usr/bin/chromium'}" --version`).toString().trim();
console.log(`${version}; ${result.typed} queries typed character by character; quality over ${result.queries} labelled queries; fine timer: ${result.timer_resolution_isolated}`);
console.log('| Engine | Build (20k) | Keystrokes timed | p50/keystroke | p99/keystroke | Index memory | recall@5 | MRR |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, r] of Object.entries(result.results)) {
  const mb = (r.memory_bytes / 1048576).toFixed(1) + ' MB';
  console.log(`| ${name} | ${Math.round(r.build_ms)} ms | ${r.keystrokes} | ${r.p50_ms.toFixed(3)} ms | ${r.p99_ms.toFixed(3)} ms | ${mb} | ${r.recall_at_5.toFixed(3)} | ${r.mrr.toFixed(3)} |`);
}
// Quality by set of queries: recall@5 / MRR / share with no result.
const sets = Object.keys(Object.values(result.results)[0].sets);
console.log('\n| Engine | ' + sets.map((s) => `${s}: recall@5 / MRR / no result`).join(' | ') + ' | no result, all |');
console.log('| --- |' + sets.map(() => ' --- |').join('') + ' --- |');
for (const [name, r] of Object.entries(result.results)) {
  const cells = sets.map((s) => { const v = r.sets[s]; return `${v.recall_at_5.toFixed(3)} / ${v.mrr.toFixed(3)} / ${(v.no_result * 100).toFixed(1)} %`; });
  console.log(`| ${name} | ${cells.join(' | ')} | ${(r.no_result_all * 100).toFixed(1)} % |`);
}
