import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../src/billing/index.js';
import { parseX12, type Write837POptions, write837P, writeX12 } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';

const golden = readFileSync(join(import.meta.dirname, 'fixtures', 'telehealth-837p-supervised.edi'), 'utf8');

const options: Write837POptions = {
  asOf: '2026-04-10T09:30:00-07:00',
  controlNumbers: { interchange: 501, group: 501, transaction: 1 },
  submitter: {
    name: 'HARBOR COUNSELING GROUP',
    id: 'HARBORCNS',
    contactName: 'BILLING OFFICE',
    phone: '5035550100',
  },
  receiver: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
  billingProvider: {
    name: 'HARBOR COUNSELING GROUP',
    npi: '1245319599',
    taxId: '931234567',
    address: {
      line1: '200 MAIN ST',
      line2: 'SUITE 4',
      city: 'PORTLAND',
      state: 'OR',
      postalCode: '972011234',
    },
    taxonomy: '261QM0801X',
  },
  payers: { summit: { name: 'SUMMIT HEALTH PLAN', id: '60054', filingIndicator: 'CI' } },
  clients: {
    'client-lane': {
      memberId: 'W123456789',
      lastName: 'LANE',
      firstName: 'ALEX',
      birthDate: '1990-02-14',
      sex: 'F',
      address: { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
    },
    'client-sam': {
      memberId: 'W123456789',
      lastName: 'LANE',
      firstName: 'SAM',
      birthDate: '2012-06-01',
      sex: 'M',
      address: { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
      subscriber: {
        lastName: 'LANE',
        firstName: 'ALEX',
        birthDate: '1990-02-14',
        sex: 'F',
        address: { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
        relationship: '19',
      },
    },
  },
  clinicians: {
    'assoc-kim': { npi: '1234567893', lastName: 'KIM', firstName: 'JORDAN', taxonomy: '101YM0800X' },
    'dr-lee': { npi: '1679576722', lastName: 'LEE', firstName: 'MORGAN' },
  },
  lineBreak: '\n',
};

function claim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    claimId: 'c-3001',
    clientId: 'client-lane',
    payerId: 'summit',
    renderingClinicianId: 'assoc-kim',
    supervisingClinicianId: 'dr-lee',
    renderingNpi: '1234567893',
    billingNpi: '1245319599',
    diagnosisCodes: ['F41.1', 'F33.1'],
    priorAuthorizationNumber: 'AUTH5521',
    status: 'ready',
    history: [{ from: 'draft', to: 'ready', on: '2026-04-09' }],
    lines: [
      {
        lineId: '1',
        serviceDate: '2026-04-06',
        procedureCode: '90837',
        modifiers: ['95'],
        placeOfService: '10',
        units: 1,
        chargeCents: 20_000,
        diagnosisPointers: [1, 2],
        modality: 'video',
        clientAtHome: true,
      },
    ],
    ...overrides,
  };
}

function issues(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  throw new Error('no ValidationError');
}

describe('write837P', () => {
  it('writes a telehealth 90837 with its rendering and supervising providers, as the golden file', () => {
    const out = write837P([claim()], options);
    expect(out.outcome).toBe('written');
    expect(out.text).toBe(golden);
  });

  it('writes a file that reads back with every envelope count right, segment for segment', () => {
    const out = write837P(
      [claim(), claim({ claimId: 'c-3002', clientId: 'client-sam', supervisingClinicianId: undefined })],
      options,
    );
    const doc = parseX12(out.text as string);
    expect(writeX12(doc, { lineBreak: '\n' })).toBe(out.text);
    const segments = doc.interchanges[0]?.groups[0]?.transactions[0]?.segments ?? [];
    expect(segments.filter((s) => s.tag === 'CLM').map((s) => s.elements.slice(1, 3))).toEqual([
      ['c-3001', '200'],
      ['c-3002', '200'],
    ]);
    // The second claim's patient is a dependent: a 2000C loop under its subscriber.
    expect(segments.filter((s) => s.tag === 'HL').map((s) => s.elements.slice(1))).toEqual([
      ['1', '', '20', '1'],
      ['2', '1', '22', '0'],
      ['3', '1', '22', '1'],
      ['4', '3', '23', '0'],
    ]);
    expect(segments.filter((s) => s.tag === 'PAT').map((s) => s.elements[1])).toEqual(['19']);
  });

  it('writes any batch of ready claims into a file whose segments read back', () => {
    const lineArb = fc.record({
      procedureCode: fc.constantFrom('90834', '90837', '90791', '90785'),
      modifiers: fc.uniqueArray(fc.constantFrom('95', 'HJ', 'GT'), { maxLength: 2 }),
      placeOfService: fc.constantFrom('10', '02', '11'),
      units: fc.integer({ min: 1, max: 4 }),
      chargeCents: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(lineArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (claims) => {
          const input = claims.map((lines, i) =>
            claim({
              claimId: `c-${i}`,
              lines: lines.map((l, j) => ({
                ...l,
                lineId: String(j + 1),
                serviceDate: '2026-04-06',
                diagnosisPointers: [1],
              })),
            }),
          );
          const out = write837P(input, { ...options, lineBreak: '' });
          const segments =
            parseX12(out.text as string).interchanges[0]?.groups[0]?.transactions[0]?.segments ?? [];
          const sv1 = segments.filter((s) => s.tag === 'SV1').map((s) => s.elements[2]);
          expect(sv1).toEqual(claims.flat().map((l) => (l.chargeCents / 100).toString()));
          expect(segments.filter((s) => s.tag === 'CLM')).toHaveLength(claims.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves out a claim that cannot be written, reporting it by index, and writes the rest', () => {
    const out = write837P(
      [
        claim({ claimId: 'c-draft', status: 'draft', history: [] }),
        claim(),
        { claimId: 'c-bad', lines: [] } as unknown as ClaimInput,
        claim({
          claimId: 'c-unknown',
          payerId: 'other',
          clientId: 'client-x',
          renderingClinicianId: 'nobody',
        }),
        claim({ claimId: 'c:colon' }),
      ],
      options,
    );
    expect(out.outcome).toBe('partly_written');
    expect(out.written).toEqual([{ index: 1, claimId: 'c-3001' }]);
    expect(out.invalid.map((r) => r.index)).toEqual([2]);
    expect(out.refused.map((r) => [r.index, r.reasons.map((x) => x.code)])).toEqual([
      [0, ['x12.837p.claim_not_ready']],
      [3, ['x12.837p.payer_missing', 'x12.837p.client_missing', 'x12.837p.provider_missing']],
      [4, ['x12.837p.unwritable_value']],
    ]);
    expect(out.refused[2]?.reasons[0]?.facts).toMatchObject({ elements: 'CLM01' });
  });

  it('refuses providers that do not match the claim’s NPIs', () => {
    const out = write837P([claim({ renderingNpi: '1679576722', billingNpi: '1234567893' })], options);
    expect(out.outcome).toBe('not_written');
    expect(out.text).toBeNull();
    expect(out.refused[0]?.reasons.map((r) => r.code)).toEqual([
      'x12.837p.provider_mismatch',
      'x12.837p.provider_mismatch',
    ]);
  });

  it('refuses a claim with no diagnosis, and an unknown supervising clinician', () => {
    const out = write837P([claim({ diagnosisCodes: [], supervisingClinicianId: 'nobody' })], options);
    expect(out.refused[0]?.reasons.map((r) => r.code)).toEqual([
      'x12.837p.claim_incomplete',
      'x12.837p.provider_missing',
    ]);
  });

  it('writes the same file for the same input, whatever the host’s time zone', () => {
    expect(write837P([claim()], options).text).toBe(write837P([claim()], options).text);
    expect(golden).toContain('*260410*0930*');
  });

  it('rejects malformed options', () => {
    expect(issues(() => write837P([claim()], { ...options, asOf: 'tomorrow' }))[0]?.[0]).toBe('$.asOf');
    expect(
      issues(() =>
        write837P([claim()], { ...options, submitter: { ...options.submitter, name: 'A*B' } }),
      )[0]?.[0],
    ).toBe('$.submitter.name');
  });
});
