// The allow-list is a second line behind the crisis tables: with every crisis table and every risk rule
// switched off, a crisis message must still not reach staff, because staff get a message only when every
// sentence of it is accounted for. This test switches them off (it replaces two source modules, so it runs in
// the main suite only, not against dist/) and holds the measured floor on the labelled sets. A change to the
// administrative tables or the everyday vocabulary that lets more crisis messages through on the allow-list
// alone fails here, even while the crisis rules still catch them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

interface Labelled {
  readonly text: string;
  readonly label: 'crisis' | 'clinical' | 'admin';
}

const load = (file: string): Labelled[] =>
  JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')).messages;

/** triageMessage with no crisis table and no risk rule (the reader still knows its words of risk). */
async function allowListOnly() {
  vi.resetModules();
  vi.doMock('../../../src/boundaries/triage/risk-rules.js', () => ({ RISK_RULES: [] }));
  const tables = await vi.importActual<typeof import('../../../src/boundaries/triage/tables/all-tables.js')>(
    '../../../src/boundaries/triage/tables/all-tables.js',
  );
  const categories = await import('../../../src/boundaries/triage/triage-category.js');
  vi.doMock('../../../src/boundaries/triage/tables/all-tables.js', () => ({
    TRIAGE_TABLES: tables.TRIAGE_TABLES.filter((t) => !categories.isCrisisCategory(t.label)),
  }));
  return (await import('../../../src/boundaries/index.js')).triageMessage;
}

describe('the allow-list alone', () => {
  afterAll(() => {
    vi.doUnmock('../../../src/boundaries/triage/risk-rules.js');
    vi.doUnmock('../../../src/boundaries/triage/tables/all-tables.js');
    vi.resetModules();
  });

  // Measured on 2026-12-04 with the administrative vocabulary: tuning 710/724, fresh a 131/133, fresh b
  // 134/134, fresh d 177/181 kept from staff (before it: 708, 131, 134 and 177). Unchanged by signatures,
  // hyperbole and follow-on sentences with one word no table knows; fresh c 168/171 and e 165/167 when they
  // joined the tuning data. A feeling in a clause of its own beside a request: tuning 711, fresh d 178. The crisis
  // tables' declared risk vocabulary (tables/risk-vocabulary.ts) stays when the tables are switched off: tuning 712,
  // fresh a 133. "he'll" read as "he will" (no longer the word of risk "hell"): fresh c 167 (a threat, "he'll break my
  // arm", beside a request; the crisis tables still escalate it). Everyday Spanish verbs conjugated by construction
  // (admin13, 2026-12-05): tuning 713. The word model, which stays when the tables are switched off: tuning 714, fresh c 169, fresh e 166.
  // Its weights refit with sets ci, cj and ck among the tuning sets (recall22, 2026-12-06): tuning 715.
  // Refit with set cm among them (recall23, 2026-12-06): tuning still 715.
  // Misspelled inflections read (typo30, 2026-12-07): tuning 716.
  // Refit on 87 sets (lead32, 2026-12-07): the model alone no longer kept "cuando yo no esté" from staff (715); being
  // gone "when I'm not around" is an unclear reference now, in English and Spanish: tuning 716 again.
  // A desk noun alone (the door, parking, a phone) is no request in a message that asks nothing (lead33,
  // 2026-12-07): fresh d 180, fresh c 170; on all 87 sets 78 crises reach staff this way, against 88 before.
  it('keeps the measured share of crisis messages from staff with every crisis rule switched off', async () => {
    const triage = await allowListOnly();
    expect(triage('I want to die').outcome).not.toBe('crisis');
    const kept = (file: string) => {
      const crisis = load(file).filter((m) => m.label === 'crisis');
      const away = crisis.filter((m) => {
        const outcome = triage(m.text).outcome;
        return outcome === 'crisis' || outcome === 'clinical';
      });
      return [away.length, crisis.length];
    };
    expect(kept('tuning.json')).toEqual([716, 724]);
    expect(kept('tuning-fresh-a.json')).toEqual([133, 133]);
    expect(kept('tuning-fresh-b.json')).toEqual([134, 134]);
    expect(kept('tuning-fresh-d.json')).toEqual([180, 181]);
    expect(kept('tuning-fresh-c.json')).toEqual([170, 171]);
    expect(kept('tuning-fresh-e.json')).toEqual([166, 167]);
  });
});
