// The patient's date of birth from the 271's DMG segment (005010X279A1 2100C/2100D: DMG01 D8, DMG02 CCYYMMDD),
// carried into the benefits so that a Medicaid child's exemption from cost sharing (42 CFR 447.56(a)) applies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePatientShare } from '../../../src/billing/index.js';
import { read271 } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { envelope, person271 } from './x12-builders.js';

const PLAN = ['EB*1*IND*30^MH', 'EB*B*IND*MH*PR**27*3', 'EB*C*IND*MH*PR**23*0'];
const clientIds = { 'T-1': 'client-lane', 'T-2': 'client-sam' };

// A subscriber (Alex Lane) and a dependent (Sam Lane), each with their own DMG when given.
const withDependent = (subscriberDmg: string[], dependentDmg: string[]) =>
  envelope('271', [
    'BHT*0022*11*T1*20260105*1030',
    'HL*1**20*1',
    'NM1*PR*2*STATE MEDICAID*****PI*SKMCD',
    'HL*2*1*21*1',
    'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1234567893',
    'HL*3*2*22*1',
    'TRN*2*T-1*9HARBORCNS',
    'NM1*IL*1*LANE*ALEX****MI*W123456789',
    ...subscriberDmg,
    'DTP*346*D8*20260101',
    ...PLAN,
    'HL*4*3*23*0',
    'TRN*2*T-2*9HARBORCNS',
    'NM1*03*1*LANE*SAM',
    ...dependentDmg,
    'DTP*346*D8*20260101',
    ...PLAN,
  ]);

function issues(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  throw new Error('no ValidationError');
}

describe('read271: the client’s birth date from DMG02 (005010X279A1 2100C/2100D)', () => {
  it('reads the subscriber’s DMG*D8*19900214 into both networks’ benefits as 1990-02-14', () => {
    const [answer] = read271(person271(['DMG*D8*19900214*F', ...PLAN, 'EB*B*IND*MH*PR**27*50*****N']), {
      clientIds,
    });
    expect(answer?.inNetwork?.clientBirthDate).toBe('1990-02-14');
    expect(answer?.outOfNetwork?.clientBirthDate).toBe('1990-02-14');
  });

  it('gives the dependent their own birth date and the subscriber theirs, never the other’s', () => {
    const answers = read271(withDependent(['DMG*D8*19840605*F'], ['DMG*D8*20130914*M']), { clientIds });
    const byClient = Object.fromEntries(answers.map((a) => [a.clientId, a.inNetwork?.clientBirthDate]));
    expect(byClient).toEqual({ 'client-lane': '1984-06-05', 'client-sam': '2013-09-14' });
  });

  it('leaves the birth date out when the dependent’s loop has no DMG, even with the subscriber’s stated', () => {
    const answers = read271(withDependent(['DMG*D8*19840605*F'], []), { clientIds });
    const sam = answers.find((a) => a.clientId === 'client-sam');
    expect(sam?.outcome).toBe('benefits_found');
    expect(sam?.inNetwork).not.toHaveProperty('clientBirthDate');
  });

  it('leaves the birth date out when the response states none', () => {
    const [answer] = read271(person271(PLAN), { clientIds });
    expect(answer?.outcome).toBe('benefits_found');
    expect(answer?.inNetwork).not.toHaveProperty('clientBirthDate');
  });

  it('lets a Medicaid child born 2013-09-14 owe no copayment on 2026-03-02 (42 CFR 447.56(a)(1))', () => {
    const answers = read271(withDependent([], ['DMG*D8*20130914*M']), { clientIds });
    const sam = answers.find((a) => a.clientId === 'client-sam')?.inNetwork;
    expect(sam?.copayCents).toBe(300);
    const estimate = estimatePatientShare(
      // No visit limit stated (EB01 F): the payer is taken to have said there is none.
      {
        ...(sam as NonNullable<typeof sam>),
        payerKind: 'medicaid',
        qualifiedMedicareBeneficiary: false,
        noVisitLimit: true,
      },
      { allowedCents: 9_000, dateOfService: '2026-03-02' },
    );
    expect(estimate).toMatchObject({ outcome: 'estimated', clientShareCents: 0, payerShareCents: 9_000 });
    expect(estimate.reasons[0]?.code).toBe('billing.estimate.medicaid_cost_sharing_exempt');
  });

  it.each([
    ['a date that does not exist (2013-02-30)', 'DMG*D8*20130230*M', 'DMG02'],
    ['a date without its century', 'DMG*D8*130914*M', 'DMG02'],
    ['a range qualifier instead of D8', 'DMG*RD8*20130914-20130915*M', 'DMG01'],
  ])('refuses %s by segment and element, without echoing it', (_, dmg, element) => {
    const found = issues(() => read271(person271([dmg, ...PLAN]), { clientIds }));
    expect(found).toEqual([[expect.stringContaining(element), 'x12.element.invalid']]);
    let message = '';
    try {
      read271(person271([dmg, ...PLAN]), { clientIds });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toMatch(/2013|130914/);
  });

  it('property: any valid birth date written in DMG02 is read back unchanged', () => {
    fc.assert(
      fc.property(
        fc
          .date({
            min: new Date('1900-01-01T00:00:00Z'),
            max: new Date('2026-01-05T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString().slice(0, 10)),
        (born) => {
          const [answer] = read271(person271([`DMG*D8*${born.replaceAll('-', '')}`, ...PLAN]), { clientIds });
          expect(answer?.inNetwork?.clientBirthDate).toBe(born);
        },
      ),
    );
  });
});
