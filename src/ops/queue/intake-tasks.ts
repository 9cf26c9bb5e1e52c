import {
  addBusinessDays,
  fromEpochDay,
  localDateOf,
  readLocal,
  toEpochDay,
  toEpochMs,
} from '../../core/index.js';
import type { PracticeData } from '../data/practice-data.js';
import type { QueueContext } from './queue-context.js';
import { opsReason, task } from './task-builder.js';
import type { WorkTask } from './work-task.js';

const BLOCKING: ReadonlySet<string> = new Set([
  'informed_consent',
  'financial_policy',
  'intake_questionnaire',
]);
const OPEN_STAGES = new Set(['inquiry', 'screening', 'paperwork']);
const WEEK_MS = 7 * 86_400_000;

/** Intake tasks: first sessions at risk, paperwork follow-ups, stalled inquiries, Good Faith Estimates. */
export function intakeTasks(data: PracticeData, ctx: QueueContext): WorkTask[] {
  const out: WorkTask[] = [];
  const docsByClient = new Map<string, PracticeData['paperwork']>();
  for (const doc of data.paperwork) {
    const list = docsByClient.get(doc.clientId) ?? [];
    list.push(doc);
    docsByClient.set(doc.clientId, list);
  }
  const leadMs = data.policies.paperworkLeadHours * 3_600_000;
  const atRisk = new Set<string>();
  for (const appt of data.appointments) {
    if (appt.type !== 'intake' || appt.status.state !== 'scheduled') continue;
    const clientId = appt.clientIds[0] as string;
    const start = toEpochMs(appt.start);
    if (start < ctx.nowMs || start > ctx.nowMs + WEEK_MS) continue;
    const docs = docsByClient.get(clientId) ?? [];
    const missing: string[] = docs
      .filter((d) => BLOCKING.has(d.type) && d.status !== 'complete')
      .map((d) => d.type);
    const present: ReadonlySet<string> = new Set(docs.map((d) => d.type));
    for (const type of BLOCKING) if (!present.has(type)) missing.push(type);
    if (missing.length === 0) continue;
    atRisk.add(clientId);
    missing.sort();
    out.push(
      task({
        module: 'intake',
        kind: 'intake.first_session_at_risk',
        title: `First session at risk: ${missing.length} blocking document(s) incomplete`,
        due: readLocal(start - leadMs, data.practice.zone).date,
        priority: 'high',
        practiceTask: 'chase_intake_paperwork',
        ownerRole: ctx.ownerOf('chase_intake_paperwork'),
        related: [
          { kind: 'appointment', id: appt.id },
          { kind: 'client', id: clientId },
        ],
        reasons: [
          opsReason(
            'ops.queue.first_session_paperwork',
            'warning',
            `Blocking paperwork must be complete ${data.policies.paperworkLeadHours} hours before the first session.`,
            { missing, leadHours: data.policies.paperworkLeadHours },
          ),
        ],
      }),
    );
  }
  for (const doc of data.paperwork) {
    if (atRisk.has(doc.clientId)) continue;
    if (!['sent', 'viewed', 'partly_done'].includes(doc.status) || doc.sentOn === undefined) continue;
    const age = ctx.asOfDay - toEpochDay(doc.sentOn);
    if (age < 3) continue;
    out.push(
      task({
        module: 'intake',
        kind: 'intake.paperwork_follow_up',
        title: 'Remind the client to finish a document',
        due: ctx.asOf,
        priority: 'normal',
        practiceTask: 'chase_intake_paperwork',
        ownerRole: ctx.ownerOf('chase_intake_paperwork'),
        related: [
          { kind: 'document', id: doc.id },
          { kind: 'client', id: doc.clientId },
        ],
        reasons: [
          opsReason('ops.queue.paperwork_follow_up', 'info', `Sent ${age} days ago and not complete.`, {
            daysSinceSent: age,
            documentType: doc.type,
          }),
        ],
      }),
    );
  }
  for (const inquiry of data.inquiries) {
    if (!OPEN_STAGES.has(inquiry.stage)) continue;
    const last = localDateOf(inquiry.lastActivityAt, data.practice.zone);
    const limit = addBusinessDays(last, data.policies.inquiryStallBusinessDays, ctx.calendar);
    if (toEpochDay(limit) > ctx.asOfDay) continue;
    out.push(
      task({
        module: 'intake',
        kind: 'intake.stalled_inquiry',
        title: `Inquiry stalled at ${inquiry.stage.replaceAll('_', ' ')}: contact the person`,
        due: limit,
        priority: 'high',
        practiceTask: 'send_intake_paperwork',
        ownerRole: ctx.ownerOf('send_intake_paperwork'),
        related: [{ kind: 'inquiry', id: inquiry.id }],
        reasons: [
          opsReason(
            'ops.queue.inquiry_stalled',
            'warning',
            `No activity for ${data.policies.inquiryStallBusinessDays} business day(s).`,
            { stage: inquiry.stage, lastActivity: last },
          ),
        ],
      }),
    );
  }
  const gfeOnFile = new Set<string>(
    data.paperwork
      .filter((d) => d.type === 'good_faith_estimate' && d.status === 'complete')
      .map((d) => d.clientId),
  );
  const selfPay = new Set<string>(
    data.clients
      .filter((c) => c.payerIds.length === 0 || c.payerClasses.includes('self_pay'))
      .map((c) => c.id),
  );
  const firstUpcoming = new Map<string, { id: string; start: number }>();
  for (const appt of data.appointments) {
    const clientId = appt.clientIds[0] as string;
    if (appt.status.state !== 'scheduled' || !selfPay.has(clientId) || gfeOnFile.has(clientId)) continue;
    const start = toEpochMs(appt.start);
    if (start < ctx.nowMs) continue;
    const seen = firstUpcoming.get(clientId);
    if (seen === undefined || start < seen.start) firstUpcoming.set(clientId, { id: appt.id, start });
  }
  for (const [clientId, appt] of firstUpcoming) {
    out.push(
      task({
        module: 'intake',
        kind: 'intake.good_faith_estimate_due',
        title: 'Send a Good Faith Estimate to a self-pay client',
        due: fromEpochDay(Math.min(ctx.asOfDay + 1, Math.floor(appt.start / 86_400_000))),
        priority: 'high',
        practiceTask: 'send_intake_paperwork',
        ownerRole: ctx.ownerOf('send_intake_paperwork'),
        related: [
          { kind: 'client', id: clientId },
          { kind: 'appointment', id: appt.id },
        ],
        reasons: [
          opsReason(
            'ops.queue.good_faith_estimate_due',
            'warning',
            'Uninsured and self-pay clients must receive a Good Faith Estimate (45 CFR 149.610).',
          ),
        ],
      }),
    );
  }
  return out;
}
