// The code the docs show a user: every ```ts (or ```typescript) block of README.md, CONTRIBUTING.md and
// docs/*.md, and every fenced block of a TSDoc @example on a public function in src/. Each becomes one module as a user would
// write it: its own imports, then `import { … } from 'practice-ops'` for the root names it uses without
// importing them, then its page's setup (PAGE_SETUP below: the values a page's examples share), then its code.
// A block whose fence says `fragment` (```ts fragment) is deliberately incomplete and is neither typechecked
// nor run (CONTRIBUTING.md, "Examples in the docs").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const repo = join(import.meta.dirname, '..', '..');

/** One code block a reader sees, where it is, and whether it says it is a fragment. */
export interface CodeBlock {
  /** `docs/x12.md:71` or `src/ops/queue/build-work-queue.ts:40`: the block's first code line. */
  readonly origin: string;
  /** The page (`README.md`, `docs/…`) or source file it is in. */
  readonly file: string;
  /** The public function whose TSDoc holds the block (`postRemittance`); undefined on a page. */
  readonly owner?: string;
  readonly code: string;
  readonly fragment: boolean;
}

/** A fence line opening a TypeScript block, with its markers (`fragment`), or undefined. */
function openingFence(line: string): { fragment: boolean } | undefined {
  const match = /^\s*```(ts|typescript)((?:\s+[\w-]+)*)\s*$/.exec(line);
  if (match === null) return undefined;
  const markers = (match[2] ?? '').trim().split(/\s+/).filter(Boolean);
  const unknown = markers.filter((m) => m !== 'fragment');
  if (unknown.length > 0)
    throw new Error(`unknown code block marker(s) ${unknown.join(', ')}: "${line.trim()}"`);
  return { fragment: markers.includes('fragment') };
}

/** The TypeScript blocks of some lines: `firstLine` is the 1-based number of `lines[0]` in its file. */
function fencedBlocks(
  file: string,
  lines: readonly string[],
  firstLine: number,
  owner?: string,
): CodeBlock[] {
  const out: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = openingFence(lines[i] ?? '');
    if (fence === undefined) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end += 1;
    out.push({
      origin: `${file}:${firstLine + start}`,
      file,
      ...(owner === undefined ? {} : { owner }),
      code: lines.slice(start, end).join('\n'),
      fragment: fence.fragment,
    });
    i = end;
  }
  return out;
}

/** The pages a user reads: README.md, CONTRIBUTING.md (its advice on typing values) and every guide in docs/. */
export const PAGES: readonly string[] = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Every TypeScript block of README.md and docs/*.md. */
export function markdownBlocks(): CodeBlock[] {
  return PAGES.flatMap((page) => fencedBlocks(page, readFileSync(join(repo, page), 'utf8').split('\n'), 1));
}

/** The root names of the package (src/index.ts's export list): what a block may use without importing. */
export const ROOT_NAMES: ReadonlySet<string> = (() => {
  const text = readFileSync(join(repo, 'src', 'index.ts'), 'utf8');
  const file = ts.createSourceFile('index.ts', text, ts.ScriptTarget.ES2022, false);
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || statement.exportClause === undefined) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) names.add(element.name.text);
  }
  return names;
})();

/** Every fenced block of the TSDoc @example tags on the public functions (root names) declared in src/. */
export function tsdocExamples(): CodeBlock[] {
  const files = readdirSync(join(repo, 'src'), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.ts') && !f.startsWith('cli/') && !f.endsWith('index.ts'))
    .sort();
  return files.flatMap((f) => {
    const file = `src/${f}`;
    const text = readFileSync(join(repo, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const out: CodeBlock[] = [];
    for (const statement of source.statements) {
      if (!ts.isFunctionDeclaration(statement) || statement.name === undefined) continue;
      if (!ROOT_NAMES.has(statement.name.text)) continue;
      if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const range of ts.getLeadingCommentRanges(text, statement.pos) ?? []) {
        const comment = text.slice(range.pos, range.end);
        if (!comment.startsWith('/**')) continue;
        const firstLine = source.getLineAndCharacterOfPosition(range.pos).line + 1;
        const lines = comment
          .split('\n')
          .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''));
        // Only the lines of @example sections: from the tag to the next block tag.
        let inExample = false;
        const kept = lines.map((line) => {
          if (/^@\w+/.test(line)) inExample = line.startsWith('@example');
          return inExample ? line : '';
        });
        out.push(...fencedBlocks(file, kept, firstLine, statement.name.text));
      }
    }
    return out;
  });
}

const ts2 = (code: string): string => code.trim();

/**
 * What an example may use without defining it, per page: TypeScript, typed as a user would type values they
 * build before a call (the literal types a schema asks for), shared by the page's examples.
 */
export const PAGE_SETUP: Readonly<Record<string, string>> = {
  'docs/ops.md': ts2(`
    const data = generateDemoPractice();
    const text = JSON.stringify(data);`),
  'docs/scheduling.md': ts2(`
    import type { SchedulingSeriesInput } from 'practice-ops/scheduling';
    const series: SchedulingSeriesInput = { id: 'ser-1', clinicianId: 'clin-1', clientIds: ['cl-1'],
      type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
      zone: 'America/New_York', startDate: '2026-03-03', startTime: '09:00', frequency: 'weekly', count: 10 };`),
  'docs/billing.md': ts2(`
    const benefits: Parameters<typeof estimatePatientShare>[0] = { clientId: 'cl-1', payerId: 'aetna', verifiedOn: '2026-01-05',
      coverageActive: true, inNetwork: true, planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', copayCents: 0,
      copayBeforeDeductible: false, coinsuranceBasisPoints: 2000, deductibleCents: 50000,
      deductibleMetCents: 35000, outOfPocketMaximumCents: 500000, outOfPocketMetCents: 0, visitLimit: null, noVisitLimit: true,
      visitsUsed: 0, authorizationRequired: false };
    const address = { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701' } as const;
    const completeDraft: Parameters<typeof evaluateSuperbill>[0] = { provider: { name: 'Jordan Lee', npi: '1234567893',
      taxId: '12-3456789', licenseNumber: 'LMFT 12345', licenseState: 'TX', address, phone: '+15125550100' },
      client: { name: 'Ava Reyes', dateOfBirth: '1990-04-12', memberId: 'W1', address },
      diagnosisCodes: ['F41.1'], lines: [{ dateOfService: '2026-03-02', code: '90834', units: 1,
      placeOfService: '11', diagnosisPointers: [1], chargeCents: 15000 }], amountPaidCents: 15000,
      issuedOn: '2026-03-05', signature: { signedBy: 'Jordan Lee', signedOn: '2026-03-05' } };`),
  'docs/billing-claims.md': ts2(`
    type ClaimInput = Parameters<typeof moveClaim>[0];
    const line: ClaimInput['lines'][number] = { lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834',
      placeOfService: '11', units: 1, chargeCents: 15000, diagnosisPointers: [1] };
    const draftClaim: ClaimInput = { claimId: 'c-1', clientId: 'cl-1', payerId: 'p-1', diagnosisCodes: ['F41.1'],
      lines: [line] };
    const readyClaim: ClaimInput = { ...draftClaim, status: 'ready',
      history: [{ from: 'draft', to: 'ready', on: '2026-03-02' }] };`),
  'docs/x12.md': ts2(`
    type Write837POptions = Parameters<typeof write837P>[1];
    const text = readFixture('tests/billing/x12/fixtures/medicare-835-sequestration-plb.edi');
    const cutShort = text.slice(0, -20);
    const badAmount = text.replace('CLP*c-1001*19*150*', 'CLP*c-1001*19*150.005*');
    const claims: Parameters<typeof postRemittance>[1] = [];
    const balances: Parameters<typeof postRemittance>[2] = [];
    const response = readFixture('tests/billing/x12/fixtures/commercial-271-mental-health.edi');
    const carveOutResponse = readFixture('tests/billing/x12/fixtures/behavioral-health-carve-out-271.edi');
    const text999 = readFixture('tests/billing/x12/fixtures/rejected-837p-999.edi');
    const text277 = readFixture('tests/billing/x12/fixtures/claim-acknowledgment-277ca.edi');
    const text277Status = readFixture('tests/billing/x12/fixtures/claim-status-277.edi');
    const address = { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' } as const;
    const submitter: Write837POptions['submitter'] = { name: 'HARBOR COUNSELING GROUP', contactName: 'BILLING OFFICE',
      phone: '5035550100' };
    const receiver: Write837POptions['receiver'] = { name: 'SUMMIT HEALTH PLAN' };
    const billingProvider: Write837POptions['billingProvider'] = { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567',
      address: { line1: '200 MAIN ST', city: 'PORTLAND', state: 'OR', postalCode: '972011234' } };
    const payers: Write837POptions['payers'] = { summit: { name: 'SUMMIT HEALTH PLAN', id: '60054',
      filingIndicator: 'CI', profile: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'summit' } } };
    const clients: Write837POptions['clients'] = { 'client-lane': { memberId: 'W123456789', lastName: 'LANE',
      firstName: 'ALEX', birthDate: '1990-02-14', sex: 'F', address } };
    const clinicians: Write837POptions['clinicians'] = {
      'assoc-kim': { npi: '1234567893', lastName: 'KIM', firstName: 'JORDAN', taxonomy: '101YM0800X' },
      'dr-lee': { npi: '1679576722', lastName: 'LEE', firstName: 'MORGAN' } };
    const readyClaims: Parameters<typeof write837P>[0] = [{ claimId: 'c-3001', clientId: 'client-lane', payerId: 'summit',
      renderingClinicianId: 'assoc-kim', supervisingClinicianId: 'dr-lee', diagnosisCodes: ['F41.1'],
      renderingNpi: '1234567893', billingNpi: '1245319599',
      status: 'ready', history: [{ from: 'draft', to: 'ready', on: '2026-04-09' }],
      lines: [{ lineId: '1', serviceDate: '2026-04-06', procedureCode: '90837', modifiers: ['95'],
        placeOfService: '10', units: 1, chargeCents: 20000, diagnosisPointers: [1], modality: 'video',
        clientAtHome: true }] }];`),
  'docs/intake.md': ts2(`
    import type { IntakeClientFileInput } from 'practice-ops/intake';
    const file: IntakeClientFileInput = { client: { id: 'c-1', zone: 'America/New_York', billing: 'self_pay',
      modality: 'telehealth', birthDate: '1990-01-01', firstSessionAt: '2026-03-09T10:00:00-04:00' },
      documents: [{ id: 'd-1', clientId: 'c-1', type: 'informed_consent', status: 'sent',
        sentAt: '2026-03-02T22:30:00-05:00' }] };`),
};

/** The names a piece of code declares anywhere (bindings, functions, classes, imports). */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isImportSpecifier(node) ||
        ts.isNamespaceImport(node) ||
        ts.isImportClause(node)) &&
      node.name !== undefined &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** The identifiers a piece of code reads (not property names after a dot, not object literal keys). */
function usedNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMember =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node);
      if (!isMember) names.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** A value import of a block: the bindings it makes and the specifier (`practice-ops/x12`) they come from. */
export interface ValueImport {
  readonly from: string;
  /** `[imported, local]` pairs; a namespace import is `['*', local]`. */
  readonly bindings: readonly (readonly [string, string])[];
}

/** A block as a module: the TypeScript a user would write, and what running it needs. */
export interface ExampleModule {
  readonly block: CodeBlock;
  /** The whole module: imports, the implicit root import, the page's setup, the block. */
  readonly source: string;
  /** The 0-based line of `source` where the block's own code starts (to map a diagnostic back). */
  readonly blockStartLine: number;
  /** The module without its import declarations: what runs, with the imports bound beforehand. */
  readonly body: string;
  readonly imports: readonly ValueImport[];
}

const parse = (code: string): ts.SourceFile =>
  ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);

/** The import declarations of some code, and the code without them (lines kept, so positions hold). */
function splitImports(code: string): { imports: ts.ImportDeclaration[]; rest: string; file: ts.SourceFile } {
  const file = parse(code);
  const imports = file.statements.filter(ts.isImportDeclaration);
  let rest = code;
  for (const declaration of [...imports].reverse()) {
    const text = code.slice(declaration.getStart(), declaration.end);
    rest = rest.slice(0, declaration.getStart()) + text.replace(/[^\n]/g, ' ') + rest.slice(declaration.end);
  }
  return { imports, rest, file };
}

function valueImports(declarations: readonly ts.ImportDeclaration[]): ValueImport[] {
  return declarations.flatMap((d) => {
    const clause = d.importClause;
    if (clause === undefined || clause.isTypeOnly || !ts.isStringLiteral(d.moduleSpecifier)) return [];
    const bindings: (readonly [string, string])[] = [];
    if (clause.name !== undefined) bindings.push(['default', clause.name.text]);
    const named = clause.namedBindings;
    if (named !== undefined && ts.isNamespaceImport(named)) bindings.push(['*', named.name.text]);
    if (named !== undefined && ts.isNamedImports(named))
      for (const e of named.elements)
        if (!e.isTypeOnly) bindings.push([(e.propertyName ?? e.name).text, e.name.text]);
    return [{ from: d.moduleSpecifier.text, bindings }];
  });
}

/** The module a block makes, with its page's setup (a TSDoc example has none: it must be complete). */
export function toModule(block: CodeBlock): ExampleModule {
  const setupCode = block.file.startsWith('src/') ? '' : (PAGE_SETUP[block.file] ?? '');
  const setup = splitImports(setupCode);
  const own = splitImports(block.code);
  const declared = new Set([...declaredNames(own.file), ...declaredNames(setup.file)]);
  const used = new Set([...usedNames(own.file), ...usedNames(setup.file)]);
  const implicit = [...used].filter((n) => ROOT_NAMES.has(n) && !declared.has(n)).sort();
  const importLines = [...setup.imports, ...own.imports].map((d) => d.getText());
  const head = [
    ...importLines,
    ...(implicit.length > 0 ? [`import { ${implicit.join(', ')} } from 'practice-ops';`] : []),
  ];
  const setupBody = setup.rest.trim();
  const before = [...head, ...(setupBody === '' ? [] : [setupBody])].join('\n');
  const blockStartLine = before === '' ? 0 : before.split('\n').length;
  const source = before === '' ? own.rest : `${before}\n${own.rest}`;
  const imports = valueImports([...setup.imports, ...own.imports]);
  if (implicit.length > 0)
    imports.push({ from: 'practice-ops', bindings: implicit.map((n) => [n, n] as const) });
  return {
    block,
    source,
    blockStartLine,
    body: `${setupBody}\n${own.rest}`,
    imports,
  };
}

/**
 * Public functions whose TSDoc examples are fragments not yet marked, because their files are mutation-tested
 * rule files (mutation/targets.json): any edit there, a comment's too, makes CI measure the file with Stryker
 * again. Keyed by the function's name, not a line, so an edit elsewhere in the file does not unlist them.
 * Their blocks are treated as marked; the next change to one of these files marks them (```ts fragment) or
 * completes them, and removes the name here (tests/docs/examples-typecheck.test.ts fails while a listed
 * function has no unmarked block left).
 */
export const UNMARKED_FRAGMENTS: ReadonlySet<string> = new Set([
  'hasOpenRecoupment', // src/billing/remittance/posting.ts
  'getRemainingClaimBalance', // src/billing/remittance/posting.ts
  'getClientResponsibilityTotal', // src/billing/remittance/posting.ts
  'postRemittance', // src/billing/remittance/posting.ts
  'evaluateMissedSessionFee', // src/scheduling/fees/cancellation-fee.ts
  'listMissedSessionFees', // src/scheduling/fees/missed-session-fees.ts
]);

/** Whether a block is left out of the compile and run checks: marked `fragment`, or listed above. */
export function isFragment(block: CodeBlock): boolean {
  return block.fragment || (block.owner !== undefined && UNMARKED_FRAGMENTS.has(block.owner));
}

/** Every block of the docs and of the public functions' TSDoc, fragments included. */
export function allBlocks(): CodeBlock[] {
  return [...markdownBlocks(), ...tsdocExamples()];
}

/** The blocks that must compile and run: all but the fragments. */
export function completeBlocks(): CodeBlock[] {
  return allBlocks().filter((b) => !isFragment(b));
}
