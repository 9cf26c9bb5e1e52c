import type { TriageTable } from '../triage-category.js';

/**
 * Plan and intent: a decision made, a date or a time set, a way chosen, a last message (the C-SSRS
 * screener's questions on intent and plan). [sources: c-ssrs-screener]
 */
export const PLAN_INTENT: TriageTable = {
  label: 'plan_intent',
  en: [
    '{possess}|made|make|making|have ..2 a|the ..1 plan & {kill}|{die}|date|tonight|{pills}|{firearm}|{rope}|goodbye',
    'plan|plans|planning|planned ..3 to ..3 {kill}|{die}|overdose|jump|hang|shoot',
    'plan|plans|planning|planned ..3 to ..3 end ..1 it|things|my',
    'my ..1 plan ..1 is ..3 to ..4 {kill}|{die}|{pills}|{med_name}|jump|hang|shoot|end|tonight',
    'plan ..2 and ..1 a ..1 date',
    'how ..1 and ..1 when',
    'when ..1 and ..1 how',
    'do ..1 it ..5 when ..3 everyone|everybody|nobody|noone|asleep|alone',
    'tonight ..1 is ..1 the ..1 night',
    'i|ive ..2 picked|chose|chosen ..1 the ..1 date|day',
    'made ..2 up ..1 my ..1 mind & {kill}|{die}|goodbye|end|tonight|go',
    'this ..1 is ..2 my|the ..1 last ..1 message|goodbye|text',
    'wont|{neg} ..2 need ..2 them|it|appointments|sessions|therapy|anything ..2 after ..1 this|tonight|today|tomorrow',
    'wont|{neg} ..3 be ..1 around|here|alive & anyway',
    'last ..1 day|night ..2 on ..1 earth',
    'last ..1 night|day ..1 alive',
    'by ..1 the ..1 time ..3 read ..1 this',
    'when|after ..1 im ..1 gone',
    'when|after ..1 i ..1 am ..1 gone',
    'going|gonna ..2 to ..1 kill ..1 myself|me',
  ],
  es: [
    'ya ..2 tengo ..1 un ..1 plan',
    'tengo ..1 un ..1 plan & morir*|matarme|viernes|sabado|domingo|noche|fecha|hacerlo',
    'ya ..1 decidi ..4 matarme|morir*|quitarme|hacerlo|despedirme',
    '{neg} ..1 voy ..1 a ..1 estar ..2 aqui|viva|vivo',
    'esta ..1 noche ..3 me ..2 voy|matar|muero',
    'ultimo ..1 mensaje|adios',
  ],
};
