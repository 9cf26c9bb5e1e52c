// ops40, item 3: a client's records request on the day's HTML report, in Debian's chromium. Two requests of the
// demo practice's first client: one received 2026-10-19 (30 days ran out on 2026-11-18: overdue, high, its list
// open) and one received 2026-11-02 (due Wednesday 2026-12-02: normal, folded on screen). Axe-clean at 360 px
// with no horizontal scroll, and on paper each request's row, its due date and its id (45 CFR 164.524(b)(2)).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/cli/render-html.js';
import { DEMO_AS_OF, generateDemoPractice, safeValidatePracticeData } from '../../src/ops/index.js';
import { buildPracticeReport } from '../../src/ops/internal.js';
import { launchChromium } from './chromium.js';

const demo = generateDemoPractice();
const client = demo.clients[0];
if (client === undefined) throw new Error('the demo has clients');
const checked = safeValidatePracticeData({
  ...structuredClone(demo),
  recordsRequests: [
    { id: 'rr-overdue', clientId: client.id, receivedOn: '2026-10-19' },
    { id: 'rr-pending', clientId: client.id, receivedOn: '2026-11-02' },
  ],
});
if (!checked.success) throw new Error('fixture');
const report = buildPracticeReport(checked.data, { asOf: DEMO_AS_OF, role: 'assistant' });
const dir = join(import.meta.dirname, '..', '..', '.vitest', 'screenshots', 'pages');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'assistant-records-requests.html');
writeFileSync(file, renderHtml(report));

const IDS = ['boundaries.records_request:rr-overdue', 'boundaries.records_request:rr-pending'];

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  page = await context.newPage();
  await page.goto(`file://${file}`);
  close = () => context.close();
});
afterAll(async () => {
  await close?.();
  await browser?.close();
});

describe('records requests on the assistant’s report, at 360 px', () => {
  it('are on the page as the queue has them: the overdue one high and open, the pending one normal', () => {
    const byId = new Map(report.queue.tasks.map((t) => [t.id, t]));
    expect(byId.get(IDS[0] as string)?.priority).toBe('high');
    expect(byId.get(IDS[0] as string)?.due).toBe('2026-11-18');
    expect(byId.get(IDS[1] as string)?.priority).toBe('normal');
    expect(byId.get(IDS[1] as string)?.due).toBe('2026-12-02');
  });

  it('passes axe with no horizontal scroll', async () => {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('shows the overdue request on screen with its due date and how late it is', async () => {
    const row = page.locator(`tr.task[data-task-id="${IDS[0]}"]`);
    expect(await row.isVisible()).toBe(true);
    const text = await row.innerText();
    expect(text).toContain('Overdue: give access to a client’s records (was due 2026-11-18)');
    expect(text).toContain('Wed 18 Nov');
    expect(text).toContain(client.name);
  });

  it('prints both requests whole (title, due, codes and id) and passes axe printed', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      for (const id of IDS) {
        const row = page.locator(`tr.task[data-task-id="${id}"]`);
        expect(await row.isVisible(), id).toBe(true);
        const text = await row.innerText();
        expect(text, id).toContain(id);
        expect(text, id).toContain('ops.queue.records_request_due');
      }
      expect(await page.locator(`tr.task[data-task-id="${IDS[1]}"]`).innerText()).toContain('Wed 2 Dec');
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `print ${v.id}`)).toEqual([]);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
