// What an integrator writes must type-check wherever the library validates it. A schema with defaults or
// transforms has two types: its input (what a caller writes: defaulted fields optional) and its parsed output.
// A public function that validates an argument takes the input type (docs/conventions.md, "Arguments and
// options"); a parameter typed with the parsed type turns a literal that leaves a default out into a type
// error, though the function would accept it. This test reads the sources with the TypeScript checker and
// finds every such parameter (at any depth: an array's elements, an options object's fields, a `Pick`), and
// checks that each schema a module exports with such a difference has its `…Input` type beside it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { children, type Def, isSchema, type Node } from '../schema-walk.js';

const repo = join(import.meta.dirname, '..', '..');
const src = join(repo, 'src');

/** The package's subpaths: the root and each module's index. */
const ENTRIES = [
  'index.ts',
  'core/index.ts',
  'scheduling/index.ts',
  'intake/index.ts',
  'billing/index.ts',
  'billing/x12/index.ts',
  'credentialing/index.ts',
  'boundaries/index.ts',
  'ops/index.ts',
  'fhir/index.ts',
].map((f) => join(src, f));

interface TwoTypes {
  readonly name: string;
  readonly input: ts.Type;
  readonly output: ts.Type;
}

let program: ts.Program;
let checker: ts.TypeChecker;
/** Every schema declared in src/ whose input type is not its output type (a default or a transform). */
let schemas: TwoTypes[];

function loadProgram(): void {
  const config = ts.readConfigFile(join(repo, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, repo);
  program = ts.createProgram({ rootNames: ENTRIES, options: { ...options, noEmit: true } });
  checker = program.getTypeChecker();
}

/** The input and output types of a zod schema's type (`_zod.input`, `_zod.output`); undefined for other types. */
function twoTypes(type: ts.Type, at: ts.Node): { input: ts.Type; output: ts.Type } | undefined {
  const internals = type.getProperty('_zod');
  if (internals === undefined) return undefined;
  const zod = checker.getTypeOfSymbolAtLocation(internals, at);
  const input = zod.getProperty('input');
  const output = zod.getProperty('output');
  if (input === undefined || output === undefined) return undefined;
  return {
    input: checker.getTypeOfSymbolAtLocation(input, at),
    output: checker.getTypeOfSymbolAtLocation(output, at),
  };
}

function differs(t: { input: ts.Type; output: ts.Type }): boolean {
  return !checker.isTypeAssignableTo(t.input, t.output) || !checker.isTypeAssignableTo(t.output, t.input);
}

function collectSchemas(): TwoTypes[] {
  const found: TwoTypes[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(src)) continue;
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        const t = twoTypes(checker.getTypeAtLocation(d.name), d.name);
        // Only objects (and arrays of them) can hide a default from a caller's literal.
        if (t !== undefined && differs(t) && isObjectLike(t.output)) found.push({ name: d.name.text, ...t });
      }
    }
  }
  return found;
}

function isObjectLike(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Object) !== 0 || (type.isUnion() && type.types.some(isObjectLike));
}

/**
 * Values only the library builds (`buildAppointmentIndex`, `buildWaitlistIndex`), which a function checks by
 * class, not by schema: a caller passes what the builder returned, never a literal.
 */
const BUILT_BY_THE_LIBRARY = new Set(['AppointmentIndex', 'WaitlistIndex']);

function declaredInSrc(type: ts.Type): boolean {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const files = symbol?.declarations?.map((d) => d.getSourceFile().fileName) ?? [];
  // An anonymous object type (a literal in a signature, a mapped `Pick`) has its declaration where it is written.
  return files.length === 0 || files.some((f) => f.startsWith(src));
}

/**
 * The schema whose parsed type this parameter type is, or a `Pick` of (each of its fields of the same type as
 * the schema's), while the schema's input type does not fit it.
 */
function parsedSchemaOf(type: ts.Type, at: ts.Node): TwoTypes | undefined {
  const fields = type.getProperties();
  if (fields.length === 0) return undefined;
  const same = (a: ts.Type, b: ts.Type) =>
    checker.isTypeAssignableTo(a, b) && checker.isTypeAssignableTo(b, a);
  return schemas.find((s) => {
    if (!checker.isTypeAssignableTo(s.output, type) || checker.isTypeAssignableTo(s.input, type))
      return false;
    return fields.every((f) => {
      const field = s.output.getProperty(f.name);
      return (
        field !== undefined &&
        same(checker.getTypeOfSymbolAtLocation(f, at), checker.getTypeOfSymbolAtLocation(field, at))
      );
    });
  });
}

/** The places in a parameter's type that take a schema's parsed type, by path. */
function parsedTypeUses(type: ts.Type, path: string, at: ts.Node, seen: Set<ts.Type>, out: string[]): void {
  if (seen.has(type) || path.split('.').length > 6) return;
  seen.add(type);
  if (type.isUnion()) {
    for (const member of type.types) {
      const s = parsedSchemaOf(member, at);
      // `XInput | X` is right: the union takes what a caller writes.
      if (s !== undefined && !checker.isTypeAssignableTo(s.input, type)) out.push(`${path}: ${s.name}`);
      else if (s === undefined) parsedTypeUses(member, path, at, seen, out);
    }
    return;
  }
  if ((type.flags & ts.TypeFlags.Object) === 0) return;
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    for (const element of checker.getTypeArguments(type as ts.TypeReference))
      parsedTypeUses(element, `${path}[]`, at, seen, out);
    return;
  }
  if (type.getCallSignatures().length > 0 || BUILT_BY_THE_LIBRARY.has(type.getSymbol()?.name ?? '')) return;
  const s = parsedSchemaOf(type, at);
  if (s !== undefined) {
    out.push(`${path}: ${s.name}`);
    return;
  }
  if (!declaredInSrc(type)) return;
  for (const property of type.getProperties()) {
    parsedTypeUses(
      checker.getTypeOfSymbolAtLocation(property, at),
      `${path}.${property.name}`,
      at,
      seen,
      out,
    );
  }
}

/** Every exported function of the root, with its parameters that take a parsed type. */
function findParsedParameters(): string[] {
  const root = program.getSourceFile(ENTRIES[0] as string) as ts.SourceFile;
  const moduleSymbol = checker.getSymbolAtLocation(root) as ts.Symbol;
  const out: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if ((symbol.flags & ts.SymbolFlags.Function) === 0) continue;
    const type = checker.getTypeOfSymbolAtLocation(symbol, root);
    for (const signature of type.getCallSignatures()) {
      for (const parameter of signature.getParameters()) {
        const declaration = parameter.valueDeclaration ?? root;
        parsedTypeUses(
          checker.getTypeOfSymbolAtLocation(parameter, declaration),
          `${exported.name}(${parameter.name})`,
          declaration,
          new Set(),
          out,
        );
      }
    }
  }
  return [...new Set(out)].sort();
}

/** Whether a default or a transform is reachable from a schema: then what a caller writes is not what it gets. */
function hasDefaultOrTransform(root: Node): boolean {
  const seen = new Set<Node>();
  const visit = (node: Node): boolean => {
    if (seen.has(node)) return false;
    seen.add(node);
    const def = node._zod.def as Def;
    if (def.type === 'default' || def.type === 'prefault' || def.type === 'transform') return true;
    return children(def).some(visit);
  };
  return visit(root);
}

/**
 * Each module's exported schemas with defaults or transforms whose input type is not exported beside them: as
 * `…Input`, or as the schema's own name where that type is the input type (the options types).
 */
async function findMissingInputTypes(): Promise<string[]> {
  const out: string[] = [];
  for (const entry of ENTRIES.slice(1)) {
    const runtime = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
    const file = program.getSourceFile(entry) as ts.SourceFile;
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(file) as ts.Symbol);
    const types = new Map<string, ts.Type>();
    for (const e of exports) {
      const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
      if (target.flags & ts.SymbolFlags.Type) types.set(e.name, checker.getDeclaredTypeOfSymbol(target));
    }
    for (const [name, value] of Object.entries(runtime)) {
      if (!isSchema(value) || !hasDefaultOrTransform(value)) continue;
      const e = exports.find((x) => x.name === name) as ts.Symbol;
      const symbol = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
      const t = twoTypes(checker.getTypeOfSymbolAtLocation(symbol, file), file);
      if (t === undefined) continue;
      // The exported type takes whatever the schema takes (it may be readonly where zod's input is not).
      const takesInput = (declared: ts.Type | undefined) =>
        declared !== undefined && checker.isTypeAssignableTo(t.input, declared);
      if (!takesInput(types.get(`${name}Input`)) && !takesInput(types.get(name)))
        out.push(`${entry.slice(src.length + 1)}: ${name}Input`);
    }
  }
  return out;
}

beforeAll(() => {
  loadProgram();
  schemas = collectSchemas();
}, 120_000);

describe('the input types of the public API', () => {
  it('finds the schemas with defaults (the check looks at something)', () => {
    expect(schemas.map((s) => s.name)).toEqual(expect.arrayContaining(['ClaimBalance', 'PayerProfile']));
  });

  it('types every validated parameter with what a caller writes, never the parsed type', () => {
    expect(findParsedParameters()).toEqual([]);
  });

  it('exports the …Input type of every schema with defaults or transforms, beside it', async () => {
    expect(await findMissingInputTypes()).toEqual([]);
  });
});
