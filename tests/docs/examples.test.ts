// Every ```ts example in README.md and docs/*.md runs against src/, with the package's root exports in
// scope. A result written `expr; //=> value` is checked: an object shows the fields that matter (others
// may follow), `…` stands for more items or any text, a value in words ("outcome 'not_ready', deadline …")
// is only run, and an expression followed by `// throws …` or by the error it throws must throw.
// An example that uses a variable it does not define gets it from SETUP below, per page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

const repo = join(import.meta.dirname, '..', '..');
const PAGES = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** What an example may use without defining it, per page: plain TypeScript run before each example. */
const SETUP: Readonly<Record<string, string>> = {
  'docs/ops.md': `
    const data = generateDemoPractice();
    const text = JSON.stringify(data);`,
  'docs/scheduling.md': `
    const series = { id: 'ser-1', clinicianId: 'clin-1', clientIds: ['cl-1'], type: 'individual',
      modality: { kind: 'telehealth', clientLocationState: 'NY' }, durationMinutes: 53,
      zone: 'America/New_York', startDate: '2026-03-03', startTime: '09:00' };`,
  'docs/billing.md': `
    const benefits = { clientId: 'cl-1', payerId: 'aetna', verifiedOn: '2026-01-05', coverageActive: true,
      inNetwork: true, planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', copayCents: 0,
      copayBeforeDeductible: false, coinsuranceBasisPoints: 2000, deductibleCents: 50000,
      deductibleMetCents: 35000, outOfPocketMaximumCents: 500000, outOfPocketMetCents: 0, visitLimit: null,
      visitsUsed: 0, authorizationRequired: false };
    const address = { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701' };
    const completeDraft = { provider: { name: 'Jordan Lee', npi: '1234567893', taxId: '12-3456789',
      licenseNumber: 'LMFT 12345', licenseState: 'TX', address, phone: '+15125550100' },
      client: { name: 'Ava Reyes', dateOfBirth: '1990-04-12', memberId: 'W1', address },
      diagnosisCodes: ['F41.1'], lines: [{ dateOfService: '2026-03-02', code: '90834', units: 1,
      placeOfService: '11', diagnosisPointers: [1], chargeCents: 15000 }], amountPaidCents: 15000,
      issuedOn: '2026-03-05', signature: { signedBy: 'Jordan Lee', signedOn: '2026-03-05' } };`,
  'docs/billing-claims.md': `
    const line = { lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834', placeOfService: '11',
      units: 1, chargeCents: 15000, diagnosisPointers: [1] };
    const draftClaim = { claimId: 'c-1', clientId: 'cl-1', payerId: 'p-1', diagnosisCodes: ['F41.1'],
      lines: [line] };
    const readyClaim = { ...draftClaim, status: 'ready',
      history: [{ from: 'draft', to: 'ready', on: '2026-03-02' }] };`,
  'docs/x12.md': `
    const text = readFixture('tests/billing/x12/fixtures/medicare-835-sequestration-plb.edi');
    const cutShort = text.slice(0, -20);
    const badAmount = text.replace('CLP*c-1001*19*150*', 'CLP*c-1001*19*150.005*');
    const claims = [];
    const balances = [];
    const response = readFixture('tests/billing/x12/fixtures/commercial-271-mental-health.edi');
    const carveOutResponse = readFixture('tests/billing/x12/fixtures/behavioral-health-carve-out-271.edi');
    const text999 = readFixture('tests/billing/x12/fixtures/rejected-837p-999.edi');
    const text277 = readFixture('tests/billing/x12/fixtures/claim-acknowledgment-277ca.edi');
    const text277Status = readFixture('tests/billing/x12/fixtures/claim-status-277.edi');
    const address = { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' };
    const submitter = { name: 'HARBOR COUNSELING GROUP', id: 'HARBORCNS', contactName: 'BILLING OFFICE',
      phone: '5035550100' };
    const receiver = { name: 'SUMMIT HEALTH PLAN', id: '60054' };
    const billingProvider = { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567',
      address: { line1: '200 MAIN ST', city: 'PORTLAND', state: 'OR', postalCode: '972011234' } };
    const payers = { summit: { name: 'SUMMIT HEALTH PLAN', id: '60054', filingIndicator: 'CI',
      profile: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'summit' } } };
    const clients = { 'client-lane': { memberId: 'W123456789', lastName: 'LANE', firstName: 'ALEX',
      birthDate: '1990-02-14', sex: 'F', address } };
    const clinicians = {
      'assoc-kim': { npi: '1234567893', lastName: 'KIM', firstName: 'JORDAN', taxonomy: '101YM0800X' },
      'dr-lee': { npi: '1679576722', lastName: 'LEE', firstName: 'MORGAN' } };
    const readyClaims = [{ claimId: 'c-3001', clientId: 'client-lane', payerId: 'summit',
      renderingClinicianId: 'assoc-kim', supervisingClinicianId: 'dr-lee', diagnosisCodes: ['F41.1'],
      renderingNpi: '1234567893', billingNpi: '1245319599',
      status: 'ready', history: [{ from: 'draft', to: 'ready', on: '2026-04-09' }],
      lines: [{ lineId: '1', serviceDate: '2026-04-06', procedureCode: '90837', modifiers: ['95'],
        placeOfService: '10', units: 1, chargeCents: 20000, diagnosisPointers: [1], modality: 'video',
        clientAtHome: true }] }];`,
  'docs/intake.md': `
    const file = { client: { id: 'c-1', zone: 'America/New_York', billing: 'self_pay', modality: 'telehealth',
      birthDate: '1990-01-01', firstSessionAt: '2026-03-09T10:00:00-04:00' },
      documents: [{ id: 'd-1', clientId: 'c-1', type: 'informed_consent', status: 'sent',
        sentAt: '2026-03-02T22:30:00-05:00' }] };`,
};

interface Example {
  readonly page: string;
  readonly line: number;
  readonly code: string;
}

function examples(): Example[] {
  return PAGES.flatMap((page) => {
    const lines = readFileSync(join(repo, page), 'utf8').split('\n');
    const out: Example[] = [];
    for (let i = 0; i < lines.length; i += 1) {
      if (lines[i]?.trim() !== '```ts') continue;
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end]?.trim() !== '```') end += 1;
      out.push({ page, line: start + 1, code: lines.slice(start, end).join('\n') });
      i = end;
    }
    return out;
  });
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

/** `//=> …` comments after each top-level statement, joined with their `//` continuation lines. */
function resultComments(code: string, statement: ts.Statement): string | undefined {
  const after = code.slice(statement.end).split('\n');
  // The rest of the statement's line, then the comment lines that follow it.
  const lines: string[] = [];
  for (const [i, raw] of after.entries()) {
    const line = raw.trim();
    if (i === 0 && line === '') continue;
    if (!line.startsWith('//')) {
      if (i === 0) continue;
      break;
    }
    lines.push(line);
  }
  // `// throws …`, `// ValidationError: …` or the error's issue lines (`//   $.path: …`): it must throw.
  if (/^\/\/\s*(?:throws\b|ValidationError\b|\$[.[])/.test(lines[0] ?? '')) return 'throws';
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

/** The example as JavaScript: each checked expression wrapped in a call to `__check`. */
function instrument(code: string): { js: string; checks: number } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  let out = '';
  let at = 0;
  let checks = 0;
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      out += code.slice(at, statement.getStart());
      at = statement.end;
      continue;
    }
    const comment = resultComments(code, statement);
    if (ts.isExpressionStatement(statement) && comment !== undefined) {
      const throws = comment === 'throws';
      out += code.slice(at, statement.getStart());
      out += `__check(() => (${statement.expression.getText()}), ${JSON.stringify(comment)}, ${throws});`;
      at = statement.end;
      checks += 1;
    }
  }
  out += code.slice(at);
  return {
    js: ts.transpileModule(out, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText,
    checks,
  };
}

function run(example: Example): number {
  const setup = SETUP[example.page] ?? '';
  const { js, checks } = instrument(`${setup}\n${example.code}`);
  let checked = 0;
  const check = (thunk: () => unknown, comment: string, throws: boolean): void => {
    if (throws) {
      expect(thunk, comment).toThrow(/./);
      checked += 1;
      return;
    }
    const actual = thunk();
    const expected = expectedOf(comment);
    if (expected !== undefined || /^undefined\b/.test(comment)) {
      expect(actual, `${example.page}:${example.line} //=> ${comment}`).toEqual(expected);
      checked += 1;
    }
  };
  const names = Object.keys(root);
  const readFixture = (path: string) => readFileSync(join(repo, path), 'utf8');
  const body = new Function('__check', 'readFixture', ...names, js);
  body(check, readFixture, ...names.map((n) => (root as Record<string, unknown>)[n]));
  expect(checked).toBeLessThanOrEqual(checks);
  return checked;
}

const all = examples();

describe('docs examples', () => {
  it('finds the examples of every page (the test is not vacuous)', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((e) => e.page)).size).toBeGreaterThan(8);
  });

  it.each(all.map((e) => [`${e.page}:${e.line}`, e] as const))('%s runs as written', (_name, example) => {
    run(example);
  });

  it('checks most written results, not only runs them', () => {
    const checked = all.reduce((n, e) => n + run(e), 0);
    expect(checked).toBeGreaterThan(30);
  });
});
