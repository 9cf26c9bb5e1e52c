import type { X12Delimiters } from './delimiters.js';
import { X12Problems } from './problems.js';
import { scanX12, type X12Input } from './scan.js';
import type { X12Segment } from './scanned-segment.js';

/**
 * One transaction set (ST … SE) with its segments, ST and SE included.
 * @example
 * ```ts
 * parseX12(text).interchanges[0]?.groups[0]?.transactions[0]?.type; //=> '835'
 * ```
 */
export interface X12Transaction {
  /** ST01, e.g. `835`, `271`, `837`. */
  readonly type: string;
  /** ST02. */
  readonly controlNumber: string;
  readonly segments: readonly X12Segment[];
}

/**
 * One functional group (GS … GE) and its transaction sets.
 * @example
 * ```ts
 * parseX12(text).interchanges[0]?.groups[0]?.header.elements[1]; //=> 'HP' (GS01, a remittance group)
 * ```
 */
export interface X12Group {
  readonly header: X12Segment;
  readonly transactions: readonly X12Transaction[];
  readonly trailer: X12Segment;
}

/**
 * One interchange (ISA … IEA) and its functional groups.
 * @example
 * ```ts
 * parseX12(text).interchanges[0]?.header.elements[13]; //=> '000000001' (ISA13, the control number)
 * ```
 */
export interface X12Interchange {
  readonly header: X12Segment;
  readonly groups: readonly X12Group[];
  readonly trailer: X12Segment;
}

/**
 * A whole X12 file: the delimiters its ISA declared and its interchanges.
 * @example
 * ```ts
 * parseX12(text).delimiters; //=> { element: '*', repetition: '^', component: ':', segment: '~' }
 * ```
 */
export interface X12Document {
  readonly delimiters: X12Delimiters;
  readonly interchanges: readonly X12Interchange[];
}

/**
 * Reads an X12 005010 file into its envelopes and segments, with the delimiters taken from its ISA
 * segment and any line endings. The envelopes are checked: ISA/IEA, GS/GE and ST/SE pair up, each
 * trailer's count and control number match. Reading a specific transaction (its loops and meaning) is
 * {@link read835}'s, `read271`'s job; this is the generic layer under them.
 *
 * @param input - the file as a string, or its chunks in order
 * @returns the delimiters and the interchange → group → transaction set tree
 * @throws {@link ValidationError} listing every problem by segment number and element position (never a
 * value): not X12, cut short, a broken envelope.
 * @remarks Envelope rules as the CMS companion guides state them [sources: x12-835-cg-cms, x12-837p-cg-cms].
 * @example
 * ```ts
 * const doc = parseX12('ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260410*1200*^*00501*000000001*0*P*:~GS*HP*SENDER*RECEIVER*20260410*1200*1*X*005010X221A1~ST*835*0001~BPR*I*0*C*NON~SE*3*0001~GE*1*1~IEA*1*000000001~');
 * doc.interchanges[0]?.groups[0]?.transactions[0]?.type; //=> '835'
 * ```
 */
export function parseX12(input: X12Input): X12Document {
  const problems = new X12Problems();
  const interchanges: X12Interchange[] = [];
  let groups: X12Group[] = [];
  let transactions: X12Transaction[] = [];
  let segments: X12Segment[] = [];
  let isa: X12Segment | null = null;
  let gs: X12Segment | null = null;
  const delimiters = scanX12(
    input,
    {
      interchange(header) {
        isa = header.toSegment();
        groups = [];
      },
      group(header) {
        gs = header.toSegment();
        transactions = [];
      },
      start(st) {
        segments = [st.toSegment()];
      },
      segment(segment) {
        segments.push(segment.toSegment());
      },
      end(se) {
        if (se === null) return;
        segments.push(se.toSegment());
        const st = segments[0] as X12Segment;
        transactions.push({ type: st.elements[1] ?? '', controlNumber: st.elements[2] ?? '', segments });
      },
      groupEnd(ge) {
        if (ge !== null && gs !== null) groups.push({ header: gs, transactions, trailer: ge.toSegment() });
      },
      interchangeEnd(iea) {
        if (iea !== null && isa !== null)
          interchanges.push({ header: isa, groups, trailer: iea.toSegment() });
      },
    },
    problems,
  );
  problems.throwIfAny('X12 file');
  return { delimiters: delimiters as X12Delimiters, interchanges };
}
