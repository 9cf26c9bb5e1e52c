import type { PracticePolicies } from '../data/practice-policies.js';
import { canonicalJson } from '../decision-log/canonical-json.js';
import type { PolicyPeriod } from './policy-source.js';
import type { ProposedPolicies } from './proposed-policies.js';

/**
 * The replays a proposal asks for: each runs when the proposal changes its section against some version
 * of the current policies (`missed_session_fee`: the cancellation policy).
 *
 * @example
 * ```ts
 * const section: ReplaySection = 'reminders';
 * ```
 */
export type ReplaySection =
  | 'missed_session_fee'
  | 'reminders'
  | 'waitlist'
  | 'intake_follow_ups'
  | 'filing'
  | 'capacity';

const POLICY_KEYS = {
  missed_session_fee: 'cancellation',
  reminders: 'reminders',
  waitlist: 'waitlist',
  intake_follow_ups: 'intakeFollowUp',
} as const satisfies Partial<Record<ReplaySection, keyof PracticePolicies>>;

/**
 * Which sections the proposal changes against the versions in force before `endMs`, in a fixed order
 * (the policies compared as canonical JSON).
 */
export function changedSections(
  periods: readonly PolicyPeriod[],
  proposed: ProposedPolicies,
  endMs: number,
): ReplaySection[] {
  const current = periods.flatMap((p) => (p.policies === null || p.fromMs >= endMs ? [] : [p.policies]));
  const differs = (pick: (p: PracticePolicies) => unknown) =>
    current.some((c) => canonicalJson(pick(c)) !== canonicalJson(pick(proposed)));
  const out: ReplaySection[] = [];
  for (const [section, key] of Object.entries(POLICY_KEYS) as [ReplaySection, keyof PracticePolicies][])
    if (differs((p) => p[key])) out.push(section);
  if (proposed.payerFiling !== undefined || differs((p) => p.claimFollowUp.filingRisk)) out.push('filing');
  if (proposed.clinicianLimits !== undefined) out.push('capacity');
  return out;
}

/** The policies in force at an instant (`null` before the first version). */
export function policiesAt(periods: readonly PolicyPeriod[], ms: number): PracticePolicies | null {
  let found: PracticePolicies | null = null;
  for (const p of periods) if (p.fromMs <= ms) found = p.policies;
  return found;
}
