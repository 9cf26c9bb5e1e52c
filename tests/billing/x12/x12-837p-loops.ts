// An outside check of an 837P file against the 005010X222A1 loop structure, written apart from the writer so
// the two cannot share a mistake: each loop's segments in the guide's order (a segment may repeat only where
// the guide lets it), each loop only after the loops the guide lets it follow, the HL hierarchy (20 → 22 →
// 23, HL02 naming a parent of the right level, HL04 saying whether a child follows), LX numbered from 1 in
// each claim, CLM02 the sum of SV102, CLM05 a place of service, B and a frequency, SE01 the segments from ST
// to SE and SE02 = ST02 [sources: x12-837p-cg-cms, x12-837p]. Only the loops and segments a professional
// behavioural-health claim uses are listed; anything else is reported, not skipped.
import { parseX12, type X12Segment } from '../../../src/billing/x12/index.js';

type Slot = { tag: string; q?: readonly string[]; repeat?: boolean; required?: boolean };
type Loop = { slots: readonly Slot[]; after: readonly string[] };

// The first slot of each loop is its trigger: the segment (and qualifier) that opens it.
const LOOPS: Readonly<Record<string, Loop>> = {
  header: { slots: [{ tag: 'ST' }, { tag: 'BHT', required: true }], after: [] },
  '1000A': {
    slots: [
      { tag: 'NM1', q: ['41'] },
      { tag: 'PER', q: ['IC'], required: true },
    ],
    after: ['header'],
  },
  '1000B': { slots: [{ tag: 'NM1', q: ['40'] }], after: ['1000A'] },
  '2000A': { slots: [{ tag: 'HL', q: ['20'] }, { tag: 'PRV', q: ['BI'] }, { tag: 'CUR' }], after: ['1000B'] },
  '2010AA': {
    slots: [
      { tag: 'NM1', q: ['85'] },
      { tag: 'N3', required: true },
      { tag: 'N4', required: true },
      { tag: 'REF', q: ['EI', 'SY'], required: true },
      { tag: 'PER', repeat: true },
    ],
    after: ['2000A'],
  },
  '2010AB': { slots: [{ tag: 'NM1', q: ['87'] }, { tag: 'N3' }, { tag: 'N4' }], after: ['2010AA'] },
  '2000B': {
    slots: [{ tag: 'HL', q: ['22'] }, { tag: 'SBR', required: true }, { tag: 'PAT' }],
    after: [
      '2010AA',
      '2010AB',
      '2300',
      '2310A',
      '2310B',
      '2310C',
      '2310D',
      '2400',
      '2420A',
      '2420C',
      '2420E',
    ],
  },
  '2010BA': {
    slots: [{ tag: 'NM1', q: ['IL'] }, { tag: 'N3' }, { tag: 'N4' }, { tag: 'DMG' }, { tag: 'REF' }],
    after: ['2000B'],
  },
  '2010BB': {
    slots: [{ tag: 'NM1', q: ['PR'] }, { tag: 'N3' }, { tag: 'N4' }, { tag: 'REF', repeat: true }],
    after: ['2010BA'],
  },
  '2000C': {
    slots: [
      { tag: 'HL', q: ['23'] },
      { tag: 'PAT', required: true },
    ],
    after: ['2010BB'],
  },
  '2010CA': {
    slots: [
      { tag: 'NM1', q: ['QC'] },
      { tag: 'N3', required: true },
      { tag: 'N4', required: true },
      { tag: 'DMG', required: true },
    ],
    after: ['2000C'],
  },
  '2300': {
    slots: [
      { tag: 'CLM' },
      { tag: 'DTP', repeat: true },
      { tag: 'PWK', repeat: true },
      { tag: 'AMT' },
      { tag: 'REF', repeat: true },
      { tag: 'NTE' },
      { tag: 'HI', required: true, repeat: true },
    ],
    after: [
      '2010BB',
      '2010CA',
      '2300',
      '2310A',
      '2310B',
      '2310C',
      '2310D',
      '2400',
      '2420A',
      '2420C',
      '2420E',
    ],
  },
  '2310A': {
    slots: [
      { tag: 'NM1', q: ['DN', 'P3'] },
      { tag: 'REF', repeat: true },
    ],
    after: ['2300'],
  },
  '2310B': {
    slots: [
      { tag: 'NM1', q: ['82'] },
      { tag: 'PRV', q: ['PE'] },
      { tag: 'REF', repeat: true },
    ],
    after: ['2300', '2310A'],
  },
  '2310C': {
    slots: [
      { tag: 'NM1', q: ['77'] },
      { tag: 'N3', required: true },
      { tag: 'N4', required: true },
      { tag: 'REF' },
    ],
    after: ['2300', '2310A', '2310B'],
  },
  '2310D': {
    slots: [
      { tag: 'NM1', q: ['DQ'] },
      { tag: 'REF', repeat: true },
    ],
    after: ['2300', '2310A', '2310B', '2310C'],
  },
  '2400': {
    slots: [
      { tag: 'LX' },
      { tag: 'SV1', required: true },
      { tag: 'DTP', q: ['472'], required: true },
      { tag: 'REF', repeat: true },
      { tag: 'AMT', repeat: true },
      { tag: 'NTE' },
    ],
    after: ['2300', '2310A', '2310B', '2310C', '2310D', '2400', '2420A', '2420C', '2420E'],
  },
  '2420A': {
    slots: [
      { tag: 'NM1', q: ['82'] },
      { tag: 'PRV', q: ['PE'] },
      { tag: 'REF', repeat: true },
    ],
    after: ['2400'],
  },
  '2420C': {
    slots: [
      { tag: 'NM1', q: ['77'] },
      { tag: 'N3', required: true },
      { tag: 'N4', required: true },
      { tag: 'REF' },
    ],
    after: ['2400', '2420A'],
  },
  '2420E': {
    slots: [
      { tag: 'NM1', q: ['DK'] },
      { tag: 'N3' },
      { tag: 'N4' },
      { tag: 'REF', repeat: true },
      { tag: 'PER' },
    ],
    after: ['2400', '2420A', '2420C'],
  },
  trailer: { slots: [{ tag: 'SE' }], after: ['2400', '2420A', '2420C', '2420E'] },
};

const matches = (slot: Slot, s: X12Segment): boolean =>
  slot.tag === s.tag &&
  (slot.q === undefined || slot.q.includes((s.tag === 'HL' ? s.elements[3] : s.elements[1]) ?? ''));

/** Luhn over 80840 and the NPI's nine first digits (the NPI check digit). */
function isNpi(npi: string | undefined): boolean {
  if (npi === undefined || !/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split('').map(Number);
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i -= 1, double = !double) {
    const d = digits[i] as number;
    sum += double ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  return sum % 10 === 0;
}

/** One loop as read from the file: its name and its segments. */
export interface LoopRead {
  readonly loop: string;
  readonly segments: readonly X12Segment[];
}

/**
 * Checks one 837P transaction set against the loop structure; returns the problems (empty when it conforms)
 * and the loops read, in order.
 */
export function check837PLoops(text: string): { problems: string[]; loops: LoopRead[] } {
  const doc = parseX12(text);
  const problems: string[] = [];
  const transactions = doc.interchanges.flatMap((i) => i.groups.flatMap((g) => g.transactions));
  if (transactions.length !== 1) problems.push(`${transactions.length} transaction sets, not 1`);
  const t = transactions[0];
  if (t === undefined) return { problems, loops: [] };
  if (t.type !== '837') problems.push(`ST01 is ${t.type}`);
  const segments = t.segments;
  const st = segments[0];
  const se = segments.at(-1);
  if (st?.tag !== 'ST' || st.elements[3] !== '005010X222A1') problems.push('ST03 is not 005010X222A1');
  if (se?.tag !== 'SE' || se.elements[1] !== String(segments.length) || se.elements[2] !== st?.elements[2])
    problems.push('SE01 does not count the segments from ST to SE, or SE02 is not ST02');
  const loops: { loop: string; segments: X12Segment[] }[] = [];
  let current = '';
  let at = -1;
  let seen = new Set<number>();
  const close = () => {
    const def = LOOPS[current];
    def?.slots.forEach((slot, i) => {
      if (slot.required && !seen.has(i))
        problems.push(`loop ${current} lacks ${slot.tag}${slot.q ? `*${slot.q[0]}` : ''}`);
    });
  };
  segments.forEach((s, n) => {
    const def = LOOPS[current];
    const here = def?.slots.findIndex(
      (slot, i) => matches(slot, s) && (i > at || (i === at && slot.repeat === true)),
    );
    if (def !== undefined && here !== undefined && here > 0) {
      at = here;
      seen.add(here);
      loops.at(-1)?.segments.push(s);
      return;
    }
    const next = Object.entries(LOOPS).find(
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
    loops.push({ loop: current, segments: [s] });
  });
  close();
  checkContent(loops, problems);
  return { problems, loops };
}

function checkContent(loops: readonly LoopRead[], problems: string[]): void {
  // The HL hierarchy.
  const levels = new Map<string, string>();
  const hls = loops.filter((l) => l.segments[0]?.tag === 'HL').map((l) => l.segments[0] as X12Segment);
  hls.forEach((hl, i) => {
    const [, id, parent, level, child] = hl.elements;
    if (id !== String(i + 1)) problems.push(`HL01 ${id} is not ${i + 1}`);
    const wantParent = level === '20' ? undefined : level === '22' ? '20' : '22';
    if (level === '20' ? parent !== '' : levels.get(parent ?? '') !== wantParent)
      problems.push(`HL ${id} (level ${level}) names parent ${parent}`);
    const next = hls[i + 1];
    const hasChild = next !== undefined && next.elements[2] === id;
    if (child !== (hasChild ? '1' : '0')) problems.push(`HL04 of HL ${id} is ${child}, child ${hasChild}`);
    levels.set(id ?? '', level ?? '');
  });
  // 2010AA: the billing provider by NPI, its tax id, a person named with a first name.
  const bp = loops.find((l) => l.loop === '2010AA')?.segments[0];
  if (bp !== undefined) {
    if (bp.elements[8] !== 'XX' || !isNpi(bp.elements[9])) problems.push('2010AA NM1 has no valid NPI');
    if (bp.elements[2] === '1' && (bp.elements[4] ?? '') === '') problems.push('2010AA person without NM104');
    if (bp.elements[2] === '2' && (bp.elements[4] ?? '') !== '')
      problems.push('2010AA organization with NM104');
  }
  for (const l of loops.filter((x) => ['2310B', '2310D', '2420A', '2310A', '2420E'].includes(x.loop))) {
    const nm1 = l.segments[0] as X12Segment;
    if (nm1.elements[2] !== '1' || nm1.elements[8] !== 'XX' || !isNpi(nm1.elements[9]))
      problems.push(`${l.loop} is not a person named by NPI`);
  }
  // Each claim: CLM05, its lines numbered from 1 and adding up to CLM02.
  let claim: { clm: X12Segment; lines: X12Segment[] } | null = null;
  const claims: { clm: X12Segment; lines: X12Segment[] }[] = [];
  for (const l of loops) {
    if (l.loop === '2300') {
      claim = { clm: l.segments[0] as X12Segment, lines: [] };
      claims.push(claim);
    }
    if (l.loop === '2400') claim?.lines.push(l.segments[0] as X12Segment, ...l.segments.slice(1, 2));
  }
  for (const c of claims) {
    const clm05 = c.clm.elements[5] ?? '';
    if (!/^\d{2}:B:[178]$/.test(clm05)) problems.push(`CLM05 ${clm05} is not POS:B:frequency`);
    const lx = c.lines.filter((s) => s.tag === 'LX').map((s) => s.elements[1]);
    if (lx.join() !== lx.map((_, i) => String(i + 1)).join()) problems.push(`LX ${lx.join()} not from 1`);
    const cents = (x: string | undefined) => Math.round(Number(x) * 100);
    const total = c.lines.filter((s) => s.tag === 'SV1').reduce((t, s) => t + cents(s.elements[2]), 0);
    if (total !== cents(c.clm.elements[2]))
      problems.push(`CLM02 ${c.clm.elements[2]} is not the lines' total`);
  }
}
