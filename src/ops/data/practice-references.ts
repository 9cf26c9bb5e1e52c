import { type ValidationIssue, validate } from '../../core/index.js';
import { formatPath, IssueList } from '../../core/internal.js';
import { addClientZoneProblems } from './client-zone-problems.js';
import { addNestedReferenceProblems } from './nested-references.js';
import { addOfficeZoneProblems } from './office-zone-problems.js';
import { addBusinessWeekProblems } from './practice-business-week.js';
import { PracticeData, type PracticeDataInput } from './practice-data.js';
import { isValidated } from './validated-practice-data.js';

type Section = Exclude<keyof PracticeData, '$schema' | 'practice' | 'policies'>;
type Target = 'staff' | 'payers' | 'clinicians' | 'clients' | 'series' | 'claims' | 'appointments';

const NAMES: Record<Target, string> = {
  staff: 'a staff member',
  payers: 'a payer',
  clinicians: 'a clinician',
  clients: 'a client',
  series: 'a series',
  claims: 'a claim',
  appointments: 'an appointment',
};

/** Fields holding an id of another record: section, field (or nested list and field), target. */
const REFERENCES: readonly (
  | readonly [Section, string, Target]
  | readonly [Section, string, string, Target]
)[] = [
  ['clients', 'payerIds', 'payers'],
  ['clinicians', 'payersAccepted', 'payers'],
  ['appointments', 'clinicianId', 'clinicians'],
  ['appointments', 'clientIds', 'clients'],
  ['appointments', 'seriesId', 'series'],
  ['series', 'clinicianId', 'clinicians'],
  ['series', 'clientIds', 'clients'],
  ['waitlist', 'clientId', 'clients'],
  ['waitlist', 'clinicianId', 'clinicians'],
  ['waitlist', 'payerId', 'payers'],
  ['paperwork', 'clientId', 'clients'],
  ['inquiries', 'clientId', 'clients'],
  ['claims', 'clientId', 'clients'],
  ['claims', 'payerId', 'payers'],
  ['claimBalances', 'claimId', 'claims'],
  ['remittances', 'payerId', 'payers'],
  ['remittances', 'claims', 'claimId', 'claims'],
  ['authorizations', 'clientId', 'clients'],
  ['authorizations', 'payerId', 'payers'],
  ['eligibility', 'clientId', 'clients'],
  ['eligibility', 'payerId', 'payers'],
  ['credentials', 'clinicianId', 'clinicians'],
  ['enrollments', 'clinicianId', 'clinicians'],
  ['enrollments', 'payerId', 'payers'],
  ['messages', 'clientId', 'clients'],
  ['goodFaithEstimates', 'clientId', 'clients'],
  ['recordsRequests', 'clientId', 'clients'],
  // A one-letter typo in any of these once passed: the claim, authorization or supervision then silently
  // matched nobody (a claim's network check, an authorization's clinician, a supervisor's licence).
  ['claims', 'renderingClinicianId', 'clinicians'],
  ['claims', 'supervisingClinicianId', 'clinicians'],
  ['authorizations', 'clinicianId', 'clinicians'],
  ['credentials', 'supervision', 'supervisorId', 'clinicians'],
  // A clinician's fee decision names the session it decides and the clinician who made it.
  ['clinicianFeeDecisions', 'appointmentId', 'appointments'],
  ['clinicianFeeDecisions', 'clinicianId', 'clinicians'],
];

/** Sections whose records carry an `id` (payers carry `payerId`) that must be unique. */
const IDENTIFIED: readonly (readonly [Section, string])[] = [
  ['staff', 'id'],
  ['payers', 'payerId'],
  ['clinicians', 'id'],
  ['clients', 'id'],
  ['appointments', 'id'],
  ['series', 'id'],
  ['waitlist', 'id'],
  ['paperwork', 'id'],
  ['inquiries', 'id'],
  ['claims', 'claimId'],
  ['claimBalances', 'claimId'],
  ['remittances', 'remittanceId'],
  ['authorizations', 'authorizationNumber'],
  ['credentials', 'clinicianId'],
  ['messages', 'id'],
  ['goodFaithEstimates', 'id'],
  ['recordsRequests', 'id'],
];

type Row = Readonly<Record<string, unknown>>;
const rows = (data: PracticeData, section: Section) => data[section] as readonly Row[];

function issue(path: (string | number)[], code: string, message: string): ValidationIssue {
  return { path, at: formatPath(path), code, message };
}

/**
 * Finds every reference to a record that does not exist, every id used twice, every office zone that
 * contradicts its office (`ops.data.zone_not_in_state`, `ops.data.zone_not_office`) and every client zone
 * that contradicts the client's state (`ops.data.zone_not_in_state`), in a practice data
 * file. Each problem has its JSON path; no value is repeated. Data this package validated has none.
 *
 * @throws {@link ValidationError} when `data` does not pass the practice data file's schema.
 * @example
 * ```ts
 * import type { PracticeDataInput } from 'practice-ops/ops';
 *
 * const data = generateDemoPractice();
 * findReferenceProblems(data); //=> []
 * // A copy whose first appointment names a client the file does not have:
 * const [first, ...others] = data.appointments;
 * const copy: PracticeDataInput = { ...data, appointments: [{ ...first, clientIds: ['client-missing'] }, ...others] };
 * findReferenceProblems(copy);
 * //=> [{ at: '$.appointments[0].clientIds[0]', code: 'ops.data.unknown_reference',
 * //     message: 'refers to a client that is not in $.clients', … }]
 * ```
 */
export function findReferenceProblems(data: PracticeDataInput): ValidationIssue[] {
  return isValidated(data) ? [] : referenceProblems(validate(PracticeData, data, 'practice data file'));
}

/** {@link findReferenceProblems} of data that passed the schema (internal). */
export function referenceProblems(data: PracticeData): ValidationIssue[] {
  const list = new IssueList(Number.POSITIVE_INFINITY);
  addReferenceProblems(data, list);
  return [...(list.report()?.issues ?? [])];
}

/** Adds the problems {@link findReferenceProblems} finds to `out`, which may list only the first ones. */
export function addReferenceProblems(data: PracticeData, out: IssueList): void {
  // Plain loops, not forEach: a callback per row is a closure per row, and a file has a million rows.
  const ids = new Map<string, Known>();
  for (const [section, field] of IDENTIFIED) {
    const list = rows(data, section);
    // Ids in increasing order, as most files list them, are all different: a section no reference points
    // at then needs no set of its ids (a file has 200,000 appointments), and the claims are searched by
    // halves instead (see SEARCHED).
    const target = section in NAMES;
    if ((!target || SEARCHED.has(section as Target)) && increasing(list, field)) {
      if (target) ids.set(section, new SortedIds(list, field));
      continue;
    }
    const seen = new Set<unknown>();
    for (let i = 0; i < list.length; i += 1) {
      // One lookup per id, not two: an id already seen leaves the set's size as it was.
      const before = seen.size;
      seen.add((list[i] as Row)[field]);
      if (seen.size === before) {
        out.add(issue([section, i, field], 'ops.data.duplicate_id', `repeats the id of an earlier record`));
      }
    }
    ids.set(section, seen);
  }
  for (const ref of REFERENCES) {
    const [section, field] = ref;
    const target = ref.length === 3 ? ref[2] : ref[3];
    const known = ids.get(target) as Known;
    const message = `refers to ${NAMES[target]} that is not in $.${target}`;
    const list = rows(data, section);
    for (let i = 0; i < list.length; i += 1) {
      const value = (list[i] as Row)[field];
      if (ref.length === 4) {
        const inner = value as readonly Row[];
        for (let j = 0; j < inner.length; j += 1) {
          if (!known.has((inner[j] as Row)[ref[2]])) {
            out.add(issue([section, i, field, j, ref[2]], 'ops.data.unknown_reference', message));
          }
        }
      } else if (Array.isArray(value)) {
        for (let j = 0; j < value.length; j += 1) {
          if (!known.has(value[j])) {
            out.add(issue([section, i, field, j], 'ops.data.unknown_reference', message));
          }
        }
      } else if (value !== undefined && value !== null && !known.has(value)) {
        out.add(issue([section, i, field], 'ops.data.unknown_reference', message));
      }
    }
  }
  addNestedReferenceProblems(data, ids.get('payers') as Known, out);
  // An office's zone against its state, and every record naming the office's zone against the office.
  addOfficeZoneProblems(data, out);
  // A client's zone against the state they live in.
  addClientZoneProblems(data, out);
  // A cancellation policy's weekend that leaves no business day.
  addBusinessWeekProblems(data, out);
}

/** What a reference is checked against: a set of a section's ids, or the section itself in id order. */
interface Known {
  has(id: unknown): boolean;
}

// Sections whose ids, when they increase, are searched by halves rather than put in a set: the claims have
// more ids (200,000) than references to them (a balance each, 100,000), and hashing every id into a set
// costs more than 17 comparisons per reference. A set still serves the sections referenced many times
// per id (the 4,000 clients, by 400,000 sessions and claims). The appointments too: few fee decisions
// name them.
const SEARCHED: ReadonlySet<Target> = new Set<Target>(['claims', 'appointments']);

/** A section's rows in strictly increasing order of `field`, searched by halves. */
class SortedIds implements Known {
  constructor(
    private readonly list: readonly Row[],
    private readonly field: string,
  ) {}

  has(id: unknown): boolean {
    let low = 0;
    let high = this.list.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = (this.list[mid] as Row)[this.field] as string;
      if (at === id) return true;
      if (at < (id as string)) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }
}

/** Whether the rows' ids (strings, as the schema has them) strictly increase. */
function increasing(list: readonly Row[], field: string): boolean {
  for (let i = 1; i < list.length; i += 1) {
    if (!(((list[i - 1] as Row)[field] as string) < ((list[i] as Row)[field] as string))) return false;
  }
  return true;
}
