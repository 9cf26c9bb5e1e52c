// Installs the packed tarball into an empty folder and uses it the way a user would: every subpath
// from ESM and from CJS, the CLI's demo, and proof that practice-ops/billing does not load rrule.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack } from './pack.mjs';

const subpaths = [
  '',
  '/core',
  '/scheduling',
  '/intake',
  '/billing',
  '/credentialing',
  '/boundaries',
  '/ops',
  '/x12',
  '/fhir',
];
const { tarball } = pack();
const dir = mkdtempSync(join(tmpdir(), 'practice-ops-smoke-'));
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', private: true }));
const run = (cmd, args) =>
  execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball]);

const names = subpaths.map((s) => `practice-ops${s}`);
writeFileSync(
  join(dir, 'esm.mjs'),
  `${names.map((n, i) => `import * as m${i} from '${n}';`).join('\n')}
const mods = [${names.map((_, i) => `m${i}`).join(', ')}];
for (const [i, m] of mods.entries()) if (Object.keys(m).length === 0) throw new Error('empty module #' + i);
const core = m1;
if (core.addBusinessDays('2026-12-24', 1, core.createBusinessCalendar({ holidays: core.getUsFederalHolidays(2026) })) !== '2026-12-28') throw new Error('core');
// One copy of each module: an error billing throws is core's ValidationError.
try { m4.selectServiceCodes({}); throw new Error('no error'); } catch (e) { if (!(e instanceof core.ValidationError)) throw e; }
console.log('esm ok: ' + mods.map((m) => Object.keys(m).length).join(' '));
`,
);
writeFileSync(
  join(dir, 'cjs.cjs'),
  `const mods = ${JSON.stringify(names)}.map((n) => require(n));
for (const [i, m] of mods.entries()) if (Object.keys(m).length === 0) throw new Error('empty module #' + i);
try { mods[4].selectServiceCodes({}); throw new Error('no error'); } catch (e) { if (!(e instanceof mods[1].ValidationError)) throw e; }
// The demo file docs/ops.md tells users to load, through its subpath export.
if (!mods[7].safeValidatePracticeData(require('practice-ops/examples/practice.json')).success) throw new Error('examples/practice.json');
console.log('cjs ok: ' + mods.map((m) => Object.keys(m).length).join(' '));
`,
);
writeFileSync(
  join(dir, 'billing-alone.cjs'),
  `require('practice-ops/billing');
const loaded = Object.keys(require.cache).filter((k) => k.includes('/node_modules/rrule/'));
if (loaded.length > 0) throw new Error('practice-ops/billing loaded rrule');
console.log('billing loads without rrule (cjs)');
`,
);
console.log(run('node', ['esm.mjs']).trim());
console.log(run('node', ['cjs.cjs']).trim());
console.log(run('node', ['billing-alone.cjs']).trim());

// The ESM graph of practice-ops/billing, followed file by file, never names rrule.
const pkgDir = join(dir, 'node_modules', 'practice-ops');
const seen = new Set();
const queue = [join(pkgDir, 'dist', 'billing', 'index.js')];
while (queue.length > 0) {
  const file = queue.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    if (spec === 'rrule') throw new Error(`practice-ops/billing reaches rrule through ${file}`);
    if (spec.startsWith('.')) queue.push(join(file, '..', spec));
  }
}
console.log(`billing loads without rrule (esm, ${seen.size} files)`);

const demo = run('npx', ['--no-install', 'practice-ops', 'demo']);
if (demo.trim().length === 0) throw new Error('demo printed nothing');
console.log('cli demo ok');
// The example practice file ships in the package and validates with the packaged CLI.
const example = run('npx', [
  '--no-install',
  'practice-ops',
  'validate',
  join(dir, 'node_modules', 'practice-ops', 'docs', 'examples', 'practice.json'),
]);
if (!example.includes('The data file is valid.')) throw new Error('the shipped example did not validate');
console.log('shipped example valid');
console.log(`smoke test: ok (Node ${process.versions.node})`);
