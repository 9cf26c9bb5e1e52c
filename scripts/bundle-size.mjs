// What each subpath costs an app that bundles it: esbuild bundles a file importing one helper, and one
// importing the whole subpath, from the built dist/ (minified, for the browser, gzip level 9), and checks
// each size against scripts/bundle-size.json. Growth beyond 5 % fails; so does a bundle holding a package
// its case says it must not (a core helper that needs no schema must not pull in zod).
//   node scripts/bundle-size.mjs            check (CI)
//   node scripts/bundle-size.mjs --update   write today's sizes as the budget (commit it with the change)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const budgetFile = join(import.meta.dirname, 'bundle-size.json');
const TOLERANCE = 1.05;

/** Import lines by case name; `without` lists packages the bundle must not contain. */
const cases = {
  'core { formatCents }': {
    code: "import { formatCents } from 'practice-ops/core';",
    without: ['zod', 'luxon'],
  },
  'core { addBusinessDays }': {
    code: "import { addBusinessDays } from 'practice-ops/core';",
    without: ['zod', 'luxon'],
  },
  'core { formatInstant }': { code: "import { formatInstant } from 'practice-ops/core';", without: ['zod'] },
  'core *': { code: "import * as m from 'practice-ops/core';" },
  'scheduling { evaluateMissedSessionFee }': {
    code: "import { evaluateMissedSessionFee } from 'practice-ops/scheduling';",
    without: ['rrule'],
  },
  'scheduling *': { code: "import * as m from 'practice-ops/scheduling';" },
  'intake { evaluateFirstSessionReadiness }': {
    code: "import { evaluateFirstSessionReadiness } from 'practice-ops/intake';",
    without: ['rrule'],
  },
  'intake *': { code: "import * as m from 'practice-ops/intake';", without: ['rrule'] },
  'billing { selectServiceCodes }': {
    code: "import { selectServiceCodes } from 'practice-ops/billing';",
    without: ['rrule', 'luxon'],
  },
  'billing *': { code: "import * as m from 'practice-ops/billing';", without: ['rrule'] },
  'x12 { read835 }': { code: "import { read835 } from 'practice-ops/x12';", without: ['rrule', 'luxon'] },
  'x12 *': { code: "import * as m from 'practice-ops/x12';", without: ['rrule'] },
  'credentialing { evaluateServiceJurisdiction }': {
    code: "import { evaluateServiceJurisdiction } from 'practice-ops/credentialing';",
    without: ['rrule'],
  },
  'credentialing *': { code: "import * as m from 'practice-ops/credentialing';", without: ['rrule'] },
  'boundaries { triageMessage }': {
    code: "import { triageMessage } from 'practice-ops/boundaries';",
    without: ['rrule', 'luxon'],
  },
  'boundaries *': { code: "import * as m from 'practice-ops/boundaries';", without: ['rrule'] },
  'ops { buildWorkQueue }': { code: "import { buildWorkQueue } from 'practice-ops/ops';" },
  'ops *': { code: "import * as m from 'practice-ops/ops';" },
  'fhir { toFhirAppointment }': {
    code: "import { toFhirAppointment } from 'practice-ops/fhir';",
    without: ['rrule'],
  },
  'fhir *': { code: "import * as m from 'practice-ops/fhir';" },
  'practice-ops *': { code: "import * as m from 'practice-ops';" },
};

/** Bundles one case; returns its gzipped size and the packages in it. */
async function measure({ code }) {
  const names = code.match(/import (\{[^}]+\}|\* as m)/)[1];
  const use = names.startsWith('*')
    ? 'm'
    : names
        .replace(/[{}]/g, '')
        .trim()
        .split(/\s*,\s*/)
        .join(', ');
  const result = await build({
    stdin: { contents: `${code}\nconsole.log(${use});\n`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const packages = new Set();
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    if (bytesInOutput === 0) continue;
    const name = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
    if (name) packages.add(name);
  }
  return { bytes: gzipSync(result.outputFiles[0].contents, { level: 9 }).length, packages };
}

const update = process.argv.includes('--update');
const budget = update ? {} : JSON.parse(readFileSync(budgetFile, 'utf8'));
const measured = {};
const problems = [];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${'case'.padEnd(48)}${'budget'.padStart(10)}${'now'.padStart(10)}  packages`);
for (const [name, spec] of Object.entries(cases)) {
  const { bytes, packages } = await measure(spec);
  measured[name] = bytes;
  const allowed = budget[name];
  console.log(
    `${name.padEnd(48)}${(allowed === undefined ? '-' : kb(allowed)).padStart(10)}${kb(bytes).padStart(10)}  ${[...packages].join(' ')}`,
  );
  for (const pkg of spec.without ?? []) {
    if (packages.has(pkg)) problems.push(`${name} pulls in ${pkg}`);
  }
  if (update) continue;
  if (allowed === undefined) problems.push(`${name} has no budget (run with --update and commit the file)`);
  else if (bytes > allowed * TOLERANCE) {
    problems.push(`${name} grew ${(((bytes - allowed) / allowed) * 100).toFixed(1)} % past its budget`);
  }
}
for (const name of Object.keys(budget)) {
  if (!(name in cases))
    problems.push(`${name} is in the budget file but no longer measured (run with --update)`);
}

if (problems.length > 0) {
  console.error(`\nbundle size:\n  ${problems.join('\n  ')}`);
  console.error(
    'If the growth is worth it, run `node scripts/bundle-size.mjs --update` and commit the budget.',
  );
  process.exit(1);
}
if (update) {
  writeFileSync(budgetFile, `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`\nwrote ${budgetFile}`);
} else console.log('\nbundle size: every case within 5 % of its budget');
