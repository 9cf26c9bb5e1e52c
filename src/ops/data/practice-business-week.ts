import {
  type BusinessCalendar,
  createBusinessCalendar,
  type LocalDate,
  type Weekday,
} from '../../core/index.js';
import { formatPath, type IssueList } from '../../core/internal.js';
import { cancellationPolicyInForce } from './cancellation-policy-in-force.js';
import type { PracticeData } from './practice-data.js';
import type { PracticePolicies } from './practice-policies.js';

/** The days of the week a practice is closed when its cancellation policy does not say (today's default). */
export const DEFAULT_PRACTICE_WEEKEND = ['sat', 'sun'] as const;

/** The days a practice is closed: its weekend and its holidays, as the business-day counts take them. */
export interface PracticeBusinessWeek {
  readonly weekend: Weekday[];
  readonly holidays: LocalDate[];
}

/**
 * The practice's business week, as the scheduling module counts business-day notice: the weekend of the
 * cancellation policy in force (`policies.cancellation.weekend`, Saturday and Sunday when left out), closed on
 * the practice's holidays (`practice.holidays`) and on the policy's own (`policies.cancellation.holidays`). A
 * practice open on Saturdays sets `weekend: ['sun']`; one closed on Fridays `['fri', 'sat', 'sun']`. Both
 * holiday lists close a day: a day either calls closed is one the queue may not have run on, and reaching
 * back over it only lists a miss again, never loses one. Every business-day count of the ops layer reads
 * this week (the fee look-back, an inquiry's answer-by day, a Good Faith Estimate's due date), never a
 * module's own Saturday-and-Sunday default.
 */
export function practiceBusinessWeek(data: PracticeData): PracticeBusinessWeek {
  const policy = cancellationPolicyInForce(data.policies, data);
  return {
    weekend: [...(policy.weekend ?? DEFAULT_PRACTICE_WEEKEND)],
    holidays: [...new Set([...data.practice.holidays, ...(policy.holidays ?? [])])].sort(),
  };
}

/** The practice's business week ({@link practiceBusinessWeek}) as a calendar to count on. */
export function practiceBusinessCalendar(data: PracticeData): BusinessCalendar {
  return createBusinessCalendar(practiceBusinessWeek(data));
}

/**
 * A cancellation policy whose weekend closes all seven days leaves the practice no business day, so neither
 * business-day notice nor the queue's fee look-back can be counted: reported at its path
 * (`$.policies.cancellation.weekend`, `core.business_days.no_business_day`), in `policies` and in every
 * `policyVersions` entry.
 */
export function addBusinessWeekProblems(data: PracticeData, out: IssueList): void {
  const check = (policies: PracticePolicies, at: (string | number)[]) => {
    const weekend = policies.cancellation?.weekend;
    if (weekend === undefined || new Set(weekend).size < 7) return;
    const path = [...at, 'cancellation', 'weekend'];
    out.add({
      path,
      at: formatPath(path),
      code: 'core.business_days.no_business_day',
      message: 'must leave at least one business day in the week',
    });
  };
  check(data.policies, ['policies']);
  data.policyVersions?.forEach((v, i) => {
    check(v, ['policyVersions', i]);
  });
}
