// The words the tables know, numbered. A word of a message is looked up once (normalised, then exactly, as
// a stem, with doubled letters squeezed, then one edit away) and answers with the numbers ("atoms") of the
// table words, stems and word classes it stands for.
import { foldAccents, shortenStretched, squeeze, withinOneEdit, wordForm } from './word-form.js';

/** A word class as data: its words (`word` or `stem*`, space-separated) and what the class says of them. */
export interface WordClassDefinition {
  readonly words: string;
  /** Words that carry risk (death, weapons, pills, heights): never waved through unexplained. */
  readonly sensitive?: boolean;
  /** Everyday words that say nothing clinical: a sentence of them needs no other explanation. */
  readonly neutral?: boolean;
  /** Function words of a language, counted to name the language of a message. */
  readonly language?: 'en' | 'es';
}

/** What the lexicon knows about one word of a message. */
export interface WordFacts {
  readonly atoms: readonly number[];
  readonly neutral: boolean;
  readonly sensitive: boolean;
  /** Bit 1: an English function word; bit 2: a Spanish one. */
  readonly languages: number;
}

/** Classes every lexicon has: a number, a number of five or more, a time (`3pm`, `10am`). */
export const BUILT_IN_CLASSES = Object.freeze({ number: 'number', bigNumber: 'big_number', time: 'time' });

const FUZZY_WORD_LETTERS = 7;
const FUZZY_STEM_LETTERS = 6;
const FUZZY_WORD_MIN = 6;

interface Flags {
  sensitive: boolean;
  neutral: boolean;
  languages: number;
}

/** A compiled lexicon: lookups from normalised forms to atoms. */
export class WordLexicon {
  private readonly atomIds = new Map<string, number>();
  private readonly exact = new Map<string, Set<number>>();
  private readonly stems = new Map<string, Set<number>>();
  private readonly squeezedExact = new Map<string, Set<number>>();
  private readonly squeezedStems = new Map<string, Set<number>>();
  private readonly flags = new Map<number, Flags>();
  /** How common each atom is (see {@link commonness}): a word by its most common class, a class by its words. */
  private readonly classMembers = new Map<number, number[]>();
  private readonly wordWeights = new Map<number, number>();
  private readonly classWeights = new Map<number, number>();
  private stemLengths: number[] = [];
  private squeezedStemLengths: number[] = [];
  /**
   * Long table words and stems by first letter and length (`s8` holds `suicidal`), for reading a misspelling
   * one edit away: a misspelling rarely changes the first letter.
   */
  private readonly fuzzy = new Map<string, FuzzyTarget[]>();
  private fuzzyStemLengths: number[] = [];
  /** Table words as written (not their inflections): the only words a misspelling is read as. */
  private readonly baseWords = new Set<string>();
  /** The longest word or stem the tables spell out (see {@link firstSpelledSuffix}). */
  private longest = 0;
  private sealed = false;

  constructor(classes: Readonly<Record<string, WordClassDefinition>>) {
    for (const [name, definition] of Object.entries(classes)) {
      const classAtom = this.atom(`{${name}}`);
      this.flags.set(classAtom, {
        sensitive: definition.sensitive === true,
        neutral: definition.neutral === true,
        languages: definition.language === 'en' ? 1 : definition.language === 'es' ? 2 : 0,
      });
      const members: number[] = [];
      for (const written of definition.words.split(/\s+/)) {
        const entry = foldAccents(written);
        if (entry.length === 0) continue;
        const own = entry.endsWith('*')
          ? this.addStem(entry.slice(0, -1), classAtom)
          : this.addWord(entry, classAtom);
        members.push(own);
        this.wordWeights.set(own, Math.max(this.wordWeights.get(own) ?? 1, weightOf(definition)));
      }
      this.classMembers.set(classAtom, members);
    }
    // Numbers and times are everywhere in messages.
    for (const name of Object.values(BUILT_IN_CLASSES)) this.classWeights.set(this.atom(`{${name}}`), 1000);
    for (const [classAtom, members] of this.classMembers) {
      let weight = 0;
      for (const member of members) weight += this.wordWeights.get(member) ?? 1;
      this.classWeights.set(classAtom, weight);
    }
  }

  /** The atom of a class, word or stem (`{name}`, `word`, `stem*`), created when first asked for. */
  atom(key: string): number {
    let id = this.atomIds.get(key);
    if (id === undefined) {
      if (this.sealed) throw new Error('the lexicon is sealed');
      id = this.atomIds.size;
      this.atomIds.set(key, id);
    }
    return id;
  }

  /**
   * How common an atom is likely to be in a message, for choosing which word of a pattern to look for first:
   * a function word weighs a thousand, an everyday word twenty, a table word one; a class, its words' sum.
   */
  commonness(atom: number): number {
    return this.classWeights.get(atom) ?? this.wordWeights.get(atom) ?? 1;
  }

  /** Every form the tables spell out exactly (words and their generated inflections). */
  exactForms(): IterableIterator<string> {
    return this.exact.keys();
  }

  /** How many atoms there are. */
  get atomCount(): number {
    return this.atomIds.size;
  }

  /** Whether a class of this name exists. */
  hasClass(name: string): boolean {
    return this.atomIds.has(`{${name}}`);
  }

  /** Adds a table word (its own atom, plus the class's if given) and returns the word's atom. */
  addWord(word: string, classAtom?: number): number {
    const form = shortenStretched(word);
    const own = this.atom(form);
    this.baseWords.add(form);
    for (const inflected of [form, ...inflectionsOf(form)]) {
      add(this.exact, inflected, own, classAtom);
      add(this.squeezedExact, squeeze(inflected), own, classAtom);
    }
    return own;
  }

  /** Adds a table word that matches only itself (`=word`), not its inflections, and returns its atom. */
  addExactWord(word: string): number {
    const form = shortenStretched(word);
    const own = this.atom(`=${form}`);
    add(this.exact, form, own, undefined);
    add(this.squeezedExact, squeeze(form), own, undefined);
    return own;
  }

  /** Adds a table stem (`word*` without the star) and returns its atom. */
  addStem(stem: string, classAtom?: number): number {
    const own = this.atom(`${stem}*`);
    add(this.stems, stem, own, classAtom);
    add(this.squeezedStems, squeeze(stem), own, classAtom);
    // `abc^` marks a stem beginning (see collect); no table word holds `^`, so it never matches a word.
    this.stems.set(`${stem.slice(0, 3)}^`, new Set());
    this.squeezedStems.set(`${squeeze(stem).slice(0, 3)}^`, new Set());
    return own;
  }

  /** Builds the search tables; no word can be added after. */
  seal(): void {
    this.sealed = true;
    this.stemLengths = lengthsOf(this.stems);
    this.squeezedStemLengths = lengthsOf(this.squeezedStems);
    for (const word of this.baseWords) {
      const atoms = this.exact.get(word);
      if (word.length >= FUZZY_WORD_LETTERS && atoms !== undefined) this.addFuzzy(word, false, atoms);
    }
    const stemLengths = new Set<number>();
    for (const [stem, atoms] of this.stems) {
      if (stem.length < FUZZY_STEM_LETTERS) continue;
      this.addFuzzy(stem, true, atoms);
      stemLengths.add(stem.length);
    }
    this.fuzzyStemLengths = [...stemLengths].sort((a, b) => a - b);
    for (const map of [this.exact, this.squeezedExact, this.stems, this.squeezedStems])
      for (const key of map.keys()) this.longest = Math.max(this.longest, key.length);
  }

  /**
   * Where the rest of a run of letters (`a`–`z`) first spells a word the tables know, looking only at rests of
   * `shortest` letters or more; -1 when none does. What {@link lookUp} answers for each rest, without
   * reading each rest whole: a word of letters is looked up by its form (stretched letters shortened), and a
   * form much longer than every table word is found only by its beginning (a stem, a squeezed stem, a stem
   * one edit away) and by whether it has a doubled letter (which lets squeezed stems be tried). So a long
   * form is looked up as its first letters (with a doubled letter added at the end if only later letters
   * have one): linear in the run, not quadratic.
   */
  firstSpelledSuffix(letters: string, shortest: number): number {
    const m = letters.length;
    // Longer than this, a form matches no exact word, inflection, squeezed word or misspelled word, and its
    // beginning holds every stem it could start with, squeezed or not.
    const head = 2 * this.longest + 8;
    // From the end: where the run of one letter starting at t ends, the length of the rest's form, and
    // whether the form has a doubled letter.
    const runEnd = new Int32Array(m + 1);
    const formLength = new Int32Array(m + 1);
    const doubled = new Uint8Array(m + 1);
    for (let t = m - 1; t >= 0; t -= 1) {
      const end =
        t + 1 < m && letters.charCodeAt(t) === letters.charCodeAt(t + 1) ? (runEnd[t + 1] as number) : t + 1;
      runEnd[t] = end;
      formLength[t] = Math.min(end - t, 2) + (formLength[end] as number);
      doubled[t] = end - t >= 2 || doubled[end] === 1 ? 1 : 0;
    }
    const seen = new Map<string, boolean>();
    for (let t = 0; m - t >= shortest; t += 1) {
      let form = '';
      let headDoubled = false;
      for (let at = t; at < m && form.length < head; at = runEnd[at] as number) {
        const n = Math.min((runEnd[at] as number) - at, 2);
        form += n === 2 ? letters.slice(at, at + 2) : letters[at];
        if (n === 2 && form.length <= head) headDoubled = true;
      }
      if ((formLength[t] as number) > head) {
        form = form.slice(0, head);
        if (doubled[t] === 1 && !headDoubled) form += 'zz';
      }
      // A run repeating a few letters has few forms: each is looked up once (forgotten on return).
      let spells = seen.get(form);
      if (spells === undefined) {
        spells = this.lookUp(form).atoms.length > 0;
        seen.set(form, spells);
      }
      if (spells) return t;
    }
    return -1;
  }

  private addFuzzy(text: string, stem: boolean, atoms: Set<number>) {
    const key = fuzzyKey(text, text.length, stem);
    const list = this.fuzzy.get(key);
    const target = { text, atoms: [...atoms] };
    if (list === undefined) this.fuzzy.set(key, [target]);
    else list.push(target);
  }

  /** Looks a raw word of a message up: its atoms and what they say. */
  lookUp(raw: string): WordFacts {
    const form = wordForm(raw);
    const atoms = new Set<number>();
    if (/^[0-9]+$/.test(form)) {
      atoms.add(this.atom(`{${BUILT_IN_CLASSES.number}}`));
      if (Number(form) >= 5) atoms.add(this.atom(`{${BUILT_IN_CLASSES.bigNumber}}`));
    } else if (/^[0-9]{1,4}(am|pm|a|p|hrs?|h|st|nd|rd|th)$/.test(form))
      atoms.add(this.atom(`{${BUILT_IN_CLASSES.time}}`));
    let found = collect(this.exact, this.stems, this.stemLengths, form, atoms);
    for (const base of found ? [] : inflectionBases(form)) {
      const hit = this.exact.get(base);
      if (hit === undefined) continue;
      for (const a of hit) atoms.add(a);
      found = true;
      break;
    }
    if (!found) {
      const squeezed = squeeze(form);
      const foundSqueezed =
        squeezed !== form &&
        collect(this.squeezedExact, this.squeezedStems, this.squeezedStemLengths, squeezed, atoms);
      if (!foundSqueezed && form.length >= FUZZY_WORD_MIN) this.lookUpFuzzy(form, atoms);
    }
    let neutral = false;
    let sensitive = false;
    let languages = 0;
    for (const atom of atoms) {
      const f = this.flags.get(atom);
      if (f === undefined) continue;
      neutral ||= f.neutral;
      sensitive ||= f.sensitive;
      languages |= f.languages;
    }
    if (/^[0-9]/.test(form)) neutral = true;
    return { atoms: [...atoms], neutral: neutral && !sensitive, sensitive, languages };
  }

  private lookUpFuzzy(form: string, atoms: Set<number>) {
    const n = form.length;
    for (let length = n - 1; length <= n + 1; length += 1) {
      for (const target of this.fuzzy.get(fuzzyKey(form, length, false)) ?? []) {
        if (withinOneEdit(form, target.text)) for (const a of target.atoms) atoms.add(a);
      }
    }
    // A stem is compared with the word's beginning of its length, one letter shorter or longer.
    for (const length of this.fuzzyStemLengths) {
      const targets = this.fuzzy.get(fuzzyKey(form, length, true));
      if (targets === undefined) continue;
      for (let prefix = length - 1; prefix <= Math.min(n, length + 1); prefix += 1) {
        const start = form.slice(0, prefix);
        for (const target of targets)
          if (withinOneEdit(start, target.text)) for (const a of target.atoms) atoms.add(a);
      }
    }
  }
}

/** A long table word or stem a misspelling may be read as. */
interface FuzzyTarget {
  readonly text: string;
  readonly atoms: readonly number[];
}

// Misspellings are looked for among words of the same first two letters (or with those two swapped).
function fuzzyKey(word: string, length: number, stem: boolean): string {
  const a = word[0] ?? '';
  const b = word[1] ?? '';
  return `${stem ? '*' : ''}${a < b ? a + b : b + a}${length}`;
}

/**
 * The regular inflections of a table word, so a table lists `take` and matches `takes`, `taking`, `taked`:
 * plural and third person, past, gerund, with the spelling rules (`cry` → `cries`, `cried`; `die` → `dying`;
 * `stop` → `stopped`). Words under three letters are left alone.
 */
export function inflectionsOf(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  const last = word[word.length - 1] as string;
  if (/(s|x|z|ch|sh|o)$/.test(word)) out.add(`${word}es`);
  out.add(`${word}s`);
  if (/[^aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    out.add(`${stem}ies`).add(`${stem}ied`);
  }
  if (word.endsWith('ie')) out.add(`${word.slice(0, -2)}ying`);
  if (last === 'e') out.add(`${word}d`).add(`${word.slice(0, -1)}ing`);
  out.add(`${word}ed`).add(`${word}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) out.add(`${word}${last}ed`).add(`${word}${last}ing`);
  return [...out];
}

/**
 * The forms a word may be an inflection of, most likely first: plurals and third persons (`mondays`,
 * `watches`, `tries`), past tenses (`uploaded`, `moved`, `stopped`), gerunds (`moving`, `cutting`), adverbs.
 */
export function inflectionBases(word: string): string[] {
  const out: string[] = [];
  const n = word.length;
  if (n < 4) return out;
  const undouble = (stem: string) =>
    stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : null;
  if (word.endsWith('ies') || word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    out.push(stem, `${stem}e`);
    const single = undouble(stem);
    if (single !== null) out.push(single);
  }
  if (word.endsWith('ing') && n > 5) {
    const stem = word.slice(0, -3);
    out.push(stem, `${stem}e`);
    const single = undouble(stem);
    if (single !== null) out.push(single);
  }
  if (word.endsWith('ly') && n > 5) out.push(word.slice(0, -2));
  // A dropped g (`thinkin`, `takin`), read only as a table's own -ing word: `matin` is not `mating`.
  if (word.endsWith('in') && n >= 5) out.push(`${word}g`);
  return out;
}

// How common a class's words are: function words most, everyday words next, table words least.
function weightOf(definition: WordClassDefinition): number {
  if (definition.language !== undefined) return 1000;
  return definition.neutral === true ? 20 : 1;
}

function add(map: Map<string, Set<number>>, key: string, own: number, classAtom: number | undefined) {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  set.add(own);
  if (classAtom !== undefined) set.add(classAtom);
}

function lengthsOf(stems: Map<string, Set<number>>): number[] {
  const lengths = new Set([...stems.keys()].filter((s) => !s.endsWith('^')).map((s) => s.length));
  return [...lengths].sort((a, b) => a - b);
}

function collect(
  exact: Map<string, Set<number>>,
  stems: Map<string, Set<number>>,
  stemLengths: readonly number[],
  form: string,
  atoms: Set<number>,
): boolean {
  let found = false;
  const direct = exact.get(form);
  if (direct !== undefined) {
    found = true;
    for (const a of direct) atoms.add(a);
  }
  // Every stem has at least three letters: a word whose first three start none skips them all.
  if (!stems.has(`${form.slice(0, 3)}^`)) return found;
  for (const length of stemLengths) {
    if (length > form.length) break;
    const hit = stems.get(length === form.length ? form : form.slice(0, length));
    if (hit === undefined) continue;
    found = true;
    for (const a of hit) atoms.add(a);
  }
  return found;
}
