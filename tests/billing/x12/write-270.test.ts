// write270: the 005010X279A1 eligibility inquiry a practice sends before a first session, read back by
// parseX12 as a clearinghouse's envelope check would, and its trace numbers carried into read271
// [sources: x12-271-cg-hets, x12-element-509, x12-271].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EligibilityInquiry,
  parseX12,
  read271,
  type Write270Options,
  write270,
  type X12Segment,
} from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { person271 } from './x12-builders.js';

const options: Write270Options = {
  envelope: {
    asOf: '2026-12-07T17:42:00-05:00',
    controlNumbers: { interchange: 901, group: 901, transaction: 1 },
    sender: { id: 'HARBORCNS' },
    receiver: { id: '60054' },
  },
  payer: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
  provider: { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567' },
};
// Alex Lane asks about her first session on Tuesday 8 December 2026.
const alex: EligibilityInquiry = {
  traceNumber: 'ELG-0001',
  memberId: 'W123456789',
  lastName: 'LANE',
  firstName: 'ALEX',
  birthDate: '1990-02-14',
  serviceDate: '2026-12-08',
  serviceTypes: ['MH'],
};

const segmentsOf = (text: string): readonly X12Segment[] =>
  parseX12(text).interchanges[0]?.groups[0]?.transactions[0]?.segments ?? [];
const lines = (text: string) => segmentsOf(text).map((s) => s.elements.join('*'));

describe('write270', () => {
  it('asks Summit about Alex Lane’s mental-health benefits for 8 December 2026, as the TR3 lays the loops out', () => {
    const text = write270([alex], options);
    expect(
      text.startsWith(
        'ISA*00*          *00*          *ZZ*HARBORCNS      *ZZ*60054          *261207*1742*^*00501*000000901*0*P*:~',
      ),
    ).toBe(true);
    expect(text).toContain('~GS*HS*HARBORCNS*60054*20261207*1742*901*X*005010X279A1~');
    expect(lines(text)).toEqual([
      'ST*270*0001*005010X279A1',
      'BHT*0022*13*0001*20261207*1742',
      'HL*1**20*1',
      'NM1*PR*2*SUMMIT HEALTH PLAN*****PI*60054',
      'HL*2*1*21*1',
      'NM1*1P*2*HARBOR COUNSELING GROUP*****XX*1245319599',
      'HL*3*2*22*0',
      'TRN*1*ELG-0001*1931234567',
      'NM1*IL*1*LANE*ALEX****MI*W123456789',
      'DMG*D8*19900214',
      'DTP*291*D8*20261208',
      'EQ*MH',
      'SE*13*0001',
    ]);
    expect(text.endsWith('~GE*1*901~IEA*1*000000901~')).toBe(true);
  });

  it('asks for two members and several service types, one EQ each, every member under the provider (HL02 2)', () => {
    const sam = {
      ...alex,
      traceNumber: 'ELG-0002',
      memberId: 'W123456790',
      firstName: 'SAM',
      birthDate: '2012-06-01',
    };
    const text = write270([{ ...alex, serviceTypes: ['A6', 'MH', '30'] }, sam], {
      ...options,
      lineBreak: '\r\n',
    });
    const s = segmentsOf(text);
    expect(s.filter((x) => x.tag === 'HL').map((x) => x.elements.slice(1).join('*'))).toEqual([
      '1**20*1',
      '2*1*21*1',
      '3*2*22*0',
      '4*2*22*0',
    ]);
    expect(s.filter((x) => x.tag === 'EQ').map((x) => x.elements[1])).toEqual(['A6', 'MH', '30', 'MH']);
    expect(s.at(-1)?.elements.slice(1)).toEqual([String(s.length), '0001']);
    expect(text.split('\r\n').every((l) => l === '' || l.endsWith('~'))).toBe(true);
  });

  it('names a clinician asking under her own NPI as a person (NM102 1)', () => {
    const text = write270([alex], {
      ...options,
      provider: { lastName: 'KIM', firstName: 'JORDAN', npi: '1234567893', taxId: '931234567' },
    });
    expect(lines(text)).toContain('NM1*1P*1*KIM*JORDAN****XX*1234567893');
  });

  it('writes the file’s date and time in the practice’s zone: 03:30 UTC on 8 December is 7 December in Portland', () => {
    const text = write270([alex], {
      ...options,
      envelope: { ...options.envelope, asOf: '2026-12-08T03:30:00Z', zone: 'America/Los_Angeles' },
    });
    expect(lines(text)[1]).toBe('BHT*0022*13*0001*20261207*1930');
  });

  it('drops a name’s marks (Peña as Pena) and refuses everything it cannot write at once, by path, never echoing it', () => {
    expect(lines(write270([{ ...alex, lastName: 'Peña' }], options))).toContain(
      'NM1*IL*1*Pena*ALEX****MI*W123456789',
    );
    try {
      write270([{ ...alex, memberId: 'W12*3', lastName: 'LANE~', serviceTypes: [] }], {
        ...options,
        provider: { name: 'HARBOR', lastName: 'KIM', npi: '1245319598', taxId: '93123456' },
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const issues = (e as ValidationError).issues;
      expect(issues.map((i) => i.at)).toEqual([
        '$.inquiries[0].memberId',
        '$.inquiries[0].lastName',
        '$.inquiries[0].serviceTypes',
        '$.options.provider.npi',
        '$.options.provider.taxId',
        '$.options.provider',
      ]);
      expect(JSON.stringify(issues)).not.toMatch(/W12\*3|LANE~|HARBOR/);
    }
    expect(() => write270([], options)).toThrow(ValidationError);
  });

  it('carries each trace number to the 271: read271 finds the client by the TRN02 the 270 wrote', () => {
    const text = write270([alex], options);
    const trace = segmentsOf(text).find((s) => s.tag === 'TRN')?.elements[2] as string;
    const answer = person271(['EB*1*IND*30'], ['DTP*346*D8*20260101']).replace(
      'TRN*2*T-1*',
      `TRN*2*${trace}*`,
    );
    expect(read271(answer, { clientIds: { [trace]: 'client-lane' } })[0]?.clientId).toBe('client-lane');
  });

  it('property: any inquiries write a file whose envelope reads back, one subscriber loop each, in order', () => {
    const inquiryArb = fc.record({
      traceNumber: fc.stringMatching(/^[A-Za-z0-9-]{1,50}$/),
      memberId: fc.stringMatching(/^[A-Za-z0-9-]{2,20}$/),
      lastName: fc.stringMatching(/^[A-Za-z][A-Za-z' -]{0,20}$/),
      firstName: fc.stringMatching(/^[A-Za-z][A-Za-z' -]{0,20}$/),
      birthDate: fc.constantFrom('1951-03-09', '1990-02-14', '2012-06-01'),
      serviceDate: fc.constantFrom('2026-12-08', '2027-01-04'),
      serviceTypes: fc.uniqueArray(fc.constantFrom('30', 'MH', 'A6', 'A8', 'CF', 'A4', '98'), {
        minLength: 1,
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(
        fc.array(inquiryArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 9_999 }),
        (list, st) => {
          const text = write270(list, {
            ...options,
            envelope: { ...options.envelope, controlNumbers: { interchange: 5, group: 5, transaction: st } },
          });
          const s = segmentsOf(text);
          expect(s[0]?.elements[2]).toBe(String(st).padStart(4, '0'));
          expect(s.filter((x) => x.tag === 'TRN').map((x) => x.elements[2])).toEqual(
            list.map((q) => q.traceNumber),
          );
          expect(
            s.filter((x) => x.tag === 'NM1' && x.elements[1] === 'IL').map((x) => x.elements[9]),
          ).toEqual(list.map((q) => q.memberId));
          expect(s.filter((x) => x.tag === 'EQ')).toHaveLength(
            list.reduce((n, q) => n + q.serviceTypes.length, 0),
          );
          expect(s.filter((x) => x.tag === 'HL').map((x) => x.elements[1])).toEqual(
            Array.from({ length: list.length + 2 }, (_, i) => String(i + 1)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
