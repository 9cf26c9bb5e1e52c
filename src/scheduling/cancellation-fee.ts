import { z } from 'zod';
import {
  addBusinessDays,
  addMonths,
  applyBasisPoints,
  businessCalendar,
  type Decision,
  fromEpochDay,
  Instant,
  isNonEmpty,
  localDayAndMinute,
  PracticeOpsError,
  reason,
  resolveLocalTime,
  toEpochDay,
  toEpochMs,
  validate,
} from '../core/index.js';
import { SchedulingAppointment, type SchedulingAppointmentInput } from './appointment.js';
import {
  CancellationPolicy,
  type CancellationPolicyInput,
  type MissedSessionFee,
} from './cancellation-policy.js';
import { SchedulingClient, type SchedulingClientInput } from './client-profile.js';
import type { SchedulingReason, SchedulingReasonCode } from './reason-codes.js';

/** What kind of event the appointment was, for fee purposes. */
export type MissedSessionKind =
  | 'not_missed'
  | 'cancelled_by_practice'
  | 'on_time_cancel'
  | 'late_reschedule'
  | 'late_cancel'
  | 'no_show';

/**
 * The fee decision: `charge` (a fee above zero), `no_charge` (with the reasons why not) or `undecided`
 * (a fact is missing, e.g. the session fee for a percentage fee).
 */
export type MissedSessionFeeDecision = Decision<
  'charge',
  'no_charge' | 'undecided',
  SchedulingReasonCode,
  {
    readonly appointmentId: string;
    readonly clientId: string;
    readonly kind: MissedSessionKind;
    /** The fee in integer cents: 0 unless `charge`. */
    readonly feeCents: number;
    /** Whether this decision uses one of the client's free misses. */
    readonly waiverUsed: boolean;
  }
>;

/**
 * Facts outside the appointment the fee rule needs.
 * @example
 * ```ts
 * MissedSessionFeeOptions.parse({}); //=> { priorWaivers: [] }
 * ```
 */
export const MissedSessionFeeOptions = z.object({
  /** When the client's earlier free misses were used (any order). */
  priorWaivers: z.array(Instant).default([]),
});
export type MissedSessionFeeOptions = z.input<typeof MissedSessionFeeOptions>;

/** Whether the cancellation was late under the policy's notice (internal: inputs parsed). */
export function isLateCancellation(
  startMs: number,
  cancelledAtMs: number,
  policy: CancellationPolicy,
): boolean {
  const notice = policy.notice;
  switch (notice.unit) {
    case 'hours':
      return startMs - cancelledAtMs < notice.hours * 3_600_000;
    case 'business_days': {
      // Deadline: the session's wall time in the practice zone, `days` business days before its date.
      const { epochDay: day, minuteOfDay: minute } = localDayAndMinute(startMs, policy.practiceZone);
      const calendar = businessCalendar({ holidays: policy.holidays, weekend: policy.weekend });
      const deadlineDate = addBusinessDays(fromEpochDay(day), -notice.days, calendar);
      const hh = Math.floor(minute / 60);
      const mm = minute % 60;
      const time = `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`;
      const deadline = resolveLocalTime(deadlineDate, time, policy.practiceZone);
      return cancelledAtMs > (deadline.epochMs ?? startMs);
    }
    default: {
      const exhausted: never = notice;
      return exhausted;
    }
  }
}

function baseFee(fee: MissedSessionFee, sessionFee: number | undefined): number | 'missing' | 'none' {
  switch (fee.kind) {
    case 'none':
      return 'none';
    case 'flat':
      return fee.cents;
    case 'percent_of_session':
      return sessionFee === undefined
        ? 'missing'
        : applyBasisPoints(sessionFee, fee.basisPoints, fee.rounding);
    case 'full_session':
      return sessionFee === undefined ? 'missing' : sessionFee;
    default: {
      const exhausted: never = fee;
      return exhausted;
    }
  }
}

/** Payer-class exemptions for a client under a policy [sources: cfr-42-447.15, cms-mcpm-ch1-30.3.13]. */
function payerExemptions(client: SchedulingClient, policy: CancellationPolicy): SchedulingReason[] {
  const out: SchedulingReason[] = [];
  const classes = client.payerClasses;
  const insured = classes.filter((c) => c !== 'self_pay');
  const hasMedicaid = insured.includes('medicaid');
  const medicaidOnly = hasMedicaid && insured.every((c) => c === 'medicaid');
  // Medicaid payment is payment in full; no missed-appointment charge [sources: cfr-42-447.15, usc-42-1396a].
  if (medicaidOnly && policy.medicaidOnly === 'exempt') {
    out.push(
      reason(
        'scheduling.cancellation.medicaid_exempt',
        'info',
        'Medicaid-only clients are not charged for missed sessions.',
        {
          payerClasses: [...classes],
        },
      ),
    );
  } else if (hasMedicaid && !medicaidOnly && policy.medicaidWithOtherCoverage === 'exempt') {
    out.push(
      reason(
        'scheduling.cancellation.medicaid_exempt',
        'info',
        'The policy does not charge Medicaid members.',
        {
          payerClasses: [...classes],
        },
      ),
    );
  }
  const exempt = classes.filter((c) => policy.exemptPayerClasses.includes(c)).sort();
  if (exempt.length > 0) {
    out.push(
      reason(
        'scheduling.cancellation.payer_class_exempt',
        'info',
        "The policy exempts the client's payer class.",
        {
          payerClasses: exempt,
        },
      ),
    );
  }
  if (classes.includes('medicare') && !exempt.includes('medicare')) {
    // Only when one policy and amount apply to all [sources: cms-mcpm-ch1-30.3.13]; any other exempt class
    // breaks that uniformity (a consultant's reading we follow as the safe side).
    const otherExempt = policy.exemptPayerClasses.filter((c) => c !== 'medicaid');
    const uniform = policy.medicare === 'when_uniform' && policy.appliesUniformly && otherExempt.length === 0;
    if (!uniform) {
      out.push(
        reason(
          'scheduling.cancellation.medicare_not_uniform',
          'info',
          'Medicare clients may be charged only under a policy that applies the same way to every client.',
          {
            medicare: policy.medicare,
            appliesUniformly: policy.appliesUniformly,
            otherExemptPayerClasses: [...otherExempt].sort(),
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Decides the late-cancel or no-show fee for one client of one appointment, with every reason: whether
 * the event was a late cancellation (hours or business days of notice, in the practice zone) or a
 * no-show, every exemption that applies (clinician or practice cancelled, documented emergency, payer
 * class, unacknowledged policy, a free miss left in the rolling 12 months), the fee (flat, share or full
 * session fee) and its cap. The fee is never negative and never above the cap or the session fee.
 *
 * @param appointmentInput - the appointment with its status (validated)
 * @param clientInput - the client being charged (one of the appointment's clients; validated)
 * @param policyInput - the practice's policy (validated)
 * @param options - when the client's earlier free misses were used
 * @throws {@link ValidationError} on invalid input; `PracticeOpsError` `scheduling.cancellation.client_not_on_appointment`
 * when the client is not one of the appointment's clients.
 * @remarks Windows and fees are practice choices; Medicaid and Medicare limits
 * [sources: cfr-42-447.15, cms-mcpm-ch1-30.3.13]. A fee is the client's own charge for a missed business
 * opportunity, never billed to a payer [sources: cms-mcpm-ch1-30.3.13, peer-simplepractice-appointment-status].
 * A free miss is only
 * used when the fee would otherwise apply.
 * @example
 * ```ts
 * evaluateMissedSessionFee(
 *   { …tuesday10am, sessionFeeCents: 15_000,
 *     status: { state: 'cancelled', by: 'client', at: '2026-03-10T07:00:00-04:00' } },
 *   { id: 'c-1', zone: 'America/New_York', locationState: 'NY', payerClasses: ['commercial'],
 *     cancellationPolicyAcknowledgedAt: '2026-01-05T12:00:00-05:00' },
 *   { practiceZone: 'America/New_York' },
 * );
 * //=> { outcome: 'charge', kind: 'late_cancel', feeCents: 15000, waiverUsed: false, reasons: [
 * //     { code: 'scheduling.cancellation.fee_charged', … }, { code: 'scheduling.cancellation.late', … }] }
 * ```
 */
export function evaluateMissedSessionFee(
  appointmentInput: SchedulingAppointmentInput,
  clientInput: SchedulingClientInput,
  policyInput: CancellationPolicyInput,
  options: MissedSessionFeeOptions = {},
): MissedSessionFeeDecision {
  const appointment = validate(SchedulingAppointment, appointmentInput, 'appointment');
  const client = validate(SchedulingClient, clientInput, 'client');
  const policy = validate(CancellationPolicy, policyInput, 'cancellation policy');
  const opts = validate(MissedSessionFeeOptions, options, 'missed session fee options');
  if (!appointment.clientIds.includes(client.id)) {
    throw new PracticeOpsError(
      'scheduling.cancellation.client_not_on_appointment',
      'The client is not one of the appointment’s clients.',
    );
  }
  return decideFee(appointment, client, policy, opts.priorWaivers.map(toEpochMs));
}

/** The fee rule on parsed input (internal). */
export function decideFee(
  appointment: SchedulingAppointment,
  client: SchedulingClient,
  policy: CancellationPolicy,
  priorWaiverMs: readonly number[],
): MissedSessionFeeDecision {
  const base = { appointmentId: appointment.id, clientId: client.id, feeCents: 0, waiverUsed: false };
  const startMs = toEpochMs(appointment.start);
  const status = appointment.status;
  let kind: 'late_cancel' | 'no_show';
  let eventMs: number;
  const reasons: SchedulingReason[] = [];
  switch (status.state) {
    case 'scheduled':
    case 'completed':
      return {
        ...base,
        outcome: 'no_charge',
        kind: 'not_missed',
        reasons: [
          reason('scheduling.cancellation.not_missed', 'info', 'The session was not missed.', {
            state: status.state,
          }),
        ],
      };
    case 'cancelled': {
      if (status.by !== 'client') {
        return {
          ...base,
          outcome: 'no_charge',
          kind: 'cancelled_by_practice',
          reasons: [
            reason(
              'scheduling.cancellation.by_clinician',
              'info',
              'Cancelled by the clinician or practice.',
              { by: status.by },
            ),
          ],
        };
      }
      eventMs = toEpochMs(status.at);
      const noticeHours = Math.floor((startMs - eventMs) / 60_000) / 60;
      if (!isLateCancellation(startMs, eventMs, policy)) {
        return {
          ...base,
          outcome: 'no_charge',
          kind: 'on_time_cancel',
          reasons: [
            reason('scheduling.cancellation.on_time', 'info', 'The client cancelled with enough notice.', {
              noticeHours,
              notice: { ...policy.notice },
            }),
          ],
        };
      }
      if (status.rescheduled && !policy.lateRescheduleCountsAsCancellation) {
        return {
          ...base,
          outcome: 'no_charge',
          kind: 'late_reschedule',
          reasons: [
            reason(
              'scheduling.cancellation.reschedule_not_counted',
              'info',
              'A late reschedule is not a cancellation here.',
              {
                noticeHours,
              },
            ),
          ],
        };
      }
      kind = 'late_cancel';
      reasons.push(
        reason('scheduling.cancellation.late', 'warning', 'The client cancelled inside the notice window.', {
          noticeHours,
          notice: { ...policy.notice },
        }),
      );
      break;
    }
    case 'no_show':
      kind = 'no_show';
      eventMs = startMs;
      reasons.push(
        reason('scheduling.cancellation.no_show', 'warning', 'The client did not attend.', {
          start: appointment.start,
        }),
      );
      break;
    default: {
      const exhausted: never = status;
      return exhausted;
    }
  }
  const exemptions: SchedulingReason[] = [];
  if (status.emergencyDocumented && policy.emergencyWaives) {
    exemptions.push(
      reason('scheduling.cancellation.emergency', 'info', 'A documented emergency waives the fee.', {}),
    );
  }
  exemptions.push(...payerExemptions(client, policy));
  const ack = client.cancellationPolicyAcknowledgedAt;
  if (policy.requireAcknowledgement && (ack === undefined || toEpochMs(ack) > eventMs)) {
    exemptions.push(
      reason(
        'scheduling.cancellation.not_acknowledged',
        'info',
        'The client had not acknowledged the written policy.',
        {
          acknowledged: ack !== undefined,
        },
      ),
    );
  }
  if (isNonEmpty(exemptions)) {
    return { ...base, outcome: 'no_charge', kind, reasons: [...exemptions, ...reasons] as typeof exemptions };
  }
  const fee = kind === 'late_cancel' ? policy.lateCancelFee : policy.noShowFee;
  const amount = baseFee(fee, appointment.sessionFeeCents);
  if (amount === 'none') {
    return {
      ...base,
      outcome: 'no_charge',
      kind,
      reasons: [
        reason('scheduling.cancellation.no_fee_configured', 'info', 'The policy sets no fee for this.', {
          kind,
        }),
        ...reasons,
      ],
    };
  }
  if (amount === 'missing') {
    return {
      ...base,
      outcome: 'undecided',
      kind,
      reasons: [
        reason(
          'scheduling.cancellation.missing_session_fee',
          'error',
          'The session fee is needed and missing.',
          {
            fee: fee.kind,
          },
        ),
        ...reasons,
      ],
    };
  }
  // Some practices give a free miss (a practice choice); count those used in the 12 months before.
  if (policy.waiversPer12Months > 0) {
    const eventDate = fromEpochDay(localDayAndMinute(eventMs, policy.practiceZone).epochDay);
    const windowStartDay = toEpochDay(addMonths(eventDate, -12));
    const used = priorWaiverMs.filter(
      (ms) => ms <= eventMs && localDayAndMinute(ms, policy.practiceZone).epochDay > windowStartDay,
    ).length;
    if (used < policy.waiversPer12Months) {
      return {
        ...base,
        outcome: 'no_charge',
        kind,
        waiverUsed: true,
        reasons: [
          reason('scheduling.cancellation.waiver_applied', 'info', 'A free miss for the 12 months is used.', {
            used,
            allowed: policy.waiversPer12Months,
          }),
          ...reasons,
        ],
      };
    }
  }
  let feeCents = amount;
  const limits = [policy.capCents, appointment.sessionFeeCents].filter((n): n is number => n !== undefined);
  const limit = limits.length === 0 ? feeCents : Math.min(...limits);
  if (feeCents > limit) {
    reasons.push(
      reason('scheduling.cancellation.fee_capped', 'info', 'The fee was reduced to its cap.', {
        uncappedCents: feeCents,
        capCents: limit,
      }),
    );
    feeCents = limit;
  }
  if (feeCents <= 0) {
    return {
      ...base,
      outcome: 'no_charge',
      kind,
      reasons: [
        reason('scheduling.cancellation.no_fee_configured', 'info', 'The fee works out to zero.', { kind }),
        ...reasons,
      ],
    };
  }
  return {
    ...base,
    outcome: 'charge',
    kind,
    feeCents,
    reasons: [
      reason(
        'scheduling.cancellation.fee_charged',
        'warning',
        'The fee applies; bill the client, never the payer.',
        {
          feeCents,
        },
      ),
      ...reasons,
    ],
  };
}
