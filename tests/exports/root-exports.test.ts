// The package root is what a user calls: every function, record and policy schema (with its type of the
// same name) and constant of the modules, nothing else. Types that are not schemas and the options
// schemas stay on the module subpaths. This test keeps src/index.ts and the modules in step, holds the
// count under the line the API review set, and requires TSDoc with an example on every root name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as billing from '../../src/billing/index.js';
import * as x12 from '../../src/billing/x12/index.js';
import * as boundaries from '../../src/boundaries/index.js';
import * as core from '../../src/core/index.js';
import * as credentialing from '../../src/credentialing/index.js';
import * as fhir from '../../src/fhir/index.js';
import * as root from '../../src/index.js';
import * as intake from '../../src/intake/index.js';
import * as ops from '../../src/ops/index.js';
import * as scheduling from '../../src/scheduling/index.js';

const MODULES = { billing, x12, boundaries, core, credentialing, fhir, intake, ops, scheduling };
// Raised from 450 (2026-12-06): four audits of one round found the root full and left new schemas and functions
// (exclusion screening, Medicaid exemptions, Medicare filing exceptions, the 837P service facility, a client's right of
// access) type-only or internal. Raised to 500 (2026-12-07): the twenty-fourth round's audits added Medicare's
// incident-to and ordering checks, the per-claim Medicaid facts and a minor's consent to substance-use treatment by
// state (477 names). Raised to 525 (2026-12-07, twenty-seventh round): the 277 claim status reader, FHIR references
// by identifier and the 42 CFR 2.31 consent contents brought it to 500. The root is the union of the modules' values,
// so this line caps the whole public API, not the root's choice of names: each raise is the review it asks for.
const MAX_ROOT_NAMES = 525;

const isOptionsSchema = (name: string, value: unknown): boolean =>
  name.endsWith('Options') && typeof value === 'object' && value !== null && '_zod' in value;

/** Every name the root's declarations export, values and types, with the TSDoc of what it names. */
function rootDeclarations(): { name: string; typeOnly: boolean; summary: string; hasExample: boolean }[] {
  const file = join(import.meta.dirname, '..', '..', 'src', 'index.ts');
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('src/index.ts did not load');
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return {
      name: exported.name,
      typeOnly: (symbol.flags & ts.SymbolFlags.Value) === 0,
      summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
      hasExample: symbol.getJsDocTags(checker).some((t) => t.name === 'example'),
    };
  });
}

describe('the package root', () => {
  it('exports every value of every module except the options schemas, and nothing else', () => {
    const expected = Object.values(MODULES)
      .flatMap((m) => Object.entries(m).filter(([name, value]) => !isOptionsSchema(name, value)))
      .map(([name]) => name)
      .sort();
    const message =
      'src/index.ts names every value a module index exports (not the …Options schemas): add the new name there';
    expect(Object.keys(root).sort(), message).toEqual([...new Set(expected)]);
  });

  const declarations = rootDeclarations();

  it(`exports fewer than ${MAX_ROOT_NAMES} names, none of them type-only`, () => {
    expect(declarations.length).toBeLessThan(MAX_ROOT_NAMES);
    expect(declarations.filter((d) => d.typeOnly).map((d) => d.name)).toEqual([]);
    expect(declarations.map((d) => d.name).sort()).toEqual(Object.keys(root).sort());
  });

  it('names every function with a verb from docs/conventions.md (validate and reason are the two named exceptions)', () => {
    const conventions = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'conventions.md'), 'utf8');
    const table = conventions.slice(0, conventions.indexOf('## Arguments and options'));
    const verbs = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap(([, cell]) =>
      [...(cell ?? '').matchAll(/`([a-z][A-Za-z]*)…`/g)].map(([, verb]) => verb ?? ''),
    );
    expect(verbs).toContain('evaluate');
    const verb = new RegExp(`^(${verbs.join('|')})[A-Z0-9]`);
    const functions = Object.entries(root)
      .filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name))
      .map(([name]) => name);
    const exceptions = ['reason', 'safeValidate', 'validate'];
    expect(functions.filter((name) => !verb.test(name) && !exceptions.includes(name))).toEqual([]);
  });

  it('documents every root name with a summary and an example', () => {
    expect(declarations.filter((d) => d.summary === '').map((d) => d.name)).toEqual([]);
    expect(declarations.filter((d) => !d.hasExample).map((d) => d.name)).toEqual([]);
  });
});
