// X12EnvelopeOptions: one envelope for every file the library writes (write270, write837P), validated once,
// its ISA and GS the same whichever transaction they carry [sources: x12-837p-cg-cms, x12-271-cg-hets].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  X12EnvelopeOptions as EnvelopeSchema,
  parseX12,
  write270,
  write837P,
  type X12EnvelopeOptions,
} from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { claim, options as claimOptions } from './write-837p-fixtures.js';

const envelope: X12EnvelopeOptions = {
  asOf: '2026-04-10T09:30:00-07:00',
  controlNumbers: { interchange: 501, group: 501, transaction: 1 },
  sender: { id: 'HARBORCNS' },
  receiver: { id: '60054' },
};
const inquiry = {
  traceNumber: 'ELG-0001',
  memberId: 'W123456789',
  lastName: 'LANE',
  firstName: 'ALEX',
  birthDate: '1990-02-14',
  serviceDate: '2026-04-10',
  serviceTypes: ['MH'],
};
const asking = {
  payer: { name: 'SUMMIT HEALTH PLAN', id: '60054' },
  provider: { name: 'HARBOR COUNSELING GROUP', npi: '1245319599', taxId: '931234567' },
};
const heads = (text: string) => {
  const i = parseX12(text).interchanges[0];
  return { isa: i?.header.elements.slice(1), gs: i?.groups[0]?.header.elements.slice(1) };
};

describe('X12EnvelopeOptions', () => {
  it('writes a test file to a payer known by its federal tax id: ISA07 30, ISA15 T', () => {
    const text = write270([inquiry], {
      ...asking,
      envelope: { ...envelope, usage: 'test', receiver: { qualifier: '30', id: '591234567' } },
    });
    expect(text.slice(0, 106)).toBe(
      'ISA*00*          *00*          *ZZ*HARBORCNS      *30*591234567      *260410*0930*^*00501*000000501*0*T*:~',
    );
    expect(heads(text).gs).toEqual([
      'HS',
      'HARBORCNS',
      '591234567',
      '20260410',
      '0930',
      '501',
      'X',
      '005010X279A1',
    ]);
  });

  it('gives a 270 and an 837P of the same envelope the same ISA and the same GS but its functional code and version', () => {
    const inquiryFile = heads(write270([inquiry], { ...asking, envelope }));
    const claimFile = heads(write837P([claim()], { ...claimOptions, envelope }).text ?? '');
    expect(inquiryFile.isa).toEqual(claimFile.isa);
    expect(inquiryFile.gs?.slice(1, 7)).toEqual(claimFile.gs?.slice(1, 7));
    expect([inquiryFile.gs?.[0], claimFile.gs?.[0]]).toEqual(['HS', 'HC']);
  });

  it('the 837P names its submitter and receiver with the envelope’s ids (1000A and 1000B NM109)', () => {
    const text = write837P([claim()], {
      ...claimOptions,
      envelope: { ...envelope, sender: { id: 'ETIN0042' }, receiver: { qualifier: '27', id: '04412' } },
    }).text;
    expect(text).toContain('NM1*41*2*HARBOR COUNSELING GROUP*****46*ETIN0042~');
    expect(text).toContain('NM1*40*2*SUMMIT HEALTH PLAN*****46*04412~');
    expect(text).toContain('*27*04412          *');
  });

  it('refuses a bad envelope by path under each writer, never echoing a value', () => {
    const bad = {
      ...envelope,
      usage: 'prod',
      sender: { qualifier: 'XX', id: 'HARBOR COUNSELING' },
      controlNumbers: { interchange: 0, group: 1, transaction: 1_000_000_000 },
    } as never;
    const at = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect(JSON.stringify((e as ValidationError).issues)).not.toContain('HARBOR COUNSELING');
        return (e as ValidationError).issues.map((i) => i.at);
      }
      throw new Error('no ValidationError');
    };
    const expected = [
      'envelope.controlNumbers.interchange',
      'envelope.controlNumbers.transaction',
      'envelope.usage',
      'envelope.sender.qualifier',
      'envelope.sender.id',
    ];
    expect(at(() => write270([inquiry], { ...asking, envelope: bad }))).toEqual(
      expected.map((p) => `$.options.${p}`),
    );
    expect(at(() => write837P([claim()], { ...claimOptions, envelope: bad }))).toEqual(
      expected.map((p) => `$.options.${p}`),
    );
    expect(EnvelopeSchema.safeParse({ ...envelope, sender: { id: 'HARBORCNS', name: 'x' } }).success).toBe(
      false,
    );
  });

  it('property: the ISA is 106 characters and repeats the qualifiers, ids, usage and control number given', () => {
    const qualifier = fc.constantFrom('01', '14', '20', '27', '28', '29', '30', '33', 'ZZ' as const);
    const id = fc.stringMatching(/^[A-Za-z0-9]{2,15}$/);
    fc.assert(
      fc.property(
        qualifier,
        id,
        qualifier,
        id,
        fc.boolean(),
        fc.integer({ min: 1, max: 999_999_999 }),
        (sq, s, rq, r, test, n) => {
          const text = write270([inquiry], {
            ...asking,
            envelope: {
              ...envelope,
              usage: test ? 'test' : 'production',
              sender: { qualifier: sq, id: s },
              receiver: { qualifier: rq, id: r },
              controlNumbers: { interchange: n, group: n, transaction: n },
            },
          });
          expect(text.indexOf('~')).toBe(105);
          const { isa } = heads(text);
          expect([isa?.[4], isa?.[5]?.trim(), isa?.[6], isa?.[7]?.trim()]).toEqual([sq, s, rq, r]);
          expect([isa?.[12], isa?.[14]]).toEqual([String(n).padStart(9, '0'), test ? 'T' : 'P']);
        },
      ),
      { numRuns: 60 },
    );
  });
});
