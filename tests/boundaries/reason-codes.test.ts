import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES_REASON_CODES } from '../../src/boundaries/index.js';

const SRC = join(import.meta.dirname, '../../src/boundaries');

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file === 'reason-codes.ts') continue;
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const match of text.matchAll(/'(boundaries\.[a-z_]+\.[a-z_0-9]+)'/g)) codes.add(match[1] as string);
  }
  return codes;
}

describe('BOUNDARIES_REASON_CODES', () => {
  it('lists every code the module emits', () => {
    const catalog = new Set(Object.keys(BOUNDARIES_REASON_CODES));
    const missing = [...emittedCodes()].filter((code) => !catalog.has(code));
    expect(missing).toEqual([]);
  });

  it('has no code that is never emitted', () => {
    const emitted = emittedCodes();
    const unused = Object.keys(BOUNDARIES_REASON_CODES).filter((code) => !emitted.has(code));
    expect(unused).toEqual([]);
  });

  it('namespaces every code as boundaries.<area>.<name> with a one-sentence meaning', () => {
    for (const [code, meaning] of Object.entries(BOUNDARIES_REASON_CODES)) {
      expect(code).toMatch(/^boundaries\.(scope|access|triage|reply|template|focus)\.[a-z_0-9]+$/);
      expect(meaning).toMatch(/\.$/);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(BOUNDARIES_REASON_CODES)).toBe(true);
  });
});
