// ops40, item 1: every role's crisis banner lists each crisis once. A role the crisis is not routed to holds an
// alert about it (whom to call); a clinical role also sees the crisis itself among other roles' work: one crisis,
// one row, its alert folded in. A non-clinical role is told that a message needs a clinician now and whom to call,
// never what it says or whose it is (minimum necessary, docs/sources.md#hhs-minimum-necessary); a clinical role is
// shown whose it is, when it came and why, what it needs to act (the 988 Lifeline's crisis line, docs/sources.md).
import { describe, expect, it } from 'vitest';
import { isClinicalRole } from '../../src/boundaries/index.js';
import { renderHtml } from '../../src/cli/render-html.js';
import { renderTerminal } from '../../src/cli/render-terminal.js';
import { terminalStyle } from '../../src/cli/terminal-style.js';
import { DEMO_AS_OF, generatePractice, type PracticeData, WorkQueueRole } from '../../src/ops/index.js';
import { buildPracticeReport } from '../../src/ops/internal.js';

// A small practice (two clinicians, three clients each): the banner does not depend on the day's other work.
const demo = generatePractice({ seed: 40, asOf: DEMO_AS_OF, clinicians: 2, clientsPerClinician: 3 });
const ON_CALL = { name: 'Dr. Imani Reyes (on call)', phone: '+15125550199' as never };
const WORDS = ['ending my life', 'no reason to go on'];

/** The day with `n` crisis messages of two clients (and no other message), routed to `routedTo`. */
function withCrises(n: number, routedTo: 'clinician' | 'supervisor'): PracticeData {
  const data = structuredClone(demo);
  data.practice.onCall = ON_CALL;
  data.policies.triage = {
    ...data.policies.triage,
    routing: { ...data.policies.triage.routing, crisis: routedTo },
  };
  data.messages = Array.from({ length: n }, (_, i) => ({
    id: `msg-crisis-${i}` as never,
    clientId: (data.clients[i % 2] as PracticeData['clients'][number]).id,
    receivedAt: `${DEMO_AS_OF}T08:0${i}:00-06:00` as never,
    channel: 'portal' as const,
    handled: false,
    text: `I have been thinking about ${WORDS[i % 2]} tonight.`,
  }));
  return data;
}

function banner(html: string): string {
  return /<section class="crisis"[^>]*>.*?<\/section>/s.exec(html)?.[0] ?? '';
}

/** The terminal's crisis block: from its heading to the first blank line. */
function terminalBanner(text: string): string {
  return /^CRISIS:.*?(?=\n\n)/ms.exec(text)?.[0] ?? '';
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe.each([
  [1, 'clinician'],
  [2, 'clinician'],
  [3, 'supervisor'],
] as const)('%i crisis message(s) routed to the %s', (n, routedTo) => {
  const data = withCrises(n, routedTo);
  const crisisIds = Array.from(
    { length: n },
    (_, i) => `boundaries.message_crisis:msg-crisis-${i}+${(data.clients[i % 2] as { id: string }).id}`,
  );

  it.each(WorkQueueRole.options)('the %s’s page and terminal list each crisis once', (role) => {
    const report = buildPracticeReport(data, { asOf: DEMO_AS_OF, role });
    const html = banner(renderHtml(report));
    const term = terminalBanner(renderTerminal(report, terminalStyle(false)));
    expect(html).toContain(`data-crisis="${n}"`);
    expect(count(html, '<li'), role).toBe(n);
    if (isClinicalRole(role)) {
      // The crisis whole, once: whose it is (the client by name) and its own id, each row with it.
      for (const id of crisisIds) {
        expect(count(html, `data-task-id="${id}"`), id).toBe(1);
        expect(count(term, ` ${id}`), id).toBe(1);
      }
      expect(html).not.toContain('data-task-id="boundaries.crisis_alert');
      expect(count(term, 'CRISIS message: on-call clinician must act now'), role).toBe(n);
      for (const c of data.clients.slice(0, Math.min(n, 2))) expect(html).toContain(c.name);
      // The role the crisis is not routed to is told who holds it and how to reach them, on each row.
      const routed = role === routedTo ? 0 : n;
      const said = `Routed to the ${routedTo} on call: call ${ON_CALL.name} at ${ON_CALL.phone}.`;
      expect(count(html, said), role).toBe(routed);
      expect(count(term, said), role).toBe(routed);
    } else {
      // Whom to call, once per crisis, and nothing of the message or of the client.
      const call = `A client message needs the on-call clinician now: call ${ON_CALL.name} at ${ON_CALL.phone}`;
      expect(count(html, call), role).toBe(n);
      expect(count(term, call), role).toBe(n);
      for (const part of [...WORDS, ...data.clients.slice(0, 2).map((c) => c.name), 'msg-crisis', 'client-'])
        expect(`${html}\n${term}`, part).not.toContain(part);
    }
  });
});
