// docs/reason-codes.md is generated from every module's exported catalog; this test keeps it in sync.
// Regenerate with `node scripts/reason-codes.mjs` (or UPDATE_REASON_CODES=1 npx vitest run tests/docs/reason-codes.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as billing from '../../src/billing/index.js';
import * as x12 from '../../src/billing/x12/index.js';
import * as boundaries from '../../src/boundaries/index.js';
import * as credentialing from '../../src/credentialing/index.js';
import * as intake from '../../src/intake/index.js';
import * as ops from '../../src/ops/index.js';
import * as scheduling from '../../src/scheduling/index.js';

const modules = { scheduling, intake, billing, x12, credentialing, boundaries, ops } as const;
const file = join(import.meta.dirname, '..', '..', 'docs', 'reason-codes.md');

/** Every exported `*_CODES` catalog of each module, by module and export name. */
function catalogs(): { module: string; name: string; codes: Readonly<Record<string, string>> }[] {
  return Object.entries(modules).flatMap(([module, exports]) =>
    Object.entries(exports)
      .filter(
        ([name, value]) =>
          /_CODES$/.test(name) && typeof value === 'object' && value !== null && !Array.isArray(value),
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => ({ module, name, codes: value as Record<string, string> })),
  );
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function render(): string {
  const lines = [
    '# Reason codes',
    '',
    'Every reason and validation code the library emits, with its meaning, generated from each module’s',
    'exported catalog. Do not edit by hand: `node scripts/reason-codes.mjs` regenerates it, and',
    '`tests/docs/reason-codes.test.ts` fails when it is out of date.',
    '',
    '## Stability',
    '',
    'Codes are API: apps store them, match on them and translate them. Within a major version a code keeps',
    'its spelling and its meaning; a release may add codes, so treat a code you do not know by its',
    '`severity` and show its `message`. A code is renamed or removed only in a major version (while the',
    'package is 0.x, in the next minor: 0.1 to 0.2), and the changelog lists each such change. Messages are',
    'for people and may be reworded in any release: never match on them.',
    '',
  ];
  for (const { module, name, codes } of catalogs()) {
    lines.push(`## ${module}: \`${name}\``, '', '| Code | Meaning |', '| --- | --- |');
    for (const code of Object.keys(codes).sort()) lines.push(`| \`${code}\` | ${cell(codes[code] ?? '')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

describe('docs/reason-codes.md', () => {
  it('lists every code of every module’s catalog, exactly as generated', () => {
    const expected = render();
    if (process.env.UPDATE_REASON_CODES === '1') writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('has a catalog for every module, and codes namespaced by their module', () => {
    const found = catalogs();
    for (const module of Object.keys(modules))
      expect(
        found.some((c) => c.module === module),
        module,
      ).toBe(true);
    for (const { module, codes } of found.filter((c) => c.module === 'ops')) {
      for (const code of Object.keys(codes)) expect(code.startsWith(`${module}.`)).toBe(true);
    }
  });
});
