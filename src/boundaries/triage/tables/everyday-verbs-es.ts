// Everyday Spanish verbs in the forms they are written in: "seguimos la otra semana", "ahí estaré", "mi hija
// cumplió 18", "cancelen lo que tenga", "me pagan el 15". The tables listed Spanish verbs form by form (English
// ones are read with their inflections), so a sentence of everyday Spanish beside a request went to a clinician
// for a tense nobody had listed. Here each verb is conjugated by construction: present, preterite, imperfect,
// future, conditional, present subjunctive, gerund and participle, and the infinitive with a pronoun after it
// ("llenarlo", "llevarla"). Accents are folded before lookup, so the forms are written without them.
//
// Only verbs of logistics and everyday life. Left out: verbs of the body, feeling, sleep, taking, ending,
// leaving, dying, living or harm (tomar, acabar, terminar, dejar, vivir, morir, matar, quitar, sentir, dormir,
// cortar, caer, pasar, dar, decidir: each has a sense of risk a crisis rule reads), volver ("lo volví a hacer"
// is a relapse), hacer and decir (the unnamed act and its telling: "ya lo hice", "no sé cómo decirlo"), poner
// ("me puso una app para saber dónde estoy", "me puso la mano encima"), preguntar (asking is how a clinical
// question is put: "quisiera preguntarle si ..." read as the desk's enquiry carried what followed to staff), cuidar
// (care of a pet or of children handed over: "le dijo a su amigo que cuide a su perro"), verbs
// of wanting or help (querer, ayudar: a statement and a plea), and of knowing or understanding (saber, entender:
// "no entiendo lo que me pasa" says something of the writer). A test checks that no form is a word of risk.

/**
 * Verbs of the desk's logistics (sending, booking, paying, arriving, signing), regular or stem-changing: their
 * forms count as logistics beside a request, as "mandar" and "confirmar" do (see everyday-words.ts).
 */
const LOGISTICS_VERBS = `necesitar pagar regresar informar confirmar viajar configurar cancelar llamar faltar llegar
  contestar mandar enviar firmar llenar estacionar esperar avisar agendar programar reprogramar cambiar
  mudar apuntar anotar reservar atrasar adelantar revisar imprimir descargar conectar entregar inscribir asistir
  escribir recibir cobrar comprar registrar actualizar instalar escuchar devolver:ue pedir:i atender:ie
  resetear reiniciar desbloquear`;

/** Everyday verbs of no logistics: neutral words, as "ir" and "venir" are. */
const EVERYDAY_VERBS = `limpiar entrar llevar ocupar hablar usar trabajar manejar buscar aceptar olvidar
  mirar explicar funcionar acompanar tardar visitar quedar estudiar preparar subir bajar sacar cumplir
  compartir leer responder recoger apoyar lavar cocinar organizar arreglar reparar encontrar:ue acordar:ue
  recordar:ue contar:ue costar:ue mostrar:ue probar:ue jugar:ue llover:ue mover:ue empezar:ie comenzar:ie
  cerrar:ie seguir:i servir:i repetir:i conseguir:i`;

/**
 * The auxiliaries (estar, poder, tener, ir), their forms written out: function words, as "puedo", "estoy",
 * "tengo" and "voy" are (see everyday-words.ts), so "hay algo que pueda hacer" is a question of function words.
 */
const AUXILIARY: Readonly<Record<string, string>> = {
  estar: `estoy estas esta estamos estan este esten estuve estuvo estuvimos estuvieron estaba estaban estare estara
    estaremos estaran estaria estando`,
  poder:
    'puedo puede pueden pude pudo pudimos pudieron podia podre podra podremos podran podria pueda puedan',
  tener: `tengo tiene tienen tuve tuvo tuvimos tuvieron tenia tenian tendre tendra tendremos tendran tendria tenga
    tengan teniendo`,
  ir: 'voy va van fui fue fuimos fueron iba iban ire ira iremos iran iria vaya vayan yendo',
};

/** Irregular verbs, their forms written out (with the infinitive and the infinitive with a pronoun after it). */
const IRREGULAR: Readonly<Record<string, string>> = {
  venir: `vengo viene vienen vine vino vinimos vinieron venia vendre vendra vendremos vendran vendria venga vengan
    viniendo`,
  traer: 'traigo trae traen traje trajo trajimos trajeron traia traiga traigan trayendo',
  salir: 'salgo sale salen sali salio salimos salieron salia saldre saldra saldria salga salgan saliendo',
  ver: 'veo ve ven vi vio vimos vieron veia vere vera veria vea vean viendo visto',
};

const PRONOUNS = 'lo la los las le les me nos'.split(' ');
// Left out: forms a crisis table declares as its risk vocabulary (tables/risk-vocabulary.ts; a word of risk is
// never everyday, and a test checks that no form is one): "sigo" (still thinking of it), "no responde"
// (unresponsive), "todo arreglado" (affairs settled). And forms that are names in English messages ("Dr. Lee",
// "Leo", "Vera", "Mira"): a capitalised word no table knows is read as a name, so these stay unknown.
const LEFT_OUT: ReadonlySet<string> = new Set(
  'sigo sigues sigue responde respondes arreglado arreglados lee leo vera mira'.split(' '),
);
// The present's stressed persons (yo, tú, él, ellos) and the subjunctive's: the forms a changed stem takes.
const STRESSED = new Set(['o', 'as', 'a', 'an', 'es', 'e', 'en']);
// The preterite's third persons and the gerund: an -ir verb changing e > i raises its stem there (pidió).
const RAISED = new Set(['io', 'ieron', 'iendo']);

/**
 * The forms of a verb conjugated by the book, those written to a practice (not the tú of the past, the future or
 * the subjunctive: "compraste", "pagarás"). With `changed`, the forms a changed stem takes are left out: the
 * stressed ones, and for an -ir verb changing e > i (seguir), the subjunctive's and the third persons' of the
 * preterite and the gerund's (sigamos, siguió, siguiendo).
 */
function regularForms(infinitive: string, changed: 'ue' | 'ie' | 'i' | null): string[] {
  const stem = infinitive.slice(0, -2);
  const ending = infinitive.slice(-2);
  const ar = ending === 'ar';
  // Spelling keeps the sound of the stem's last consonant: pagué, busqué, empecé; recojo, sigo.
  const beforeE = ar ? stem.replace(/g$/, 'gu').replace(/c$/, 'qu').replace(/z$/, 'c') : stem;
  const beforeA = ar ? stem : stem.endsWith('gu') ? stem.slice(0, -1) : stem.replace(/g$/, 'j');
  const present = ar
    ? { o: stem, as: stem, a: stem, amos: stem, an: stem }
    : { o: beforeA, es: stem, e: stem, [ending === 'er' ? 'emos' : 'imos']: stem, en: stem };
  const subjunctive = ar
    ? { e: beforeE, emos: beforeE, en: beforeE }
    : { a: beforeA, amos: beforeA, an: beforeA };
  const raised = changed === 'i' && !ar;
  const forms: string[] = [];
  for (const persons of [present, subjunctive])
    for (const [suffix, base] of Object.entries(persons))
      if (!(changed !== null && STRESSED.has(suffix)) && !(raised && persons === subjunctive))
        forms.push(base + suffix);
  const past = ar
    ? ['o', 'amos', 'aron', 'aba', 'abamos', 'aban', 'ando', 'ado', 'ada', 'ados', 'adas']
    : ['i', 'io', 'imos', 'ieron', 'ia', 'iamos', 'ian', 'iendo', 'ido', 'ida', 'idos', 'idas'];
  for (const suffix of past) if (!(raised && RAISED.has(suffix))) forms.push(stem + suffix);
  for (const suffix of ['e', 'a', 'emos', 'an', 'ia', 'ian']) forms.push(infinitive + suffix);
  for (const pronoun of PRONOUNS) forms.push(infinitive + pronoun);
  return forms;
}

/** The stressed forms of a stem-changing verb: the stem's last `o` or `e` changed (jugar's `u`). */
function stemChangedForms(infinitive: string, change: 'ue' | 'ie' | 'i'): string[] {
  const stem = infinitive.slice(0, -2);
  const ar = infinitive.endsWith('ar');
  const at = stem.lastIndexOf(infinitive === 'jugar' ? 'u' : change === 'ue' ? 'o' : 'e');
  const changed = `${stem.slice(0, at)}${change}${stem.slice(at + 1)}`;
  const forms = ar
    ? [`${changed}o`, `${changed}as`, `${changed}a`, `${changed}an`]
    : [`${changed.replace(/gu$/, 'g')}o`, `${changed}es`, `${changed}e`, `${changed}en`];
  const subjunctive = ar
    ? `${changed.replace(/g$/, 'gu').replace(/c$/, 'qu').replace(/z$/, 'c')}e`
    : `${changed.replace(/gu$/, 'g')}a`;
  forms.push(subjunctive, `${subjunctive}n`);
  // An -ir verb changes e > i in the preterite's third persons, the gerund and the subjunctive's nosotros too
  // (siguió, sirviendo, pidamos).
  if (!ar && change === 'i') {
    const i = `${stem.slice(0, at)}i${stem.slice(at + 1)}`;
    forms.push(`${i}io`, `${i}ieron`, `${i}iendo`, `${i.replace(/gu$/, 'g')}amos`);
  }
  return forms;
}

/**
 * Every form of the verbs of a list (`verb` or `verb:change`), and of the irregular verbs given (with a pronoun
 * after the infinitive when `pronouns`: "traerlo", not "irme").
 */
function formsOf(verbs: string, irregular: Readonly<Record<string, string>>, pronouns: boolean): string {
  const forms = new Set<string>();
  for (const written of verbs.split(/\s+/).filter((v) => v.length > 0)) {
    const [verb = '', change] = written.split(':') as [string, ('ue' | 'ie' | 'i')?];
    forms.add(verb);
    for (const form of regularForms(verb, change ?? null)) forms.add(form);
    if (change !== undefined) for (const form of stemChangedForms(verb, change)) forms.add(form);
  }
  for (const [verb, written] of Object.entries(irregular))
    for (const form of [verb, ...(pronouns ? PRONOUNS.map((p) => verb + p) : []), ...written.split(/\s+/)])
      if (form.length > 0) forms.add(form);
  return [...forms].filter((form) => !LEFT_OUT.has(form)).join(' ');
}

/** Every form of the everyday verbs and the irregular ones, space-separated (accents folded). */
export const EVERYDAY_VERB_FORMS_ES: string = formsOf(EVERYDAY_VERBS, IRREGULAR, true);

/** Every form of the auxiliaries, space-separated (accents folded). */
export const AUXILIARY_VERB_FORMS_ES: string = formsOf('', AUXILIARY, false);

/** Every form of the desk's verbs, space-separated (accents folded). */
export const LOGISTICS_VERB_FORMS_ES: string = formsOf(LOGISTICS_VERBS, {}, true);
