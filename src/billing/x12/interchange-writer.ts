import { readLocal } from '../../core/index.js';
import { DEFAULT_X12_DELIMITERS } from './delimiters.js';
import { SegmentWriter } from './segment-writer.js';

/** What a file the library writes says of itself in its envelope (ISA, GS) and its clock. */
export interface InterchangeHead {
  readonly asOf: string;
  readonly zone?: string | undefined;
  readonly controlNumbers: {
    readonly interchange: number;
    readonly group: number;
    readonly transaction: number;
  };
  readonly usage: 'production' | 'test';
  /** ISA06 and GS02. */
  readonly senderId: string;
  /** ISA08 and GS03. */
  readonly receiverId: string;
  readonly lineBreak: '' | '\n' | '\r\n';
}

/**
 * The file's calendar date (`YYYY-MM-DD`) and wall-clock time (`HHMM`): `asOf` read in the practice's zone
 * when one is given, else the instant as written (its own date and time), whatever the host's zone.
 */
export function fileClock(head: Pick<InterchangeHead, 'asOf' | 'zone'>): { date: string; time: string } {
  if (head.zone === undefined)
    return { date: head.asOf.slice(0, 10), time: head.asOf.slice(11, 16).replace(':', '') };
  const local = readLocal(head.asOf, head.zone);
  return { date: local.date, time: local.time.replace(':', '') };
}

/** ST02: the transaction set control number, four digits at least. */
export const transactionControl = (head: InterchangeHead): string =>
  String(head.controlNumbers.transaction).padStart(4, '0');

/**
 * One interchange around one transaction set: ISA (its elements at their fixed widths), GS with the
 * functional identifier and the guide's version, the set (`transaction`: ST and what follows, in the writers
 * given, in order), then SE counting ST to SE, GE and IEA repeating their headers' control numbers
 * [sources: x12-837p-cg-cms].
 */
export function writeInterchange(
  head: InterchangeHead,
  functional: string,
  version: string,
  transaction: readonly SegmentWriter[],
): string {
  const d = DEFAULT_X12_DELIMITERS;
  const w = new SegmentWriter(d, head.lineBreak, 'x12');
  const clock = fileClock(head);
  const date = clock.date.replaceAll('-', '');
  const isaControl = String(head.controlNumbers.interchange).padStart(9, '0');
  w.writeChecked('ISA', [
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    'ZZ',
    head.senderId.padEnd(15),
    'ZZ',
    head.receiverId.padEnd(15),
    date.slice(2),
    clock.time,
    d.repetition ?? 'U',
    '00501',
    isaControl,
    '0',
    head.usage === 'test' ? 'T' : 'P',
    d.component,
  ]);
  w.write('GS', [
    functional,
    head.senderId,
    head.receiverId,
    date,
    clock.time,
    String(head.controlNumbers.group),
    'X',
    version,
  ]);
  const trailer = new SegmentWriter(d, head.lineBreak, 'x12');
  const count = transaction.reduce((n, part) => n + part.count, 0);
  trailer.write('SE', [String(count + 1), transactionControl(head)]);
  trailer.write('GE', ['1', String(head.controlNumbers.group)]);
  trailer.write('IEA', ['1', isaControl]);
  return w.text() + transaction.map((part) => part.text()).join('') + trailer.text();
}
