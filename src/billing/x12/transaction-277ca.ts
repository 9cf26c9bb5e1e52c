import type { ReportedStatus277 } from './claim-acknowledgment.js';
import type { X12Delimiters } from './delimiters.js';
import { readCents, readDate } from './element-values.js';
import type { X12Problems } from './problems.js';
import type { X12Segment } from './scanned-segment.js';

/** One hierarchical level of a 277CA as read: its statuses, and its parent. */
export interface Level277 {
  readonly segment: number;
  readonly level: 'source' | 'receiver' | 'provider' | 'patient';
  readonly parent: Level277 | null;
  readonly statuses: ReportedStatus277[];
}

/** One claim (HL PT) as read. */
export interface Patient277 extends Level277 {
  readonly level: 'patient';
  claimId: string | null;
  payerClaimControlNumber: string | null;
  clearinghouseTraceNumber: string | null;
  chargeCents: number | null;
  readonly lines: { segment: number; procedureCode: string | null; statuses: ReportedStatus277[] }[];
}

// HL03 [sources: x12-277ca]: 20 information source, 21 information receiver, 19 provider of service, PT patient.
const LEVELS: ReadonlyMap<string, { level: Level277['level']; parent: Level277['level'] | null }> = new Map([
  ['20', { level: 'source', parent: null }],
  ['21', { level: 'receiver', parent: 'source' }],
  ['19', { level: 'provider', parent: 'receiver' }],
  ['PT', { level: 'patient', parent: 'provider' }],
] as const);

type Place = 'header' | Level277['level'] | 'line';
const SEGMENTS: Record<Place, ReadonlySet<string>> = {
  header: new Set(['BHT']),
  source: new Set(['NM1', 'TRN', 'DTP']),
  receiver: new Set(['NM1', 'TRN', 'STC', 'QTY', 'AMT']),
  provider: new Set(['NM1', 'TRN', 'STC', 'REF', 'QTY', 'AMT']),
  patient: new Set(['NM1', 'TRN', 'STC', 'REF', 'DTP', 'SVC']),
  line: new Set(['SVC', 'STC', 'REF', 'DTP']),
};

/** Reads one 277CA transaction set (005010X214), segment by segment. */
export class Transaction277CA {
  readonly #problems: X12Problems;
  readonly #component: string;
  readonly st: X12Segment;
  bht: X12Segment | null = null;
  readonly patients: Patient277[] = [];
  readonly levels: Level277[] = [];
  #place: Place = 'header';
  #level: Level277 | null = null;
  #line: Patient277['lines'][number] | null = null;
  readonly #hl = new Map<string, Level277>();

  constructor(st: X12Segment, delimiters: X12Delimiters, problems: X12Problems) {
    this.st = st;
    this.#component = delimiters.component;
    this.#problems = problems;
  }

  accept(s: X12Segment): void {
    const e = s.elements;
    if (s.tag === 'HL') {
      this.#hierarchy(s);
      return;
    }
    if (!SEGMENTS[this.#place].has(s.tag)) {
      this.#problems.add(s.position, null, 'x12.segment.unexpected', 'is not a segment a 277CA allows here');
      return;
    }
    const patient = this.#level?.level === 'patient' ? (this.#level as Patient277) : null;
    switch (s.tag) {
      case 'BHT':
        this.bht = s;
        return;
      case 'TRN':
        // 2200D TRN02: the patient control number, CLM01 of the claim sent.
        if (patient !== null && this.#place === 'patient') {
          if ((e[2] ?? '') === '')
            this.#problems.add(
              s.position,
              'TRN02',
              'x12.element.missing',
              'is required (the patient control number)',
            );
          else patient.claimId = e[2] as string;
        }
        return;
      case 'REF':
        if (patient !== null && this.#place === 'patient') {
          if (e[1] === '1K') patient.payerClaimControlNumber = (e[2] ?? '') || null;
          else if (e[1] === 'D9') patient.clearinghouseTraceNumber = (e[2] ?? '') || null;
        }
        return;
      case 'SVC': {
        if (patient === null) return;
        const [, code] = (e[1] ?? '').split(this.#component);
        this.#line = {
          segment: s.position,
          procedureCode: code === undefined || code === '' ? null : code,
          statuses: [],
        };
        patient.lines.push(this.#line);
        this.#place = 'line';
        return;
      }
      case 'STC':
        this.#status(s, patient);
        return;
      default:
        return;
    }
  }

  #status(s: X12Segment, patient: Patient277 | null): void {
    const e = s.elements;
    const date = (e[2] ?? '') === '' ? null : readDate(e[2] ?? '');
    if ((e[2] ?? '') !== '' && date === null) {
      this.#problems.add(s.position, 'STC02', 'x12.element.invalid', 'must be a date written CCYYMMDD');
    }
    const target =
      this.#place === 'line' && this.#line !== null
        ? this.#line.statuses
        : (this.#level as Level277).statuses;
    for (const n of [1, 10, 11]) {
      const composite = e[n] ?? '';
      if (composite === '') {
        if (n === 1)
          this.#problems.add(s.position, 'STC01', 'x12.element.missing', 'is required (the claim status)');
        continue;
      }
      const [category = '', code = '', entity = ''] = composite.split(this.#component);
      if (category === '') {
        this.#problems.add(
          s.position,
          `STC${String(n).padStart(2, '0')}-1`,
          'x12.element.missing',
          'is required (the claim status category)',
        );
        continue;
      }
      target.push({
        segment: s.position,
        category,
        code: code || null,
        entity: entity || null,
        date,
        actionCode: (e[3] ?? '') || null,
      });
    }
    if (
      patient !== null &&
      this.#place === 'patient' &&
      patient.chargeCents === null &&
      (e[4] ?? '') !== ''
    ) {
      const cents = readCents(e[4] ?? '');
      if (cents === null)
        this.#problems.add(
          s.position,
          'STC04',
          'x12.element.invalid',
          'must be an amount in dollars with at most two decimal places',
        );
      patient.chargeCents = cents;
    }
  }

  #hierarchy(s: X12Segment): void {
    const e = s.elements;
    const kind = LEVELS.get(e[3] ?? '');
    const parent = (e[2] ?? '') === '' ? null : (this.#hl.get(e[2] ?? '') ?? undefined);
    if (kind === undefined) {
      this.#problems.add(
        s.position,
        'HL03',
        'x12.element.invalid',
        'must be a hierarchical level 20, 21, 19 or PT',
      );
      return;
    }
    if ((e[1] ?? '') === '') {
      this.#problems.add(s.position, 'HL01', 'x12.element.missing', 'is required (the hierarchical id)');
      return;
    }
    if (parent === undefined || (parent?.level ?? null) !== kind.parent) {
      this.#problems.add(
        s.position,
        'HL02',
        'x12.element.invalid',
        'must name the HL segment of the level above (20 ← 21 ← 19 ← PT)',
      );
      return;
    }
    const base = { segment: s.position, level: kind.level, parent, statuses: [] };
    const level: Level277 =
      kind.level === 'patient'
        ? ({
            ...base,
            claimId: null,
            payerClaimControlNumber: null,
            clearinghouseTraceNumber: null,
            chargeCents: null,
            lines: [],
          } as Patient277)
        : base;
    this.#hl.set(e[1] as string, level);
    this.levels.push(level);
    if (level.level === 'patient') this.patients.push(level as Patient277);
    this.#level = level;
    this.#line = null;
    this.#place = kind.level;
  }

  /** At SE: every claim names its patient control number and has a status. */
  end(): void {
    if (this.bht === null)
      this.#problems.add(this.st.position, null, 'x12.segment.missing', 'must be followed by a BHT segment');
    for (const p of this.patients) {
      if (p.claimId === null) {
        this.#problems.add(
          p.segment,
          null,
          'x12.segment.missing',
          'must be followed by a TRN segment holding the patient control number (CLM01)',
        );
      }
      if (p.statuses.length === 0) {
        this.#problems.add(
          p.segment,
          null,
          'x12.segment.missing',
          'must hold an STC segment (the claim’s status)',
        );
      }
    }
  }
}
