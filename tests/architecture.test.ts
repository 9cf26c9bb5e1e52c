import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAINS = ['scheduling', 'intake', 'billing', 'credentialing', 'boundaries'] as const;
const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** The top-level folder of src/ that a relative import from `file` lands in, or null for packages. */
function targetFolder(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(join(root, 'src'), join(root, file, '..', specifier));
  return target.split(/[\\/]/)[0] ?? null;
}

describe('layers', () => {
  it.each(DOMAINS)('src/%s imports only src/core and itself', (domain) => {
    const offending = sourceFiles(`src/${domain}`).flatMap((file) =>
      imports(file)
        .filter((spec) => {
          const folder = targetFolder(file, spec);
          return folder !== null && folder !== 'core' && folder !== domain;
        })
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('src/core knows no domain module', () => {
    const offending = sourceFiles('src/core').flatMap((file) =>
      imports(file).filter((spec) => {
        const folder = targetFolder(file, spec);
        return folder !== null && folder !== 'core';
      }),
    );
    expect(offending).toEqual([]);
  });

  it('src/ops reaches other modules only through their public index or their internal entry', () => {
    const offending = sourceFiles('src/ops').flatMap((file) =>
      imports(file)
        .filter((spec) => {
          const folder = targetFolder(file, spec);
          if (folder === null || folder === 'ops') return false;
          return !spec.endsWith(`${folder}/index.js`) && !spec.endsWith(`${folder}/internal.js`);
        })
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('only src/cli and src/ops import src/ops or src/cli', () => {
    const offending = sourceFiles('src')
      .filter((f) => !f.startsWith('src/cli') && !f.startsWith('src/ops') && f !== 'src/index.ts')
      .flatMap((file) =>
        imports(file).filter((spec) => ['ops', 'cli'].includes(targetFolder(file, spec) ?? '')),
      );
    expect(offending).toEqual([]);
  });
});

describe('purity outside src/cli', () => {
  const forbidden: [string, RegExp][] = [
    ['reads the clock', /Date\.now\(|new Date\(\s*\)|DateTime\.(now|local)\(|performance\.now\(/],
    ['draws random numbers', /Math\.random\(|crypto\.random/],
    ['prints', /\bconsole\./],
    ['touches the process', /\bprocess\./],
    ['does I/O', /from ['"]node:|require\(/],
    ["changes luxon's global Settings", /\bSettings\./],
  ];

  it.each(forbidden)('no file under src/ (outside src/cli) %s', (_what, pattern) => {
    const offending = sourceFiles('src')
      .filter((f) => !f.startsWith('src/cli'))
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ line, i }))
          // Comments may talk about the rule; code may not break it.
          .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && pattern.test(line))
          .map(({ i }) => `${file}:${i + 1}`),
      );
    expect(offending).toEqual([]);
  });

  it('finds a violation when one is planted (the check itself works)', () => {
    expect(/Date\.now\(|new Date\(\s*\)/.test('const t = new Date();')).toBe(true);
    expect(targetFolder('src/billing/aging.ts', '../scheduling/index.js')).toBe('scheduling');
    expect(targetFolder('src/billing/aging.ts', './claim.js')).toBe('billing');
    expect(targetFolder('src/billing/aging.ts', 'zod')).toBeNull();
  });
});

describe('public entry points', () => {
  it.each([...DOMAINS, 'core', 'ops'])('src/%s/index.ts lists its exports by name', (module) => {
    const text = readFileSync(join(root, 'src', module, 'index.ts'), 'utf8');
    expect(text).not.toMatch(/export \* from/);
  });
});

describe('the FHIR adapters (src/fhir)', () => {
  it('reach other modules only through their public index or their internal entry', () => {
    const offending = sourceFiles('src/fhir').flatMap((file) =>
      imports(file)
        .filter((spec) => {
          const folder = targetFolder(file, spec);
          if (folder === null || folder === 'fhir') return false;
          return !spec.endsWith(`${folder}/index.js`) && !spec.endsWith(`${folder}/internal.js`);
        })
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('are imported by no module (only the root re-exports them)', () => {
    const offending = sourceFiles('src')
      .filter((f) => !f.startsWith('src/fhir') && f !== 'src/index.ts')
      .flatMap((file) => imports(file).filter((spec) => targetFolder(file, spec) === 'fhir'));
    expect(offending).toEqual([]);
  });

  it('list their exports by name', () => {
    expect(readFileSync(join(root, 'src', 'fhir', 'index.ts'), 'utf8')).not.toMatch(/export \* from/);
  });
});
