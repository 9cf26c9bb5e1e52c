// X12 005010 files as a strict envelope validator and a trading partner read them [sources: x12-837p-cg-cms,
// x12-character-set]: the ISA is fixed width (106 characters with its terminator), ISA13 = IEA02, GS06 = GE02,
// SE01 counts the segments from ST to SE and SE02 = ST02, GE01 counts the transaction sets and IEA01 the
// groups; no value holds a delimiter (a name with * ~ : or ^ is refused, never written); names are written as
// given, not upper-cased (005010 carries lower-case letters in its extended character set). An 835 file with
// several transaction sets in one group, each segment followed by CR LF, reads as one advice per set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClaimInput, COMMERCIAL_PAYER_PROFILE_EXAMPLE } from '../../../src/billing/index.js';
import {
  parseX12,
  read835,
  type Write837POptions,
  write837P,
  writeX12,
  type X12Document,
} from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';

const client = {
  memberId: 'W123456789',
  lastName: 'Lane',
  firstName: 'Alex',
  birthDate: '1990-02-14',
  sex: 'F',
  address: { line1: '12 Elm St', city: 'Portland', state: 'OR', postalCode: '97201' },
} as const;

const options: Write837POptions = {
  envelope: {
    asOf: '2026-11-01T01:30:00-07:00',
    controlNumbers: { interchange: 7, group: 4501, transaction: 12 },
    sender: { id: 'HARBORCNS' },
    receiver: { id: '60054' },
  },
  submitter: { name: 'HARBOR COUNSELING GROUP', contactName: 'BILLING OFFICE', phone: '5035550100' },
  receiver: { name: 'SUMMIT HEALTH PLAN' },
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
  },
  payers: {
    summit: {
      name: 'SUMMIT HEALTH PLAN',
      id: '60054',
      filingIndicator: 'CI',
      profile: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'summit' },
    },
  },
  clients: { 'client-lane': client },
  clinicians: { 'dr-lee': { npi: '1679576722', lastName: 'LEE', firstName: 'MORGAN' } },
  lineBreak: '\r\n',
};

const claim = (claimId: string): ClaimInput => ({
  claimId,
  clientId: 'client-lane',
  payerId: 'summit',
  renderingClinicianId: 'dr-lee',
  renderingNpi: '1679576722',
  billingNpi: '1245319599',
  diagnosisCodes: ['F41.1'],
  status: 'ready',
  history: [{ from: 'draft', to: 'ready', on: '2026-10-30' }],
  lines: [
    {
      lineId: '1',
      serviceDate: '2026-10-26',
      procedureCode: '90837',
      placeOfService: '11',
      units: 1,
      chargeCents: 20_000,
      diagnosisPointers: [1],
    },
  ],
});

/** The segments of a file: split on the terminator, with the line break after each dropped. */
function segments(text: string, terminator = '~'): string[][] {
  const parts = text.split(terminator);
  expect(parts.pop()?.replace(/\r?\n$/, '')).toBe('');
  return parts.map((p) => p.replace(/^\r?\n/, '').split('*'));
}

function envelopeProblems(text: string): string[] {
  const out: string[] = [];
  const segs = segments(text);
  const isa = segs[0] ?? [];
  const at = (tag: string) => segs.filter((s) => s[0] === tag);
  const [gs] = at('GS');
  const [ge] = at('GE');
  const [iea] = at('IEA');
  if (isa[13] !== iea?.[2]) out.push('ISA13 != IEA02');
  if (iea?.[1] !== String(at('GS').length)) out.push('IEA01');
  if (gs?.[6] !== ge?.[2]) out.push('GS06 != GE02');
  if (ge?.[1] !== String(at('ST').length)) out.push('GE01');
  let st = -1;
  segs.forEach((s, i) => {
    if (s[0] === 'ST') st = i;
    if (s[0] === 'SE') {
      if (s[1] !== String(i - st + 1)) out.push(`SE01 at ${i}`);
      if (s[2] !== segs[st]?.[2]) out.push(`SE02 at ${i}`);
    }
  });
  return out;
}

describe('write837P, as a strict envelope validator reads it', () => {
  const out = write837P([claim('c-1'), claim('c-2')], options);
  const text = out.text ?? '';

  it('writes both claims', () => {
    expect(out.outcome).toBe('written');
  });

  it('writes the ISA 106 characters long with its terminator, each element at its fixed width', () => {
    const isa = text.slice(0, text.indexOf('~') + 1);
    expect(isa).toHaveLength(106);
    const widths = isa
      .slice(0, -1)
      .split('*')
      .map((e) => e.length);
    expect(widths).toEqual([3, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1]);
    // 01:30 at -07:00 on 2026-11-01, the fall-back day, as written.
    expect(isa).toContain('*261101*0130*^*00501*000000007*0*P*:~');
  });

  it('ends each segment with the terminator and then CR LF, the ISA included', () => {
    expect(text.startsWith('ISA')).toBe(true);
    expect(text.charAt(105)).toBe('~');
    expect(text.slice(106, 108)).toBe('\r\n');
    expect(
      text
        .split('~')
        .slice(1)
        .every((rest) => rest.startsWith('\r\n')),
    ).toBe(true);
  });

  it('keeps ISA13 = IEA02, GS06 = GE02, SE01 the segments ST to SE, SE02 = ST02, GE01 and IEA01 the counts', () => {
    expect(envelopeProblems(text)).toEqual([]);
    const st = segments(text).find((s) => s[0] === 'ST');
    expect(st).toEqual(['ST', '837', '0012', '005010X222A1']);
  });

  it('writes names as given: the 005010 extended character set holds lower-case letters', () => {
    expect(text).toContain('NM1*IL*1*Lane*Alex****MI*W123456789~');
    expect(text).toContain('N3*12 Elm St~');
  });

  it('drops a name’s marks to stay in the X12 character set (Peña is Pena)', () => {
    const t = write837P([claim('c-1')], {
      ...options,
      clients: { 'client-lane': { ...client, lastName: 'Peña' } },
    });
    expect(t.text).toContain('NM1*IL*1*Pena*Alex');
  });

  for (const [char, what] of [
    ['*', 'element separator'],
    ['~', 'segment terminator'],
    [':', 'component separator'],
    ['^', 'repetition separator'],
  ] as const) {
    it(`refuses a client name holding the ${what} (${char}) at its path, never echoing it`, () => {
      const bad = { ...options, clients: { 'client-lane': { ...client, lastName: `O${char}Brien` } } };
      let error: unknown;
      try {
        write837P([claim('c-1')], bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues.map((i) => i.at)).toEqual(['$.options.clients["client-lane"].lastName']);
      expect(JSON.stringify(issues)).not.toContain('Brien');
    });
  }

  it('refuses a submitter or billing provider name holding a delimiter, which would break the 1000A or 2010AA NM1', () => {
    expect(() =>
      write837P([claim('c-1')], { ...options, submitter: { ...options.submitter, name: 'HARBOR*GROUP' } }),
    ).toThrow(ValidationError);
    expect(() =>
      write837P([claim('c-1')], {
        ...options,
        billingProvider: { ...options.billingProvider, name: 'HARBOR~GROUP' },
      }),
    ).toThrow(ValidationError);
  });
});

describe('read835: several transaction sets in one group, CR LF after each segment', () => {
  const fixture = readFileSync(
    join(import.meta.dirname, 'fixtures', 'commercial-835-denial-reversal.edi'),
    'utf8',
  );
  const segs = fixture
    .split('~')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const st = segs.findIndex((s) => s.startsWith('ST*'));
  const se = segs.findIndex((s) => s.startsWith('SE*'));
  const body = segs.slice(st + 1, se);
  const set = (control: string, count = body.length + 2) => [
    `ST*835*${control}`,
    ...body,
    `SE*${count}*${control}`,
  ];
  const file = (sets: string[][]) =>
    [...segs.slice(0, st), ...sets.flat(), `GE*${sets.length}*4501`, 'IEA*1*000004501']
      .map((s) => `${s}~\r\n`)
      .join('');

  it('reads two sets of one group as two advices, each with all its claims', () => {
    const advices = read835(file([set('1001'), set('1002')]));
    expect(advices).toHaveLength(2);
    const one = read835(fixture);
    expect(advices.map((a) => JSON.stringify(a.outcome))).toEqual([
      JSON.stringify(one[0]?.outcome),
      JSON.stringify(one[0]?.outcome),
    ]);
    expect(envelopeProblems(file([set('1001'), set('1002')]))).toEqual([]);
  });

  /** The elements a refused file's problems name (`SE01`), or [] when it is read. */
  function refusedAt(text: string): string[] {
    try {
      read835(text);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).issues.map((i) => i.message + i.at);
    }
  }

  it('refuses a file whose second set’s SE01 miscounts, or whose GE01 does not count the sets', () => {
    expect(refusedAt(file([set('1001'), set('1002')]))).toEqual([]);
    expect(refusedAt(file([set('1001'), set('1002', body.length + 3)])).join()).toMatch(/SE01/);
    const text = file([set('1001'), set('1002')]).replace('GE*2*4501', 'GE*1*4501');
    expect(refusedAt(text).join()).toMatch(/GE01/);
  });
});

describe('writeX12: a document edited by hand is written only with envelopes a validator accepts', () => {
  const file = readFileSync(
    join(import.meta.dirname, 'fixtures', 'commercial-835-denial-reversal.edi'),
    'utf8',
  );
  /** The document as plain data, to edit. */
  const edit = (change: (doc: X12Document & Record<string, never>) => void) => {
    const doc = JSON.parse(JSON.stringify(parseX12(file))) as X12Document & Record<string, never>;
    change(doc);
    return doc;
  };
  // biome-ignore lint/suspicious/noExplicitAny: the test edits the document's plain JSON
  type Doc = any;
  function codesOf(doc: Doc): string[] {
    try {
      writeX12(doc, { lineBreak: '\r\n' });
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).issues.map((i) => `${i.at} ${i.code}`);
    }
  }

  it('writes a parsed file back as it was, envelopes right', () => {
    expect(writeX12(parseX12(file), { lineBreak: '\r\n' })).toBe(file);
    expect(envelopeProblems(file)).toEqual([]);
  });

  it('refuses a transaction set a segment was taken from, whose SE01 no longer counts it', () => {
    const doc = edit((d: Doc) => {
      d.interchanges[0].groups[0].transactions[0].segments.splice(5, 1);
    });
    expect(codesOf(doc)).toEqual(['$.segment[43].SE01 x12.envelope.count_mismatch']);
  });

  it('refuses trailers whose control numbers differ from their headers’ (SE02, GE02, IEA02)', () => {
    const doc = edit((d: Doc) => {
      const g = d.interchanges[0].groups[0];
      const t = g.transactions[0].segments;
      t[t.length - 1].elements[2] = '1002';
      g.trailer.elements[2] = '4502';
      d.interchanges[0].trailer.elements[2] = '000004502';
    });
    expect(codesOf(doc)).toEqual([
      '$.segment[43].SE02 x12.envelope.control_number_mismatch',
      '$.segment[44].GE02 x12.envelope.control_number_mismatch',
      '$.segment[45].IEA02 x12.envelope.control_number_mismatch',
    ]);
  });

  it('refuses a GE01 or IEA01 that does not count the sets or groups', () => {
    const doc = edit((d: Doc) => {
      d.interchanges[0].groups[0].trailer.elements[1] = '2';
      d.interchanges[0].trailer.elements[1] = '3';
    });
    expect(codesOf(doc)).toEqual([
      '$.segment[44].GE01 x12.envelope.count_mismatch',
      '$.segment[45].IEA01 x12.envelope.count_mismatch',
    ]);
  });

  it('refuses an ISA whose elements are not at their fixed widths (ISA06 not padded to 15)', () => {
    const doc = edit((d: Doc) => {
      d.interchanges[0].header.elements[6] = 'SUMMITHP';
    });
    expect(codesOf(doc)).toEqual(['$.segment[1].ISA06 x12.envelope.isa_malformed']);
  });
});

describe('write837P envelopes (property)', () => {
  it('always writes a 106-character ISA and trailers that count and repeat their headers, which writeX12 accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.record({
          interchange: fc.integer({ min: 1, max: 999_999_999 }),
          group: fc.integer({ min: 1, max: 999_999_999 }),
          transaction: fc.integer({ min: 1, max: 999_999_999 }),
        }),
        fc.constantFrom('', '\n', '\r\n'),
        (claims, controlNumbers, lineBreak) => {
          const out = write837P(
            Array.from({ length: claims }, (_, i) => claim(`c-${i + 1}`)),
            {
              ...options,
              envelope: { ...options.envelope, controlNumbers },
              lineBreak: lineBreak as '' | '\n' | '\r\n',
            },
          );
          const text = out.text ?? '';
          expect(text.indexOf('~')).toBe(105);
          expect(envelopeProblems(text)).toEqual([]);
          expect(writeX12(parseX12(text), { lineBreak: lineBreak as '' | '\n' | '\r\n' })).toBe(text);
        },
      ),
      { numRuns: 30 },
    );
  });
});
