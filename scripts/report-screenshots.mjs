// Regenerates the report screenshots in docs/images (the demo's assistant page at 1280 and 360 px) from
// the built CLI, in Debian's chromium (or PRACTICE_OPS_CHROMIUM): `npm run build && node scripts/report-screenshots.mjs`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const executablePath = process.env.PRACTICE_OPS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No browser at ${executablePath}: install chromium or set PRACTICE_OPS_CHROMIUM.`);
  process.exit(1);
}
const page = join(mkdtempSync(join(tmpdir(), 'practice-ops-report-')), 'assistant.html');
execFileSync(
  process.execPath,
  [join(root, 'dist', 'cli', 'main.js'), 'demo', '--role', 'assistant', '--html', page],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const out = join(root, 'docs', 'images');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
for (const [width, height] of [
  [1280, 900],
  [360, 780],
]) {
  const context = await browser.newContext({ viewport: { width, height } });
  const tab = await context.newPage();
  await tab.goto(`file://${page}`);
  const file = join(out, `report-${width}.png`);
  await tab.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await context.close();
}
await browser.close();
