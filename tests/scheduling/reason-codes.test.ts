import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEDULING_REASON_CODES } from '../../src/scheduling/reason-codes.js';

const dir = join(import.meta.dirname, '../../src/scheduling');
// Code only: comment lines (TSDoc examples quote codes too) are left out.
const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== 'reason-codes.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n')
  .split('\n')
  .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
  .join('\n');
// Reasons are built with reason('<code>', …) or looked up in a table of codes (e.g. DST statuses);
// validation issue codes and thrown error codes are not reasons.
const emitted = new Set([
  ...[...sources.matchAll(/reason\(\s*'(scheduling\.[a-z_]+\.[a-z_]+)'/g)].map((m) => m[1] as string),
  ...[...sources.matchAll(/^\s+(?!code:)[a-z_]+: '(scheduling\.[a-z_]+\.[a-z_]+)',?$/gm)].map(
    (m) => m[1] as string,
  ),
]);

describe('SCHEDULING_REASON_CODES', () => {
  it('lists every reason code the module emits', () => {
    const catalog = new Set(Object.keys(SCHEDULING_REASON_CODES));
    expect([...emitted].filter((c) => !catalog.has(c))).toEqual([]);
  });

  it('has no code that is never emitted', () => {
    expect(Object.keys(SCHEDULING_REASON_CODES).filter((c) => !emitted.has(c))).toEqual([]);
  });

  it('namespaces every code as scheduling.<area>.<name> and explains each in a sentence', () => {
    for (const [code, meaning] of Object.entries(SCHEDULING_REASON_CODES)) {
      expect(code).toMatch(/^scheduling\.[a-z_]+\.[a-z_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });
});
