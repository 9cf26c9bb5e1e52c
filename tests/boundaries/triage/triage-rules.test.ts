import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileTriageRules, triageMessage } from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

describe('compileTriageRules', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/boundaries/triage/tables/ordinary-senses.js');
    vi.resetModules();
  });

  it("adds a practice's own phrase to the built-in tables", () => {
    const rules = compileTriageRules({ phrases: [{ category: 'medication', phrase: 'ketamine' }] });
    expect(triageMessage('Can I get ketamine?', { rules }).outcome).toBe('clinical');
    expect(triageMessage('I want to die', { rules }).outcome).toBe('crisis');
  });

  it('refuses a phrase that does not parse and a crisis route to a non-clinical role, by path', () => {
    expect(() =>
      compileTriageRules({ phrases: [{ category: 'self_harm', phrase: 'cut ..9 myself' }] }),
    ).toThrow(/\$\.phrases\[0\]\.phrase/);
    expect(() => compileTriageRules({ routing: { crisis: 'biller' } })).toThrow(ValidationError);
  });

  it('refuses an ordinary sense joined by &: a mask must be one phrase', async () => {
    vi.resetModules();
    vi.doMock('../../../src/boundaries/triage/tables/ordinary-senses.js', () => ({
      ORDINARY_SENSES: { label: 'ordinary_sense', en: ['im ..1 dead & lol'], es: [] },
    }));
    const fresh = await import('../../../src/boundaries/triage/triage-rules.js');
    const core = await import('../../../src/core/index.js');
    let thrown: unknown;
    try {
      fresh.compileTriageRules();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(core.ValidationError);
    expect((thrown as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
      ['$.tables.ordinary_sense.en[0]', 'boundaries.triage.invalid_phrase'],
    ]);
  });
});
