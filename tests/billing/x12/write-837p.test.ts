import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_TRANSITIONS,
  Claim,
  type ClaimInput,
  type ClaimStatus,
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateClaimScrub,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import type { ClaimLineInput } from '../../../src/billing/internal.js';
import { parseX12, type Write837POptions, write837P, writeX12 } from '../../../src/billing/x12/index.js';
import { serviceFacilityToWrite } from '../../../src/billing/x12/service-facility-loop.js';
import { PayerId, ValidationError } from '../../../src/core/index.js';
import { claim, options } from './write-837p-fixtures.js';

const golden = readFileSync(join(import.meta.dirname, 'fixtures', 'telehealth-837p-supervised.edi'), 'utf8');

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

  it('writes any batch of scrubbed claims into a file whose segments read back', () => {
    // Lines the scrubber passes: one session a day, its place of service and modifier as delivered.
    const delivery = fc.constantFrom(
      { placeOfService: '10', modality: 'video', clientAtHome: true, modifiers: ['95'] },
      { placeOfService: '02', modality: 'video', clientAtHome: false, modifiers: ['95'] },
      { placeOfService: '10', modality: 'audio_only', clientAtHome: true, modifiers: ['93'] },
      { placeOfService: '11', modality: 'in_person', clientAtHome: false, modifiers: ['HJ'] },
    ) as fc.Arbitrary<Pick<ClaimLineInput, 'placeOfService' | 'modality' | 'clientAtHome' | 'modifiers'>>;
    const lineArb = fc.record({
      procedureCode: fc.constantFrom('90832', '90834', '90837', '90791'),
      delivery,
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
                ...l.delivery,
                procedureCode: l.procedureCode,
                chargeCents: l.chargeCents,
                units: 1,
                lineId: String(j + 1),
                serviceDate: `2026-04-0${j + 1}`,
                diagnosisPointers: [1],
              })),
            }),
          );
          const out = write837P(input, { ...options, lineBreak: '' });
          expect(out.outcome).toBe('written');
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

  describe('only scrubbed claims are written', () => {
    const line = (overrides: Partial<ClaimLineInput>): Partial<ClaimInput> => ({
      lines: [{ ...(claim().lines[0] as ClaimLineInput), ...overrides }],
    });
    const profile = { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: PayerId.parse('summit') };

    it.each([
      [
        'a session dated 2026-05-06, after the file’s date',
        { serviceDate: '2026-05-06' },
        'billing.scrub.future_service_date',
      ],
      ['90837 billed for 2 units', { units: 2 }, 'billing.scrub.units_above_maximum'],
      ['+90840 without its 90839', { procedureCode: '90840' }, 'billing.scrub.add_on_without_primary'],
      [
        'a video session coded office (POS 11)',
        { placeOfService: '11' },
        'billing.scrub.place_of_service_mismatch',
      ],
      [
        'an audio-only session with no modifier',
        { modality: 'audio_only', modifiers: [] },
        'billing.scrub.telehealth_modifier_missing',
      ],
    ] as const)('leaves out %s, with the scrubber’s reason', (_, change, code) => {
      const out = write837P([claim(line(change as Partial<ClaimLineInput>))], options);
      expect(out.outcome).toBe('not_written');
      expect(out.text).toBeNull();
      expect(out.refused[0]?.reasons.map((r) => r.code)).toContain(code);
      expect(out.reasons.map((r) => r.code)).toContain(code);
    });

    it('leaves out a new claim whose filing window closed (a 2024-01-06 session filed in April 2026)', () => {
      const out = write837P([claim(line({ serviceDate: '2024-01-06' }))], options);
      expect(out.refused[0]?.reasons.map((r) => r.code)).toContain('billing.claim.past_timely_filing');
    });

    it('writes a claim the scrubber passes with warnings only (a deadline near)', () => {
      // 90 days from 2026-01-12 is 2026-04-12: two days after the file's date.
      const near = claim(line({ serviceDate: '2026-01-12' }));
      expect(evaluateClaimScrub(near, profile, { asOf: '2026-04-10' }).outcome).toBe('ready_with_warnings');
      expect(write837P([near], options).outcome).toBe('written');
    });

    it('property: a new claim is written exactly when the scrubber finds no error on the file’s date', () => {
      const lineArb = fc.record({
        procedureCode: fc.constantFrom('90834', '90837', '90791', '90785', '90839', '90840'),
        modifiers: fc.uniqueArray(fc.constantFrom('95', '93', 'HJ', 'GT'), { maxLength: 2 }),
        placeOfService: fc.constantFrom('10', '02', '11'),
        modality: fc.constantFrom('in_person', 'video', 'audio_only'),
        clientAtHome: fc.boolean(),
        units: fc.integer({ min: 1, max: 4 }),
        serviceDate: fc.constantFrom('2025-12-31', '2026-04-06', '2026-04-10', '2026-04-11'),
      });
      fc.assert(
        fc.property(fc.array(lineArb, { minLength: 1, maxLength: 3 }), (lines) => {
          const c = claim({
            lines: lines.map((l, j) => ({
              ...l,
              lineId: String(j + 1),
              chargeCents: 100,
              diagnosisPointers: [1],
            })),
          });
          const scrub = evaluateClaimScrub(c, profile, { asOf: '2026-04-10' });
          const out = write837P([c], options);
          expect(out.written.length === 1).toBe(scrub.outcome !== 'refused');
          const errors = scrub.reasons.filter((r) => r.severity === 'error').map((r) => r.code);
          for (const code of errors) expect(out.refused[0]?.reasons.map((r) => r.code)).toContain(code);
        }),
        { numRuns: 150 },
      );
    });
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
    expect(out.written).toEqual([{ index: 1, claimId: 'c-3001', frequency: 'original' }]);
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

  it('refuses a claim whose id is longer than the 20 characters CLM01 keeps, and writes one of exactly 20', () => {
    // 005010X222A1 CLM01: characters beyond 20 need not be stored nor returned (X12 RFI 525); the 835's CLP01
    // would then not match the claim, and clearinghouses reject such claims (Stedi's claim edit).
    const long = 'clm-2026-0301-000001-b';
    const out = write837P([claim({ claimId: long }), claim({ claimId: 'c'.repeat(20) })], options);
    expect(out.written.map((w) => w.claimId)).toEqual(['c'.repeat(20)]);
    expect(out.refused).toEqual([
      {
        index: 0,
        claimId: long,
        reasons: [expect.objectContaining({ code: 'x12.837p.claim_id_too_long', facts: { length: 22 } })],
      },
    ]);
  });

  it('writes the group number on the subscriber’s card in SBR03, for the client or the dependent', () => {
    // 005010X222A1 SBR03: required when the subscriber's card shows a group number; commercial payers reject a
    // claim without it, and the writer had nowhere to take it from.
    const clients = {
      ...options.clients,
      'client-lane': { ...options.clients['client-lane']!, groupNumber: 'GRP-0042' },
      'client-sam': { ...options.clients['client-sam']!, groupNumber: '774411' },
    };
    const out = write837P(
      [claim(), claim({ claimId: 'c-3002', clientId: 'client-sam', supervisingClinicianId: undefined })],
      { ...options, clients },
    );
    const sbr = (out.text ?? '').split('\n').filter((segment) => segment.startsWith('SBR*'));
    expect(sbr).toEqual(['SBR*P*18*GRP-0042******CI~', 'SBR*P**774411******CI~']);
    expect(write837P([claim()], options).text).toContain('SBR*P*18*******CI~');
  });

  it('refuses a claim with no diagnosis, and an unknown supervising clinician', () => {
    const out = write837P([claim({ diagnosisCodes: [], supervisingClinicianId: 'nobody' })], options);
    expect(out.refused[0]?.reasons.map((r) => r.code)).toEqual([
      'x12.837p.claim_incomplete',
      'x12.837p.provider_missing',
      // The scrubber's findings ride along: the same gap, and the lines pointing at no diagnosis.
      'billing.scrub.diagnosis_pointer_out_of_range',
      'billing.scrub.diagnosis_pointer_out_of_range',
      'billing.scrub.missing_diagnosis',
    ]);
  });

  describe('claim frequency (CLM05-3) from the claim’s history', () => {
    const moves = (...statuses: ClaimStatus[]) =>
      statuses.slice(1).map((to, i) => ({ from: statuses[i] as ClaimStatus, to, on: `2026-04-${10 + i}` }));
    const decided = (status: ClaimStatus, more: Partial<ClaimInput> = {}) =>
      claim({
        status,
        payerClaimControlNumber: '2026123456789',
        history: moves('draft', 'ready', 'submitted', 'accepted', 'pending', status),
        ...more,
      });
    const clm = (text: string | null) => {
      const segments = parseX12(text as string).interchanges[0]?.groups[0]?.transactions[0]?.segments ?? [];
      const at = segments.findIndex((s) => s.tag === 'CLM');
      return {
        frequency: segments[at]?.elements[5]?.split(':')[2],
        refs: segments
          .slice(at + 1)
          .filter((s, i, all) => s.tag === 'REF' && all.slice(0, i).every((x) => x.tag === 'REF'))
          .map((s) => s.elements.slice(1).join('*')),
      };
    };

    it('writes a denied claim corrected by the practice as a replacement (7) naming the payer’s claim number', () => {
      const out = write837P([decided('denied')], options);
      expect(out.written).toEqual([{ index: 0, claimId: 'c-3001', frequency: 'replacement' }]);
      expect(clm(out.text)).toEqual({ frequency: '7', refs: ['G1*AUTH5521', 'F8*2026123456789'] });
    });

    it('writes a paid claim the practice asks to cancel as a void (8) with the payer’s claim number', () => {
      const out = write837P([decided('paid')], { ...options, voidClaimIds: ['c-3001'] });
      expect(out.written[0]?.frequency).toBe('void');
      expect(clm(out.text)).toEqual({ frequency: '8', refs: ['G1*AUTH5521', 'F8*2026123456789'] });
    });

    it('writes a claim resent after a clearinghouse rejection as an original (1): the payer never had it', () => {
      const out = write837P(
        [claim({ history: moves('draft', 'ready', 'submitted', 'rejected', 'ready') })],
        options,
      );
      expect(clm(out.text)).toEqual({ frequency: '1', refs: ['G1*AUTH5521'] });
    });

    it('writes a replacement the clearinghouse rejected and the practice fixed as a replacement again, not a new claim', () => {
      const history = moves(
        'draft',
        'ready',
        'submitted',
        'accepted',
        'denied',
        'resubmitted',
        'rejected',
        'ready',
      );
      const out = write837P([decided('ready', { history })], options);
      expect(clm(out.text).frequency).toBe('7');
    });

    it('refuses a replacement that lacks the payer’s claim number from its remittance', () => {
      const out = write837P([decided('partially_paid', { payerClaimControlNumber: undefined })], options);
      expect(out.refused[0]?.reasons.map((r) => r.code)).toEqual(['x12.837p.payer_claim_number_missing']);
    });

    it('refuses to void a claim the payer never decided, and reports a void for a claim not given', () => {
      const out = write837P([claim()], { ...options, voidClaimIds: ['c-3001', 'c-elsewhere'] });
      expect(out.outcome).toBe('not_written');
      expect(out.refused[0]?.reasons.map((r) => r.code)).toEqual(['x12.837p.nothing_to_void']);
      expect(out.reasons.map((r) => [r.code, r.facts.claimId])).toContainEqual([
        'x12.837p.void_claim_missing',
        'c-elsewhere',
      ]);
    });

    it('sends a Medicare Part B correction to a reopening instead of writing a replacement or void', () => {
      const medicare = {
        ...options,
        payers: {
          summit: {
            name: 'NORIDIAN JF PART B',
            id: '03402',
            filingIndicator: 'MB' as const,
            profile: { ...MEDICARE_PAYER_PROFILE_EXAMPLE, payerId: 'summit' },
          },
        },
      };
      for (const voidClaimIds of [[], ['c-3001']]) {
        const out = write837P([decided('denied')], { ...medicare, voidClaimIds });
        expect(out.refused[0]?.reasons.map((r) => r.code)).toEqual(['x12.837p.correction_by_reopening']);
      }
      // Medicare wants no video modifier on a professional's session at home [sources: mac-ngs-telehealth-2024].
      const medicareLine = { ...(claim().lines[0] as ClaimLineInput), modifiers: [] };
      expect(write837P([claim({ lines: [medicareLine] })], medicare).written[0]?.frequency).toBe('original');
      expect(write837P([claim()], medicare).refused[0]?.reasons.map((r) => r.code)).toEqual([
        'billing.scrub.telehealth_modifier_unexpected',
      ]);
    });

    it('refuses a claim returned as unprocessable until it is fixed and ready, and any claim while its appeal is open', () => {
      const unprocessable = claim({
        status: 'unprocessable',
        history: moves('draft', 'ready', 'submitted', 'accepted', 'unprocessable'),
      });
      const appealed = decided('denied', {
        status: 'appealed',
        history: moves('draft', 'ready', 'submitted', 'accepted', 'denied', 'appealed'),
      });
      const out = write837P([unprocessable, appealed], { ...options, voidClaimIds: [] });
      expect(out.refused.map((r) => r.reasons[0].code)).toEqual([
        'x12.837p.claim_not_ready',
        'x12.837p.claim_not_ready',
      ]);
      expect(out.refused[0]?.reasons[0].message).toMatch(/new claim/);
      const voiding = write837P([appealed], { ...options, voidClaimIds: ['c-3001'] });
      expect(voiding.refused[0]?.reasons[0].code).toBe('x12.837p.claim_not_ready');
    });

    it('never sends a claim the payer decided as a new claim, nor one it never decided as a replacement or void', () => {
      // Any history the lifecycle allows, walked from draft.
      const walk = fc.array(fc.nat(), { minLength: 1, maxLength: 12 }).map((picks) => {
        const path: ClaimStatus[] = ['draft'];
        for (const p of picks) {
          const next = CLAIM_TRANSITIONS[path[path.length - 1] as ClaimStatus];
          if (next.length === 0) break;
          path.push(next[p % next.length] as ClaimStatus);
        }
        return path;
      });
      fc.assert(
        fc.property(walk, fc.boolean(), (path, voiding) => {
          const status = path[path.length - 1] as ClaimStatus;
          const history = path.slice(1).map((to, i) => ({
            from: path[i] as ClaimStatus,
            to,
            on: `2026-0${5 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`,
          }));
          const c = claim({ status, history, payerClaimControlNumber: 'ICN1' });
          const out = write837P([c], { ...options, voidClaimIds: voiding ? ['c-3001'] : [] });
          const wasDecided = path.some((s) => ['paid', 'partially_paid', 'denied', 'recouped'].includes(s));
          const frequency = out.written[0]?.frequency;
          if (frequency === undefined) expect(out.refused).toHaveLength(1);
          else if (wasDecided) expect(frequency).toBe(voiding ? 'void' : 'replacement');
          else expect([frequency, status, voiding]).toEqual(['original', 'ready', false]);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('writes the same file for the same input, whatever the host’s time zone', () => {
    expect(write837P([claim()], options).text).toBe(write837P([claim()], options).text);
    expect(golden).toContain('*260410*0930*');
  });

  it('rejects malformed options', () => {
    expect(
      issues(() =>
        write837P([claim()], { ...options, envelope: { ...options.envelope, asOf: 'tomorrow' } }),
      )[0]?.[0],
    ).toBe('$.options.envelope.asOf');
    expect(
      issues(() =>
        write837P([claim()], { ...options, submitter: { ...options.submitter, name: 'A*B' } }),
      )[0]?.[0],
    ).toBe('$.options.submitter.name');
  });

  it('requires a street address with the full nine-digit ZIP code for the billing provider, not for a client', () => {
    // 005010X222A1 2010AA N403: the billing provider's ZIP code must be the nine digits of ZIP+4; clearinghouses
    // reject a five-digit one, so the file would fail at the first edit.
    const billingProvider = {
      ...options.billingProvider,
      address: { ...options.billingProvider.address, postalCode: '97201' },
    };
    expect(issues(() => write837P([claim()], { ...options, billingProvider }))).toEqual([
      ['$.options.billingProvider.address.postalCode', 'invalid_format'],
    ]);
    expect(write837P([claim()], options).text).toContain('N4*PORTLAND*OR*97201~');
    const poBox = { ...options.billingProvider.address, line1: 'PO BOX 4410' };
    expect(
      issues(() =>
        write837P([claim()], { ...options, billingProvider: { ...options.billingProvider, address: poBox } }),
      ),
    ).toEqual([['$.options.billingProvider.address.line1', 'x12.element.invalid']]);
  });
});

describe('write837P: secondary claims and the file’s local date', () => {
  it('refuses a secondary claim (SBR*S) it cannot give the primary’s adjudication (2320, 2330A/B, 2430)', () => {
    const out = write837P([claim({ coverage: 'secondary', primaryRemittanceDate: '2026-04-08' })], options);
    expect(out.outcome).toBe('not_written');
    expect(out.text).toBeNull();
    expect(out.refused[0]?.reasons.map((r) => r.code)).toContain(
      'x12.837p.secondary_adjudication_not_written',
    );
    // Without the primary's remittance the scrubber refuses it too.
    const early = write837P([claim({ coverage: 'secondary' })], options);
    expect(early.refused[0]?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'x12.837p.secondary_adjudication_not_written',
        'billing.scrub.primary_adjudication_missing',
      ]),
    );
  });

  it('property: no file ever holds a secondary claim', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), (secondaries) => {
        const claims = secondaries.map((secondary, i) =>
          claim({
            claimId: `c-${4000 + i}`,
            ...(secondary ? { coverage: 'secondary' as const, primaryRemittanceDate: '2026-04-08' } : {}),
          }),
        );
        const out = write837P(claims, options);
        expect(out.written.map((w) => w.index)).toEqual(secondaries.flatMap((s, i) => (s ? [] : [i])));
        expect(out.text ?? '').not.toMatch(/SBR\*S/);
      }),
    );
  });

  it('reads asOf in the practice’s zone: 2026-04-11T03:30Z is 10 April, 20:30 in Portland', () => {
    const late = claim({
      lines: [{ ...(claim().lines[0] as ClaimLineInput), serviceDate: '2026-04-10' }],
      history: [{ from: 'draft', to: 'ready', on: '2026-04-10' }],
    });
    const utc = write837P([late], {
      ...options,
      envelope: { ...options.envelope, asOf: '2026-04-11T03:30:00Z' },
    });
    expect(utc.text).toMatch(/\*260411\*0330\*/);
    const local = write837P([late], {
      ...options,
      envelope: { ...options.envelope, asOf: '2026-04-11T03:30:00Z', zone: 'America/Los_Angeles' },
    });
    expect(local.outcome).toBe('written');
    expect(local.text).toMatch(/\*260410\*2030\*/);
    expect(local.text).toMatch(/BHT\*0019\*00\*[^*]*\*20260410\*2030/);
    // A service on 11 April local is in the future on 10 April local: refused by the scrubber.
    const tomorrow = claim({
      lines: [{ ...(claim().lines[0] as ClaimLineInput), serviceDate: '2026-04-11' }],
      history: [{ from: 'draft', to: 'ready', on: '2026-04-10' }],
    });
    const refused = write837P([tomorrow], {
      ...options,
      envelope: { ...options.envelope, asOf: '2026-04-11T03:30:00Z', zone: 'America/Los_Angeles' },
    });
    expect(refused.refused[0]?.reasons.map((r) => r.code)).toContain('billing.scrub.future_service_date');
  });

  it('rejects an unknown zone with a ValidationError at $.options.envelope.zone', () => {
    expect(
      issues(() =>
        write837P([claim()], { ...options, envelope: { ...options.envelope, zone: 'Mars/Olympus' } }),
      )[0]?.[0],
    ).toBe('$.options.envelope.zone');
  });
});

describe('write837P: the X12 character set and element lengths', () => {
  const lane = options.clients?.['client-lane'];
  const withClient = (change: Record<string, unknown>): Write837POptions => ({
    ...options,
    clients: { ...options.clients, 'client-lane': { ...lane, ...change } as never },
  });
  // Every character a written file may hold: printable ASCII (X12's basic and extended sets) and the line break.
  const X12_FILE = /^[\x20-\x7E\n]*$/;

  it("writes a name or address with its letters' marks dropped (PEÑA JOSÉ as PENA JOSE), as on the member's card", () => {
    const address = { ...lane?.address, line1: '12 Calle Mayor Nº 3', city: 'Cañon City' };
    const text = write837P(
      [claim()],
      withClient({ lastName: 'PEÑA-O\u2019BRIEN', firstName: 'JOSÉ', address }),
    ).text;
    expect(text).toContain("NM1*IL*1*PENA-O'BRIEN*JOSE****MI*W123456789~");
    expect(text).toContain('N4*Canon City*');
    expect(text).toMatch(X12_FILE);
  });

  it('refuses a name in another script, which has no letters to keep, at its path, never echoing it', () => {
    let error: unknown;
    try {
      write837P([claim()], withClient({ lastName: '김', firstName: 'Ана' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).issues;
    expect(problems.map((i) => [i.path.slice(-1)[0], i.code])).toEqual([
      ['lastName', 'invalid_format'],
      ['firstName', 'invalid_format'],
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/김|Ана/);
    expect((error as Error).message).not.toMatch(/김|Ана/);
  });

  it('property: any name of Latin letters with marks is written, in printable ASCII, as its letters without them', () => {
    const latin = fc.constantFrom(...'AÁÀÂÄÃÅEÉÈÊËIÍÌÎÏNÑOÓÒÔÖÕUÚÙÛÜCÇYÝaáàâäãåeéèêëiíìîïnñoóòôöõuúùûücçyý');
    fc.assert(
      fc.property(fc.array(latin, { minLength: 1, maxLength: 20 }), (letters) => {
        const name = letters.join('');
        const text = write837P([claim()], withClient({ lastName: name })).text;
        const written = name.normalize('NFD').replace(/\p{M}/gu, '');
        expect(text).toContain(`NM1*IL*1*${written}*`);
        expect(text).toMatch(X12_FILE);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses control characters in names and addresses (a tab, a NUL), which are no X12 characters', () => {
    const address = { ...lane?.address, city: 'PORT\tLAND' };
    expect(
      issues(() => write837P([claim()], withClient({ address, lastName: 'LA\u0000NE' }))).map(
        ([at, code]) => [at.split('.').slice(-1)[0], code],
      ),
    ).toEqual([
      ['lastName', 'invalid_format'],
      ['city', 'invalid_format'],
    ]);
  });

  it('leaves out a claim whose own value holds a character outside the set, and writes the rest', () => {
    const out = write837P(
      [
        claim({ claimId: 'c-tab', priorAuthorizationNumber: 'AUTH\t5521' }),
        claim({ claimId: 'c-accent', priorAuthorizationNumber: 'AUTHÉ5521' }),
        claim({ claimId: 'c-del', priorAuthorizationNumber: 'AUTH\u007f' }),
        claim(),
      ],
      options,
    );
    expect(out.outcome).toBe('partly_written');
    expect(out.written.map((w) => w.claimId)).toEqual(['c-3001']);
    expect(out.refused.map((r) => [r.claimId, r.reasons.map((x) => [x.code, x.facts.elements])])).toEqual([
      ['c-tab', [['x12.837p.unwritable_value', 'REF02']]],
      ['c-accent', [['x12.837p.unwritable_value', 'REF02']]],
      ['c-del', [['x12.837p.unwritable_value', 'REF02']]],
    ]);
    expect(out.text).toMatch(X12_FILE);
  });

  it('property: a written file holds only printable ASCII, whatever text the claims and names were given', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.string({ unit: 'binary', maxLength: 12 }),
        (auth, name) => {
          let out: ReturnType<typeof write837P>;
          try {
            out = write837P(
              [claim({ priorAuthorizationNumber: `A${auth}` })],
              withClient({ firstName: `A${name}` }),
            );
          } catch (e) {
            // Only a name outside the set (or too long, or empty once trimmed) is refused, at its path.
            expect(e).toBeInstanceOf(ValidationError);
            expect((e as ValidationError).issues.every((i) => i.path.includes('firstName'))).toBe(true);
            return;
          }
          expect(out.text ?? '').toMatch(X12_FILE);
          const printable = /^[\x20-\x7E]*$/.test(auth) && !/[*~:^]/.test(auth);
          expect(out.outcome).toBe(printable ? 'written' : 'not_written');
        },
      ),
    );
  });

  it('keeps each name and address within its element: NM104 35, NM103 60, N301/N302 55, N401 2 to 30', () => {
    const at = (change: Record<string, unknown>) =>
      issues(() => write837P([claim()], withClient(change))).map(([path, code]) => [
        path.split('.').slice(-1)[0],
        code,
      ]);
    const address = lane?.address as Record<string, unknown>;
    expect(
      write837P([claim()], withClient({ firstName: 'F'.repeat(35), lastName: 'L'.repeat(60) })).outcome,
    ).toBe('written');
    expect(at({ firstName: 'F'.repeat(36) })).toEqual([['firstName', 'too_big']]);
    expect(at({ lastName: 'L'.repeat(61) })).toEqual([['lastName', 'too_big']]);
    expect(
      write837P(
        [claim()],
        withClient({ address: { ...address, line1: 'S'.repeat(55), city: 'C'.repeat(30) } }),
      ).outcome,
    ).toBe('written');
    expect(write837P([claim()], withClient({ address: { ...address, city: 'YE' } })).outcome).toBe('written');
    expect(at({ address: { ...address, line1: 'S'.repeat(56), line2: 'T'.repeat(56) } })).toEqual([
      ['line1', 'too_big'],
      ['line2', 'too_big'],
    ]);
    expect(at({ address: { ...address, city: 'C'.repeat(31) } })).toEqual([['city', 'too_big']]);
    expect(at({ address: { ...address, city: 'Y' } })).toEqual([['city', 'too_small']]);
    // The clinicians' and the subscriber's first names are NM104 too.
    const clinicians = {
      ...options.clinicians,
      'dr-lee': { npi: '1679576722', lastName: 'LEE', firstName: 'M'.repeat(36) },
    };
    expect(issues(() => write837P([claim()], { ...options, clinicians })).map(([, code]) => code)).toEqual([
      'too_big',
    ]);
  });
});

describe('write837P: the rendering provider (2310B) only when it is not the billing provider', () => {
  // A clinician in solo practice bills under their own NPI: 2010AA already names them, and validators refuse
  // a 2310B that repeats the billing provider (X12 RFI 345; 005010X222A1 2310B NM1 note).
  const solo: Write837POptions = {
    ...options,
    billingProvider: { ...options.billingProvider, name: 'JORDAN KIM LMFT', npi: '1234567893' },
  };
  const segments = (text: string | null) => (text ?? '').split('~\n');

  it('leaves out NM1*82 and PRV*PE when the rendering NPI is the billing NPI, and keeps 2310D', () => {
    const out = write837P([claim({ billingNpi: '1234567893' })], solo);
    expect(out.outcome).toBe('written');
    const s = segments(out.text);
    expect(s.some((x) => x.startsWith('NM1*82'))).toBe(false);
    expect(s.some((x) => x.startsWith('PRV*PE'))).toBe(false);
    // Jordan Kim's NPI is a person's (type 1): 2010AA names her as one (NM102 1), not as 'JORDAN KIM LMFT'.
    expect(s).toContain('NM1*85*1*KIM*JORDAN****XX*1234567893');
    expect(s).toContain('NM1*DQ*1*LEE*MORGAN****XX*1679576722');
    // SE01 still counts what was written: the file reads back.
    expect(parseX12(out.text ?? '').interchanges[0]?.groups[0]?.transactions[0]?.type).toBe('837');
  });

  it('writes 2310B for each claim of the same file whose clinician is not the billing provider', () => {
    const out = write837P(
      [
        claim({ claimId: 'c-own', billingNpi: '1234567893' }),
        claim({
          claimId: 'c-other',
          billingNpi: '1234567893',
          renderingClinicianId: 'dr-lee',
          renderingNpi: '1679576722',
          supervisingClinicianId: undefined,
        }),
      ],
      solo,
    );
    expect(out.written.map((w) => w.claimId)).toEqual(['c-own', 'c-other']);
    expect(segments(out.text).filter((x) => x.startsWith('NM1*82'))).toEqual([
      'NM1*82*1*LEE*MORGAN****XX*1679576722',
    ]);
  });

  it('property: NM1*82 is written exactly for the claims whose rendering NPI differs from the billing NPI', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), (own) => {
        const claims = own.map((isOwn, i) =>
          isOwn
            ? claim({ claimId: `c-${i}`, billingNpi: '1234567893' })
            : claim({
                claimId: `c-${i}`,
                billingNpi: '1234567893',
                renderingClinicianId: 'dr-lee',
                renderingNpi: '1679576722',
                supervisingClinicianId: undefined,
              }),
        );
        const out = write837P(claims, solo);
        expect(out.outcome).toBe('written');
        expect(segments(out.text).filter((x) => x.startsWith('NM1*82')).length).toBe(
          own.filter((x) => !x).length,
        );
      }),
    );
  });
});

describe('write837P: the service facility location (2310C) only where the services were not at 2010AA', () => {
  // 005010X222A1 2310C NM1: "Required when the location of health care service is different than that carried
  // in Loop ID-2010AA (Billing Provider). If not required by this implementation guide, do not send." At the
  // patient's home the loop is not used (X12 RFI 423); its NPI only for a place apart from the billing
  // provider (RFI 1210).
  const segments = (text: string | null) => (text ?? '').split('~\n');
  const inOffice = (over: Partial<ClaimLineInput> = {}): ClaimLineInput => ({
    lineId: '1',
    serviceDate: '2026-04-06',
    procedureCode: '90837',
    placeOfService: '11',
    units: 1,
    chargeCents: 20_000,
    diagnosisPointers: [1, 2],
    ...over,
  });
  const eastside = {
    name: 'EASTSIDE SCHOOL WELLNESS ROOM',
    address: { line1: '45 OAK AVE', city: 'GRESHAM', state: 'OR', postalCode: '970301234' },
  } as const;

  it('writes NM1*77, N3 and N4 after 2310B and before 2310D for an office session at a second site (4/6/2026)', () => {
    const out = write837P([claim({ lines: [inOffice()], serviceFacility: eastside })], options);
    expect(out.outcome).toBe('written');
    const s = segments(out.text);
    const at = s.indexOf('NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM');
    expect(at).toBeGreaterThan(s.findIndex((x) => x.startsWith('NM1*82')));
    expect(s.slice(at, at + 3)).toEqual([
      'NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM',
      'N3*45 OAK AVE',
      'N4*GRESHAM*OR*970301234',
    ]);
    expect(s[at + 3]).toBe('NM1*DQ*1*LEE*MORGAN****XX*1679576722');
    // SE01 counts the three segments: the file reads back.
    expect(parseX12(out.text ?? '').interchanges[0]?.groups[0]?.transactions[0]?.type).toBe('837');
  });

  it('names the place’s own NPI (NM108 XX) only when it is not the billing provider’s (RFI 1210)', () => {
    const own = write837P(
      [claim({ lines: [inOffice()], serviceFacility: { ...eastside, npi: '1245319599' } })],
      options,
    );
    expect(segments(own.text)).toContain('NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM');
    const other = write837P(
      [claim({ lines: [inOffice()], serviceFacility: { ...eastside, npi: '1679576722' } })],
      options,
    );
    expect(segments(other.text)).toContain('NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM*****XX*1679576722');
  });

  it('sends no 2310C when the facility is the billing provider’s address written another way (RFI 2810)', () => {
    const same = {
      name: 'HARBOR COUNSELING GROUP',
      address: {
        line1: '200  Main St.',
        line2: 'Suite 4',
        city: 'Portland',
        state: 'OR',
        postalCode: '97201',
      },
    } as const;
    const out = write837P([claim({ lines: [inOffice()], serviceFacility: same })], options);
    expect(out.outcome).toBe('written');
    expect(segments(out.text).some((x) => x.startsWith('NM1*77'))).toBe(false);
  });

  it('sends no 2310C for telehealth to the client’s home (POS 10) or elsewhere (POS 02), nor for a home visit (POS 12)', () => {
    const home = write837P([claim({ serviceFacility: eastside })], options);
    expect(home.outcome).toBe('written');
    expect(segments(home.text).some((x) => x.startsWith('NM1*77'))).toBe(false);
    const elsewhere = write837P(
      [
        claim({
          serviceFacility: eastside,
          lines: [
            inOffice({ placeOfService: '02', modifiers: ['95'], modality: 'video', clientAtHome: false }),
          ],
        }),
      ],
      options,
    );
    expect(elsewhere.outcome).toBe('written');
    expect(segments(elsewhere.text).some((x) => x.startsWith('NM1*77'))).toBe(false);
    // A home visit (POS 12) the scrubber holds to the session's modality; the loop rule itself leaves it out.
    const visit = Claim.parse(
      claim({ serviceFacility: eastside, lines: [inOffice({ placeOfService: '12' })] }),
    );
    expect(serviceFacilityToWrite(visit, '12', options.billingProvider.address)).toBeNull();
    expect(serviceFacilityToWrite(visit, '11', options.billingProvider.address)).toEqual(eastside);
  });

  it('writes 2310C on a replacement (CLM05-3 7) with REF*F8, as the whole claim as it should be', () => {
    const denied = claim({
      lines: [inOffice()],
      serviceFacility: eastside,
      status: 'denied',
      payerClaimControlNumber: '2026123456789',
      history: [
        { from: 'draft', to: 'ready', on: '2026-04-09' },
        { from: 'ready', to: 'submitted', on: '2026-04-10' },
        { from: 'submitted', to: 'accepted', on: '2026-04-11' },
        { from: 'accepted', to: 'denied', on: '2026-04-24' },
      ],
    });
    const out = write837P([denied], {
      ...options,
      envelope: { ...options.envelope, asOf: '2026-04-27T10:00:00-07:00' },
    });
    expect(out.written).toEqual([{ index: 0, claimId: 'c-3001', frequency: 'replacement' }]);
    const s = segments(out.text);
    expect(s.find((x) => x.startsWith('CLM'))).toBe('CLM*c-3001*200***11:B:7*Y*A*Y*Y');
    expect(s).toContain('REF*F8*2026123456789');
    expect(s).toContain('NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM');
  });

  it('leaves out a claim whose facility must be named but has a five-digit ZIP or a post office box', () => {
    const out = write837P(
      [
        claim({
          lines: [inOffice()],
          serviceFacility: { ...eastside, address: { ...eastside.address, postalCode: '97030' } },
        }),
        claim({
          claimId: 'c-3002',
          lines: [inOffice()],
          serviceFacility: { ...eastside, address: { ...eastside.address, line1: 'PO BOX 12' } },
        }),
      ],
      options,
    );
    expect(out.outcome).toBe('not_written');
    expect(out.refused.map((r) => [r.claimId, r.reasons[0].code, r.reasons[0].facts.elements])).toEqual([
      ['c-3001', 'x12.837p.service_facility_incomplete', 'N403'],
      ['c-3002', 'x12.837p.service_facility_incomplete', 'N301'],
    ]);
  });

  it('drops a facility name’s marks (Peña) and leaves out a claim whose facility holds a delimiter', () => {
    const marked = write837P(
      [claim({ lines: [inOffice()], serviceFacility: { ...eastside, name: 'PEÑA FAMILY CENTER' } })],
      options,
    );
    expect(segments(marked.text)).toContain('NM1*77*2*PENA FAMILY CENTER');
    const star = write837P(
      [claim({ lines: [inOffice()], serviceFacility: { ...eastside, name: 'ROOM*2' } })],
      options,
    );
    expect(star.refused[0]?.reasons[0].code).toBe('x12.837p.unwritable_value');
    expect(star.refused[0]?.reasons[0].facts.elements).toBe('NM103');
  });

  it('property: 2310C is written exactly when a facility is given, differs from 2010AA and the session is not telehealth or at home', () => {
    const place = fc.constantFrom('11', '02', '10');
    fc.assert(
      fc.property(
        fc.array(fc.record({ pos: place, given: fc.boolean(), same: fc.boolean() }), {
          minLength: 1,
          maxLength: 5,
        }),
        (specs) => {
          const claims = specs.map((x, i) =>
            claim({
              claimId: `c-${i}`,
              lines: [
                x.pos === '02' || x.pos === '10'
                  ? inOffice({
                      placeOfService: x.pos,
                      modifiers: ['95'],
                      modality: 'video',
                      clientAtHome: x.pos === '10',
                    })
                  : inOffice({ placeOfService: x.pos }),
              ],
              ...(x.given
                ? {
                    serviceFacility: x.same
                      ? { name: 'HARBOR', address: options.billingProvider.address }
                      : eastside,
                  }
                : {}),
            }),
          );
          const out = write837P(claims, options);
          expect(out.refused).toEqual([]);
          const expected = specs.filter((x) => x.given && !x.same && !['02', '10', '12'].includes(x.pos));
          expect(segments(out.text).filter((x) => x.startsWith('NM1*77')).length).toBe(expected.length);
        },
      ),
    );
  });
});

describe('write837P: a line given elsewhere than the claim (2420C)', () => {
  // 005010X222A1 2420C NM1: "Required when the location of health care service for this service line is
  // different than that carried in Loop ID-2310C Service Facility Location. If not required by this
  // implementation guide, do not send." It follows the line's REF segments; at the client's home (POS 12) no
  // facility loop is used (X12 RFI 423).
  const harbor = options.billingProvider;
  const eastside = {
    name: 'EASTSIDE SCHOOL WELLNESS ROOM',
    address: { line1: '45 OAK AVE', city: 'GRESHAM', state: 'OR', postalCode: '970301234' },
  } as const;
  const atHarbor = { name: harbor.name, address: harbor.address };
  const line = (lineId: string, serviceDate: string, over: Partial<ClaimLineInput> = {}): ClaimLineInput => ({
    lineId,
    serviceDate,
    procedureCode: '90837',
    placeOfService: '11',
    units: 1,
    chargeCents: 20_000,
    diagnosisPointers: [1, 2],
    ...over,
  });
  /** The written file read back: its one transaction set's segments as text, and SE01 against their count. */
  function readBack(text: string | null): string[] {
    const [tx] = parseX12(text ?? '').interchanges[0]?.groups[0]?.transactions ?? [];
    const segments = (tx?.segments ?? []).map((s) => s.elements.join('*'));
    const se = tx?.segments.at(-1);
    expect(se?.elements[0]).toBe('SE');
    expect(Number(se?.elements[1])).toBe(segments.length);
    return segments;
  }
  /** The segments of the line numbered `n` (LX*n up to the next LX or SE). */
  function lineLoop(segments: string[], n: number): string[] {
    const start = segments.indexOf(`LX*${n}`);
    const end = segments.findIndex((s, i) => i > start && (s.startsWith('LX*') || s.startsWith('SE*')));
    return segments.slice(start, end);
  }

  it('writes neither 2310C nor 2420C for an office session (6 April 2026) and a home visit (POS 12, 8 April)', () => {
    const out = write837P(
      [claim({ lines: [line('1', '2026-04-06'), line('2', '2026-04-08', { placeOfService: '12' })] })],
      options,
    );
    expect(out.refused.flatMap((r) => r.reasons.map((x) => [x.code, x.facts]))).toEqual([]);
    expect(out.outcome).toBe('written');
    const s = readBack(out.text);
    expect(s.filter((x) => x.startsWith('NM1*77'))).toEqual([]);
    expect(lineLoop(s, 2)).toEqual([
      'LX*2',
      'SV1*HC:90837*200*UN*1*12**1:2',
      'DTP*472*D8*20260408',
      'REF*6R*2',
    ]);
  });

  it('names the second site once in 2420C of the one line given there, not in 2310C (6 and 8 April 2026)', () => {
    const out = write837P(
      [
        claim({
          lines: [line('1', '2026-04-06'), line('2', '2026-04-08', { serviceFacility: eastside })],
        }),
      ],
      options,
    );
    expect(out.outcome).toBe('written');
    const s = readBack(out.text);
    expect(s.filter((x) => x.startsWith('NM1*77'))).toHaveLength(1);
    expect(lineLoop(s, 1)).toHaveLength(4);
    expect(lineLoop(s, 2)).toEqual([
      'LX*2',
      'SV1*HC:90837*200*UN*1***1:2',
      'DTP*472*D8*20260408',
      'REF*6R*2',
      'NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM',
      'N3*45 OAK AVE',
      'N4*GRESHAM*OR*970301234',
    ]);
  });

  it('names the billing provider’s office in 2420C for a line back at the office under a 2310C naming the school', () => {
    const out = write837P(
      [
        claim({
          serviceFacility: eastside,
          lines: [line('1', '2026-04-06'), line('2', '2026-04-08', { serviceFacility: atHarbor })],
        }),
      ],
      options,
    );
    expect(out.outcome).toBe('written');
    const s = readBack(out.text);
    // 2310C before 2310D, the claim's; 2420C under line 2 only, with no NPI (the billing provider's own place).
    const at = s.indexOf('NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM');
    expect(at).toBeLessThan(s.findIndex((x) => x.startsWith('NM1*DQ')));
    expect(lineLoop(s, 1)).toHaveLength(4);
    expect(lineLoop(s, 2).slice(4)).toEqual([
      'NM1*77*2*HARBOR COUNSELING GROUP',
      'N3*200 MAIN ST*SUITE 4',
      'N4*PORTLAND*OR*972011234',
    ]);
  });

  it('writes no 2420C for a line at the same site as 2310C, its address written another way (RFI 2810)', () => {
    const same = {
      name: 'Eastside School',
      address: { line1: '45 Oak Ave.', city: 'Gresham', state: 'OR', postalCode: '97030' },
    } as const;
    const out = write837P(
      [
        claim({
          serviceFacility: eastside,
          lines: [line('1', '2026-04-06'), line('2', '2026-04-08', { serviceFacility: same })],
        }),
      ],
      options,
    );
    expect(out.outcome).toBe('written');
    expect(readBack(out.text).filter((x) => x.startsWith('NM1*77'))).toEqual([
      'NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM',
    ]);
  });

  it('refuses a home visit (POS 12) under a 2310C naming the school, and writes it with the home visit listed first', () => {
    const schoolFirst = claim({
      serviceFacility: eastside,
      lines: [line('1', '2026-04-06'), line('2', '2026-04-08', { placeOfService: '12' })],
    });
    const refused = write837P([schoolFirst], options);
    expect(refused.outcome).toBe('not_written');
    expect(refused.refused[0]?.reasons.map((r) => [r.code, r.facts.lineId, r.facts.placeOfService])).toEqual([
      ['x12.837p.service_facility_conflict', '2', '12'],
    ]);
    // Listed first, the home visit sets CLM05-1 to 12: no 2310C, and the school line names the school in 2420C.
    const homeFirst = claim({
      serviceFacility: eastside,
      lines: [line('1', '2026-04-08', { placeOfService: '12' }), line('2', '2026-04-06')],
    });
    const out = write837P([homeFirst], options);
    expect(out.outcome).toBe('written');
    const s = readBack(out.text);
    expect(s.find((x) => x.startsWith('CLM'))).toBe('CLM*c-3001*400***12:B:1*Y*A*Y*Y');
    expect(lineLoop(s, 1)).toHaveLength(4);
    expect(lineLoop(s, 2).slice(4, 5)).toEqual(['NM1*77*2*EASTSIDE SCHOOL WELLNESS ROOM']);
  });

  it('leaves out a claim whose line facility has a five-digit ZIP, naming 2420C and the line', () => {
    const out = write837P(
      [
        claim({
          lines: [
            line('1', '2026-04-06'),
            line('2', '2026-04-08', {
              serviceFacility: { ...eastside, address: { ...eastside.address, postalCode: '97030' } },
            }),
          ],
        }),
      ],
      options,
    );
    expect(out.refused[0]?.reasons.map((r) => r.facts)).toEqual([
      { claimId: 'c-3001', loop: '2420C', lineId: '2', elements: 'N403' },
    ]);
  });

  it('leaves out a claim whose line facility holds a delimiter, naming the element', () => {
    const out = write837P(
      [claim({ lines: [line('1', '2026-04-06', { serviceFacility: { ...eastside, name: 'ROOM*2' } })] })],
      options,
    );
    expect(out.refused[0]?.reasons[0].code).toBe('x12.837p.unwritable_value');
    expect(out.refused[0]?.reasons[0].facts.elements).toBe('NM103');
  });

  it('property: a line has a 2420C exactly when it was given in person elsewhere than 2310C (or 2010AA) says, and SE01 counts', () => {
    const sites = {
      harbor: atHarbor,
      eastside,
      westside: { ...eastside, name: 'WESTSIDE', address: { ...eastside.address, line1: '9 PINE ST' } },
    } as const;
    type Site = keyof typeof sites;
    const site = fc.constantFrom<Site | undefined>(undefined, 'harbor', 'eastside', 'westside');
    fc.assert(
      fc.property(
        site,
        fc.array(fc.record({ home: fc.boolean(), at: site }), { minLength: 1, maxLength: 6 }),
        (claimSite, specs) => {
          const c = claim({
            ...(claimSite === undefined ? {} : { serviceFacility: sites[claimSite] }),
            lines: specs.map((x, i) =>
              line(String(i + 1), `2026-04-${String(i + 1).padStart(2, '0')}`, {
                ...(x.home ? { placeOfService: '12' } : {}),
                ...(x.at === undefined ? {} : { serviceFacility: sites[x.at] }),
              }),
            ),
          });
          // The model: where each in-person line was, and where 2310C (or, without it, 2010AA) says.
          const where = (x: (typeof specs)[number]): Site => x.at ?? claimSite ?? 'harbor';
          // 2310C is the claim's own site, unless its place (the first line's) is the client's home.
          const claimLevel: Site = specs[0]?.home === true ? 'harbor' : (claimSite ?? 'harbor');
          const out = write837P([c], options);
          if (specs.some((x) => x.home && claimLevel !== 'harbor')) {
            expect(out.refused[0]?.reasons[0].code).toBe('x12.837p.service_facility_conflict');
            return;
          }
          expect(out.outcome).toBe('written');
          const s = readBack(out.text);
          specs.forEach((x, i) => {
            const expected = !x.home && where(x) !== claimLevel ? [`NM1*77*2*${sites[where(x)].name}`] : [];
            expect(lineLoop(s, i + 1).filter((y) => y.startsWith('NM1*77'))).toEqual(expected);
          });
        },
      ),
    );
  });
});

describe('write837P: referring (2310A) and ordering (2420E) providers', () => {
  // 005010X222A1 2310A Referring Provider Name: NM1*DN, "required when this claim involves a referral", after HI
  // and before 2310B; 2420E Ordering Provider Name: NM1*DK, "required when the service or supply was ordered by a
  // provider who is different than the rendering provider for this service line", after 2420C. Both a person (1)
  // named by NPI (NM108 XX).
  const rivera = { npi: '1234567893', lastName: 'Peña', firstName: 'Ana', type: 'physician' } as const;
  const segmentsOf = (text: string | null) =>
    (parseX12(text ?? '').interchanges[0]?.groups[0]?.transactions[0]?.segments ?? []).map((s) =>
      s.elements.join('*'),
    );

  it('writes the referring physician in 2310A, between HI and the rendering provider (2310B)', () => {
    const out = write837P([claim({ referringProvider: rivera })], options);
    expect(out.outcome).toBe('written');
    const s = segmentsOf(out.text);
    const at = s.indexOf('NM1*DN*1*Pena*Ana****XX*1234567893');
    expect(at).toBeGreaterThan(-1);
    expect(s[at - 1]?.startsWith('HI*')).toBe(true);
    expect(s[at + 1]?.startsWith('NM1*82*')).toBe(true);
  });

  it('writes a line’s ordering provider in 2420E after the line’s REF, and leaves the other lines without one', () => {
    const [first] = claim().lines;
    const out = write837P(
      [
        claim({
          lines: [
            { ...(first as ClaimLineInput), lineId: '1', serviceDate: '2026-04-06' },
            {
              ...(first as ClaimLineInput),
              lineId: '2',
              serviceDate: '2026-04-07',
              orderingProvider: { npi: '1234567893', lastName: 'RIVERA' },
            },
          ],
        }),
      ],
      options,
    );
    expect(out.outcome).toBe('written');
    const s = segmentsOf(out.text);
    expect(s.filter((x) => x.startsWith('NM1*DK'))).toEqual(['NM1*DK*1*RIVERA*****XX*1234567893']);
    const dk = s.indexOf('NM1*DK*1*RIVERA*****XX*1234567893');
    expect(s[dk - 1]).toBe('REF*6R*2');
    expect(s.some((x) => x.startsWith('NM1*DN'))).toBe(false);
  });

  it('does not write a Medicare claim whose referring physician is not enrolled (42 CFR 424.507)', () => {
    const medicare = {
      ...options,
      payers: {
        summit: {
          name: 'NORIDIAN JF PART B',
          id: '03402',
          filingIndicator: 'MB' as const,
          profile: { ...MEDICARE_PAYER_PROFILE_EXAMPLE, payerId: 'summit' },
        },
      },
    };
    const medicareLine = { ...(claim().lines[0] as ClaimLineInput), modifiers: [] };
    const referred = (medicareStanding: 'approved' | 'not_enrolled') =>
      claim({ lines: [medicareLine], referringProvider: { ...rivera, medicareStanding } });
    expect(write837P([referred('approved')], medicare).outcome).toBe('written');
    const out = write837P([referred('not_enrolled')], medicare);
    expect(out.refused[0]?.reasons.map((r) => r.code)).toContain('billing.ordering.not_enrolled');
  });

  it('writes one NM1*DN and one NM1*DK per ordering line, whatever names and lines it is given', () => {
    const nameArb = fc.stringMatching(/^[A-Za-z][A-Za-z' -]{0,20}$/).map((n) => n.trim() || 'X');
    fc.assert(
      fc.property(nameArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (last, ordered) => {
        const [first] = claim().lines;
        const lines = ordered.map((o, i) => ({
          ...(first as ClaimLineInput),
          lineId: String(i + 1),
          serviceDate: `2026-04-0${i + 1}`,
          ...(o ? { orderingProvider: { npi: '1234567893', lastName: last } } : {}),
        }));
        const out = write837P(
          [claim({ lines, referringProvider: { npi: '1234567893', lastName: last } })],
          options,
        );
        expect(out.outcome).toBe('written');
        const s = segmentsOf(out.text);
        expect(s.filter((x) => x.startsWith('NM1*DN*1*'))).toHaveLength(1);
        expect(s.filter((x) => x.startsWith('NM1*DK*1*'))).toHaveLength(ordered.filter(Boolean).length);
      }),
    );
  });
});
