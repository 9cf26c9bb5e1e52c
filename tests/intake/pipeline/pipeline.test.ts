import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  canMoveIntakeCase,
  getCurrentIntakeStage,
  getIntakeStageDurations,
  INTAKE_TRANSITIONS,
  IntakeCase,
  IntakeStage,
  moveIntakeCase,
} from '../../../src/intake/index.js';
import { isTerminalIntakeStage } from '../../../src/intake/internal.js';
import { thrown } from '../../validation-subject.js';

const STAGES = IntakeStage.options;
const START = { id: 'k-1', history: [{ stage: 'inquiry', at: '2026-03-02T09:00:00-05:00' }] } as const;

const ASOF = { asOf: '2026-03-02T10:00:00-05:00' } as const;
const C0 = IntakeCase.parse(START);

describe('canMoveIntakeCase and moveIntakeCase', () => {
  it('lists both unknown stages of canMoveIntakeCase at once, each under its parameter’s name', () => {
    const error = thrown(() => canMoveIntakeCase('lost' as never, 7 as never));
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_value@$.from',
      'invalid_value@$.to',
    ]);
  });

  it('moves an inquiry to screening', () => {
    expect(canMoveIntakeCase('inquiry', 'screening')).toBe(true);
    const d = moveIntakeCase(C0, { to: 'screening' }, ASOF);
    expect(d.outcome).toBe('moved');
    expect(d.reasons[0]?.code).toBe('intake.pipeline.transition_allowed');
    expect(getCurrentIntakeStage(d.intakeCase)).toBe('screening');
  });

  it('refuses skipping from inquiry straight to ready, listing the allowed moves', () => {
    expect(canMoveIntakeCase('inquiry', 'ready')).toBe(false);
    const d = moveIntakeCase(C0, { to: 'ready' }, ASOF);
    expect(d.outcome).toBe('refused');
    expect(d.reasons[0]).toMatchObject({
      code: 'intake.pipeline.illegal_transition',
      severity: 'error',
      facts: { allowedNext: ['screening', 'declined', 'referred_out', 'no_response'] },
    });
  });

  it('refuses any move out of a final stage', () => {
    const referred = moveIntakeCase(C0, { to: 'referred_out' }, ASOF).intakeCase;
    expect(canMoveIntakeCase('referred_out', 'inquiry')).toBe(false);
    expect(moveIntakeCase(referred, { to: 'inquiry' }, ASOF).reasons[0]?.code).toBe(
      'intake.pipeline.terminal_stage',
    );
    expect(isTerminalIntakeStage('active')).toBe(true);
    expect(isTerminalIntakeStage('ready')).toBe(false);
  });

  it('rejects an unknown stage with a ValidationError', () => {
    expect(() => canMoveIntakeCase('limbo' as IntakeStage, 'ready')).toThrow(ValidationError);
    expect(() => moveIntakeCase(C0, { to: 'limbo' as IntakeStage }, ASOF)).toThrow(ValidationError);
  });
});

describe('moveIntakeCase and getIntakeStageDurations', () => {
  it('records moves, puts a cancelled first session back to ready, and sums time per stage', () => {
    let c: IntakeCase = IntakeCase.parse(START);
    const moves: [IntakeStage, string][] = [
      ['screening', '2026-03-03T09:00:00-05:00'],
      ['paperwork', '2026-03-03T15:00:00-05:00'],
      ['ready', '2026-03-05T09:00:00-05:00'],
      ['first_session_booked', '2026-03-05T10:00:00-05:00'],
      ['ready', '2026-03-06T10:00:00-05:00'],
      ['first_session_booked', '2026-03-06T11:00:00-05:00'],
    ];
    for (const [to, at] of moves) {
      const m = moveIntakeCase(c, { to }, { asOf: at });
      expect(m.outcome).toBe('moved');
      c = m.intakeCase;
    }
    expect(getCurrentIntakeStage(c)).toBe('first_session_booked');
    expect(getIntakeStageDurations(c, { asOf: '2026-03-09T11:00:00-04:00' })).toEqual([
      { stage: 'inquiry', hours: 24, visits: 1 },
      { stage: 'screening', hours: 6, visits: 1 },
      { stage: 'paperwork', hours: 42, visits: 1 },
      { stage: 'ready', hours: 2, visits: 2 },
      // Across the spring-forward night: 24 + 71 elapsed hours.
      { stage: 'first_session_booked', hours: 95, visits: 2 },
    ]);
  });

  it('refuses a move dated before the last one, and an illegal one, with both reasons', () => {
    const c = IntakeCase.parse(START);
    const m = moveIntakeCase(c, { to: 'active' }, { asOf: '2026-03-01T09:00:00-05:00' });
    expect(m.outcome).toBe('refused');
    expect(m.reasons.map((r) => r.code)).toEqual([
      'intake.pipeline.illegal_transition',
      'intake.pipeline.before_last_move',
    ]);
    expect(m.intakeCase).toEqual(c);
  });

  it('rejects a history that does not start at inquiry, is out of order, or holds an illegal move', () => {
    const bad = {
      id: 'k-2',
      history: [
        { stage: 'screening', at: '2026-03-02T09:00:00-05:00' },
        { stage: 'active', at: '2026-03-01T09:00:00-05:00' },
      ],
    };
    const parsed = () =>
      moveIntakeCase(bad as never, { to: 'declined' }, { asOf: '2026-03-05T09:00:00-05:00' });
    expect(parsed).toThrow(ValidationError);
    try {
      parsed();
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.intakeCase.history[0].stage', 'intake.pipeline.history_must_start_with_inquiry'],
        ['$.intakeCase.history[1].at', 'intake.pipeline.history_out_of_order'],
        ['$.intakeCase.history[1].stage', 'intake.pipeline.history_illegal_move'],
      ]);
    }
  });
});

function reachable(): Set<IntakeStage> {
  const seen = new Set<IntakeStage>(['inquiry']);
  const queue: IntakeStage[] = ['inquiry'];
  while (queue.length > 0) {
    const s = queue.shift() as IntakeStage;
    for (const n of INTAKE_TRANSITIONS[s]) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

describe('pipeline invariants', () => {
  it('reaches every stage from inquiry, and every path ends in a final stage', () => {
    expect([...reachable()].sort()).toEqual([...STAGES].sort());
    for (const s of STAGES) {
      if (isTerminalIntakeStage(s)) continue;
      expect(INTAKE_TRANSITIONS[s].some(isTerminalIntakeStage)).toBe(true);
    }
  });

  it('allows exactly the moves in the table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), fc.constantFrom(...STAGES), (from, to) => {
        expect(canMoveIntakeCase(from, to)).toBe(INTAKE_TRANSITIONS[from].includes(to));
      }),
      { numRuns: 200 },
    );
  });

  it('accepts every walk the table allows and rejects a walk with one move it does not', () => {
    const walk = fc.array(fc.nat(), { minLength: 1, maxLength: 12 }).map((picks) => {
      const path: IntakeStage[] = ['inquiry'];
      for (const p of picks) {
        const next = INTAKE_TRANSITIONS[path[path.length - 1] as IntakeStage];
        if (next.length === 0) break;
        path.push(next[p % next.length] as IntakeStage);
      }
      return path;
    });
    fc.assert(
      fc.property(walk, fc.constantFrom(...STAGES), (path, intruder) => {
        let c: IntakeCase = IntakeCase.parse(START);
        path.slice(1).forEach((to, i) => {
          const m = moveIntakeCase(c, { to }, { asOf: new Date(Date.UTC(2026, 2, 3 + i)).toISOString() });
          expect(m.outcome).toBe('moved');
          c = m.intakeCase;
        });
        const last = path[path.length - 1] as IntakeStage;
        const m = moveIntakeCase(c, { to: intruder }, { asOf: '2026-06-01T00:00:00Z' });
        expect(m.outcome === 'moved').toBe(INTAKE_TRANSITIONS[last].includes(intruder));
      }),
      { numRuns: 150 },
    );
  });
});
