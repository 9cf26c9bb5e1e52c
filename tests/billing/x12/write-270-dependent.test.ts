// A 270 for a patient on a parent's plan (the 2000D dependent loop of 005010X279A1) and the 271 that answers
// it from 2000D, both checked by the outside loop checker (x12-270-271-loops.ts), and the answer read back as
// the dependent's, never the subscriber's [sources: x12-271-cg-hets, x12-rfi-922, x12-271].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EligibilityInquiry,
  parseX12,
  read271,
  type Write270Options,
  write270,
} from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { check270Or271Loops } from './x12-270-271-loops.js';
import { envelope } from './x12-builders.js';

const options: Write270Options = {
  envelope: {
    asOf: '2026-12-07T17:42:00-05:00',
    controlNumbers: { interchange: 902, group: 902, transaction: 1 },
    sender: { id: 'HARBORCNS' },
    receiver: { id: '60054' },
  },
  payer: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
  provider: { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567' },
};
// Sam Lane, 14, on his mother Alex's family plan (member id W123456789, no id of his own), asks about his
// first session on Tuesday 8 December 2026.
const sam: EligibilityInquiry = {
  traceNumber: 'ELG-0002',
  memberId: 'W123456789',
  lastName: 'LANE',
  firstName: 'ALEX',
  serviceDate: '2026-12-08',
  serviceTypes: ['MH', '30'],
  dependent: { lastName: 'LANE', firstName: 'SAM', birthDate: '2012-06-01' },
};
const alex: EligibilityInquiry = {
  traceNumber: 'ELG-0001',
  memberId: 'W123456789',
  lastName: 'LANE',
  firstName: 'ALEX',
  birthDate: '1990-02-14',
  serviceDate: '2026-12-08',
  serviceTypes: ['MH'],
};

const lines = (text: string) =>
  (parseX12(text).interchanges[0]?.groups[0]?.transactions[0]?.segments ?? []).map((s) =>
    s.elements.join('*'),
  );

// Summit's answer to Sam's inquiry: Alex's subscriber loop without benefits, Sam's dependent loop with his
// trace number echoed (TRN*2), his date of birth, the plan's dates and the benefits.
const answer = (dependentBody: readonly string[], subscriberBody: readonly string[] = []) =>
  envelope('271', [
    'BHT*0022*11*0001*20261207*1743',
    'HL*1**20*1',
    'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054',
    'HL*2*1*21*1',
    'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1245319599',
    'HL*3*2*22*1',
    'NM1*IL*1*LANE*ALEX****MI*W123456789',
    ...subscriberBody,
    'HL*4*3*23*0',
    'TRN*2*ELG-0002*1931234567',
    'NM1*03*1*LANE*SAM',
    'DMG*D8*20120601',
    'DTP*346*D8*20260101',
    ...dependentBody,
  ]);
const SAM_PLAN = [
  'EB*1*FAM*30^MH**GOLD PPO',
  'EB*B*IND*MH*PR**27*25*****Y',
  'EB*C*IND*MH*PR**23*500*****Y',
  'EB*C*IND*MH*PR**29*300*****Y',
];

describe('write270: a dependent without a member id of their own (2000D/2100D)', () => {
  it('asks about Sam Lane under his mother’s member id, his trace, name, birth date and service types in 2000D', () => {
    const text = write270([sam], options);
    expect(lines(text).slice(6)).toEqual([
      'HL*3*2*22*1',
      'NM1*IL*1*LANE*ALEX****MI*W123456789',
      'HL*4*3*23*0',
      'TRN*1*ELG-0002*1931234567',
      'NM1*03*1*LANE*SAM',
      'DMG*D8*20120601',
      'DTP*291*D8*20261208',
      'EQ*MH',
      'EQ*30',
      'SE*16*0001',
    ]);
    expect(check270Or271Loops(text).problems).toEqual([]);
    expect(text).not.toContain('~INS*');
  });

  it('writes a subscriber and a dependent inquiry side by side, each HL under its own parent', () => {
    const text = write270([alex, sam, { ...alex, traceNumber: 'ELG-0003' }], options);
    const { problems, loops } = check270Or271Loops(text);
    expect(problems).toEqual([]);
    expect(
      loops.filter((l) => l.loop.startsWith('2000')).map((l) => l.segments[0]?.elements.join('*')),
    ).toEqual(['HL*1**20*1', 'HL*2*1*21*1', 'HL*3*2*22*0', 'HL*4*2*22*1', 'HL*5*4*23*0', 'HL*6*2*22*0']);
  });

  it('needs the subscriber’s birth date only when the subscriber is the patient, and says so by path', () => {
    const { birthDate: _, ...noBirth } = alex;
    try {
      write270([noBirth], options);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.at)).toEqual(['$.inquiries[0].birthDate']);
    }
    expect(lines(write270([{ ...sam, birthDate: '1985-03-03' }], options))).not.toContain('DMG*D8*19850303');
  });

  it('property: every file of subscribers and dependents passes the outside loop check, one patient trace each', () => {
    const inquiry = fc.record({
      traceNumber: fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/),
      memberId: fc.stringMatching(/^[A-Za-z0-9]{2,12}$/),
      lastName: fc.stringMatching(/^[A-Za-z][A-Za-z' -]{0,15}$/),
      firstName: fc.stringMatching(/^[A-Za-z][A-Za-z' -]{0,15}$/),
      birthDate: fc.constantFrom('1951-03-09', '1990-02-14'),
      serviceDate: fc.constantFrom('2026-12-08', '2027-01-04'),
      serviceTypes: fc.uniqueArray(fc.constantFrom('30', 'MH', 'A6', 'CF'), { minLength: 1, maxLength: 3 }),
      dependent: fc.option(
        fc.record({
          lastName: fc.stringMatching(/^[A-Za-z]{1,10}$/),
          firstName: fc.stringMatching(/^[A-Za-z]{1,10}$/),
          birthDate: fc.constantFrom('2012-06-01', '2020-01-31'),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(inquiry, { minLength: 1, maxLength: 6 }), (list) => {
        const text = write270(list, options);
        const { problems, loops } = check270Or271Loops(text);
        expect(problems).toEqual([]);
        expect(loops.filter((l) => l.loop === '2000D')).toHaveLength(
          list.filter((q) => q.dependent !== undefined).length,
        );
        const traces = loops.flatMap((l) =>
          l.segments.filter((s) => s.tag === 'TRN').map((s) => s.elements[2]),
        );
        expect(traces).toEqual(list.map((q) => q.traceNumber));
      }),
      { numRuns: 80 },
    );
  });
});

describe('read271: a dependent’s benefits from 2000D', () => {
  it('reads Sam’s copay, deductible and birth date from his own loop, for the client his trace number names', () => {
    const text = answer(SAM_PLAN);
    expect(check270Or271Loops(text).problems).toEqual([]);
    const answers = read271(text, { clientIds: { 'ELG-0002': 'client-sam' } });
    expect(answers).toHaveLength(1);
    const [a] = answers;
    expect(a?.clientId).toBe('client-sam');
    expect(a?.outcome).toBe('benefits_found');
    expect(a?.inNetwork).toMatchObject({
      copayCents: 2500,
      deductibleCents: 50_000,
      deductibleMetCents: 20_000,
      clientBirthDate: '2012-06-01',
      planStartsOn: '2026-01-01',
    });
  });

  it('never gives the dependent the subscriber’s benefits: Alex’s copay in 2110C stays Alex’s', () => {
    const text = answer(SAM_PLAN, [
      'DMG*D8*19900214',
      'DTP*346*D8*20260101',
      'EB*1*IND*30',
      'EB*B*IND*MH*PR**27*10',
    ]);
    expect(check270Or271Loops(text).problems).toEqual([]);
    const answers = read271(text, { clientIds: { 'ELG-0002': 'client-sam', W123456789: 'client-alex' } });
    const bySam = answers.find((a) => a.clientId === 'client-sam');
    expect(bySam?.inNetwork?.copayCents).toBe(2500);
    expect(bySam?.inNetwork?.clientBirthDate).toBe('2012-06-01');
  });

  it('leaves a dependent whose trace is not listed unknown, never the subscriber’s member id’s client', () => {
    const [a] = read271(answer(SAM_PLAN), { clientIds: { W123456789: 'client-alex' } });
    expect(a?.clientId).not.toBe('client-alex');
    expect(a?.outcome).toBe('undecided');
    expect(a?.reasons.map((r) => r.code)).toContain('x12.271.client_unknown');
  });

  it('round trip: the 270 written for Sam and the 271 answering it carry the same trace, and read271 finds him', () => {
    const asked = write270([sam], options);
    const trace = parseX12(asked).interchanges[0]?.groups[0]?.transactions[0]?.segments.find(
      (s) => s.tag === 'TRN',
    )?.elements[2] as string;
    const [a] = read271(answer(SAM_PLAN).replace('TRN*2*ELG-0002*', `TRN*2*${trace}*`), {
      clientIds: { [trace]: 'client-sam' },
    });
    expect(a?.clientId).toBe('client-sam');
  });

  it('the outside checker refuses what the TR3 does not allow: a TRN above a dependent, an INS beside the primary search', () => {
    const text = write270([sam], options);
    const moved = text.replace('HL*3*2*22*1~', 'HL*3*2*22*1~TRN*1*X*1931234567~').replace('SE*16*', 'SE*17*');
    expect(check270Or271Loops(moved).problems).toContain('HL 3 (2000C): TRN above a dependent');
    const ins = text.replace('DMG*D8*20120601~', 'DMG*D8*20120601~INS*N*19~').replace('SE*16*', 'SE*17*');
    expect(check270Or271Loops(ins).problems).toContain('HL 4 (2000D): INS beside the primary search');
  });
});
