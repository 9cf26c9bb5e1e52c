import { type ClientId, type LocalDate, type PayerId, type Reason, reason } from '../../core/index.js';
import { EligibilityBenefits } from '../index.js';
import type { EligibilityBenefitLine } from './eligibility-response.js';
import type { X12ReasonCode } from './reason-codes.js';

// EB01 codes [sources: x12-271]: 1–5 are active coverage of some kind, 6–8 inactive. Of them, 5 (active,
// pending investigation), 7 (inactive, pending eligibility update) and 8 (inactive, pending investigation) are
// not settled either way.
const ACTIVE = new Set(['1', '2', '3', '4', '5']);
const INACTIVE = new Set(['6', '7', '8']);
const PENDING = new Set(['5', '7', '8']);
/**
 * EB01 codes that put a condition on the services asked about which this reader does not read into the
 * benefits [sources: x12-271]: J cost containment, M pre-existing condition, N services restricted to the
 * following provider, O not deemed a medical necessity, Q second surgical opinion required, Y spend down (a
 * Medicaid member owes an amount before the plan pays). read271 leaves the answer undecided on them.
 */
export const RESTRICTIONS: ReadonlySet<string> = new Set(['J', 'M', 'N', 'O', 'Q', 'Y']);
/**
 * EB01 codes that describe rather than decide [sources: x12-271]: CB coverage basis, D benefit description, H
 * unlimited (read as no visit limit for the services asked about, counted in visits or in nothing named), K
 * reserve (hospital reserve days), L primary care provider, MC managed care coordinator, P benefit disclaimer, S prior year(s) history, T card(s) reported lost or stolen,
 * X health care facility. Kept in the answer's lines with their messages and contacts; the contacts of MC or
 * L decide as every other contact does.
 */
const DESCRIPTIONS = ['CB', 'D', 'H', 'K', 'L', 'MC', 'P', 'S', 'T', 'X'];
/**
 * EB01 codes this reader knows: every code of the 005010X279A1 list. Any other is reported as unknown
 * (`x12.271.unknown_code`), not used.
 */
export const KNOWN_BENEFITS = new Set([
  ...ACTIVE,
  ...INACTIVE,
  'A',
  'B',
  'C',
  'F',
  'G',
  // Not covered: non-covered, exclusions.
  'I',
  'E',
  // Other or additional payer: read271 leaves the answer undecided.
  'R',
  // Contact following entity, other source of data: the services are answered for elsewhere.
  'U',
  'W',
  // Cannot process: read271 leaves the answer undecided.
  'V',
  ...RESTRICTIONS,
  ...DESCRIPTIONS,
]);
// EB06 time periods: the plan's total for a year or contract, what remains, what was used so far.
const TOTAL_PERIODS = new Set(['21', '22', '23', '25', '32']);
// EB06 32 (lifetime) and 33 (lifetime remaining): a visit limit over the member's lifetime, not the year's.
const LIFETIME_PERIODS: ReadonlySet<string> = new Set(['32', '33']);

/** What {@link buildBenefits} needs besides the lines. */
export interface BenefitContext {
  readonly clientId: ClientId;
  readonly payerId: PayerId;
  readonly verifiedOn: LocalDate;
  readonly planStartsOn: LocalDate | null;
  readonly planEndsOn: LocalDate | null;
  /** Service types in order of preference (the most specific mental-health type first, `30` last). */
  readonly serviceTypes: readonly string[];
  readonly copayBeforeDeductible: boolean;
  /** The person's date of birth from their own DMG segment (DMG02), or `null` when not stated. */
  readonly clientBirthDate: LocalDate | null;
}

function rankOf(line: EligibilityBenefitLine, types: readonly string[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const t of line.serviceTypes) {
    const i = types.indexOf(t);
    if (i >= 0 && i < best) best = i;
  }
  // A line without service types applies to the plan as a whole: like `30`, after every named type.
  return line.serviceTypes.length === 0 ? types.length : best;
}

const LEVEL_ORDER = ['IND', '', 'EMP', 'FAM'];

// Entities a benefit line may name (2120 NM101) that answer for the services in this payer's place: a
// payer, the primary payer, a managed care organization, a vendor, a third-party administrator.
const ELSEWHERE_ROLES = new Set(['PR', 'PRP', 'Y2', 'VN', '2B']);
/** The lines that state this payer's own figures for a service: cost shares, deductibles, limits. */
export const FIGURES: ReadonlySet<string> = new Set(['A', 'B', 'C', 'F', 'G']);

/**
 * Whether a line sends the services elsewhere: `U` (contact following entity), `W` (other source of data) or
 * another entity answering.
 */
function refersElsewhere(l: EligibilityBenefitLine): boolean {
  return l.benefit === 'U' || l.benefit === 'W' || l.contacts.some((c) => ELSEWHERE_ROLES.has(c.role));
}

/**
 * The line sending the asked-about services elsewhere when this payer states no figure (cost share,
 * deductible, limit) for a more specific service type (a carve-out: behavioral health managed by another
 * plan), or undefined. Active coverage alone does not outrank it: a plan covers the member and still
 * sends its mental-health benefits to another entity.
 */
function carveOut(
  lines: readonly EligibilityBenefitLine[],
  types: readonly string[],
): EligibilityBenefitLine | undefined {
  let elsewhere: EligibilityBenefitLine | undefined;
  let elsewhereRank = Number.POSITIVE_INFINITY;
  let statedRank = Number.POSITIVE_INFINITY;
  for (const l of lines) {
    const rank = rankOf(l, types);
    if (!refersElsewhere(l)) {
      if (FIGURES.has(l.benefit)) statedRank = Math.min(statedRank, rank);
    } else if (rank < elsewhereRank) {
      elsewhere = l;
      elsewhereRank = rank;
    }
  }
  return elsewhereRank <= statedRank ? elsewhere : undefined;
}

/**
 * The coverage status the most specific status lines (EB01 1–8) state for the services asked about:
 * `active`, `inactive`, `none` (no status line), `pending` (a pending code among them, whichever way it leans)
 * or `conflict` (active and inactive for the same service type). Less specific lines are outranked, as
 * before: an inactive psychotherapy line over the plan's active one.
 */
function coverageStatus(
  lines: readonly EligibilityBenefitLine[],
  types: readonly string[],
): { status: 'active' | 'inactive' | 'none' | 'pending' | 'conflict'; segments: number[] } {
  const status = lines.filter(
    (l) => (ACTIVE.has(l.benefit) || INACTIVE.has(l.benefit)) && Number.isFinite(rankOf(l, types)),
  );
  const best = Math.min(...status.map((l) => rankOf(l, types)));
  const top = status.filter((l) => rankOf(l, types) === best);
  const segments = top.map((l) => l.segment);
  if (top.some((l) => PENDING.has(l.benefit))) return { status: 'pending', segments };
  const active = top.some((l) => ACTIVE.has(l.benefit));
  const inactive = top.some((l) => INACTIVE.has(l.benefit));
  if (active && inactive) return { status: 'conflict', segments };
  return { status: active ? 'active' : inactive ? 'inactive' : 'none', segments };
}

/**
 * The lines of `benefit` for the services asked about that the reader cannot take (`readable` false) and
 * that are at least as specific as the one read (all of them when none was read): a figure stated for the
 * services that would otherwise be replaced by a less specific one, or by nothing.
 */
function unreadable(
  lines: readonly EligibilityBenefitLine[],
  types: readonly string[],
  benefit: string,
  readable: (l: EligibilityBenefitLine) => boolean,
  read: EligibilityBenefitLine | undefined,
): EligibilityBenefitLine[] {
  const limit = read === undefined ? Number.POSITIVE_INFINITY : rankOf(read, types);
  return lines.filter((l) => {
    const rank = rankOf(l, types);
    return l.benefit === benefit && !readable(l) && Number.isFinite(rank) && rank <= limit;
  });
}

// A line's place in the order `pick` reads by, lowest first: its service type's rank, its coverage level, then
// a line limited to the session's place of service, then one limited to its procedure (the only limited lines
// left), before one for every place or procedure.
function pickKey(l: EligibilityBenefitLine, types: readonly string[]): readonly number[] {
  const level = LEVEL_ORDER.indexOf(l.coverageLevel ?? '');
  return [
    rankOf(l, types),
    level < 0 ? LEVEL_ORDER.length : level,
    l.placesOfService.length > 0 ? 0 : 1,
    l.procedure !== null ? 0 : 1,
  ];
}

/**
 * The lines as specific as the one read (same service type rank, level, place and EB12) that state another
 * amount or percent: the response gives two cost shares for the same services, and reading the first would
 * be a guess, perhaps toward the cheaper one [sources: x12-271].
 */
function rivals(
  lines: readonly EligibilityBenefitLine[],
  types: readonly string[],
  accept: (l: EligibilityBenefitLine) => boolean,
  read: EligibilityBenefitLine | undefined,
): EligibilityBenefitLine[] {
  if (read === undefined) return [];
  const key = pickKey(read, types);
  return lines.filter(
    (l) =>
      l !== read &&
      l.benefit === read.benefit &&
      l.network === read.network &&
      accept(l) &&
      sameKey(pickKey(l, types), key) &&
      (l.amountCents !== read.amountCents || l.percentBasisPoints !== read.percentBasisPoints),
  );
}

/** The line of `benefit` that best fits: the most specific service type, then the individual level. */
function pick(
  lines: readonly EligibilityBenefitLine[],
  types: readonly string[],
  benefit: string,
  accept: (l: EligibilityBenefitLine) => boolean = () => true,
): EligibilityBenefitLine | undefined {
  let best: EligibilityBenefitLine | undefined;
  let bestKey: readonly number[] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
  ];
  for (const l of lines) {
    if (l.benefit !== benefit || !accept(l)) continue;
    const key = pickKey(l, types);
    if (!Number.isFinite(key[0])) continue;
    if (before(key, bestKey)) {
      best = l;
      bestKey = key;
    }
  }
  return best;
}

/** Whether two keys of {@link pickKey} are equal, element by element. */
function sameKey(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether `a` comes before `b`, element by element. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  }
  return false;
}

const REMAINING_PERIODS = new Set(['29', '33']);
const USED_PERIOD = '24';

/** A benefit line's figure kind by its EB06 time period: a total, what remains, what was used, or neither. */
function figureKind(l: EligibilityBenefitLine): 'total' | 'remaining' | 'used' | null {
  if (l.timePeriod === null || TOTAL_PERIODS.has(l.timePeriod)) return 'total';
  if (REMAINING_PERIODS.has(l.timePeriod)) return 'remaining';
  return l.timePeriod === USED_PERIOD ? 'used' : null;
}

/**
 * Which figures of one benefit belong together: those stated for the same service type asked about (the
 * line's most specific one, its rank) and the same coverage level (EB02). A total and what remains are
 * compared only within one such group: a remaining amount of one service type (or of the family) says
 * nothing about another's total.
 */
function groupKey(l: EligibilityBenefitLine, types: readonly string[]): string {
  return `${rankOf(l, types)}|${l.coverageLevel ?? ''}`;
}

/** What {@link accumulator} reports when the figures it reads do not fit together. */
interface AccumulatorNotes {
  /** More remains than the total, within one service type and coverage level. */
  readonly remainingAboveTotal?: (figures: { total: number; remaining: number }) => void;
  /**
   * The group read lacks a figure (a total, or what remains or was used) that only another service type
   * or coverage level states: it was not borrowed.
   */
  readonly otherGroupOnly?: (figures: {
    read: { serviceTypes: string[]; coverageLevel: string | null; segments: number[] };
    other: { serviceTypes: string[]; coverageLevel: string | null; segment: number };
  }) => void;
}

/**
 * Total, remaining and used amounts (or quantities) of a benefit such as the deductible, all read from one
 * group of lines ({@link groupKey}): the one with the most specific service type, then the individual
 * level. A figure only another group states is not borrowed (it is reported).
 */
function accumulator(
  lines: readonly EligibilityBenefitLine[],
  types: readonly string[],
  benefit: string,
  value: (l: EligibilityBenefitLine) => number | null,
  notes: AccumulatorNotes = {},
): { total: number | null; used: number | null } {
  const has = (l: EligibilityBenefitLine) => value(l) !== null && figureKind(l) !== null;
  const first = pick(lines, types, benefit, has);
  if (first === undefined) return { total: null, used: null };
  const key = groupKey(first, types);
  const inGroup = (kind: 'total' | 'remaining' | 'used') => (l: EligibilityBenefitLine) =>
    has(l) && figureKind(l) === kind && groupKey(l, types) === key;
  const total = pick(lines, types, benefit, inGroup('total'));
  const remaining = pick(lines, types, benefit, inGroup('remaining'));
  const used = pick(lines, types, benefit, inGroup('used'));
  const missingKinds = new Set<string>();
  if (total === undefined) missingKinds.add('total');
  if (remaining === undefined && used === undefined) missingKinds.add('remaining').add('used');
  const other = lines.find(
    (l) =>
      l.benefit === benefit &&
      has(l) &&
      Number.isFinite(rankOf(l, types)) &&
      groupKey(l, types) !== key &&
      missingKinds.has(figureKind(l) as string),
  );
  if (other !== undefined && notes.otherGroupOnly !== undefined) {
    const read = [total, remaining, used].filter((l) => l !== undefined);
    notes.otherGroupOnly({
      read: {
        serviceTypes: [...first.serviceTypes],
        coverageLevel: first.coverageLevel,
        segments: read.map((l) => l.segment),
      },
      other: {
        serviceTypes: [...other.serviceTypes],
        coverageLevel: other.coverageLevel,
        segment: other.segment,
      },
    });
  }
  const t = total === undefined ? null : value(total);
  if (used !== undefined) return { total: t, used: value(used) };
  if (remaining !== undefined && t !== null) {
    const left = value(remaining) as number;
    // More left than the total: the figures contradict each other; read as nothing used, and said so.
    if (left > t) notes.remainingAboveTotal?.({ total: t, remaining: left });
    return { total: t, used: Math.max(0, t - left) };
  }
  if (remaining !== undefined) return { total: value(remaining), used: 0 };
  return { total: t, used: null };
}

/** What a missing benefit's message names: the fact an estimate needs, in words. */
const MISSING_BENEFIT = {
  cost_share: 'cost share (neither a copay nor a coinsurance)',
  deductible: 'deductible',
  plan_start: 'plan start date',
} as const;

/**
 * The normalized benefits one network's lines state, or the reasons they cannot be built: a fact an
 * estimate needs (cost share, deductible, plan start) that the response does not give stays unknown.
 */
export function buildBenefits(
  all: readonly EligibilityBenefitLine[],
  network: 'in' | 'out',
  context: BenefitContext,
): { benefits: EligibilityBenefits | null; reasons: Reason<X12ReasonCode>[] } {
  const types = context.serviceTypes;
  // A figure whose network the payer does not know (EB12 U) applies to neither network (read271 reports it);
  // any other line with it (coverage status, exclusions, contacts) still applies to both, as one with none.
  const lines = all.filter((l) =>
    l.network === 'unknown'
      ? !FIGURES.has(l.benefit)
      : l.network === null || l.network === 'both' || l.network === network,
  );
  const reasons: Reason<X12ReasonCode>[] = [];
  const missing = (benefit: keyof typeof MISSING_BENEFIT) =>
    reasons.push(
      reason(
        'x12.271.benefit_not_found',
        'warning',
        `The response does not state the ${MISSING_BENEFIT[benefit]} for ${network === 'in' ? 'in-network' : 'out-of-network'} care; it stays unknown.`,
        {
          network,
          benefit,
        },
      ),
    );
  // EB01 I (non-covered) and E (exclusions) say the same for the service types they name
  // [sources: x12-271]: those services are not covered, whatever the plan-level active line says.
  const namesService = (l: EligibilityBenefitLine) => l.serviceTypes.some((t) => t !== '30');
  const notCovered = pick(lines, types, 'I', namesService) ?? pick(lines, types, 'E', namesService);
  // Mentioned nowhere for this network: nothing to build (not a missing fact).
  if (lines.filter((l) => Number.isFinite(rankOf(l, types))).length === 0) return { benefits: null, reasons };
  // Another entity answers for these services: say whom to ask, never apply this payer's figures.
  const elsewhere = carveOut(lines, types);
  if (elsewhere !== undefined) {
    reasons.push(
      reason(
        'x12.271.managed_elsewhere',
        'warning',
        'The response sends these services to another entity (a carve-out or another payer): ask it for the benefits; this payer’s were not applied.',
        {
          network,
          segment: elsewhere.segment,
          serviceTypes: [...elsewhere.serviceTypes],
          contacts: elsewhere.contacts.map((c) => ({ ...c })),
        },
      ),
    );
    return { benefits: null, reasons };
  }
  const { status, segments: statusSegments } = coverageStatus(lines, types);
  // Pending or contradictory coverage is not settled: no benefits, whichever way it leans. A service the
  // payer says it does not cover (EB01 I or E) is not covered whatever the status.
  if (notCovered === undefined && (status === 'pending' || status === 'conflict')) {
    reasons.push(
      status === 'pending'
        ? reason(
            'x12.271.coverage_pending',
            'warning',
            'The payer’s coverage status for these services is pending (EB01 5, 7 or 8): not settled either way; verify again.',
            { network, segments: statusSegments },
          )
        : reason(
            'x12.271.coverage_status_conflict',
            'warning',
            'The response says both active and inactive coverage for the same service type: ask the payer.',
            { network, segments: statusSegments },
          ),
    );
    return { benefits: null, reasons };
  }
  const coverageActive = status === 'active' && notCovered === undefined;
  // A copay is read per visit (EB06 27) or with no period; coinsurance as a percent (EB08) [sources: x12-271].
  const copayReadable = (l: EligibilityBenefitLine) =>
    l.amountCents !== null && (l.timePeriod === null || l.timePeriod === '27');
  const coinsuranceReadable = (l: EligibilityBenefitLine) => l.percentBasisPoints !== null;
  const copay = pick(lines, types, 'B', copayReadable);
  const coinsurance = pick(lines, types, 'A', coinsuranceReadable);
  const notes: Reason<X12ReasonCode>[] = [];
  const contradiction = (benefit: 'deductible' | 'out_of_pocket' | 'visits'): AccumulatorNotes => ({
    remainingAboveTotal: (figures) =>
      notes.push(
        reason(
          'x12.271.remaining_above_total',
          'warning',
          'The response says more remains than the plan’s total for the same service type and coverage level: the figures contradict each other. Read as nothing used yet (the whole total still due); confirm with the payer.',
          { network, benefit, ...figures },
        ),
      ),
    otherGroupOnly: (figures) =>
      notes.push(
        reason(
          'x12.271.figure_for_other_service_type',
          'warning',
          'A total and what remains of this benefit are stated for different service types or coverage levels: they were not compared. The most specific one’s figures were read (with nothing said to be used, the whole total is still due); confirm with the payer.',
          { network, benefit, ...figures },
        ),
      ),
  });
  const deductible = withFamilyMet(
    lines,
    types,
    'C',
    accumulator(lines, types, 'C', (l) => l.amountCents, contradiction('deductible')),
    network,
    notes,
  );
  const outOfPocket = withFamilyMet(
    lines,
    types,
    'G',
    accumulator(lines, types, 'G', (l) => l.amountCents, contradiction('out_of_pocket')),
    network,
    notes,
  );
  // Visits per benefit year (EB06 21, 22, 23, 25, none; 29 remaining, 24 used) and over the member's lifetime
  // (32; 33 lifetime remaining) are two limits, never one figure's total and remainder [sources: x12-271-eb06].
  const visitCount = (lifetime: boolean) => (l: EligibilityBenefitLine) =>
    l.quantityQualifier === 'VS' && LIFETIME_PERIODS.has(l.timePeriod ?? '') === lifetime ? l.quantity : null;
  const visits = visitLimit(
    accumulator(lines, types, 'F', visitCount(false), contradiction('visits')),
    accumulator(lines, types, 'F', visitCount(true), contradiction('visits')),
    network,
    reasons,
    notes,
  );
  const asked = lines.filter((l) => Number.isFinite(rankOf(l, types)));
  const authorizationStated = asked.some((l) => l.authorizationRequired === true);
  const authorizationUnknown = asked.filter((l) => l.authorizationRequired === 'unknown');
  // EB11 U: the payer does not know. Never read as "not required": the answer is undecided (read271), and the
  // benefits read authorization as required until the payer confirms.
  const authorizationRequired = authorizationStated || authorizationUnknown.length > 0;
  if (coverageActive) {
    // A deductible is read as a total, remaining or used amount (EB06 23, 22, 25, 29, 24, …); one stated per
    // visit or day says the deductible works otherwise than the reader assumes.
    const deductibleReadable = (l: EligibilityBenefitLine) =>
      l.amountCents !== null && figureKind(l) !== null;
    const deductibleRead = pick(lines, types, 'C', deductibleReadable);
    const unreadDeductibles = unreadable(lines, types, 'C', deductibleReadable, deductibleRead).filter(
      (l) => l.amountCents !== null,
    );
    const unreadCostShares = [
      ...unreadable(lines, types, 'B', copayReadable, copay).map((l) => ['copay', l] as const),
      ...unreadable(lines, types, 'A', coinsuranceReadable, coinsurance).map(
        (l) => ['coinsurance', l] as const,
      ),
      ...unreadDeductibles.map((l) => ['deductible', l] as const),
    ];
    const conflicting = [
      ...rivals(lines, types, copayReadable, copay).map((l) => ['copay', l] as const),
      ...rivals(lines, types, coinsuranceReadable, coinsurance).map((l) => ['coinsurance', l] as const),
    ];
    for (const [benefit, l] of conflicting) {
      reasons.push(
        reason(
          'x12.271.cost_share_conflict',
          'warning',
          'Two copays or coinsurances are stated for the same services, coverage level and place: which applies is not known, so the cost share stays unknown; ask the payer.',
          { network, benefit, segment: l.segment },
        ),
      );
    }
    for (const [benefit, l] of unreadCostShares) {
      reasons.push(
        reason(
          'x12.271.cost_share_not_read',
          'warning',
          'A copay, coinsurance or deductible for these services is stated in a form this reader cannot take: the cost share stays unknown; ask the payer.',
          { network, benefit, segment: l.segment, timePeriod: l.timePeriod },
        ),
      );
    }
    if (copay === undefined && coinsurance === undefined && unreadCostShares.length === 0)
      missing('cost_share');
    if (deductible.total === null && unreadDeductibles.length === 0) missing('deductible');
    // A limitation (EB01 F) is read as a visit limit only as visits (EB09 VS) with a count and a period
    // this reader knows; any other says there is a limit whose size is not known.
    const unreadLimits = asked.filter(
      (l) =>
        l.benefit === 'F' && !(l.quantityQualifier === 'VS' && l.quantity !== null && figureKind(l) !== null),
    );
    if (unreadLimits.length > 0) {
      notes.push(
        reason(
          'x12.271.limitation_not_read',
          'warning',
          'A limitation on these services is not a visit count this reader can take: the visit limit is not known; read the payer’s terms.',
          { network, segments: unreadLimits.map((l) => l.segment) },
        ),
      );
    }
    if (!authorizationStated && authorizationUnknown.length > 0) {
      notes.push(
        reason(
          'x12.271.authorization_unknown',
          'warning',
          'The payer does not know whether these services need authorization (EB11 U): ask it before the session; read as required meanwhile.',
          { network, segments: authorizationUnknown.map((l) => l.segment) },
        ),
      );
    }
  }
  if (context.planStartsOn === null) missing('plan_start');
  if (reasons.length > 0) return { benefits: null, reasons };
  // EB01 H (unlimited) for the services asked about, counted in visits or in nothing named: no visit limit,
  // as the payer states it; without it or a visit count, the limit is not known [sources: x12-271].
  const unlimited = asked.some(
    (l) => l.benefit === 'H' && (l.quantityQualifier === null || l.quantityQualifier === 'VS'),
  );
  if (coverageActive) {
    const unstated = [
      ...(deductible.total !== null && deductible.total > 0 && deductible.used === null
        ? ['deductible_met']
        : []),
      ...(outOfPocket.total !== null && outOfPocket.used === null ? ['out_of_pocket_met'] : []),
      ...(visits.total === null && !unlimited ? ['visit_limit'] : []),
      ...(visits.total !== null && visits.used === null ? ['visits_used'] : []),
      // A copay without a coinsurance line says nothing of coinsurance: unknown, never 0 %.
      ...(coinsurance === undefined ? ['coinsurance'] : []),
    ];
    if (unstated.length > 0) {
      notes.push(
        reason(
          'x12.271.figure_not_stated',
          'info',
          'The response does not state some figures an estimate needs (what is met of a total, the visit limit, the visits used or the coinsurance beside a copay): they stay unknown (null), never $0 met, no visit used, no limit or no coinsurance; ask the payer.',
          { network, figures: unstated },
        ),
      );
    }
  }
  const benefits = EligibilityBenefits.safeParse({
    clientId: context.clientId,
    payerId: context.payerId,
    verifiedOn: context.verifiedOn,
    coverageActive,
    inNetwork: network === 'in',
    planStartsOn: context.planStartsOn,
    planEndsOn: context.planEndsOn,
    copayCents: copay?.amountCents ?? 0,
    copayBeforeDeductible: context.copayBeforeDeductible,
    // Not stated: unknown (an EB01 A with 0 % says none).
    coinsuranceBasisPoints: coinsurance === undefined ? null : coinsurance.percentBasisPoints,
    // Never 0 by default: a response without a deductible total has no benefits (`missing` above).
    deductibleCents: deductible.total ?? 0,
    // What is met, used or left that the response does not state stays unknown (null), never $0 met or no
    // visit used; a $0 deductible is met by definition.
    deductibleMetCents: deductible.total === 0 ? 0 : metOf(deductible),
    outOfPocketMaximumCents: outOfPocket.total,
    outOfPocketMetCents: metOf(outOfPocket),
    visitLimit: visits.total,
    ...(visits.total === null && unlimited ? { noVisitLimit: true } : {}),
    visitsUsed: metOf(visits),
    authorizationRequired,
    ...(context.clientBirthDate === null ? {} : { clientBirthDate: context.clientBirthDate }),
  });
  if (!benefits.success) {
    reasons.push(
      reason(
        'x12.271.benefit_not_found',
        'warning',
        'The response’s benefits do not fit together (e.g. the plan ends before it starts).',
        { network, benefit: 'consistent_benefits' },
      ),
    );
    return { benefits: null, reasons };
  }
  return { benefits: benefits.data, reasons: [...reasons, ...notes] };
}

/** What is used of a total, no more than the total; `null` when the response does not say. */
function metOf(figures: { total: number | null; used: number | null }): number | null {
  if (figures.used === null) return null;
  return figures.total === null ? figures.used : Math.min(figures.used, figures.total);
}

/**
 * The visit limit that binds, from a limit per benefit year and one over the member's lifetime (EB06 32,
 * what remains 33) [sources: x12-271-eb06]: the one with fewer visits left, said in a note when a lifetime
 * limit is read. With both stated and what is left of either unknown, which binds is not known: no
 * benefits, with `x12.271.visit_limits_unsettled` (a person reads the payer's terms).
 */
function visitLimit(
  year: { total: number | null; used: number | null },
  lifetime: { total: number | null; used: number | null },
  network: 'in' | 'out',
  reasons: Reason<X12ReasonCode>[],
  notes: Reason<X12ReasonCode>[],
): { total: number | null; used: number | null } {
  if (lifetime.total === null) return year;
  const lifetimeLeft = lifetime.used === null ? null : Math.max(0, lifetime.total - lifetime.used);
  // The lifetime limit binds: said in a note, with what is left of each.
  const lifetimeBinds = (yearLeft: number | null) => {
    notes.push(
      reason(
        'x12.271.lifetime_visit_limit',
        'info',
        'The visit limit is over the member’s lifetime: it does not start again at a new benefit year.',
        {
          network,
          lifetimeVisitLimit: lifetime.total,
          lifetimeVisitsLeft: lifetimeLeft,
          yearVisitsLeft: yearLeft,
        },
      ),
    );
    return lifetime;
  };
  if (year.total === null) return lifetimeBinds(null);
  const yearLeft = year.used === null ? null : Math.max(0, year.total - year.used);
  if (yearLeft === null || lifetimeLeft === null) {
    reasons.push(
      reason(
        'x12.271.visit_limits_unsettled',
        'warning',
        'The response states a visit limit per year and one over the lifetime, and what is left of one of them is not stated: which binds is not known; read the payer’s terms.',
        {
          network,
          yearVisitLimit: year.total,
          lifetimeVisitLimit: lifetime.total,
          yearVisitsLeft: yearLeft,
          lifetimeVisitsLeft: lifetimeLeft,
        },
      ),
    );
    return year;
  }
  return lifetimeLeft >= yearLeft ? year : lifetimeBinds(yearLeft);
}

/**
 * The individual deductible (EB01 C) or out-of-pocket maximum (G) with what the family's (EB02 FAM) leaves:
 * once the family has met its amount no member owes more toward it, and a member never owes more than
 * the family has left. Both plan designs agree on this (an embedded family deductible, where each member
 * also has an individual one, and an aggregate one, where only the family's counts), so the plan type is
 * not needed [sources: x12-271, cfr-45-156.130]. When the individual has less left than
 * the family, the individual figure stands, as before. A note says when the family's figure decided.
 */
function withFamilyMet(
  lines: readonly EligibilityBenefitLine[],
  types: readonly string[],
  benefit: 'C' | 'G',
  individual: { total: number | null; used: number | null },
  network: 'in' | 'out',
  notes: Reason<X12ReasonCode>[],
): { total: number | null; used: number | null } {
  const family = accumulator(lines, types, benefit, (l) =>
    l.coverageLevel === 'FAM' ? l.amountCents : null,
  );
  if (individual.total === null || family.total === null || family.used === null) return individual;
  const familyRemaining = Math.max(0, family.total - family.used);
  // The member's own figure unknown: only a family with nothing left settles what the member owes (nothing).
  const individualRemaining = individual.used === null ? null : individual.total - individual.used;
  if (individualRemaining === null ? familyRemaining > 0 : familyRemaining >= individualRemaining)
    return individual;
  notes.push(
    reason(
      'x12.271.family_amount_left_applied',
      'info',
      'The family has less left to meet than the member: the member owes no more than the family’s remaining amount.',
      {
        network,
        benefit: benefit === 'C' ? 'deductible' : 'out_of_pocket',
        individualRemainingCents: individualRemaining,
        familyRemainingCents: familyRemaining,
      },
    ),
  );
  return { total: individual.total, used: individual.total - familyRemaining };
}
