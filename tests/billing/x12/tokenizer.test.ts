import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseX12, writeX12, type X12Delimiters } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { envelope } from './x12-builders.js';

const body = [
  'BPR*I*150*C*ACH*CCP*01*011000015*DA*1*1**01*2*DA*3*20260410',
  'TRN*1*EFT1*1999999999',
  'SVC*HC:90834:95*150*90**1',
];

function issuesOf(run: () => unknown): { at: string; code: string; message: string }[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map(({ at, code, message }) => ({ at, code, message }));
    throw e;
  }
  throw new Error('no ValidationError');
}

// Delimiters: four distinct characters that are not letters, digits or spaces.
const delimiterChars = fc.constantFrom(...'*|^:>~!#$%&+;<=?@\\`{}'.split(''));
const delimitersArb = fc
  .uniqueArray(delimiterChars, { minLength: 4, maxLength: 4 })
  .map(
    ([element, repetition, component, segment]) =>
      ({ element, repetition, component, segment }) as X12Delimiters,
  );
const text = fc.stringMatching(/^[A-Z0-9 .-]{0,12}$/);
const segmentArb = fc.record({
  tag: fc.constantFrom('REF', 'DTM', 'NM1', 'SVC', 'CAS', 'N3', 'AMT'),
  elements: fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
});

// X12 drops trailing empty elements and components; compare what carries data.
function shape(elements: readonly (readonly string[])[]): string[][] {
  const e = elements.map((c) => {
    const parts = [...c];
    while (parts.length > 1 && parts.at(-1) === '') parts.pop();
    return parts;
  });
  while (e.length > 0 && e.at(-1)?.length === 1 && e.at(-1)?.[0] === '') e.pop();
  return e;
}

/** Splits `s` into pieces at the given cut points. */
function chunks(s: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(s.slice(from, p));
    from = p;
  }
  out.push(s.slice(from));
  return out;
}

describe('parseX12', () => {
  it('reads the delimiters from the ISA segment', () => {
    const d = { element: '|', repetition: '^', component: '>', segment: '\n' };
    const doc = parseX12(
      envelope(
        '835',
        body.map((s) => s.replaceAll('*', '|').replaceAll(':', '>')),
        { d },
      ),
    );
    expect(doc.delimiters).toEqual(d);
    const svc = doc.interchanges[0]?.groups[0]?.transactions[0]?.segments[3];
    expect(svc?.elements[1]).toBe('HC>90834>95');
  });

  it('reads a 4010-style ISA11 of U as no repetition separator', () => {
    const d = { element: '*', repetition: null, component: ':', segment: '~' };
    expect(parseX12(envelope('835', body, { d })).delimiters.repetition).toBeNull();
  });

  it('numbers segments from the ISA and keeps ST and SE in the transaction set', () => {
    const t = parseX12(envelope('835', body)).interchanges[0]?.groups[0]?.transactions[0];
    expect(t?.type).toBe('835');
    expect(t?.controlNumber).toBe('0001');
    expect(t?.segments.map((s) => [s.tag, s.position])).toEqual([
      ['ST', 3],
      ['BPR', 4],
      ['TRN', 5],
      ['SVC', 6],
      ['SE', 7],
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CR LF', '\r\n'],
    ['CR', '\r'],
  ])('reads a file with a %s after each segment', (_name, lineBreak) => {
    const doc = parseX12(envelope('835', body, { lineBreak }));
    expect(doc.interchanges[0]?.groups[0]?.transactions[0]?.segments).toHaveLength(5);
  });

  it('reads a file wrapped at 80 columns, breaks falling inside segments', () => {
    const flat = envelope('835', body);
    const wrapped = flat.match(/.{1,80}/gs)?.join('\r\n') ?? '';
    expect(parseX12(wrapped)).toEqual(parseX12(flat));
  });

  it('reads a file that starts with a byte-order mark and blank lines', () => {
    expect(parseX12(`\uFEFF\n\n${envelope('835', body)}`).interchanges).toHaveLength(1);
  });

  it('reads a newline used as the segment terminator', () => {
    const d = { element: '*', repetition: '^', component: ':', segment: '\n' };
    expect(parseX12(envelope('835', body, { d })).delimiters.segment).toBe('\n');
  });

  it('reads a file whose ISA is padded wrongly, by counting its elements', () => {
    const file = envelope('835', body).replace('*SENDER         *', '*SENDER*');
    expect(parseX12(file).interchanges[0]?.header.elements[6]).toBe('SENDER');
  });

  it('reads a file whose last IEA has no terminator', () => {
    const file = envelope('835', body);
    expect(parseX12(file.slice(0, -1)).interchanges).toHaveLength(1);
  });

  it('gives the same document whatever chunks the file arrives in', () => {
    const file = envelope('835', body, { lineBreak: '\r\n' });
    fc.assert(
      fc.property(fc.array(fc.nat(file.length), { maxLength: 12 }), (cuts) => {
        expect(parseX12(chunks(file, cuts))).toEqual(parseX12(file));
      }),
    );
  });

  it('round-trips any segments under random delimiters, line endings and chunking', () => {
    fc.assert(
      fc.property(
        fc.array(segmentArb, { minLength: 1, maxLength: 8 }),
        delimitersArb,
        fc.constantFrom('', '\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (segments, d, lineBreak, cuts) => {
          const lines = segments.map((s) =>
            [s.tag, ...s.elements.map((c) => c.join(d.component))].join(d.element),
          );
          const file = envelope('835', lines, { d, lineBreak });
          const doc = parseX12(chunks(file, cuts));
          const read = doc.interchanges[0]?.groups[0]?.transactions[0]?.segments.slice(1, -1) ?? [];
          expect(
            read.map((s) => [s.tag, shape(s.elements.slice(1).map((x) => x.split(d.component)))]),
          ).toEqual(segments.map((s) => [s.tag, shape(s.elements)]));
          // Written back with other delimiters, it reads the same again.
          const again = parseX12(
            writeX12(doc, {
              delimiters: { element: '*', repetition: '^', component: ':', segment: '~' },
              lineBreak: '\n',
            }),
          );
          const split = (x: typeof doc, c: string) =>
            x.interchanges[0]?.groups[0]?.transactions[0]?.segments.map((s) =>
              shape(s.elements.slice(1).map((e) => e.split(c))),
            );
          expect(split(again, ':')).toEqual(split(doc, d.component));
        },
      ),
    );
  });

  describe('files it cannot read', () => {
    it('reports a file that is not X12', () => {
      expect(issuesOf(() => parseX12('{"resourceType":"Claim"}'))).toEqual([
        { at: '$', code: 'x12.file.not_x12', message: 'must start with an ISA segment' },
      ]);
    });

    it('reports an empty file', () => {
      expect(issuesOf(() => parseX12(['', '  \n']))[0]?.code).toBe('x12.file.empty');
    });

    it('reports a file cut inside its ISA', () => {
      expect(issuesOf(() => parseX12(envelope('835', body).slice(0, 60)))[0]?.code).toBe(
        'x12.file.truncated',
      );
    });

    it('reports an ISA whose delimiters are letters or repeat', () => {
      const file = envelope('835', body).replace('*0*P*:~', '*0*P**~');
      expect(issuesOf(() => parseX12(file))[0]).toMatchObject({
        at: '$.segment[1]',
        code: 'x12.envelope.isa_malformed',
      });
    });

    it('reports a file cut inside a segment, and the envelopes it left open', () => {
      const file = envelope('835', body);
      const cut = file.slice(0, file.indexOf('SVC') + 10);
      expect(issuesOf(() => parseX12(cut)).map((i) => [i.at, i.code])).toEqual([
        ['$.segment[6]', 'x12.file.truncated'],
        ['$.segment[5]', 'x12.file.truncated'],
        ['$.segment[5]', 'x12.file.truncated'],
        ['$.segment[5]', 'x12.file.truncated'],
      ]);
    });

    it('reports a segment that does not start with a segment id, never its text', () => {
      const file = envelope('835', [...body, 'jane doe 1980-01-01']);
      const issues = issuesOf(() => parseX12(file));
      expect(issues[0]).toMatchObject({ at: '$.segment[7]', code: 'x12.segment.invalid_id' });
      expect(JSON.stringify(issues)).not.toMatch(/jane|1980/i);
    });

    it('rejects input that is neither a string nor chunks of strings', () => {
      expect(issuesOf(() => parseX12(42 as never))[0]?.code).toBe('invalid_type');
      expect(issuesOf(() => parseX12([Buffer.from('ISA')] as never))[0]?.code).toBe('invalid_type');
    });
  });
});

describe('writeX12', () => {
  it('writes a document back byte for byte with its own delimiters', () => {
    const file = envelope('835', body);
    expect(writeX12(parseX12(file))).toBe(file);
  });

  it('sets ISA11 and ISA16 to the new separators', () => {
    const out = writeX12(parseX12(envelope('835', body)), {
      delimiters: { element: '|', repetition: '!', component: '>', segment: '\u0085' },
    });
    expect(out.slice(0, 106)).toMatch(/^ISA\|.*\|!\|00501\|000000001\|0\|P\|>\u0085$/);
    expect(out).toContain('SVC|HC>90834>95|150|90||1');
  });

  it('writes U in ISA11 for no repetition separator, and refuses repeated values it could not separate', () => {
    const none = { element: '*', repetition: null, component: ':', segment: '~' };
    const out = writeX12(parseX12(envelope('271', ['EB*1*IND*30'])), { delimiters: none });
    expect(out.slice(0, 106)).toMatch(/\*U\*00501\*/);
    expect(parseX12(out).delimiters.repetition).toBeNull();
    const repeated = parseX12(envelope('271', ['EB*1*IND*30^MH']));
    expect(issuesOf(() => writeX12(repeated, { delimiters: none }))).toEqual([
      {
        at: '$.segment[4].EB03',
        code: 'x12.element.invalid',
        message: 'holds repeated values, which delimiters without a repetition separator cannot carry',
      },
    ]);
  });

  it('refuses a value that holds one of the new delimiters, naming its position only', () => {
    const doc = parseX12(envelope('835', ['REF*EA*A|B']));
    const issues = issuesOf(() =>
      writeX12(doc, { delimiters: { element: '|', repetition: '^', component: ':', segment: '~' } }),
    );
    expect(issues).toEqual([
      {
        at: '$.segment[4].REF02',
        code: 'x12.element.invalid',
        message: 'must not hold a delimiter or a line break',
      },
    ]);
  });

  it('refuses delimiters that repeat', () => {
    const doc = parseX12(envelope('835', body));
    expect(
      issuesOf(() =>
        writeX12(doc, { delimiters: { element: '*', repetition: '*', component: ':', segment: '~' } }),
      )[0]?.code,
    ).toBe('x12.element.invalid');
  });
});
