import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers, bottom up: core; the domain modules, which stand on core alone; the adapters (ops, the wire
// formats, the CLI), which stand on the modules' entry points. A new top-level folder of src/ must be
// placed in one of them here before it can land.
const DOMAINS = ['scheduling', 'intake', 'billing', 'credentialing', 'boundaries'] as const;
const ADAPTERS = ['fhir', 'ops', 'cli'] as const;
const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f).split('\\').join('/'));
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** Imports that load code at run time (`import type` is erased, so it cannot make a cycle). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s*['"]([^'"]+)['"]/gms)].map(
    (m) => m[1] as string,
  );
}

/** The file under src/ a relative import from `file` lands on (`src/core/index.ts`), or null for packages. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(root, join(root, file, '..', specifier))
    .split('\\')
    .join('/')
    .replace(/\.js$/, '.ts');
}

/** The top-level folder of src/ that a relative import from `file` lands in, or null for packages. */
function targetFolder(file: string, specifier: string): string | null {
  const to = target(file, specifier);
  return to === null ? null : (to.split('/')[1] ?? null);
}

/** `file imports spec` for each import of a file under `dir` into another folder that `allowed` refuses. */
function crossings(dir: string, allowed: (folder: string, to: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    imports(file)
      .filter((spec) => {
        const folder = targetFolder(file, spec);
        const to = target(file, spec);
        return folder !== null && to !== null && folder !== dir.slice(4) && !allowed(folder, to);
      })
      .map((spec) => `${file} imports ${spec}`),
  );
}

const entry = (folder: string, to: string) =>
  to === `src/${folder}/index.ts` || to === `src/${folder}/internal.ts`;

describe('layers', () => {
  it('places every top-level folder of src/ in a layer', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => f !== 'core' && ![...DOMAINS, ...ADAPTERS].includes(f as never))).toEqual(
      [],
    );
  });

  it('src/core knows no other module', () => {
    expect(crossings('src/core', () => false)).toEqual([]);
  });

  it.each(DOMAINS)('src/%s imports only core/index.js and core/internal.js from outside itself', (domain) => {
    expect(crossings(`src/${domain}`, (folder, to) => folder === 'core' && entry(folder, to))).toEqual([]);
  });

  it.each(ADAPTERS)('src/%s reaches other modules only through their index.js or internal.js', (adapter) => {
    expect(crossings(`src/${adapter}`, entry)).toEqual([]);
  });

  it('src/cli reaches the library only through module index.js and internal.js files (each one module of the build)', () => {
    expect(crossings('src/cli', entry)).toEqual([]);
  });

  it('only src/cli imports src/ops, and nothing imports src/cli', () => {
    const offending = sourceFiles('src')
      .filter((f) => f !== 'src/index.ts')
      .flatMap((file) =>
        imports(file)
          .filter((spec) => {
            const folder = targetFolder(file, spec);
            const from = file.split('/')[1];
            if (folder === from) return false;
            return folder === 'cli' || (folder === 'ops' && from !== 'cli');
          })
          .map((spec) => `${file} imports ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it('the package root re-exports each public module index and nothing else', () => {
    const specs = imports('src/index.ts');
    expect(specs.filter((s) => !/^\.\/[a-z]+(?:\/[a-z0-9]+)?\/index\.js$/.test(s))).toEqual([]);
  });

  it('has no import cycle between files (run-time imports)', () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles('src')) {
      graph.set(
        file,
        runtimeImports(file)
          .map((spec) => target(file, spec))
          .filter((to): to is string => to !== null),
      );
    }
    expect(findCycle(graph)).toEqual([]);
  });

  it('keeps internal.ts out of the package exports: every subpath is a module index', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const targets = JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g) ?? [];
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !/^\.\/dist\/(?:[a-z0-9]+\/)*index\.(?:d\.c?ts|c?js)$/.test(t))).toEqual([]);
    expect(Object.keys(pkg.exports).filter((k) => /internal/.test(k))).toEqual([]);
  });
});

/** One cycle of `graph` as the files along it, or `[]` when there is none (depth-first search). */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] => {
    if (state.get(node) === 'done') return [];
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle.length > 0) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return [];
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle.length > 0) return cycle;
  }
  return [];
}

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
    expect(target('src/ops/queue/work-task.ts', '../../billing/internal.js')).toBe('src/billing/internal.ts');
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
          ['c', ['a', 'b']],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('public entry points', () => {
  it.each([...DOMAINS, 'core', 'ops'])('src/%s/index.ts lists its exports by name', (module) => {
    const text = readFileSync(join(root, 'src', module, 'index.ts'), 'utf8');
    expect(text).not.toMatch(/export \* from/);
    // What another layer needs but users must not see stays in internal.ts, never re-exported.
    expect(imports(`src/${module}/index.ts`).filter((spec) => /internal\.js$/.test(spec))).toEqual([]);
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
