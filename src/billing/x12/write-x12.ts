import * as z from 'zod';
import { ValidationError } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { X12Delimiters } from './delimiters.js';
import { elementName } from './element-values.js';
import { countMatches, sameControlNumber } from './envelope.js';
import type { X12Document } from './parse-x12.js';
import { X12Problems } from './problems.js';
import type { X12Segment } from './scanned-segment.js';
import { SegmentWriter } from './segment-writer.js';

const Delimiter = z
  .string()
  .length(1)
  .regex(/^[^A-Za-z0-9 ]$/, { message: 'must be one character, not a letter, digit or space' });

/**
 * Options for {@link writeX12}: the delimiters to write with (by default the document's own) and what
 * follows each segment terminator (nothing, `\n` or `\r\n`).
 * @example
 * ```ts
 * WriteX12Options.parse({ lineBreak: '\n' }).lineBreak; //=> '\n'
 * ```
 */
export const WriteX12Options = z.strictObject({
  delimiters: z
    .strictObject({
      element: Delimiter,
      repetition: Delimiter.nullable(),
      component: Delimiter,
      segment: Delimiter,
    })
    .refine(
      (d) => new Set(Object.values(d).filter((c) => c !== null)).size === (d.repetition === null ? 3 : 4),
      {
        message: 'must be four different characters',
        params: { code: 'x12.element.invalid' },
      },
    )
    .optional(),
  lineBreak: z.enum(['', '\n', '\r\n']).default(''),
});
export type WriteX12Options = z.input<typeof WriteX12Options>;

// The fields of a document the writer reads, checked first: a document may be built or edited by hand,
// not only read by parseX12 (other fields are left to the types).
const WrittenSegment = z.object({
  tag: z.string(),
  elements: z.array(z.string()).min(1),
  position: z.number().int(),
});
const WrittenDocument = z.object({
  delimiters: z.object({
    element: z.string().length(1),
    repetition: z.string().length(1).nullable(),
    component: z.string().length(1),
    segment: z.string().length(1),
  }),
  interchanges: z.array(
    z.object({
      header: WrittenSegment,
      groups: z.array(
        z.object({
          header: WrittenSegment,
          transactions: z.array(z.object({ segments: z.array(WrittenSegment) })),
          trailer: WrittenSegment,
        }),
      ),
      trailer: WrittenSegment,
    }),
  ),
});

/**
 * Writes an X12 document (as {@link parseX12} reads it) back to text, with its own delimiters or new
 * ones: components and repetitions are re-joined with the new separators, and ISA11 and ISA16 say which
 * they are. Reading the result gives the same segments. A document edited after it was read is written
 * only while its envelopes still hold: each ISA element at its fixed width, SE01, GE01 and IEA01 counting
 * what they close, SE02, GE02 and IEA02 repeating ST02, GS06 and ISA13; otherwise every mismatch is listed
 * (`x12.envelope.isa_malformed`, `x12.envelope.count_mismatch`, `x12.envelope.control_number_mismatch`).
 *
 * @throws {@link ValidationError} when the document or options are malformed (both listed at once, each path
 * under its parameter's name: `$.document.segments`, `$.options.lineBreak`), or an element holds one of the new
 * delimiters (listed by segment number and element position, never the value).
 * @example
 * ```ts fragment
 * writeX12(parseX12(text), { delimiters: { element: '|', repetition: '^', component: '>', segment: '~' }, lineBreak: '\n' });
 * //=> 'ISA|00|          |…|^|00501|000000001|0|P|>~\nGS|HP|…'
 * ```
 */
export function writeX12(document: X12Document, options: WriteX12Options = {}): string {
  // Both arguments' problems at once, each under its parameter's name (`$.options.lineBreak`).
  const [doc, opts] = validateArguments([
    ['document', WrittenDocument, document, 'X12 document'],
    ['options', WriteX12Options, options, 'X12 write options'],
  ]);
  const from = doc.delimiters;
  const to: X12Delimiters = opts.delimiters ?? from;
  const writer = new SegmentWriter(to, opts.lineBreak);
  const problems = new X12Problems();
  const write = (s: X12Segment) => {
    const elements = s.elements.slice(1).map((element, i) => {
      // ISA11 and ISA16 are the separators themselves.
      if (s.tag === 'ISA' && (i === 10 || i === 15)) return i === 10 ? (to.repetition ?? 'U') : to.component;
      const repetitions = from.repetition === null ? [element] : element.split(from.repetition);
      const atoms = repetitions.map((r) => r.split(from.component));
      if (!atoms.every((parts) => parts.every((p) => writer.isWritable(p)))) {
        problems.add(
          s.position,
          elementName(s, i + 1),
          'x12.element.invalid',
          'must not hold a delimiter or a line break',
        );
      } else if (to.repetition === null && repetitions.length > 1) {
        // Without a repetition separator, repeated values would run together into one.
        problems.add(
          s.position,
          elementName(s, i + 1),
          'x12.element.invalid',
          'holds repeated values, which delimiters without a repetition separator cannot carry',
        );
      }
      return atoms.map((parts) => parts.join(to.component)).join(to.repetition ?? '');
    });
    writer.writeChecked(s.tag, elements);
  };
  checkEnvelopes(doc, problems);
  for (const interchange of doc.interchanges) {
    write(interchange.header);
    for (const group of interchange.groups) {
      write(group.header);
      for (const transaction of group.transactions) for (const s of transaction.segments) write(s);
      write(group.trailer);
    }
    write(interchange.trailer);
  }
  problems.throwIfAny('X12 document');
  return writer.text();
}

// The ISA's elements are fixed width (ISA01 … ISA16), so the segment is 106 characters with its terminator
// [sources: x12-837p-cg-cms].
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1] as const;

type WrittenSegment = z.output<typeof WrittenSegment>;
type WrittenDocument = z.output<typeof WrittenDocument>;

// A trailer's count and control number as a validator checks them: the document may have been edited (a
// segment taken out, a set added) after it was read, and a file whose trailers no longer match is refused by
// every receiver, so it is refused here, at the trailer's element, rather than written [sources: x12-837p-cg-cms].
function checkTrailer(
  problems: X12Problems,
  trailer: WrittenSegment,
  counted: number,
  countOf: string,
  header: WrittenSegment,
  control: number,
): void {
  if (!countMatches(trailer.elements[1], counted)) {
    problems.add(
      trailer.position,
      elementName(trailer, 1),
      'x12.envelope.count_mismatch',
      `must equal the number of ${countOf}`,
    );
  }
  if (!sameControlNumber(trailer.elements[2], header.elements[control])) {
    problems.add(
      trailer.position,
      elementName(trailer, 2),
      'x12.envelope.control_number_mismatch',
      `must equal the control number in ${elementName(header, control)}`,
    );
  }
}

function checkEnvelopes(doc: WrittenDocument, problems: X12Problems): void {
  for (const interchange of doc.interchanges) {
    const isa = interchange.header;
    if (isa.elements.length !== ISA_WIDTHS.length + 1) {
      problems.add(isa.position, null, 'x12.envelope.isa_malformed', 'must have 16 elements');
    } else {
      ISA_WIDTHS.forEach((width, i) => {
        // ISA11 and ISA16 are written as the separators themselves.
        if (i === 10 || i === 15 || isa.elements[i + 1]?.length === width) return;
        problems.add(
          isa.position,
          elementName(isa, i + 1),
          'x12.envelope.isa_malformed',
          `must be ${width} characters long (the ISA is fixed width)`,
        );
      });
    }
    for (const group of interchange.groups) {
      for (const transaction of group.transactions) {
        const st = transaction.segments[0];
        const se = transaction.segments.at(-1);
        if (st === undefined || se === undefined || st.tag !== 'ST' || se.tag !== 'SE') continue;
        checkTrailer(problems, se, transaction.segments.length, 'segments from ST to SE', st, 2);
      }
      checkTrailer(
        problems,
        group.trailer,
        group.transactions.length,
        'transaction sets in the group',
        group.header,
        6,
      );
    }
    checkTrailer(
      problems,
      interchange.trailer,
      interchange.groups.length,
      'functional groups in the interchange',
      isa,
      13,
    );
  }
}
