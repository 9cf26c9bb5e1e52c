// An outside check of a 270 inquiry or a 271 response against the 005010X279A1 loop structure, written apart
// from the writer and the reader so that neither can share a mistake with it: each loop's segments in the
// guide's order, each loop only after the loops the guide lets it follow, the HL hierarchy (20 → 21 → 22 → 23,
// HL02 naming a parent of the right level, HL04 saying whether a child follows), the patient's trace number at
// the patient's own level (2000C when the subscriber is the patient, 2000D for a dependent), the patient's
// date of birth and service types (270) or benefits (271) in the patient's loops, and SE01 and SE02
// [sources: x12-271-cg-hets, x12-rfi-922]. Only the segments a practice's inquiry and a payer's answer use are
// listed; anything else is reported, not skipped.
import { parseX12, type X12Segment } from '../../../src/billing/x12/index.js';

type Slot = { tag: string; q?: readonly string[]; repeat?: boolean; required?: boolean };
type Loop = { slots: readonly Slot[]; after: readonly string[] };

const PERSON_NAME = (q: string): Slot[] => [
  { tag: 'NM1', q: [q] },
  { tag: 'REF', repeat: true },
  { tag: 'N3' },
  { tag: 'N4' },
  { tag: 'AAA', repeat: true },
  { tag: 'PRV' },
  { tag: 'DMG' },
  { tag: 'INS' },
  { tag: 'HI' },
  { tag: 'DTP', repeat: true },
  { tag: 'MPI' },
];

function loops(kind: '270' | '271'): Readonly<Record<string, Loop>> {
  const ask = kind === '270';
  // 2110C/D: EQ (and its AMT, III, REF, DTP) in a 270; EB with its HSD, REF, DTP, AAA, MSG and III in a 271.
  const benefit: Slot[] = ask
    ? [{ tag: 'EQ' }, { tag: 'AMT', repeat: true }, { tag: 'III' }, { tag: 'REF' }, { tag: 'DTP' }]
    : [
        { tag: 'EB' },
        { tag: 'HSD', repeat: true },
        { tag: 'REF', repeat: true },
        { tag: 'DTP', repeat: true },
        { tag: 'AAA', repeat: true },
        { tag: 'MSG', repeat: true },
        { tag: 'III', repeat: true },
      ];
  const source = ask ? [] : [{ tag: 'AAA', repeat: true }];
  const level = (l: 'C' | 'D'): Record<string, Loop> => ({
    [`2000${l}`]: {
      slots: [
        { tag: 'HL', q: [l === 'C' ? '22' : '23'] },
        { tag: 'TRN', repeat: !ask },
      ],
      after: [...(l === 'C' ? ['2100B'] : []), '2100C', '2110C', 'LEC', '2100D', '2110D', 'LED'],
    },
    [`2100${l}`]: { slots: PERSON_NAME(l === 'C' ? 'IL' : '03'), after: [`2000${l}`] },
    [`2110${l}`]: { slots: benefit, after: [`2100${l}`, `2110${l}`, `LE${l}`] },
    ...(ask
      ? {}
      : {
          [`LS${l}`]: { slots: [{ tag: 'LS' }], after: [`2110${l}`] },
          [`2120${l}`]: {
            slots: [
              { tag: 'NM1' },
              { tag: 'N3' },
              { tag: 'N4' },
              { tag: 'PER', repeat: true },
              { tag: 'PRV' },
            ],
            after: [`LS${l}`, `2120${l}`],
          },
          [`LE${l}`]: { slots: [{ tag: 'LE' }], after: [`2120${l}`] },
        }),
  });
  return {
    header: { slots: [{ tag: 'ST' }, { tag: 'BHT', required: true }], after: [] },
    '2000A': { slots: [{ tag: 'HL', q: ['20'] }, ...source], after: ['header'] },
    '2100A': {
      slots: [{ tag: 'NM1', q: ['PR'] }, { tag: 'PER', repeat: true }, ...source],
      after: ['2000A'],
    },
    '2000B': { slots: [{ tag: 'HL', q: ['21'] }], after: ['2100A'] },
    '2100B': {
      slots: [{ tag: 'NM1', q: ['1P', 'FA', '80', 'GP', 'P5', 'PR'] }, ...PERSON_NAME('').slice(1, 6)],
      after: ['2000B'],
    },
    ...level('C'),
    ...level('D'),
    trailer: { slots: [{ tag: 'SE' }], after: ['2100C', '2110C', '2100D', '2110D', 'LEC', 'LED'] },
  };
}

const matches = (slot: Slot, s: X12Segment): boolean =>
  slot.tag === s.tag &&
  (slot.q === undefined || slot.q.includes((s.tag === 'HL' ? s.elements[3] : s.elements[1]) ?? ''));

/** One loop as read from the file: its name and its segments. */
export interface LoopRead {
  readonly loop: string;
  readonly segments: readonly X12Segment[];
}

/**
 * Checks one 270 or 271 transaction set against the loop structure; returns the problems (empty when it
 * conforms) and the loops read, in order.
 */
export function check270Or271Loops(text: string): { problems: string[]; loops: LoopRead[] } {
  const doc = parseX12(text);
  const problems: string[] = [];
  const transactions = doc.interchanges.flatMap((i) => i.groups.flatMap((g) => g.transactions));
  const t = transactions[0];
  if (transactions.length !== 1 || t === undefined)
    return { problems: ['not one transaction set'], loops: [] };
  const kind = t.type === '270' || t.type === '271' ? t.type : null;
  if (kind === null) return { problems: [`ST01 is ${t.type}`], loops: [] };
  const group = doc.interchanges[0]?.groups[0]?.header.elements;
  if (group?.[1] !== (kind === '270' ? 'HS' : 'HB')) problems.push(`GS01 is ${group?.[1]}`);
  const defs = loops(kind);
  const segments = t.segments;
  const st = segments[0];
  const se = segments.at(-1);
  if (st?.elements[3] !== '005010X279A1' || group?.[8] !== '005010X279A1')
    problems.push('ST03 or GS08 is not 005010X279A1');
  if (se?.tag !== 'SE' || se.elements[1] !== String(segments.length) || se.elements[2] !== st?.elements[2])
    problems.push('SE01 does not count the segments from ST to SE, or SE02 is not ST02');
  const read: { loop: string; segments: X12Segment[] }[] = [];
  let current = '';
  let at = -1;
  let seen = new Set<number>();
  const close = () =>
    defs[current]?.slots.forEach((slot, i) => {
      if (slot.required && !seen.has(i)) problems.push(`loop ${current} lacks ${slot.tag}`);
    });
  segments.forEach((s, n) => {
    const def = defs[current];
    const here = def?.slots.findIndex(
      (slot, i) => matches(slot, s) && (i > at || (i === at && slot.repeat === true)),
    );
    if (def !== undefined && here !== undefined && here > 0) {
      at = here;
      seen.add(here);
      read.at(-1)?.segments.push(s);
      return;
    }
    const next = Object.entries(defs).find(
      ([name, l]) =>
        (current === '' ? name === 'header' : l.after.includes(current)) && matches(l.slots[0] as Slot, s),
    );
    if (next === undefined) {
      problems.push(
        `segment ${n + 1} ${s.tag}*${s.elements[1] ?? ''} not allowed in or after loop ${current}`,
      );
      return;
    }
    close();
    current = next[0];
    at = 0;
    seen = new Set([0]);
    read.push({ loop: current, segments: [s] });
  });
  close();
  checkHierarchy(read, problems);
  checkPatients(kind, read, problems);
  return { problems, loops: read };
}

function checkHierarchy(read: readonly LoopRead[], problems: string[]): void {
  const levels = new Map<string, string>();
  const parentLevel: Record<string, string | undefined> = {
    '20': undefined,
    '21': '20',
    '22': '21',
    '23': '22',
  };
  const hls = read.filter((l) => l.segments[0]?.tag === 'HL').map((l) => l.segments[0] as X12Segment);
  hls.forEach((hl, i) => {
    const [, id, parent, level, child] = hl.elements;
    if (id !== String(i + 1)) problems.push(`HL01 ${id} is not ${i + 1}`);
    if (level === '20' ? parent !== '' : levels.get(parent ?? '') !== parentLevel[level ?? ''])
      problems.push(`HL ${id} (level ${level}) names parent ${parent}`);
    const hasChild = hls[i + 1]?.elements[2] === id;
    if (child !== (hasChild ? '1' : '0')) problems.push(`HL04 of HL ${id} is ${child}, child ${hasChild}`);
    levels.set(id ?? '', level ?? '');
  });
}

// The patient is the subscriber when no 2000D follows its 2000C, else the dependent: the trace number, the
// date of birth and the service types (270) stand at the patient's level, never at the subscriber's above a
// dependent; a 270 names a dependent by the primary search, without INS [sources: x12-271-cg-hets, x12-rfi-922].
function checkPatients(kind: '270' | '271', read: readonly LoopRead[], problems: string[]): void {
  read.forEach((l, i) => {
    if (l.loop !== '2000C' && l.loop !== '2000D') return;
    const end = read.findIndex(
      (x, j) => j > i && (x.loop === '2000C' || x.loop === '2000D' || x.loop === 'trailer'),
    );
    const own = read.slice(i, end === -1 ? undefined : end);
    const hl = l.segments[0] as X12Segment;
    const patient = l.loop === '2000D' || hl.elements[4] === '0';
    const has = (tag: string) => own.some((x) => x.segments.some((s) => s.tag === tag));
    const benefits = own.some((x) => x.loop.startsWith('2110'));
    const name = `HL ${hl.elements[1]} (${l.loop})`;
    if (kind === '270') {
      if (patient !== has('TRN')) problems.push(`${name}: TRN ${patient ? 'missing' : 'above a dependent'}`);
      if (patient !== has('DMG')) problems.push(`${name}: DMG ${patient ? 'missing' : 'above a dependent'}`);
      if (patient !== benefits) problems.push(`${name}: EQ ${patient ? 'missing' : 'above a dependent'}`);
      if (l.loop === '2000D' && has('INS')) problems.push(`${name}: INS beside the primary search`);
      const trn = own[0]?.segments.find((s) => s.tag === 'TRN');
      if (trn !== undefined && (trn.elements[1] !== '1' || !/^1\d{9}$/.test(trn.elements[3] ?? '')))
        problems.push(`${name}: TRN is not 1, a trace and 1 with an EIN`);
    } else if (patient && !has('TRN')) problems.push(`${name}: the patient's trace number is not echoed`);
  });
}
