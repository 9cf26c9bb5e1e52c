// Every example a user reads runs against the BUILT package (dist/, loaded by Node as a user's import loads it):
// each ```ts block of README.md and docs/*.md and each TSDoc @example of a public function, as the module
// tests/docs/code-blocks.ts makes of it (its imports, the root names it uses, its page's setup), fragments
// left out. A result written `expr; //=> value` (or `console.log(expr); //=> value`) is checked: an object
// shows the fields that matter (others may follow), `…` stands for more items or any text, a value in words
// ("outcome 'not_ready', deadline …") is only run, and an expression followed by `// throws …` or by the
// error it throws must throw. Needs the build: `node scripts/build.mjs` (npm test runs it first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { completeBlocks, type ExampleModule, repo, toModule } from './code-blocks.js';

/** The package's entry points as a user names them (`practice-ops/x12`), each loaded from dist/. */
async function loadPackage(): Promise<Record<string, Record<string, unknown>>> {
  const { exports } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { import?: { default?: string } }>;
  };
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, target] of Object.entries(exports)) {
    const file = typeof target === 'string' ? undefined : target.import?.default;
    if (file === undefined || !file.endsWith('.js') || !existsSync(join(repo, file))) continue;
    out[key === '.' ? 'practice-ops' : `practice-ops/${key.slice(2)}`] = await import(
      pathToFileURL(join(repo, file)).href
    );
  }
  return out;
}

const ELLIPSIS = '__ELLIPSIS__';

/** The expected value of a `//=>` comment as a matcher, or undefined when it is prose. */
function expectedOf(text: string): unknown {
  for (const candidate of [text, text.replace(/\s*\([^()]*\)\s*$/, '')]) {
    const source = `(${candidate.replaceAll("'…'", `'${ELLIPSIS}'`).replaceAll('…', ELLIPSIS)})`;
    const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
    const [statement] = file.statements;
    const parsed = file as unknown as { parseDiagnostics: readonly unknown[] };
    if (parsed.parseDiagnostics.length > 0 || statement === undefined || !ts.isExpressionStatement(statement))
      continue;
    try {
      return matcherOf(statement.expression);
    } catch {
      // Not a value (names, prose): try without a trailing remark, else leave it unchecked.
    }
  }
  return undefined;
}

function matcherOf(node: ts.Expression): unknown {
  if (ts.isParenthesizedExpression(node)) return matcherOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    if (!node.text.includes(ELLIPSIS)) return node.text;
    const parts = node.text.split(ELLIPSIS).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return expect.stringMatching(new RegExp(`^${parts.join('[\\s\\S]*')}$`));
  }
  if (ts.isNumericLiteral(node)) return Number(node.text.replaceAll('_', ''));
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken)
    return -(matcherOf(node.operand) as number);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node) && node.text === 'undefined') return undefined;
  if (ts.isIdentifier(node) && node.text === 'NaN') return Number.NaN;
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.filter((e) => !(ts.isIdentifier(e) && e.text === ELLIPSIS));
    const matched = items.map((e) => matcherOf(e));
    return items.length < node.elements.length ? expect.arrayContaining(matched) : matched;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const p of node.properties) {
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === ELLIPSIS) continue;
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
        out[p.name.text] = matcherOf(p.initializer);
      else throw new Error('not a value');
    }
    return expect.objectContaining(out);
  }
  throw new Error('not a value');
}

/** `//=> …` (or `// => …`) comments after each top-level statement, joined with their `//` continuation lines. */
function resultComments(code: string, statement: ts.Statement): string | undefined {
  const after = code.slice(statement.end).split('\n');
  // The rest of the statement's line, then the comment lines that follow it.
  const lines: string[] = [];
  for (const [i, raw] of after.entries()) {
    const line = raw.trim().replace(/^\/\/\s+=>/, '//=>');
    if (i === 0 && line === '') continue;
    if (!line.startsWith('//')) {
      if (i === 0) continue;
      break;
    }
    lines.push(line);
  }
  // `// throws …`, `// ValidationError: …` or the error's issue lines (`//   $.path: …`): it must throw.
  if (/^\/\/\s*(?:throws\b|ValidationError\b|\$[.[])/.test(lines[0] ?? '')) return 'throws';
  if (/^\/\/=>\s*throws\b/.test(lines[0] ?? '')) return 'throws';
  const first = lines.findIndex((l) => l.startsWith('//=>'));
  if (first !== 0) return undefined;
  let text = (lines[0] as string).slice(4).trim();
  for (const next of lines.slice(1)) {
    if (next.startsWith('//=>') || next.startsWith('// ') === false) break;
    const body = next.slice(2).trim();
    if (body.startsWith('//')) break;
    text += ` ${body}`;
  }
  return text;
}

/** `console.log(x)`'s argument: a logged value with a `//=>` after it is checked as the value itself. */
function checkedExpression(expression: ts.Expression): ts.Expression {
  if (
    ts.isCallExpression(expression) &&
    expression.expression.getText() === 'console.log' &&
    expression.arguments.length === 1
  )
    return expression.arguments[0] as ts.Expression;
  return expression;
}

/** The example as JavaScript: each checked expression wrapped in a call to `__check`. */
function instrument(code: string): { js: string; checks: number } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  let out = '';
  let at = 0;
  let checks = 0;
  for (const statement of file.statements) {
    const comment = resultComments(code, statement);
    if (ts.isExpressionStatement(statement) && comment !== undefined) {
      const throws = comment === 'throws';
      out += code.slice(at, statement.getStart());
      const expression = checkedExpression(statement.expression).getText();
      out += `__check(() => (${expression}), ${JSON.stringify(comment)}, ${throws});`;
      at = statement.end;
      checks += 1;
    }
  }
  out += code.slice(at);
  return {
    // `import.meta` makes the code a module, which TypeScript marks with an `export {}` a function body cannot hold.
    js: ts
      .transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022 } })
      .outputText.replace(/^export \{\};?$/m, ''),
    checks,
  };
}

/** `const { a, b: c } = __imports['practice-ops/x'];` for each value import of the module. */
function bindImports(module: ExampleModule, loaded: Record<string, Record<string, unknown>>): string {
  return module.imports
    .map((i) => {
      if (loaded[i.from] === undefined)
        throw new Error(`${module.block.origin}: cannot run an import from ${i.from}`);
      const from = `__imports[${JSON.stringify(i.from)}]`;
      const named = i.bindings.filter(([name]) => name !== '*').map(([name, local]) => `${name}: ${local}`);
      const namespaces = i.bindings
        .filter(([name]) => name === '*')
        .map(([, local]) => `const ${local} = ${from};`);
      return [...namespaces, ...(named.length > 0 ? [`const { ${named.join(', ')} } = ${from};`] : [])].join(
        '\n',
      );
    })
    .join('\n');
}

/** A console that keeps what an example prints out of the test's output. */
const quietConsole = { log: (): void => undefined, info: (): void => undefined, warn: (): void => undefined };

/** Runs one example; returns how many written results it checked. */
function run(module: ExampleModule, loaded: Record<string, Record<string, unknown>>): number {
  const { js, checks } = instrument(module.body);
  const origin = module.block.origin;
  let checked = 0;
  const check = (thunk: () => unknown, comment: string, throws: boolean): void => {
    if (throws) {
      expect(thunk, `${origin} // throws`).toThrow(/./);
      checked += 1;
      return;
    }
    const actual = thunk();
    const expected = expectedOf(comment);
    if (expected !== undefined || /^undefined\b/.test(comment)) {
      expect(actual, `${origin} //=> ${comment}`).toEqual(expected);
      checked += 1;
    }
  };
  const readFixture = (path: string) => readFileSync(join(repo, path), 'utf8');
  // An example's `import.meta.url` is a module at the repository's root, where the package resolves itself.
  const importMetaUrl = pathToFileURL(join(repo, 'example.mjs')).href;
  const body = new Function(
    '__check',
    '__imports',
    'readFixture',
    'console',
    '__importMetaUrl',
    `${bindImports(module, loaded)}\n${js.replaceAll('import.meta.url', '__importMetaUrl')}`,
  );
  body(check, loaded, readFixture, quietConsole, importMetaUrl);
  expect(checked).toBeLessThanOrEqual(checks);
  return checked;
}

const modules = completeBlocks().map(toModule);
const loaded = existsSync(join(repo, 'dist', 'index.js')) ? await loadPackage() : {};
// Node's built-in modules an example imports (`node:module` for createRequire, …).
for (const from of new Set(modules.flatMap((m) => m.imports.map((i) => i.from))))
  if (from.startsWith('node:')) loaded[from] = await import(from);
let checkedResults = 0;

describe('the docs and TSDoc examples run against the built package', () => {
  it('finds the examples of every page and the built package (the test is not vacuous)', () => {
    expect(loaded['practice-ops'], 'dist/ is missing: build first (node scripts/build.mjs)').toBeDefined();
    const docs = modules.filter((m) => !m.block.file.startsWith('src/'));
    expect(docs.length).toBeGreaterThan(40);
    expect(new Set(docs.map((m) => m.block.file)).size).toBeGreaterThan(8);
    expect(modules.length - docs.length).toBeGreaterThan(100);
  });

  it.each(modules.map((m) => [m.block.origin, m] as const))('%s runs as written', (_origin, module) => {
    checkedResults += run(module, loaded);
  });

  // Runs after the examples above (a file's tests run in order).
  it('checks most written results, not only runs them', () => {
    expect(checkedResults).toBeGreaterThan(150);
  });
});
