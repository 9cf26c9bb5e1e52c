import { formatInstant, getLocalDate } from '../../core/index.js';
import { toEpochDay, toEpochMs } from '../../core/internal.js';
import {
  buildIntakeQueue,
  findStalledIntakeCases,
  type IntakeClientFileInput,
  type IntakeNextStep,
  listGoodFaithEstimatesDue,
} from '../../intake/index.js';
import { billingOf } from '../data/client-coverage.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { SkippedRecord } from './work-queue.js';
import type { WorkTask } from './work-task.js';

const NEXT_STEP_TITLES: Record<IntakeNextStep, string> = {
  respond_to_inquiry: 'Answer a new inquiry',
  follow_up_screening: 'Follow up an intake screening',
  call_about_paperwork: 'Call about unfinished intake paperwork',
  offer_first_session_times: 'Offer first-session times',
  record_first_session_outcome: 'Record whether the first session happened',
  ask_clinician_about_ongoing_care: 'Ask the clinician about ongoing care',
};

/** Next steps that reach out to the client (the others are the practice's own records or a clinician's call). */
export const CONTACT_STEPS: ReadonlySet<IntakeNextStep> = new Set<IntakeNextStep>([
  'respond_to_inquiry',
  'follow_up_screening',
  'call_about_paperwork',
  'offer_first_session_times',
]);

/** The clients with a completed session on record: seen by the practice. */
export function seenClientIds(data: PracticeData): Set<string> {
  const seen = new Set<string>();
  for (const a of data.appointments) {
    if (a.status.state === 'completed') for (const id of a.clientIds) seen.add(id);
  }
  return seen;
}

/**
 * Each intake client file: the practice client, their first session still scheduled at `nowMs` and their
 * documents (also read by the what-if replay of the follow-up cadence). A first session is what booking
 * calls one: a session of type `intake`, or any session of a client never seen (no completed session).
 */
export function intakeFiles(data: PracticeData, nowMs: number): IntakeClientFileInput[] {
  const docs = new Map<string, PracticeData['paperwork']>();
  for (const d of data.paperwork) {
    const list = docs.get(d.clientId) ?? [];
    list.push(d);
    docs.set(d.clientId, list);
  }
  const seenBefore = seenClientIds(data);
  const firstSession = new Map<string, PracticeData['appointments'][number]>();
  for (const a of data.appointments) {
    if (a.status.state !== 'scheduled' || toEpochMs(a.start) < nowMs) continue;
    for (const id of a.clientIds) {
      if (a.type !== 'intake' && seenBefore.has(id)) continue;
      const seen = firstSession.get(id);
      if (seen === undefined || toEpochMs(a.start) < toEpochMs(seen.start)) firstSession.set(id, a);
    }
  }
  return data.clients
    .filter((c) => docs.has(c.id) || firstSession.has(c.id))
    .map((c) => {
      const session = firstSession.get(c.id);
      return {
        client: {
          id: c.id,
          zone: c.zone,
          ...(c.birthDate === undefined ? {} : { birthDate: c.birthDate }),
          ...billingOf(c),
          // Who pays signs the financial policy; the guardians recorded (never assumed from who pays)
          // sign the guardian consent.
          ...(c.guarantorId === undefined ? {} : { guarantorId: c.guarantorId }),
          ...(c.guardianIds === undefined ? {} : { guardians: [...c.guardianIds] }),
          ...(c.channelConsent === undefined ? {} : { channelConsent: c.channelConsent }),
          ...(session === undefined
            ? {}
            : { modality: session.modality.kind, firstSessionAt: session.start }),
        },
        documents: docs.get(c.id) ?? [],
      };
    });
}

/**
 * Intake tasks from the intake module: first sessions at risk from missing paperwork, paperwork
 * follow-ups due, stalled intake cases (with their next step), and Good Faith Estimates owed.
 */
export function intakeTasks(
  data: PracticeData,
  ctx: QueueContext,
): { tasks: WorkTask[]; skipped: SkippedRecord[] } {
  const zone = data.practice.zone;
  const now = formatInstant(ctx.nowMs, zone);
  // The day's last second on the practice's clock (a DST change day lasts 23 or 25 hours).
  const endOfDay = formatInstant(ctx.endMs - 1000, zone);
  // The practice's own week (a Saturday it opens counts, a Friday it closes does not), not intake's default.
  const calendar = ctx.businessWeek;
  const tasks: WorkTask[] = [];
  const skipped: SkippedRecord[] = [];

  // Judged at the start of the day; a follow-up due any time today (after quiet hours) is today's work.
  const files = intakeFiles(data, ctx.nowMs);
  const queue = buildIntakeQueue(files, data.policies.intakePacket, data.policies.intakeFollowUp, {
    asOf: now,
  });
  const atRisk = new Set<string>();
  for (const entry of queue.atRisk) {
    atRisk.add(entry.clientId);
    const r = entry.readiness;
    const due = r.deadline === null ? ctx.asOf : getLocalDate(r.deadline, zone);
    tasks.push(
      task(
        {
          module: 'intake',
          kind: 'intake.first_session_at_risk',
          title: `First session at risk: ${r.blockers.length} intake item(s) open`,
          due,
          // The session is lost if the paperwork misses a deadline this week; later ones can wait.
          priority: toEpochDay(due) - ctx.asOfDay <= 7 ? 'high' : 'normal',
          practiceTask: 'chase_intake_paperwork',
          ownerRole: ctx.ownerOf('chase_intake_paperwork'),
          related: [{ kind: 'client', id: entry.clientId }],
          touches: { effect: 'contact', clientIds: [entry.clientId] },
          reasons: [
            opsReason(
              'ops.queue.first_session_paperwork',
              'warning',
              'A first session is coming and paperwork is open.',
              {
                sessionStart: r.sessionStart,
              },
            ),
            ...r.reasons,
          ],
        },
        ctx,
      ),
    );
  }
  // Every client whose next intake step (send the packet, remind, call) falls today or earlier.
  // Today ends at the next midnight on the practice's clock, a real instant (not 24 hours on).
  const endMs = ctx.endMs;
  for (const entry of queue.entries) {
    const f = entry.followUp;
    if (atRisk.has(entry.clientId) || f.outcome === 'none') continue;
    if (f.dueAt !== null && toEpochMs(f.dueAt) >= endMs) continue;
    tasks.push(
      task(
        {
          module: 'intake',
          kind: 'intake.paperwork_follow_up',
          title: `Intake paperwork: ${f.outcome.replaceAll('_', ' ')} (${f.openDocuments.length} open)`,
          due: f.dueAt ?? ctx.asOf,
          priority: 'normal',
          practiceTask: 'chase_intake_paperwork',
          ownerRole: ctx.ownerOf('chase_intake_paperwork'),
          related: [{ kind: 'client', id: entry.clientId }],
          touches: { effect: 'contact', clientIds: [entry.clientId] },
          // No channel the client opted in to may carry it: held until someone asks how they want reminders.
          ...(f.outcome === 'ask_contact_channel' ? { channelConsentMissingFor: entry.clientId } : {}),
          reasons: [
            opsReason('ops.queue.paperwork_follow_up', 'info', 'An intake follow-up is due.', {
              channel: f.channel,
            }),
            ...f.reasons,
          ],
        },
        ctx,
      ),
    );
  }

  const stalled = findStalledIntakeCases(data.inquiries, data.policies.intakeStall, {
    asOf: now,
    practiceZone: zone,
    calendar,
  });
  // A client's paperwork task of today (at risk, or a follow-up due), by client: a stalled case whose next step is
  // to call about the same paperwork is that task, not a second one (two calls to one client the same day).
  const paperworkTaskOf = new Map<string, number>();
  tasks.forEach((t, i) => {
    const client = t.related.find((r) => r.kind === 'client')?.id;
    if (client !== undefined) paperworkTaskOf.set(client, i);
  });
  for (const s of stalled.stalled) {
    const stalledReason = opsReason(
      'ops.queue.inquiry_stalled',
      'warning',
      'The intake case has not moved past the practice’s limit.',
      { stage: s.stage, nextStep: s.nextStep },
    );
    const same = s.clientId === null ? undefined : paperworkTaskOf.get(s.clientId);
    if (s.nextStep === 'call_about_paperwork' && same !== undefined) {
      const t = tasks[same] as WorkTask;
      tasks[same] = {
        ...t,
        related: [...t.related, { kind: 'inquiry', id: s.caseId }],
        reasons: [...t.reasons, stalledReason, ...s.reasons],
      };
      continue;
    }
    const clinical = s.nextStep === 'ask_clinician_about_ongoing_care';
    const practiceTask = clinical ? 'set_clinical_priority' : 'send_intake_paperwork';
    tasks.push(
      task(
        {
          module: 'intake',
          kind: 'intake.stalled_case',
          title: `${NEXT_STEP_TITLES[s.nextStep]} (stalled at ${s.stage.replaceAll('_', ' ')})`,
          // biome-ignore lint/complexity/useMathMinMax: YYYY-MM-DD dates compare as text; Math.max would not
          due: getLocalDate(s.since, zone) < ctx.asOf ? ctx.asOf : getLocalDate(s.since, zone),
          // A stalled inquiry is a follow-up, not money or safety at risk this week.
          priority: clinical ? 'clinical' : 'normal',
          practiceTask,
          ownerRole: ctx.ownerOf(practiceTask),
          related: [
            { kind: 'inquiry', id: s.caseId },
            ...(s.clientId === null ? [] : [{ kind: 'client' as const, id: s.clientId }]),
          ],
          idParts: [s.caseId],
          ...(s.clientId === null || !CONTACT_STEPS.has(s.nextStep)
            ? {}
            : { touches: { effect: 'contact' as const, clientIds: [s.clientId] } }),
          reasons: [stalledReason, ...s.reasons],
        },
        ctx,
      ),
    );
  }

  const gfes = listGoodFaithEstimatesDue(data.goodFaithEstimates, {
    asOf: endOfDay,
    practiceZone: zone,
    calendar,
  });
  for (const g of gfes.due) {
    if (g.outcome !== 'pending' && g.outcome !== 'overdue') continue;
    tasks.push(
      task(
        {
          module: 'intake',
          kind: 'intake.good_faith_estimate_due',
          title: `${g.outcome === 'overdue' ? 'Overdue: send' : 'Send'} a Good Faith Estimate (due ${g.dueOn})`,
          due: g.dueOn,
          // Due today or tomorrow in the practice's zone (dates compared as calendar days, not at UTC midnight).
          priority: g.outcome === 'overdue' || toEpochDay(g.dueOn) - ctx.asOfDay <= 1 ? 'high' : 'normal',
          practiceTask: 'send_intake_paperwork',
          ownerRole: ctx.ownerOf('send_intake_paperwork'),
          related: [{ kind: 'client', id: g.clientId }],
          idParts: [g.id],
          touches: { effect: 'contact', clientIds: [g.clientId] },
          reasons: [
            opsReason(
              'ops.queue.good_faith_estimate_due',
              'warning',
              'A Good Faith Estimate is owed (45 CFR 149.610).',
              {
                dueOn: g.dueOn,
              },
            ),
            ...g.reasons,
          ],
        },
        ctx,
      ),
    );
  }
  tasks.push(...unrecordedEstimateTasks(data, ctx));
  const from = (section: string, invalid: typeof stalled.invalid) =>
    invalid.flatMap((r) =>
      r.issues.map((i) => ({ at: `$.${section}${i.at.slice(1)}`, code: i.code, message: i.message })),
    );
  skipped.push(...from('inquiries', stalled.invalid), ...from('goodFaithEstimates', gfes.invalid));
  // An intake file is built from a client and their documents: report the client by id, never by value.
  for (const r of queue.invalid) {
    const clientId = files[r.index]?.client.id;
    const index = data.clients.findIndex((c) => c.id === clientId);
    for (const i of r.issues)
      skipped.push({
        at: `$.clients[${index}]`,
        code: i.code,
        message: `intake file: ${i.at.slice(`$[${r.index}]`.length + 1) || 'record'} ${i.message}`,
      });
  }
  return { tasks, skipped };
}

/**
 * A self-pay client (uninsured, or not filing a claim) with a session still scheduled and no Good Faith
 * Estimate on record: an estimate is owed for new and continuing clients alike [sources: cfr-45-149.610],
 * and the schedule does not say when the session was booked, so its due date cannot be worked out: the
 * queue asks today, before the session, for the estimate to be sent or recorded. Clients whose coverage is
 * unknown are left to intake, which asks for it.
 */
export function unrecordedEstimateTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const recorded = new Set(data.goodFaithEstimates.map((g) => g.clientId));
  const next = new Map<string, PracticeData['appointments'][number]>();
  for (const a of data.appointments) {
    if (a.status.state !== 'scheduled' || toEpochMs(a.start) < ctx.nowMs) continue;
    for (const id of a.clientIds) {
      const seen = next.get(id);
      if (seen === undefined || toEpochMs(a.start) < toEpochMs(seen.start)) next.set(id, a);
    }
  }
  const tasks: WorkTask[] = [];
  for (const c of data.clients) {
    const session = next.get(c.id);
    if (session === undefined || recorded.has(c.id) || billingOf(c).billing !== 'self_pay') continue;
    const sessionOn = getLocalDate(session.start, data.practice.zone);
    tasks.push(
      task(
        {
          module: 'intake',
          kind: 'intake.good_faith_estimate_due',
          title: `Send or record a Good Faith Estimate: self-pay session on ${sessionOn}, none on record`,
          due: ctx.asOf,
          priority: 'high',
          practiceTask: 'send_intake_paperwork',
          ownerRole: ctx.ownerOf('send_intake_paperwork'),
          related: [
            { kind: 'client', id: c.id },
            { kind: 'appointment', id: session.id },
          ],
          idParts: ['not_recorded', c.id],
          touches: { effect: 'contact', clientIds: [c.id] },
          reasons: [
            opsReason(
              'ops.queue.good_faith_estimate_not_recorded',
              'warning',
              'A self-pay client has a session scheduled and no Good Faith Estimate is on record: send one, or record the one sent (45 CFR 149.610).',
              { sessionStart: session.start, appointmentId: session.id },
            ),
          ],
        },
        ctx,
      ),
    );
  }
  return tasks;
}
