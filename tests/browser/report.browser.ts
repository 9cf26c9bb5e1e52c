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

// What a person can act on, and the page's promises (cli35, 2026-12-07): each task row says what to do and
// when; every link and control has a name and goes somewhere on the page; the page is the same with
// JavaScript off (it claims to need none); printing keeps the crisis banner first and visible.
describe.each(WorkQueueRole.options)('acting on the report for the %s', (role) => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await open(role, 1280));
  });
  afterAll(async () => {
    await close();
  });

  it('gives every task row its action and a due time in the practice’s zone', async () => {
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('tr.task')].map((tr) => {
        const cell = (label: string) => tr.querySelector(`td[data-label="${label}"]`);
        const task = cell('Task')?.cloneNode(true) as HTMLElement | undefined;
        task?.querySelector('.badge')?.remove();
        return {
          id: (tr as HTMLElement).dataset.taskId ?? '',
          action: task?.textContent?.trim() ?? '',
          due: cell('Due')?.querySelector('time')?.getAttribute('datetime') ?? '',
          dueText: cell('Due')?.textContent?.trim() ?? '',
        };
      }),
    );
    const report = buildPracticeReport(data, { asOf: DEMO_AS_OF, role });
    // Each item of the role's work (the crisis is the banner's) shows at least its first task as a row,
    // and every row is a task of the role's own queue or a crisis.
    const own = new Set([
      ...report.queue.tasks.map((t) => t.id),
      // A clinician's banner lists every open crisis, another role's too.
      ...report.queue.forOtherRoles.flatMap((g) => g.crises.map((t) => t.id)),
    ]);
    const ids = new Set(rows.map((r) => r.id));
    for (const batch of report.batches.filter((b) => b.priority !== 'crisis'))
      expect(ids.has(batch.taskIds[0] as string), batch.title).toBe(true);
    for (const id of ids) expect(own.has(id), id).toBe(true);
    for (const row of rows) {
      expect(row.action, row.id).not.toBe('');
      expect(row.due, row.id).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(row.dueText, row.id).toMatch(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}\b/);
    }
  });

  it('names every link, button and disclosure, and each link leads to a place on the page', async () => {
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, summary, [role="button"], input, select')].map((el) => ({
        tag: el.tagName,
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
        href: el.getAttribute('href'),
        target: el.getAttribute('href')?.startsWith('#')
          ? document.getElementById(el.getAttribute('href')?.slice(1) ?? '') !== null
          : null,
      })),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const c of controls) {
      expect(c.name, c.tag).not.toBe('');
      if (c.tag === 'A') expect(c).toMatchObject({ target: true });
    }
  });

  it('is the same page with JavaScript off: no script, the crisis first, every row there', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: false,
    });
    try {
      const noScript = await context.newPage();
      await noScript.goto(page.url());
      expect(await noScript.locator('script').count()).toBe(0);
      expect(await noScript.locator('body').innerText()).toBe(await page.locator('body').innerText());
      expect(await noScript.locator('main > :first-child').getAttribute('class')).toBe('crisis');
    } finally {
      await context.close();
    }
  });

  // Paper cannot open a fold: print shows every row of the role's items and each row's codes and id, and
  // a non-clinical role's page still prints nothing of a crisis message (minimum necessary).
  it('prints every task of the role in full, folds open, and no clinical content for a non-clinical role', async () => {
    const report = buildPracticeReport(data, { asOf: DEMO_AS_OF, role });
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('tr.task')]
          .filter((tr) => tr.checkVisibility())
          .map((tr) => ({ id: tr.dataset.taskId ?? '', text: tr.innerText }))
          .concat({ id: '', text: document.body.innerText }),
      );
    await page.emulateMedia({ media: 'print' });
    try {
      const printed = await shown();
      const pageText = printed.pop()?.text ?? '';
      const rows = new Map(printed.map((r) => [r.id, r.text]));
      for (const batch of report.batches.filter((b) => b.priority !== 'crisis'))
        for (const id of batch.taskIds) {
          const text = rows.get(id);
          expect(text, `${batch.title}: ${id}`).toBeDefined();
          // The row's codes and id, folded on screen, are on paper.
          expect(text, id).toContain(id);
        }
      if (!isClinicalRole(role)) {
        // The client may be named in an administrative row (on hold while a clinician handles the
        // message), never in the printed banner, and the message and its matched phrases never at all.
        const banner = await page.locator('main > section.crisis').innerText();
        expect(banner).not.toContain(crisisClient?.name);
        expect(pageText).not.toContain(crisisMessage?.text.slice(0, 40));
        expect(pageText).not.toContain('boundaries.triage.crisis_language');
        for (const phrase of crisisPhrases)
          expect(pageText.toLowerCase()).not.toContain(phrase.toLowerCase());
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    // On screen only high and clinical items are open, each with its first 50 rows.
    const onScreen = (await shown()).slice(0, -1).map((r) => r.id);
    const open = report.batches
      .filter((b) => b.priority === 'high' || b.priority === 'clinical')
      .flatMap((b) => b.taskIds.slice(0, 50));
    expect(new Set(onScreen)).toEqual(new Set(open));
  });

  it('prints the crisis banner first and visible, with its whole text', async () => {
    const screenText = await page.locator('main > section.crisis').innerText();
    await page.emulateMedia({ media: 'print' });
    try {
      const banner = page.locator('main > section.crisis');
      await expect(banner.isVisible()).resolves.toBe(true);
      // Print opens every fold: the screen's whole text is there, in its order, with what its folds hold (the codes).
      const printedText = await banner.innerText();
      let from = 0;
      for (const line of screenText.split('\n').filter((l) => l.trim() !== '')) {
        const at = printedText.indexOf(line, from);
        expect(at, line).toBeGreaterThanOrEqual(0);
        from = at + line.length;
      }
      const printed = await page.evaluate(() => {
        const crisis = document.querySelector('main > section.crisis');
        const style = crisis === null ? null : getComputedStyle(crisis);
        const first = [...document.querySelectorAll('main *')].find(
          (el) => (el as HTMLElement).offsetHeight > 0,
        );
        return {
          display: style?.display,
          visibility: style?.visibility,
          firstIsCrisis: crisis?.contains(first ?? null),
        };
      });
      expect(printed).toEqual({ display: 'block', visibility: 'visible', firstIsCrisis: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

// The report as an assistant works it from the keyboard and with assistive settings (cli37, 2026-12-07):
// WCAG 2.1.1 (keyboard), 2.4.3 (focus order), 2.4.7 (focus visible), 4.1.3 (status messages), 1.4.3 and
// 1.4.4 (contrast, text resized to 200 %), 2.4.2 (page titled), 3.1.1 (language of page).
describe.each(WorkQueueRole.options)('the report from the keyboard for the %s', (role) => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await open(role, 1280));
  });
  afterAll(async () => {
    await close();
  });

  it('has a title naming the practice, the role and the day, and lang="en"', async () => {
    expect(await page.title()).toBe(`${data.practice.name}: ${role.replaceAll('_', ' ')}, ${DEMO_AS_OF}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('announces the crisis banner as an alert, and Tab reaches it first after the skip link', async () => {
    expect(await page.locator('main > section.crisis [role="alert"] h2').count()).toBe(1);
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('crisis');
  });

  it('reaches every item and every shown task’s codes in the page’s order by Tab, each focus visible', async () => {
    await page.locator('body').focus();
    const stops: { key: string; outline: string }[] = [];
    for (let i = 0; i < 600; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (el === null || el === document.body) return null;
        const style = getComputedStyle(el);
        const row = el.closest<HTMLElement>('[data-task-id]');
        const batch = el.closest('article.batch')?.querySelector('h4')?.id ?? '';
        const key =
          row !== null
            ? `task:${row.dataset.taskId}`
            : el.matches('details.list > summary')
              ? `item:${batch}`
              : `other:${el.tagName}.${el.className}`;
        return { key, outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (stop === null || stops.some((s) => s.key === stop.key)) break;
      stops.push(stop);
    }
    for (const s of stops) expect(s.outline, s.key).toMatch(/^solid [1-9]/);
    // What a keyboard reaches is what the page lists, in the same order.
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('details.list > summary, [data-task-id] summary')]
        .filter((el) => el.checkVisibility())
        .map((el) => {
          const row = el.closest<HTMLElement>('[data-task-id]');
          return row !== null
            ? `task:${row.dataset.taskId}`
            : `item:${el.closest('article.batch')?.querySelector('h4')?.id ?? ''}`;
        }),
    );
    const reached = stops.map((s) => s.key).filter((k) => k.startsWith('task:') || k.startsWith('item:'));
    expect(reached.slice(0, expected.length)).toEqual(expected);
    const report = buildPracticeReport(data, { asOf: DEMO_AS_OF, role });
    const items = report.batches.filter((b) => b.priority !== 'crisis').length;
    expect(reached.filter((k) => k.startsWith('item:'))).toHaveLength(items);
  });

  it('passes axe’s contrast and other rules at 200 % zoom and in forced colours', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    try {
      const zoomed = await context.newPage();
      await zoomed.goto(page.url());
      for (const forcedColors of ['none', 'active'] as const) {
        await zoomed.emulateMedia({ forcedColors });
        const result = await new AxeBuilder({ page: zoomed }).analyze();
        const summary = result.violations.map(
          (v) => `${forcedColors} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
        );
        expect(summary).toEqual([]);
      }
      expect(await zoomed.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    } finally {
      await context.close();
    }
  });
});

// The page an assistant acts on at its limits (ops39, 2026-12-07): WCAG 1.4.10 (reflow at 320 CSS px, 1280 px at
// 400 %), 4.1.3 (one status message that interrupts: the crisis), 1.4.11 (the charts' bars in forced colours),
// and the printed page under axe.
describe.each(WorkQueueRole.options)('the report at its limits for the %s', (role) => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await open(role, 320));
  });
  afterAll(async () => {
    await close();
  });

  it('passes axe at 320 px wide with no horizontal scroll', async () => {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('has one alert, the crisis banner, and nothing else that announces itself', async () => {
    const live = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[role="alert"], [role="alertdialog"], [role="status"], [role="log"], [role="marquee"], [role="timer"], [aria-live], output',
        ),
      ].map((el) => `${el.getAttribute('role')} in ${el.closest('section')?.className ?? ''}`),
    );
    expect(live).toEqual(['alert in crisis']);
  });

  it('passes axe printed, the crisis banner first', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const result = await new AxeBuilder({ page }).analyze();
      expect(
        result.violations.map((v) => `print ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
      expect(await page.locator('main > :first-child').getAttribute('class')).toBe('crisis');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('draws every chart bar in forced colours, in a colour other than the page’s', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      const bars = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.track [data-value]')]
          .filter((el) => Number(el.dataset.value) > 0)
          .map((el) => ({
            bar: getComputedStyle(el).backgroundColor,
            page: getComputedStyle(document.body).backgroundColor,
          })),
      );
      expect(bars.length).toBeGreaterThan(0);
      for (const b of bars) expect(b.bar).not.toBe(b.page);
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
});
