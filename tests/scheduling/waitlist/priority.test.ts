import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateWaitlistPriorityChange } from '../../../src/scheduling/waitlist/priority.js';

const entry = { id: 'w-1', clientId: 'c-1', zone: 'America/New_York', addedAt: '2026-01-05T10:00:00-05:00' };

describe('evaluateWaitlistPriorityChange', () => {
  it('records the tier, who set it and when, when a clinician sets it', () => {
    const d = evaluateWaitlistPriorityChange(entry, {
      tier: 'urgent',
      setBy: 'dr-lee',
      setByRole: 'clinician',
      setAt: '2026-03-02T10:00:00Z',
    });
    expect(d.outcome).toBe('set');
    expect(d.entry.priority).toEqual({
      tier: 'urgent',
      setBy: 'dr-lee',
      setByRole: 'clinician',
      setAt: '2026-03-02T10:00:00Z',
    });
  });

  it('refuses an assistant and routes the question to a clinician', () => {
    const d = evaluateWaitlistPriorityChange(entry, {
      tier: 'urgent',
      setBy: 'va-1',
      setByRole: 'assistant',
      setAt: '2026-03-02T10:00:00Z',
    });
    expect(d.outcome).toBe('refused');
    expect(d.entry.priority).toBeUndefined();
    expect(d.reasons.map((r) => r.code)).toEqual([
      'scheduling.waitlist.priority_refused',
      'scheduling.waitlist.clinical_review',
    ]);
  });

  it('lets a practice allow supervisors too', () => {
    const d = evaluateWaitlistPriorityChange(
      entry,
      { tier: 'priority', setBy: 'sup-1', setByRole: 'supervisor', setAt: '2026-03-02T10:00:00Z' },
      { prioritySetterRoles: ['clinician', 'supervisor'] },
    );
    expect(d.outcome).toBe('set');
  });

  it('rejects an unknown tier', () => {
    expect(() =>
      evaluateWaitlistPriorityChange(entry, {
        tier: 'asap' as 'urgent',
        setBy: 'dr-lee',
        setByRole: 'clinician',
        setAt: '2026-03-02T10:00:00Z',
      }),
    ).toThrow(ValidationError);
  });
});
