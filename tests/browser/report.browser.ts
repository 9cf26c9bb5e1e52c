// The day's HTML report as a person opens it: the demo practice for every role, at a desktop (1280 px)
// and a phone (360 px) width, in Debian's chromium. Screenshots of every page go to SCREENSHOTS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isClinicalRole } from '../../src/boundaries/index.js';
import { renderHtml } from '../../src/cli/render-html.js';
import { buildPracticeDigest, DEMO_AS_OF, generateDemoPractice, WorkQueueRole } from '../../src/ops/index.js';
import { buildPracticeReport } from '../../src/ops/internal.js';
import { launchChromium } from './chromium.js';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', '.vitest', 'screenshots');
const WIDTHS = [1280, 360] as const;
const data = generateDemoPractice();
const pagesDir = join(SCREENSHOTS, 'pages');
mkdirSync(pagesDir, { recursive: true });

// The crisis in the demo, as a clinician's queue has it: its message, client and the phrases triage matched.
const clinicianDigest = buildPracticeDigest(data, { asOf: DEMO_AS_OF, role: 'clinician' });
const crisisTask = clinicianDigest.queue.tasks.find((t) => t.priority === 'crisis');
if (crisisTask === undefined) throw new Error('the demo has a crisis message');
const crisisMessageId = crisisTask.related.find((r) => r.kind === 'message')?.id;
const crisisMessage = data.messages.find((m) => m.id === crisisMessageId);
const crisisClient = data.clients.find((c) => c.id === crisisMessage?.clientId);
const crisisPhrases = crisisTask.reasons.flatMap((r) =>
  Array.isArray(r.facts.phrases) ? (r.facts.phrases as string[]) : [],
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  console.log(`report screenshots: ${SCREENSHOTS}`);
});
afterAll(async () => {
  await browser?.close();
});

async function open(role: WorkQueueRole, width: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const file = join(pagesDir, `${role}.html`);
  writeFileSync(file, renderHtml(buildPracticeReport(data, { asOf: DEMO_AS_OF, role })));
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  return { page, close: () => context.close() };
}

describe.each(WorkQueueRole.options)('the demo report for the %s', (role) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    let page: Page;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ page, close } = await open(role, width));
      await page.screenshot({ path: join(SCREENSHOTS, `${role}-${width}.png`), fullPage: true });
    });
    afterAll(async () => {
      await close();
    });

    it('has no accessibility violations (axe-core, every rule it runs by default)', async () => {
      const result = await new AxeBuilder({ page }).analyze();
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
      expect(summary).toEqual([]);
    });

    it('is no wider than the window (no horizontal scroll)', async () => {
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
    });

    it('opens with the crisis banner, its content only for a clinical role', async () => {
      const banner = page.locator('main > section.crisis');
      await expect(banner.count()).resolves.toBe(1);
      const first = await page.evaluate(() => document.querySelector('main')?.firstElementChild?.className);
      expect(first).toBe('crisis');
      const bannerText = (await banner.textContent()) ?? '';
      const pageText = (await page.locator('body').textContent()) ?? '';
      const html = await page.content();
      expect(html).not.toContain(crisisMessage?.text.slice(0, 40));
      if (isClinicalRole(role)) {
        expect(bannerText).toContain(crisisClient?.name);
      } else {
        expect(bannerText).not.toContain(crisisClient?.name);
        for (const phrase of crisisPhrases)
          expect(pageText.toLowerCase()).not.toContain(phrase.toLowerCase());
        expect(html).not.toContain('boundaries.triage.crisis_language');
      }
    });

    it('names a client or record in every task row', async () => {
      const names = await page.locator('tr.task td.who').allTextContents();
      for (const name of names) {
        expect(name.trim()).not.toBe('');
        // A bare id (client-00012) is not a name.
        expect(name.trim()).not.toMatch(/^[a-z]+-\d+$/);
      }
    });

    it('draws bars in proportion to their values on an absolute scale', async () => {
      const bars = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.track[data-max]')].map((track) => {
          const max = Number(track.dataset.max);
          const width = track.clientWidth;
          const parts = [...track.querySelectorAll<HTMLElement>('[data-value]')];
          return {
            max,
            width,
            utilization: track.closest('#utilization-title, figure')?.id ?? '',
            bars: parts.map((p) => ({ value: Number(p.dataset.value), px: p.getBoundingClientRect().width })),
          };
        }),
      );
      expect(bars.length).toBeGreaterThan(0);
      for (const track of bars) {
        let sum = 0;
        let pxSum = 0;
        for (const bar of track.bars) {
          expect(Math.abs(bar.px - (bar.value / track.max) * track.width)).toBeLessThanOrEqual(1.5);
          sum += bar.value;
          pxSum += bar.px;
        }
        expect(sum).toBeLessThanOrEqual(track.max);
        expect(Math.abs(pxSum - (sum / track.max) * track.width)).toBeLessThanOrEqual(2);
      }
      // Utilization is drawn on 0–100 %, whatever the largest value.
      const maxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('figure[aria-labelledby="utilization-title"] .track')].map(
          (t) => t.dataset.max,
        ),
      );
      expect(maxes.length).toBe(data.clinicians.length);
      expect(new Set(maxes)).toEqual(new Set(['10000']));
    });
  });
});
