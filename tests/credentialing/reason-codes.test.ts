import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDENTIALING_ISSUE_CODES, CREDENTIALING_REASON_CODES } from '../../src/credentialing/index.js';

const SRC = join(import.meta.dirname, '../../src/credentialing');
const emitted = new Set<string>();
for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.ts') && f !== 'reason-codes.ts',
)) {
  for (const m of readFileSync(join(SRC, file), 'utf8').matchAll(/'(credentialing\.[a-z_]+\.[a-z_]+)'/g)) {
    emitted.add(m[1] as string);
  }
}
const catalog = new Set([
  ...Object.keys(CREDENTIALING_REASON_CODES),
  ...Object.keys(CREDENTIALING_ISSUE_CODES),
]);

describe('credentialing reason and issue codes', () => {
  it('lists every code the module emits', () => {
    expect([...emitted].filter((c) => !catalog.has(c))).toEqual([]);
  });

  it('lists no code the module never emits', () => {
    expect([...catalog].filter((c) => !emitted.has(c))).toEqual([]);
  });

  it('namespaces every code as credentialing.<area>.<name> and explains it in one sentence', () => {
    for (const [code, meaning] of Object.entries({
      ...CREDENTIALING_REASON_CODES,
      ...CREDENTIALING_ISSUE_CODES,
    })) {
      expect(code).toMatch(/^credentialing\.[a-z_]+\.[a-z_]+$/);
      expect(meaning).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('keeps reason codes and issue codes apart', () => {
    const overlap = Object.keys(CREDENTIALING_REASON_CODES).filter((c) => c in CREDENTIALING_ISSUE_CODES);
    expect(overlap).toEqual([]);
  });
});
