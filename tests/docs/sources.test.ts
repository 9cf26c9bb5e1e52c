import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_CODE_CATALOG } from '../../src/billing/coding/service-codes.js';
import { DENIAL_CODE_TABLE } from '../../src/billing/remittance/denial-codes.js';

// Code, guides and README cite only public sources, by key, and every key has an entry in docs/sources.md.
const root = join(import.meta.dirname, '../..');
const SOURCES = 'docs/sources.md';

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f).split('\\').join('/'))
    .filter((f) => !f.startsWith('docs/api/') && keep(f));
}

const srcFiles = filesUnder('src', (f) => /\.(ts|json)$/.test(f));
const docFiles = filesUnder('docs', (f) => f.endsWith('.md'));
const shipped = [...srcFiles, ...docFiles, 'README.md'];
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

// Internal notes (the shared rules and peers notebooks, the design notes), their [S12]-style keys and
// peer keys such as [SP3] or [TN-E4], and issue numbers of this project's tracker ship nowhere.
const INTERNAL = [
  /rules\.md|peers\.md|DESIGN\.md|STYLE\.md/,
  /\[S[0-9]+[a-z]?\]/,
  /\[[A-Z]{1,3}(?:-[A-Z])?[0-9]+[a-z]?\]/,
  /\b[Ii]ssues? #?[0-9]+|\bthe issue\b/,
];

/** Every `### key` entry of docs/sources.md with the lines of its body. */
function entries(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of read(SOURCES).split('\n')) {
    const heading = /^### (\S+)\s*$/.exec(line);
    if (heading) {
      current = [];
      out.set(heading[1] as string, current);
    } else if (/^#{1,3} /.test(line)) current = null;
    else if (current && line.trim() !== '' && !/^<a id=/.test(line)) current.push(line);
  }
  return out;
}

/** Keys cited in a source file: `[sources: a, b]` in comments (may wrap), and the data tables' fields. */
function keysInCode(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/\[sources:([^\]]*)\]/g)) {
    keys.push(...(m[1] as string).split(/[\s,*/]+/).filter((k) => k !== ''));
  }
  // The service-code catalog's `sources: ['…']`.
  for (const m of text.matchAll(/\bsources: \[([^\]]*)\]/g)) {
    keys.push(...[...(m[1] as string).matchAll(/'([^']+)'/g)].map((k) => k[1] as string));
  }
  // The denial table's and credentialing durations' `source: 'key, key'` (a practice's own note has no keys).
  for (const m of text.matchAll(/\bsource: '([^']+)'/g)) {
    const tokens = (m[1] as string).split(/,\s*/);
    if (tokens.every((t) => /^[a-z0-9][a-z0-9.]*-[a-z0-9.-]+$/.test(t))) keys.push(...tokens);
  }
  return keys;
}

/** Keys cited in markdown: links to docs/sources.md by any relative path, and `[sources: …]` as in code. */
function keysInMarkdown(text: string): string[] {
  const links = [...text.matchAll(/\((?:[\w./-]*\/)?sources\.md#([^)\s]+)\)/g)].map((m) => m[1] as string);
  // Inline code shows the form (`[sources: …]`) rather than citing.
  const prose = text.replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/\[sources:([^\]]*)\]/g)].flatMap((m) =>
    (m[1] as string).split(/[\s,*/]+/).filter((k) => k !== ''),
  );
  return [...links, ...inline];
}

function citations(): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  const add = (key: string, file: string) => byKey.set(key, [...(byKey.get(key) ?? []), file]);
  for (const file of srcFiles) for (const key of keysInCode(read(file))) add(key, file);
  for (const file of [...docFiles, 'README.md']) {
    if (file === SOURCES) continue;
    for (const key of keysInMarkdown(read(file))) add(key, file);
  }
  return byKey;
}

describe('public sources', () => {
  it('has docs/sources.md', () => {
    expect(existsSync(join(root, SOURCES))).toBe(true);
  });

  it('cites no internal notes, source keys or issue numbers in src/, docs/ or README.md', () => {
    const found = shipped.flatMap((file) =>
      read(file)
        .split('\n')
        .flatMap((line, i) =>
          INTERNAL.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    // Cite a public source instead: an entry in docs/sources.md, as [sources: key] in code and as a
    // [key](sources.md#key) link in the guides; say "a practice choice" where there is no rule.
    expect(found).toEqual([]);
  });

  it('has an entry in docs/sources.md for every key cited in code, guides and README', () => {
    const known = entries();
    const missing = [...citations()]
      .filter(([key]) => !known.has(key))
      .map(([key, files]) => `${key} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('cites every entry of docs/sources.md somewhere (no dead entries)', () => {
    const cited = citations();
    expect([...entries().keys()].filter((key) => !cited.has(key))).toEqual([]);
  });

  it('gives every entry a citation and a line on what it says, under one key each', () => {
    const text = read(SOURCES);
    const headings = [...text.matchAll(/^### (\S+)\s*$/gm)].map((m) => m[1] as string);
    expect(headings.filter((key, i) => headings.indexOf(key) !== i)).toEqual([]);
    for (const key of headings) expect(key, key).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
    const thin = [...entries()].filter(([, body]) => body.length < 2).map(([key]) => key);
    expect(thin).toEqual([]);
  });

  it('puts the anchor of a key with a dot right above its heading, so a link lands on that entry', () => {
    const lines = read(SOURCES).split('\n');
    const misplaced: string[] = [];
    lines.forEach((line, i) => {
      const anchor = /^<a id="([^"]+)"><\/a>$/.exec(line);
      if (anchor) {
        const next = lines.slice(i + 1).find((l) => l.trim() !== '');
        if (next !== `### ${anchor[1]}`) misplaced.push(`${anchor[1]} (line ${i + 1})`);
      }
    });
    expect(misplaced).toEqual([]);
    const anchored = new Set(lines.flatMap((l) => /^<a id="([^"]+)">/.exec(l)?.[1] ?? []));
    expect([...entries().keys()].filter((key) => key.includes('.') && !anchored.has(key))).toEqual([]);
  });

  it('names a public address in every entry', () => {
    expect(
      [...entries()].filter(([, body]) => !body.some((l) => /<https?:\/\/[^>\s]+>/.test(l))).map(([k]) => k),
    ).toEqual([]);
  });

  it('has an entry for every key the built-in tables cite, read from the tables themselves', () => {
    const known = entries();
    const cited = [
      ...Object.values(DENIAL_CODE_TABLE).flatMap((rule) => rule.source.split(/,\s*/)),
      ...Object.values(SERVICE_CODE_CATALOG).flatMap((code) => code.sources),
    ];
    expect(cited.length).toBeGreaterThan(0);
    expect([...new Set(cited)].filter((key) => !known.has(key))).toEqual([]);
  });

  it('reads a wrapped citation and the data tables, and sees an internal key on any line', () => {
    const code =
      "// a rule [sources: cfr-42-424.44,\n * cms-mcpm-ch1-70]; sources: ['x12-carc'], source: 'x12-835, x12-rarc'";
    expect(keysInCode(code)).toEqual(['cfr-42-424.44', 'cms-mcpm-ch1-70', 'x12-carc', 'x12-835', 'x12-rarc']);
    expect(keysInCode("source: 'our policy'")).toEqual([]);
    expect(keysInMarkdown('see [x](sources.md#x12-835) and [y](docs/sources.md#cfr-42-424.44)')).toEqual([
      'x12-835',
      'cfr-42-424.44',
    ]);
    expect(
      keysInMarkdown('[a](./sources.md#ncqa-cr), [b](../docs/sources.md#x12-carc) [sources: cms-mue]'),
    ).toEqual(['ncqa-cr', 'x12-carc', 'cms-mue']);
    for (const line of [
      'per rules.md §2.5',
      'fee [S14]',
      'peers [SP3]',
      'reminders [TN-E4]',
      'from issue 4',
    ]) {
      expect(
        INTERNAL.some((re) => re.test(line)),
        line,
      ).toBe(true);
    }
    expect(INTERNAL.some((re) => re.test('[sources: x12-carc] and RFC 5545 §3.3.10'))).toBe(false);
  });
});
