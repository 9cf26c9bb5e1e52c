// Every example a user reads compiles as a user would compile it: each block of README.md and docs/*.md and
// each TSDoc @example of a public function (tests/docs/code-blocks.ts) is its own module importing
// "practice-ops" and its subpaths, resolved as Node resolves them (the package's own exports map, so the
// BUILT types in dist/, not src/), under `strict: true` and `moduleResolution: "node16"`. One program holds
// every block, so the check costs one load of the package's types. A block whose fence says `fragment` is
// left out. Needs the types: `node scripts/build.mjs` (npm test builds them).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  allBlocks,
  completeBlocks,
  type ExampleModule,
  repo,
  toModule,
  UNMARKED_FRAGMENTS,
} from './code-blocks.js';

const built = join(repo, 'dist', 'index.d.ts');
const virtualDir = join(repo, '.doc-examples');

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  types: ['node'],
  noEmit: true,
  // The package's declarations are checked when they are built; here only their use is.
  skipLibCheck: true,
};

/** `readFixture(path)`: the page setups' only helper (docs/x12.md reads its fixture files with it). */
const HELPERS = 'declare global { function readFixture(path: string): string; }\nexport {};\n';

function diagnose(modules: readonly ExampleModule[]): Map<string, string[]> {
  const files = new Map<string, string>();
  for (const [i, m] of modules.entries())
    files.set(join(virtualDir, `example-${i}.ts`), `${m.source}\nexport {};\n`);
  const helpers = join(virtualDir, 'helpers.d.ts');
  files.set(helpers, HELPERS);
  const host = ts.createCompilerHost(OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, language, onError, create) => {
    const text = files.get(f);
    return text === undefined
      ? getSourceFile.call(host, f, language, onError, create)
      : ts.createSourceFile(f, text, language, true);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options: OPTIONS, host });
  const out = new Map<string, string[]>();
  modules.forEach((m, i) => {
    const file = program.getSourceFile(join(virtualDir, `example-${i}.ts`));
    const diagnostics = file === undefined ? [] : ts.getPreEmitDiagnostics(program, file);
    out.set(
      m.block.origin,
      diagnostics.map((d) => {
        const at =
          d.file !== undefined && d.start !== undefined
            ? d.file.getLineAndCharacterOfPosition(d.start)
            : null;
        const line = at === null ? '?' : `block line ${at.line - m.blockStartLine + 1}`;
        return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  });
  return out;
}

const modules = completeBlocks().map(toModule);

describe('the docs and TSDoc examples typecheck against the built package (strict, node16)', () => {
  it('finds the examples (the check is not vacuous) and the built types', () => {
    expect(
      existsSync(built),
      'dist/index.d.ts is missing: build the types first (node scripts/build.mjs)',
    ).toBe(true);
    expect(modules.filter((m) => m.block.file.startsWith('docs/')).length).toBeGreaterThan(40);
    expect(modules.filter((m) => m.block.file.startsWith('src/')).length).toBeGreaterThan(100);
  });

  it('lists as unmarked fragments only functions that still have an unmarked example', () => {
    const unmarked = new Set(
      allBlocks().flatMap((b) => (b.fragment || b.owner === undefined ? [] : [b.owner])),
    );
    expect([...UNMARKED_FRAGMENTS].filter((name) => !unmarked.has(name))).toEqual([]);
  });

  const results = existsSync(built) ? diagnose(modules) : new Map<string, string[]>();
  it.each(modules.map((m) => [m.block.origin] as const))('%s compiles', (origin) => {
    const problems = results.get(origin) ?? [];
    expect(problems, `${origin} does not compile:\n${problems.join('\n')}`).toEqual([]);
  });
});
