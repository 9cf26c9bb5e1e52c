// ops39, item 2: the HTML report as a non-clinical assistant acts on it, checked on the page's text (the
// browser checks the same page under axe in tests/browser). One alert per page, the crisis banner's (WCAG 4.1.3:
// a status message that is not urgent does not interrupt); every task row says what to do, by when in the
// practice's zone and why (one of its reasons' plain messages); the crisis banner says whom to call and what not
// to do: a non-clinical role never answers a crisis message itself (988 Lifeline, docs/sources.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClinicalRole } from '../../src/boundaries/index.js';
import { renderHtml } from '../../src/cli/render-html.js';
import { dueText } from '../../src/cli/report-due-text.js';
import {
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  type PracticeData,
  WorkQueueRole,
} from '../../src/ops/index.js';
import { buildPracticeReport } from '../../src/ops/internal.js';

const demo = generateDemoPractice();

function page(data: PracticeData, role: WorkQueueRole, asOf = DEMO_AS_OF) {
  const report = buildPracticeReport(data, { asOf, role });
  return { report, html: renderHtml(report) };
}

/** Every element that announces itself to a screen reader without being focused. */
const ANNOUNCING = /\b(role="(alert|alertdialog|status|log|marquee|timer)"|aria-live=)/g;

/** The crisis banner's section, or '' when the page has none. */
function banner(html: string): string {
  return /<section class="crisis"[^>]*>.*?<\/section>/s.exec(html)?.[0] ?? '';
}

/** Visible text of an HTML fragment (tags dropped, entities of our escaper read back). */
function text(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'");
}

/** A data file whose only message is a crisis, for clinician clin-001's client, received at 08:00 that day. */
function withCrisis(data: PracticeData, n = 1): PracticeData {
  const copy = structuredClone(data);
  const client = copy.clients[0];
  if (client === undefined) throw new Error('fixture');
  copy.messages = Array.from({ length: n }, (_, i) => ({
    id: `msg-crisis-${i}` as never,
    clientId: client.id,
    receivedAt: `${DEMO_AS_OF}T08:0${i}:00-06:00` as never,
    channel: 'portal',
    handled: false,
    text: 'I have been thinking about ending my life tonight.',
  }));
  return copy;
}

describe('one alert per page: the crisis banner', () => {
  it.each(WorkQueueRole.options)(
    'the demo report for the %s has one alert, inside the crisis banner',
    (role) => {
      const { html } = page(demo, role);
      expect(html.match(ANNOUNCING)).toEqual(['role="alert"']);
      expect(banner(html)).toContain('role="alert"');
    },
  );

  it('a day with no crisis message has no alert at all, for every role', () => {
    const calm = structuredClone(demo);
    calm.messages = [];
    for (const role of WorkQueueRole.options)
      expect(page(calm, role).html.match(ANNOUNCING), role).toBeNull();
  });

  it('three crisis messages are one banner and one alert that counts them', () => {
    for (const role of WorkQueueRole.options) {
      const { html } = page(withCrisis(demo, 3), role);
      expect(html.match(ANNOUNCING), role).toEqual(['role="alert"']);
      expect(text(banner(html)), role).toContain('Crisis: 3 client messages need the on-call clinician now');
    }
  });

  it('property: on any generated practice and role, an alert exactly when there is a crisis', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(...WorkQueueRole.options),
        fc.boolean(),
        (seed, role, crisis) => {
          const base = generatePractice({ seed, asOf: DEMO_AS_OF, clinicians: 2, clientsPerClinician: 3 });
          const data = crisis ? withCrisis(base) : { ...base, messages: [] };
          const { html } = page(data, role);
          expect(html.match(ANNOUNCING)).toEqual(crisis ? ['role="alert"'] : null);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('every task row: what to do, by when in the practice’s zone, and why', () => {
  it.each(WorkQueueRole.options)('the demo report for the %s', (role) => {
    const { report, html } = page(demo, role);
    const byId = new Map(report.queue.tasks.map((t) => [t.id, t]));
    const rows = [...html.matchAll(/<tr class="task" data-task-id="([^"]+)">(.*?)<\/tr>/gs)];
    // A role with work beyond the crisis has rows (the supervisor's demo day is the crisis only).
    expect(rows.length > 0).toBe(report.batches.some((b) => b.priority !== 'crisis'));
    expect(html).toContain(`Times are in ${report.zone}.`);
    for (const [, id, row] of rows as unknown as [string, string, string][]) {
      const task = byId.get(id);
      expect(task, id).toBeDefined();
      if (task === undefined) continue;
      const cell = (label: string) =>
        new RegExp(`<td[^>]*data-label="${label}">(.*?)</td>`, 's').exec(row)?.[1] ?? '';
      // What: the task's own words, past its priority badge.
      expect(text(cell('Task').replace(/<span class="badge[^"]*">[^<]*<\/span>/, '')).trim(), id).not.toBe(
        '',
      );
      // By when: the due read on the practice's clock, the machine value beside it.
      const due = dueText(task.due, report.zone, report.queue.asOf);
      expect(cell('Due'), id).toContain(`<time datetime="${due.iso}">${due.text}</time>`);
      // Why: one of the task's reasons' plain messages, whole, before the folded codes.
      const why = text(cell('Why').split('<details')[0] ?? '').trim();
      expect(
        task.reasons.map((r) => r.message),
        id,
      ).toContain(why);
    }
  });

  it('an instant due is shown at its time in the practice’s zone, not in the offset it was written in', () => {
    // 14:00 UTC is 08:00 in Chicago on 2026-11-20 (CST, UTC−6).
    expect(dueText('2026-11-20T09:00:00-05:00', 'America/Chicago' as never, '2026-11-20').text).toBe(
      'Fri 20 Nov, 08:00',
    );
  });
});

describe('the crisis banner says whom to call and what not to do', () => {
  const nonClinical = WorkQueueRole.options.filter((r) => !isClinicalRole(r));
  const clinical = WorkQueueRole.options.filter((r) => isClinicalRole(r));

  it.each(nonClinical)(
    'the %s is told to call the on-call clinician by name and number, and not to answer',
    (role) => {
      const data = withCrisis(demo);
      data.practice.onCall = { name: 'Dr. Imani Reyes (on call)', phone: '+15125550199' as never };
      const said = text(banner(page(data, role).html));
      expect(said).toContain('call Dr. Imani Reyes (on call) at +15125550199');
      expect(said).toContain('Do not answer the message or read it out: the clinician handles it.');
      expect(said).toContain('If someone is in immediate danger, call 911.');
      // Nothing of the message, and no name of the client.
      expect(said).not.toContain('ending my life');
      expect(said).not.toContain(data.clients[0]?.name as string);
    },
  );

  it.each(nonClinical)(
    'the %s, with no on-call line on file, is told to reach the clinician by the procedure',
    (role) => {
      const data = withCrisis(demo);
      delete data.practice.onCall;
      const said = text(banner(page(data, role).html));
      expect(said).toMatch(/on-call clinician.*(practice’s crisis procedure)/);
      expect(said).toContain('Do not answer the message or read it out');
    },
  );

  it.each(clinical)(
    'the %s is told to act: call the client and send the crisis resources (988, 911)',
    (role) => {
      const said = text(banner(page(withCrisis(demo), role).html));
      expect(said).toContain(
        'Act now: call the client, send the crisis resources (988 Suicide & Crisis Lifeline, 911)',
      );
    },
  );
});
