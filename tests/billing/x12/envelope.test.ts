import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseX12 } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { envelope } from './x12-builders.js';

const body = ['BPR*I*150*C*ACH*CCP*01*011000015*DA*1*1**01*2*DA*3*20260410', 'TRN*1*EFT1*1999999999'];
const good = envelope('835', body);

function problems(file: string): [string, string][] {
  try {
    parseX12(file);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  return [];
}

describe('the envelope checks of parseX12', () => {
  it('accepts a well-formed interchange', () => {
    expect(problems(good)).toEqual([]);
  });

  it('reports the trailers missing when a new group or interchange starts inside an open one', () => {
    const lines = good.split('~').filter((l) => l.length > 0);
    const [isa, gs, st, bpr, trn] = lines;
    const groupInsideTransaction = [isa, gs, st, bpr, gs, ...lines.slice(2)].join('~');
    expect(
      problems(`${groupInsideTransaction}~`).filter(([, code]) => code === 'x12.envelope.missing_trailer'),
    ).toEqual([
      ['$.segment[5]', 'x12.envelope.missing_trailer'],
      ['$.segment[5]', 'x12.envelope.missing_trailer'],
    ]);
    const interchangeInsideTransaction = [isa, gs, st, trn, ...lines].join('~');
    expect(
      problems(`${interchangeInsideTransaction}~`).filter(
        ([, code]) => code === 'x12.envelope.missing_trailer',
      ),
    ).toEqual([
      ['$.segment[5]', 'x12.envelope.missing_trailer'],
      ['$.segment[5]', 'x12.envelope.missing_trailer'],
      ['$.segment[5]', 'x12.envelope.missing_trailer'],
    ]);
  });

  it('reports an SE count that is not the transaction set’s segment count', () => {
    expect(problems(good.replace('SE*4*0001', 'SE*5*0001'))).toEqual([
      ['$.segment[6].SE01', 'x12.envelope.count_mismatch'],
    ]);
  });

  it('reports an SE control number that does not repeat ST02, even padded', () => {
    expect(problems(good.replace('SE*4*0001', 'SE*4*001'))).toEqual([
      ['$.segment[6].SE02', 'x12.envelope.control_number_mismatch'],
    ]);
  });

  it('compares group and interchange control numbers as numbers', () => {
    expect(problems(good.replace('GE*1*1~', 'GE*1*000001~'))).toEqual([]);
    expect(problems(good.replace('GE*1*1~', 'GE*1*2~'))).toEqual([
      ['$.segment[7].GE02', 'x12.envelope.control_number_mismatch'],
    ]);
    expect(problems(good.replace('IEA*1*000000001', 'IEA*1*000000002'))).toEqual([
      ['$.segment[8].IEA02', 'x12.envelope.control_number_mismatch'],
    ]);
  });

  it('reports GE01 and IEA01 counts that differ from what they close', () => {
    expect(problems(good.replace('GE*1*1~', 'GE*2*1~').replace('IEA*1*', 'IEA*3*'))).toEqual([
      ['$.segment[7].GE01', 'x12.envelope.count_mismatch'],
      ['$.segment[8].IEA01', 'x12.envelope.count_mismatch'],
    ]);
  });

  it('reports a transaction set that starts before the last one ended', () => {
    const twice = good.replace('SE*4*0001~', 'ST*835*0002~TRN*1*EFT2*1~SE*3*0002~');
    expect(problems(twice)).toEqual([
      ['$.segment[6]', 'x12.envelope.missing_trailer'],
      ['$.segment[9].GE01', 'x12.envelope.count_mismatch'],
    ]);
  });

  it('reports two transaction sets of a group with the same control number', () => {
    const twice = good
      .replace('SE*4*0001~', 'SE*4*0001~ST*835*0001~TRN*1*EFT2*1~SE*3*0001~')
      .replace('GE*1*1', 'GE*2*1');
    expect(problems(twice)).toEqual([['$.segment[7].ST02', 'x12.envelope.duplicate_control_number']]);
  });

  it('reports segments outside any transaction set and trailers that close nothing', () => {
    const stray = good
      .replace('GE*1*1~', 'REF*EV*X~GE*1*1~SE*2*0001~')
      .replace('IEA*1*000000001~', 'IEA*1*000000001~GE*0*1~IEA*0*1~');
    expect(problems(stray)).toEqual([
      ['$.segment[7]', 'x12.envelope.outside_transaction'],
      ['$.segment[9]', 'x12.envelope.unexpected_trailer'],
      ['$.segment[11]', 'x12.envelope.unexpected_trailer'],
      ['$.segment[12]', 'x12.envelope.unexpected_trailer'],
    ]);
  });

  it('reports GS and ST segments outside the envelope that must hold them', () => {
    const file = good.replace(
      'IEA*1*000000001~',
      'IEA*1*000000001~GS*HP*A*B*20260410*1200*2*X*005010X221A1~',
    );
    expect(problems(file)).toContainEqual(['$.segment[9]', 'x12.envelope.unexpected_header']);
    const st = good.replace('GE*1*1~', 'GE*1*1~ST*835*0002~');
    expect(problems(st)).toContainEqual(['$.segment[8]', 'x12.envelope.unexpected_header']);
  });

  it('reports a group or interchange left open when the next one starts', () => {
    const file = good.replace('GE*1*1~IEA*1*000000001~', '') + good;
    // The transaction set was closed; its group and interchange were not.
    expect(problems(file)).toEqual([
      ['$.segment[7]', 'x12.envelope.missing_trailer'],
      ['$.segment[7]', 'x12.envelope.missing_trailer'],
    ]);
  });

  it('reports an interchange or group that is not 005010', () => {
    expect(problems(good.replace('*00501*', '*00401*').replace('005010X221A1', '004010X091A1'))).toEqual([
      ['$.segment[1].ISA12', 'x12.envelope.unsupported_version'],
      ['$.segment[2].GS08', 'x12.envelope.unsupported_version'],
    ]);
  });

  it('reports a missing transaction set control number', () => {
    expect(problems(good.replace('ST*835*0001~', 'ST*835~').replace('SE*4*0001', 'SE*4'))).toEqual([
      ['$.segment[3].ST02', 'x12.element.missing'],
    ]);
  });

  it('reports a group or interchange closed while the unit inside is open', () => {
    expect(problems(good.replace('SE*4*0001~', ''))).toEqual([
      ['$.segment[6]', 'x12.envelope.missing_trailer'],
    ]);
    expect(problems(good.replace('GE*1*1~', ''))).toEqual([['$.segment[7]', 'x12.envelope.missing_trailer']]);
  });

  it('lists the first 100 problems and counts the rest by code', () => {
    const stray = Array.from({ length: 150 }, () => 'REF*EV*X~').join('');
    try {
      parseX12(good.replace('GE*1*1~', `${stray}GE*1*1~`));
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues).toHaveLength(100);
      expect((e as ValidationError).unlisted).toEqual({ 'x12.envelope.outside_transaction': 50 });
    }
  });

  it('never repeats an element’s value in a problem', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{6,12}$/),
        fc.constantFrom('SE*9*', 'GE*7*', 'IEA*5*'),
        (secret, trailer) => {
          const file = envelope('835', [...body, `NM1*QC*1*${secret}`]).replace(
            new RegExp(`${trailer.replace('*', '\\*')}`),
            `${trailer}${secret}`,
          );
          try {
            parseX12(file);
          } catch (e) {
            expect(JSON.stringify((e as ValidationError).issues)).not.toContain(secret);
            expect((e as Error).message).not.toContain(secret);
          }
        },
      ),
    );
  });
});
