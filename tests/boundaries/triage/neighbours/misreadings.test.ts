// Real words a letter from a risk word (stalled, leaking) read as themselves; real misspellings still risk.
import { describe, expect, it } from 'vitest';
import { isStaff, triage } from './neighbour-kit.js';

describe('real words a letter from a word of risk', () => {
  it('still reads the misspellings people make of the words of risk', () => {
    for (const text of [
      'my boyfriend has been stalking me and showed up at my job',
      'he is chocking on something and turning blue',
      'she had a seisure and is not waking up',
      'thinking about suicde again',
      'i want to kill myslef',
      'mi tío me molestó cuando era niña y ahora lo veo cada noche en mi cuarto',
    ])
      expect(triage(text).outcome, text).toBe('crisis');
  });

  it('reads them as themselves, not as a misspelled word of risk', () => {
    for (const text of [
      'My car stalled on the highway so I am running late.',
      'The pipe is leaking in the waiting room.',
      'I am leaning towards the later slot, can we book it?',
      'The threads in the portal are confusing, where do I upload my insurance card?',
      'Is sharing my records without consent a violation? I want a copy of the release form.',
      'Disculpe que le moleste, ¿puedo cambiar mi cita?',
      'Me gustaría ahorrar en el copago, ¿hay descuento?',
      'Necesito resolver un problema con mi factura.',
      'Me han despedido del trabajo, ¿puedo hacer un plan de pagos?',
      '¿Puedo quedarme con la cita del martes?',
    ])
      expect(isStaff(triage(text)), text).toBe(true);
  });

  it('reads a Spanish word a letter from a desk word as itself, not as the desk word (pasando is not pagando)', () => {
    for (const text of [
      'hola, puedo cambiar mis citas a cada semana? estoy pasando por un divorcio y está muy difícil',
      'estoy pasando por algo muy duro y no sé qué hacer',
    ])
      expect(isStaff(triage(text)), text).toBe(false);
    expect(isStaff(triage('estoy pagando la cuenta con tarjeta, ¿me manda el recibo?'))).toBe(true);
  });
});
