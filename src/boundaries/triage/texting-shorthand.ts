// Spanish texting shorthand, read as the word it stands for beside what it is as written ("q" is `que`, "xq" is
// `porque`, "pa" is `para`, "tdo" is `todo`): the tables and the risk lexicon spell the words out, so a message
// texted "ya no kiero vivir, pa q" or "me tomé tdo el frasco" is read as spelled. Only forms with no English
// sense are listed ("k", "d", "x" and "ps" are English too and are left as written). Forms are folded (no
// accents, lower case).
const SHORTHAND: Readonly<Record<string, string>> = {
  q: 'que',
  ke: 'que',
  xq: 'porque',
  xk: 'porque',
  pq: 'porque',
  porq: 'porque',
  porke: 'porque',
  tdo: 'todo',
  tda: 'toda',
  tdos: 'todos',
  tdas: 'todas',
  tds: 'todos',
  tb: 'tambien',
  tmb: 'tambien',
  tmbn: 'tambien',
  tbn: 'tambien',
  nda: 'nada',
  pa: 'para',
  xa: 'para',
  xo: 'pero',
  aki: 'aqui',
  dsp: 'despues',
  dsps: 'despues',
  bn: 'bien',
  kiero: 'quiero',
  kieres: 'quieres',
  kiere: 'quiere',
  kisiera: 'quisiera',
  nadien: 'nadie',
  nunk: 'nunca',
  tmpc: 'tampoco',
  stoy: 'estoy',
  estoi: 'estoy',
  aora: 'ahora',
  kmo: 'como',
  dnd: 'donde',
  vdd: 'verdad',
  grax: 'gracias',
  mnn: 'manana',
};

/** The word a Spanish texting form stands for (`xq` → `porque`), or undefined when it is no such form. */
export function spelledOut(form: string): string | undefined {
  return Object.hasOwn(SHORTHAND, form) ? SHORTHAND[form] : undefined;
}
