// write837P read by an outside 005010X222A1 loop check (x12-837p-loops.ts): the golden file, a batch of the
// shapes a behavioural-health practice sends (a dependent's claim, telehealth at home and elsewhere, audio
// only, a clinician billing under their own NPI), and any batch of scrubbed claims [sources: x12-837p-cg-cms,
// x12-837p, cms-pos-codes, mac-fcso-telehealth-modifiers].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../src/billing/index.js';
import type { ClaimLineInput } from '../../../src/billing/internal.js';
import { parseX12, write837P, type X12Segment } from '../../../src/billing/x12/index.js';
import { claim, options } from './write-837p-fixtures.js';
import { check837PLoops } from './x12-837p-loops.js';

const golden = readFileSync(join(import.meta.dirname, 'fixtures', 'telehealth-837p-supervised.edi'), 'utf8');

const segmentsOf = (text: string | null): readonly X12Segment[] =>
  parseX12(text ?? '').interchanges[0]?.groups[0]?.transactions[0]?.segments ?? [];
const write = (claims: readonly ClaimInput[], more: Partial<typeof options> = {}) => {
  const out = write837P(claims, { ...options, ...more });
  expect(out.reasons.filter((r) => r.severity === 'error')).toEqual([]);
  return out.text ?? '';
};

type Delivery = Pick<ClaimLineInput, 'placeOfService' | 'modality' | 'clientAtHome' | 'modifiers'>;
// Telehealth as the CMS place-of-service list and the CPT modifiers name it: 10 in the client's home, 02
// elsewhere; 95 by video, 93 by audio only.
const VIDEO_AT_HOME: Delivery = {
  placeOfService: '10',
  modality: 'video',
  clientAtHome: true,
  modifiers: ['95'],
};
const VIDEO_ELSEWHERE: Delivery = {
  placeOfService: '02',
  modality: 'video',
  clientAtHome: false,
  modifiers: ['95'],
};
const AUDIO_AT_HOME: Delivery = {
  placeOfService: '10',
  modality: 'audio_only',
  clientAtHome: true,
  modifiers: ['93'],
};
const OFFICE: Delivery = { placeOfService: '11', modality: 'in_person', clientAtHome: false, modifiers: [] };

const line = (n: number, procedureCode: string, delivery: Delivery, chargeCents: number): ClaimLineInput => ({
  ...delivery,
  lineId: String(n),
  serviceDate: `2026-04-0${n}`,
  procedureCode,
  units: 1,
  chargeCents,
  diagnosisPointers: [1],
});

describe('write837P, as an outside 005010X222A1 loop check reads it', () => {
  it('passes the golden telehealth file: its loops in the guide’s order, HL 20 → 22, SE01 = 29', () => {
    const { problems, loops } = check837PLoops(golden);
    expect(problems).toEqual([]);
    expect(loops.map((l) => l.loop)).toEqual([
      'header',
      '1000A',
      '1000B',
      '2000A',
      '2010AA',
      '2000B',
      '2010BA',
      '2010BB',
      '2300',
      '2310B',
      '2310D',
      '2400',
      'trailer',
    ]);
  });

  it('writes Alex’s and her son Sam’s sessions of April 2026: 2000C for Sam only, each line’s place and modifier', () => {
    const text = write([
      claim({
        claimId: 'c-alex',
        lines: [line(1, '90837', VIDEO_AT_HOME, 20_000), line(2, '90834', OFFICE, 15_000)],
      }),
      claim({
        claimId: 'c-sam',
        clientId: 'client-sam',
        supervisingClinicianId: undefined,
        lines: [line(3, '90832', AUDIO_AT_HOME, 9_000), line(6, '90834', VIDEO_ELSEWHERE, 15_000)],
      }),
    ]);
    const { problems, loops } = check837PLoops(text);
    expect(problems).toEqual([]);
    expect(loops.map((l) => l.loop).join(' ')).toBe(
      'header 1000A 1000B 2000A 2010AA 2000B 2010BA 2010BB 2300 2310B 2310D 2400 2400 ' +
        '2000B 2010BA 2010BB 2000C 2010CA 2300 2310B 2400 2400 trailer',
    );
    const s = segmentsOf(text);
    // CLM05: the first line's place, B, original (1); SV105 only on a line whose place differs from it.
    expect(
      s.filter((x) => x.tag === 'CLM').map((x) => [x.elements[1], x.elements[2], x.elements[5]]),
    ).toEqual([
      ['c-alex', '350', '10:B:1'],
      ['c-sam', '240', '10:B:1'],
    ]);
    expect(s.filter((x) => x.tag === 'SV1').map((x) => [x.elements[1], x.elements[5]])).toEqual([
      ['HC:90837:95', ''],
      ['HC:90834', '11'],
      ['HC:90832:93', ''],
      ['HC:90834:95', '02'],
    ]);
    expect(s.filter((x) => x.tag === 'DTP').map((x) => x.elements.slice(1).join('*'))).toEqual([
      '472*D8*20260401',
      '472*D8*20260402',
      '472*D8*20260403',
      '472*D8*20260406',
    ]);
    // Sam is not the subscriber: PAT01 19 (child) under Alex's HL 22, whose HL04 says a child follows.
    expect(s.filter((x) => x.tag === 'HL').map((x) => x.elements.slice(1).join('*'))).toEqual([
      '1**20*1',
      '2*1*22*0',
      '3*1*22*1',
      '4*3*23*0',
    ]);
  });

  it('writes a clinician billing under her own NPI: 2010AA a person (NM102 1), no 2310B, and conforming', () => {
    const text = write([claim({ billingNpi: '1234567893', supervisingClinicianId: undefined })], {
      billingProvider: { ...options.billingProvider, name: 'JORDAN KIM LMFT', npi: '1234567893' },
    });
    const { problems, loops } = check837PLoops(text);
    expect(problems).toEqual([]);
    expect(loops.find((l) => l.loop === '2010AA')?.segments[0]?.elements.slice(1, 5)).toEqual([
      '85',
      '1',
      'KIM',
      'JORDAN',
    ]);
    expect(loops.some((l) => l.loop === '2310B')).toBe(false);
  });

  it('catches files that break the structure (so that its silence means something)', () => {
    const broken = (from: string, to: string) => check837PLoops(golden.replace(from, to)).problems;
    // DTP*472 before SV1, REF*EI dropped, HL04 saying no child follows when the claim does.
    expect(
      broken(
        'SV1*HC:90837:95*200*UN*1***1:2~\nDTP*472*D8*20260406',
        'DTP*472*D8*20260406~\nSV1*HC:90837:95*200*UN*1***1:2',
      ),
    ).not.toEqual([]);
    expect(broken('REF*EI*931234567', 'PER*IC*BILLING OFFICE*TE*5035550100')).toEqual([
      'loop 2010AA lacks REF*EI',
    ]);
    expect(broken('HL*1**20*1', 'HL*1**20*0')).toEqual(['HL04 of HL 1 is 0, child true']);
    expect(broken('CLM*c-3001*200***10:B:1', 'CLM*c-3001*250***10:B:1')).toEqual([
      "CLM02 250 is not the lines' total",
    ]);
    expect(broken('10:B:1', '10:1')).toEqual(['CLM05 10:1 is not POS:B:frequency']);
  });

  it('property: any batch of scrubbed claims conforms: 2000C exactly for dependents, 2310D for the supervised, SV105 where the place differs', () => {
    const claimArb = fc.record({
      dependent: fc.boolean(),
      // Who treated: the associate (supervised, or not) or Dr Lee; neither is the group billing provider.
      byLee: fc.boolean(),
      supervised: fc.boolean(),
      lines: fc.array(
        fc.record({
          procedureCode: fc.constantFrom('90832', '90834', '90837', '90791'),
          delivery: fc.constantFrom(VIDEO_AT_HOME, VIDEO_ELSEWHERE, AUDIO_AT_HOME, OFFICE),
          chargeCents: fc.integer({ min: 1, max: 100_000 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(claimArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 9_999 }),
        (batch, st) => {
          const claims = batch.map((c, i) =>
            claim({
              claimId: `c-${i}`,
              clientId: c.dependent ? 'client-sam' : 'client-lane',
              ...(c.byLee
                ? { renderingClinicianId: 'dr-lee', renderingNpi: '1679576722' }
                : { renderingClinicianId: 'assoc-kim', renderingNpi: '1234567893' }),
              supervisingClinicianId: c.supervised && !c.byLee ? 'dr-lee' : undefined,
              lines: c.lines.map((l, j) => line(j + 1, l.procedureCode, l.delivery, l.chargeCents)),
            }),
          );
          const text = write(claims, {
            envelope: { ...options.envelope, controlNumbers: { interchange: 7, group: 7, transaction: st } },
          });
          const { problems, loops } = check837PLoops(text);
          expect(problems).toEqual([]);
          expect(loops.filter((l) => l.loop === '2000C')).toHaveLength(
            batch.filter((c) => c.dependent).length,
          );
          expect(loops.filter((l) => l.loop === '2310B')).toHaveLength(batch.length);
          expect(loops.filter((l) => l.loop === '2310D')).toHaveLength(
            batch.filter((c) => c.supervised && !c.byLee).length,
          );
          const s = segmentsOf(text);
          expect(s[0]?.elements[2]).toBe(String(st).padStart(4, '0'));
          const clm05 = s.filter((x) => x.tag === 'CLM').map((x) => x.elements[5]);
          expect(clm05).toEqual(batch.map((c) => `${c.lines[0]?.delivery.placeOfService}:B:1`));
          const sv1 = s.filter((x) => x.tag === 'SV1').map((x) => [x.elements[1], x.elements[5]]);
          expect(sv1).toEqual(
            batch.flatMap((c) =>
              c.lines.map((l) => [
                ['HC', l.procedureCode, ...(l.delivery.modifiers ?? [])].join(':'),
                l.delivery.placeOfService === c.lines[0]?.delivery.placeOfService
                  ? ''
                  : l.delivery.placeOfService,
              ]),
            ),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
