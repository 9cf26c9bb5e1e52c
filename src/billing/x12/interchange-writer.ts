import type * as z from 'zod';
import { readLocal } from '../../core/index.js';
import { DEFAULT_X12_DELIMITERS } from './delimiters.js';
import type { X12EnvelopeOptions } from './envelope-options.js';
import { SegmentWriter } from './segment-writer.js';

/** What a file the library writes says of itself in its envelope (ISA, GS) and its clock, validated. */
export type InterchangeHead = z.output<typeof X12EnvelopeOptions>;

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

/** What follows each segment terminator: nothing, `\n` or `\r\n`. */
export type LineBreak = '' | '\n' | '\r\n';

/**
 * One interchange around one transaction set: ISA (its elements at their fixed widths), GS with the
 * functional identifier and the guide's version, the set (`transaction`: ST and what follows, in the writers
 * given, in order), then SE counting ST to SE, GE and IEA repeating their headers' control numbers
 * [sources: x12-837p-cg-cms].
 */
export function writeInterchange(
  head: InterchangeHead,
  lineBreak: LineBreak,
  functional: string,
  version: string,
  transaction: readonly SegmentWriter[],
): string {
  const d = DEFAULT_X12_DELIMITERS;
  const w = new SegmentWriter(d, lineBreak, 'x12');
  const clock = fileClock(head);
  const date = clock.date.replaceAll('-', '');
  const isaControl = String(head.controlNumbers.interchange).padStart(9, '0');
  w.writeChecked('ISA', [
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    head.sender.qualifier,
    head.sender.id.padEnd(15),
    head.receiver.qualifier,
    head.receiver.id.padEnd(15),
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
    head.sender.id,
    head.receiver.id,
    date,
    clock.time,
    String(head.controlNumbers.group),
    'X',
    version,
  ]);
  const trailer = new SegmentWriter(d, lineBreak, 'x12');
  const count = transaction.reduce((n, part) => n + part.count, 0);
  trailer.write('SE', [String(count + 1), transactionControl(head)]);
  trailer.write('GE', ['1', String(head.controlNumbers.group)]);
  trailer.write('IEA', ['1', isaControl]);
  return w.text() + transaction.map((part) => part.text()).join('') + trailer.text();
}
