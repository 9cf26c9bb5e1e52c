// ops37, item 3: the daily digest as a practice owner reads it, written as an outside tester would before reading
// the code: its counts agree with the queue, its money (integer cents) with the items it lists, it shows nothing
// clinical to a non-clinical viewer (minimum necessary, 45 CFR 164.502(b), docs/sources.md#hhs-minimum-necessary),
// and an empty day says so.
import { describe, expect, it } from 'vitest';
import { getRemainingClaimBalance } from '../../../src/billing/index.js';
import { renderHtml } from '../../../src/cli/render-html.js';
import { renderTerminal } from '../../../src/cli/render-terminal.js';
import { terminalStyle } from '../../../src/cli/terminal-style.js';
import {
  buildPracticeDigest,
  buildWorkQueue,
  createStarterPractice,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
  type WorkQueueRole,
} from '../../../src/ops/index.js';
import { buildPracticeReport, practiceReportOf } from '../../../src/ops/internal.js';

const demo = generateDemoPractice();
const owner = buildPracticeDigest(demo, { asOf: DEMO_AS_OF, role: 'practice_owner' });
const report = buildPracticeReport(demo, { asOf: DEMO_AS_OF, role: 'practice_owner' });
const NOT_RECEIVABLE = new Set(['draft', 'ready', 'paid', 'closed', 'written_off']);

describe('the owner’s digest of the demo practice (Friday 2026-11-20): counts', () => {
  it('batches exactly the owner’s own tasks, each once', () => {
    const ids = owner.batches.flatMap((b) => b.taskIds);
    expect(ids.length).toBe(owner.queue.tasks.length);
    expect(new Set(ids)).toEqual(new Set(owner.queue.tasks.map((t) => t.id)));
    for (const b of owner.batches) expect(b.count).toBe(b.taskIds.length);
  });

  it('counts every other role’s work as that role’s own queue lists it', () => {
    for (const group of report.queue.forOtherRoles) {
      const own = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: group.role as WorkQueueRole });
      // The role's own crisis alert is its own, not the owner's: the rest is the same work.
      const theirs = own.tasks.filter((t) => t.kind !== 'boundaries.crisis_alert');
      expect(group.taskCount, group.role).toBe(theirs.length);
      expect(
        group.batches.reduce((n, b) => n + b.count, 0),
        group.role,
      ).toBe(group.taskCount);
    }
  });

  it('agrees between the digest and the report the CLI prints', () => {
    const fromDigest = practiceReportOf(owner);
    expect(report.queue.forOtherRoles.map((g) => [g.role, g.taskCount])).toEqual(
      fromDigest.queue.forOtherRoles.map((g) => [g.role, g.taskCount]),
    );
    expect(report.batches).toEqual(owner.batches);
  });
});

describe('the owner’s digest: money in integer cents that adds up', () => {
  it('totals the receivables to the open balances of the claims they list, payer by payer', () => {
    const byPayer = new Map<string, number>();
    for (const cell of owner.charts.receivables) {
      expect(Number.isSafeInteger(cell.cents)).toBe(true);
      expect(cell.cents).toBeGreaterThan(0);
      byPayer.set(cell.payerId, (byPayer.get(cell.payerId) ?? 0) + cell.cents);
    }
    const balances = new Map(demo.claimBalances.map((b) => [b.claimId as string, b]));
    const expected = new Map<string, number>();
    for (const c of demo.claims) {
      if (NOT_RECEIVABLE.has(c.status)) continue;
      const b = balances.get(c.claimId);
      const cents =
        b === undefined ? c.lines.reduce((s, l) => s + l.chargeCents, 0) : getRemainingClaimBalance(b);
      if (cents !== 0) expected.set(c.payerId, (expected.get(c.payerId) ?? 0) + cents);
    }
    expect(byPayer).toEqual(expected);
  });

  it('puts every receivable in one aging bucket the chart names', () => {
    for (const cell of owner.charts.receivables) expect(owner.charts.agingBuckets).toContain(cell.bucket);
  });

  it('states each fee in its title as the cents its facts hold (the assistant’s fee tasks)', () => {
    const assistant = buildPracticeDigest(demo, { asOf: DEMO_AS_OF, role: 'assistant' });
    const fees = assistant.queue.tasks.filter((t) => t.kind === 'scheduling.missed_session_fee');
    expect(fees.length).toBeGreaterThan(0);
    for (const t of fees) {
      const cents = t.reasons.find((r) => typeof r.facts.feeCents === 'number')?.facts.feeCents as number;
      expect(Number.isSafeInteger(cents)).toBe(true);
      const shown = /\$([\d,]+)\.(\d\d)/.exec(t.title);
      if (cents > 0)
        expect(shown && Number(shown[1]?.replaceAll(',', '')) * 100 + Number(shown[2])).toBe(cents);
      else expect(t.title).not.toMatch(/charge the \$/);
    }
  });

  it('prints the receivables total in the HTML as the sum of the cells', () => {
    const html = renderHtml(report);
    const total = owner.charts.receivables.reduce((s, c) => s + c.cents, 0);
    const dollars = `$${(total / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(html).toContain(dollars);
  });
});

describe('the owner’s digest: nothing clinical', () => {
  const texts = demo.messages.map((m) => m.text);

  it('holds no message text, triage category or crisis client in the digest, the report or the printed page', () => {
    const printed = [
      JSON.stringify(owner),
      JSON.stringify(report),
      renderTerminal(report, terminalStyle(false)),
      renderHtml(report),
    ];
    for (const out of printed) {
      for (const t of texts) expect(out).not.toContain(t);
      for (const word of ['ideation', 'medication', 'in crisis today']) expect(out).not.toContain(word);
    }
    expect(owner.names.clinical).toBe(false);
    expect(Object.keys(owner.names.clients)).not.toContain('client-00001');
  });

  it('shows the owner a fee held for the clinician without its amount, client or session', () => {
    const clinician = owner.queue.forOtherRoles.find((g) => g.role === 'clinician')?.tasks ?? [];
    const held = clinician.find((t) => t.kind === 'scheduling.missed_session_fee');
    expect(held).toMatchObject({ title: 'Clinical work for a clinician', related: [] });
    expect(JSON.stringify(held)).not.toMatch(/feeCents|appt-|client-/);
  });

  it('still tells the owner, first, that a clinician is needed now and whom to call', () => {
    expect(owner.queue.tasks[0]?.kind).toBe('boundaries.crisis_alert');
    expect(renderTerminal(report, terminalStyle(false))).toContain('+15125550142');
  });
});

describe('an empty day', () => {
  /** A practice with staff, one clinician and nothing to do on Monday 2026-12-07. */
  function quiet(): PracticeData {
    const data = structuredClone(
      createStarterPractice({ asOf: '2026-12-07', clinicians: 1 }),
    ) as PracticeData;
    for (const key of [
      'appointments',
      'series',
      'waitlist',
      'paperwork',
      'inquiries',
      'goodFaithEstimates',
      'claims',
      'claimBalances',
      'remittances',
      'authorizations',
      'eligibility',
      'credentials',
      'enrollments',
      'messages',
      'recordsRequests',
    ] as const)
      (data[key] as unknown[]) = [];
    return data as PracticeData;
  }

  it('has no task, no batch and no receivable for any role', () => {
    for (const role of ['practice_owner', 'assistant', 'biller'] as const) {
      const d = buildPracticeDigest(quiet(), { asOf: '2026-12-07', role });
      expect(d.queue.tasks, role).toEqual([]);
      expect(d.batches, role).toEqual([]);
      expect(d.queue.forOtherRoles, role).toEqual([]);
      expect(d.charts.receivables, role).toEqual([]);
    }
  });

  it('says so on the printed page and in the terminal: nothing to do today, no open receivables', () => {
    const r = buildPracticeReport(quiet(), { asOf: '2026-12-07', role: 'practice_owner' });
    const html = renderHtml(r);
    expect(html).toContain('Nothing to do today.');
    expect(html).toContain('No open receivables.');
    expect(renderTerminal(r, terminalStyle(false))).toContain('Nothing to do today.');
  });

  it('does not call a day with a crisis empty: the alert comes first, and nothing says there is nothing to do', () => {
    const data = quiet();
    data.clients = data.clients.slice(0, 1);
    const client = data.clients[0];
    if (client === undefined) throw new Error('fixture');
    data.messages = [
      {
        id: 'msg-1' as never,
        clientId: client.id,
        receivedAt: '2026-12-07T08:10:00-05:00' as never,
        channel: 'sms',
        text: 'I want to kill myself tonight.',
        handled: false,
      },
    ];
    const r = buildPracticeReport(data, { asOf: '2026-12-07', role: 'practice_owner' });
    expect(r.queue.tasks.map((t) => t.kind)).toEqual(['boundaries.crisis_alert']);
    const text = renderTerminal(r, terminalStyle(false));
    expect(text).not.toContain('Nothing to do today.');
    expect(text).not.toContain('kill');
    expect(renderHtml(r)).not.toContain('Nothing to do today.');
  });
});
