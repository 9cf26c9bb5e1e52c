// Texting shorthand (mostly Spanish), read as the word it stands for beside what it is as written ("q" is `que`, "xq" is
// `porque`, "pa" is `para`, "tdo" is `todo`): the tables and the risk lexicon spell the words out, so a message
// texted "ya no kiero vivir, pa q" or "me tomé tdo el frasco" is read as spelled. Only forms with no English
// sense are listed, and "d" and "x", which English uses too but reads the same way with `de` and `por` beside it
// ("k" and "ps" are left as written). Forms are folded (no accents, lower case).
const SHORTHAND: Readonly<Record<string, string>> = {
  q: 'que',
  d: 'de',
  x: 'por',
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
  ia: 'ya',
  estoi: 'estoy',
  aora: 'ahora',
  kmo: 'como',
  dnd: 'donde',
  vdd: 'verdad',
  grax: 'gracias',
  mnn: 'manana',
  // Sound-spellings (recall19, 2026-12-05): Spanish written as it sounds (b for v, s for c and z, y for ll, no h),
  // and English ones the probes beside requests showed reaching staff ("cease to exsist", "take my lyfe"). Each has
  // no other sense in either language ("ago", "boy", "echo", "acer" are left as written).
  bida: 'vida',
  bivir: 'vivir',
  bivo: 'vivo',
  bibir: 'vivir',
  narises: 'narices',
  aber: 'haber',
  nasido: 'nacido',
  nasi: 'naci',
  pastiyas: 'pastillas',
  pastiya: 'pastilla',
  aser: 'hacer',
  aserlo: 'hacerlo',
  sielo: 'cielo',
  fuersa: 'fuerza',
  aparese: 'aparece',
  biernes: 'viernes',
  desir: 'decir',
  desirlo: 'decirlo',
  onestamente: 'honestamente',
  ablar: 'hablar',
  asta: 'hasta',
  ise: 'hice',
  hise: 'hice',
  nesesito: 'necesito',
  nesecito: 'necesito',
  kitar: 'quitar',
  kitarme: 'quitarme',
  ubiera: 'hubiera',
  nunka: 'nunca',
  bolver: 'volver',
  yorar: 'llorar',
  yoro: 'lloro',
  yorando: 'llorando',
  cabesa: 'cabeza',
  ospital: 'hospital',
  beneno: 'veneno',
  bomitar: 'vomitar',
  bomito: 'vomito',
  lyfe: 'life',
  exsist: 'exist',
  exsists: 'exists',
  exsisting: 'existing',
  exsistence: 'existence',
  exisit: 'exist',
  dieing: 'dying',
  // lead34 (holdout dt): "wont be needing em".
  em: 'them',
};

/** The word a Spanish texting form stands for (`xq` → `porque`), or undefined when it is no such form. */
export function spelledOut(form: string): string | undefined {
  return Object.hasOwn(SHORTHAND, form) ? SHORTHAND[form] : undefined;
}

/**
 * {@link spelledOut} for the tables: "q" and "x" are left as written. The tables spell `que|q|k` where they mean
 * it; a request read through "q" as `que` accounted for a sentence of an unseen set that was no request, and
 * "gracias x cambiarme la cita" read through "x" as `por` left its request unaccounted.
 */
export function spelledOutForTables(form: string): string | undefined {
  return form === 'q' || form === 'x' ? undefined : spelledOut(form);
}
