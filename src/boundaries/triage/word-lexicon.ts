// The words the tables know, numbered. A word of a message is looked up once (normalised, then exactly, as
// a stem, with doubled letters squeezed, then one edit away) and answers with the numbers ("atoms") of the
// table words, stems and word classes it stands for.
import { spelledOutForTables } from './texting-shorthand.js';
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
  /** A word no table knows one edit from a short table word: a misspelling the tables cannot read. */
  readonly misspelled?: boolean;
  /** Bit 1: an English function word; bit 2: a Spanish one. */
  readonly languages: number;
}

/** Classes every lexicon has: a number, a number of five or more, a time (`3pm`, `10am`). */
export const BUILT_IN_CLASSES = Object.freeze({ number: 'number', bigNumber: 'big_number', time: 'time' });

const FUZZY_WORD_LETTERS = 7;
const FUZZY_STEM_LETTERS = 6;
// Table words of five or six letters: too short to be read one edit away (`asuste` is not `ajuste`), yet a word one
// edit from one of them is a misspelling, not a name or a brand (`garag`, `hidng`, `arond`): never waved through.
const NEAR_WORD_LETTERS = 5;
const FUZZY_WORD_MIN = 6;
// How a regular inflection ends with its vowel dropped (`bleedng`, `changd`): a word read only as a stem's start is
// read one edit away only then (`embarazoso` starts `embaraz*` and is one edit from `embarazos`).
const BROKEN_SUFFIX = /(ng|[^e]d)$/;
// Shorter than this, a word typed with a doubled letter single is not read as the table word (`al`, `wil`).
const SINGLED_WORD_MIN = 4;
// The most stars a word may hide letters behind and still be read (see WordLexicon.lookUpStarred).
const MAX_STARS = 2;
// What is known of a form in firstSpelledSuffix.
const UNKNOWN = 0;
const NO = 1;
const YES = 2;

interface Flags {
  sensitive: boolean;
  neutral: boolean;
  languages: number;
}

/** A compiled lexicon: lookups from normalised forms to atoms. */
export class WordLexicon {
  private readonly atomIds = new Map<string, number>();
  // Each form's atoms as a list (not a set: some 90,000 forms, and a list of one or two atoms costs far less).
  private readonly exact: AtomLists = new Map();
  private readonly stems: AtomLists = new Map();
  // Only the squeezed forms a table form with a doubled letter squeezes to (`pils`, from `pills`), each with every
  // atom filed under it in order; every other squeezed form is a table form itself, with its atoms in `exact`.
  private readonly squeezedExact: AtomLists = new Map();
  private readonly squeezedStems: AtomLists = new Map();
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
  private readonly fuzzy = new Map<number, FuzzyTargets>();
  private fuzzyStemLengths: number[] = [];
  /** Table words of {@link NEAR_WORD_LETTERS} letters up to the fuzzy ones, likewise (see `misspells`). */
  private readonly near = new Map<number, FuzzyTargets>();
  /** Table words as written (not their inflections). */
  private readonly baseWords = new Set<string>();
  /** Table words of rules and of risk: a misspelling may be one of their inflections (see seal). */
  private readonly inflectedWords = new Set<string>();
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
    // A word the tables name again (most are named in many rules) adds nothing new without a class.
    // A misspelled inflection is read as the inflection (see seal) when a rule or a class of risk names the word.
    // An everyday word's (most of the classes' words) are left out: they flagged real words (`busiest` one edit
    // from `busies`, `mamaw` from `mamas`) and would double what the index costs to build.
    if (classAtom === undefined || this.flags.get(classAtom)?.neutral !== true) this.inflectedWords.add(form);
    if (classAtom === undefined && this.baseWords.has(form)) return this.atom(form);
    const own = this.atom(form);
    this.baseWords.add(form);
    for (const inflected of [form, ...inflectionsOf(form)]) this.addExact(inflected, own, classAtom);
    return own;
  }

  /** Adds a table word that matches only itself (`=word`), not its inflections, and returns its atom. */
  addExactWord(word: string): number {
    const form = shortenStretched(word);
    if (this.atomIds.has(`=${form}`)) return this.atom(`=${form}`);
    const own = this.atom(`=${form}`);
    this.addExact(form, own, undefined);
    return own;
  }

  // Files a form under itself and under its squeezed form (see squeezedExact).
  private addExact(form: string, own: number, classAtom: number | undefined) {
    add(this.exact, form, own, classAtom);
    const squeezed = squeeze(form);
    if (squeezed !== form) {
      if (!this.squeezedExact.has(squeezed))
        this.squeezedExact.set(squeezed, [...(this.exact.get(squeezed) ?? [])]);
      add(this.squeezedExact, squeezed, own, classAtom);
    } else if (this.squeezedExact.has(form)) add(this.squeezedExact, form, own, classAtom);
  }

  // The atoms filed under a squeezed form (see squeezedExact).
  private squeezedAtoms(squeezed: string): readonly number[] | undefined {
    return this.squeezedExact.get(squeezed) ?? this.exact.get(squeezed);
  }

  /** Adds a table stem (`word*` without the star) and returns its atom. */
  addStem(stem: string, classAtom?: number): number {
    if (classAtom === undefined && this.atomIds.has(`${stem}*`)) return this.atom(`${stem}*`);
    const own = this.atom(`${stem}*`);
    add(this.stems, stem, own, classAtom);
    add(this.squeezedStems, squeeze(stem), own, classAtom);
    // `abc^` marks a stem beginning (see collect); no table word holds `^`, so it never matches a word.
    this.stems.set(`${stem.slice(0, 3)}^`, []);
    this.squeezedStems.set(`${squeeze(stem).slice(0, 3)}^`, []);
    return own;
  }

  /** Builds the search tables; no word can be added after. */
  seal(): void {
    this.sealed = true;
    this.stemLengths = lengthsOf(this.stems);
    this.squeezedStemLengths = lengthsOf(this.squeezedStems);
    // A misspelling is read as a table word or as a regular inflection of one (`bleedng`, `changd`): the tables
    // write verbs in their base form, and stripping a suffix finds nothing when the typo is in it.
    const indexed = new Set<string>();
    const inflected: string[] = [];
    // Past tenses and gerunds only: a plural one edit from a real word of the other language (`embarazos`,
    // `embarazoso`) read it as a clinical detail.
    for (const word of this.inflectedWords)
      for (const form of inflectionsOf(word))
        if (form.endsWith('ed') || form.endsWith('ing')) inflected.push(form);
    for (const form of [...this.baseWords, ...inflected]) {
      const atoms = this.exact.get(form);
      if (atoms === undefined || form.length < NEAR_WORD_LETTERS || indexed.has(form)) continue;
      indexed.add(form);
      this.addFuzzy(form, false, atoms, form.length >= FUZZY_WORD_LETTERS ? this.fuzzy : this.near);
    }
    this.inflectedWords.clear();
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
    // The run with each repeated letter kept at most twice: every rest's form is a piece of it, from where
    // the rest's first letter is (from the second of a doubled pair when only one of the letters is left).
    const codes = new Uint16Array(m);
    let length = 0;
    const formAt = new Int32Array(m + 1);
    for (let t = 0; t < m; ) {
      const code = letters.charCodeAt(t);
      let end = t + 1;
      while (end < m && letters.charCodeAt(end) === code) end += 1;
      const kept = Math.min(end - t, 2);
      for (let at = t; at < end; at += 1) formAt[at] = length + (end - at >= 2 ? 0 : kept - 1);
      for (let k = 0; k < kept; k += 1) codes[length++] = code;
      t = end;
    }
    formAt[m] = length;
    const form = length === m ? letters : UTF16.decode(codes.subarray(0, length));
    // Where the form's next doubled letter is, from each place (-1 for none).
    const nextDouble = new Int32Array(form.length + 1).fill(-1);
    for (let q = form.length - 2; q >= 0; q -= 1)
      nextDouble[q] = form.charCodeAt(q) === form.charCodeAt(q + 1) ? q : (nextDouble[q + 1] as number);
    // Whether a form much longer than every table word ends its key with a doubled letter (see below).
    const addsDouble = (q: number) => {
      const double = nextDouble[q] as number;
      return double >= 0 && double + 2 > q + head;
    };
    // Each form is looked up once (forgotten on return): by its key in `seen`, or, in a run that repeats a few
    // letters, as the form one place after an earlier one with the same key when the letter each adds at the
    // end is the same (`partner`), without making its key.
    const seen = new Map<string, number>();
    const spelled = new Uint8Array(form.length + 1).fill(UNKNOWN);
    let partner = -1;
    let previous = -1;
    for (let t = 0; m - t >= shortest; t += 1) {
      const q = formAt[t] as number;
      if (q === previous) {
        if (spelled[q] === YES) return t;
        continue;
      }
      const long = form.length - q > head;
      const next = partner + 1;
      if (
        long &&
        partner >= 0 &&
        q === previous + 1 &&
        spelled[next] !== UNKNOWN &&
        form.charCodeAt(q + head - 1) === form.charCodeAt(next + head - 1) &&
        addsDouble(q) === addsDouble(next)
      ) {
        partner = next;
        spelled[q] = spelled[next] as number;
      } else {
        // A form much longer than every table word is looked up as its beginning, with a doubled letter
        // added when only later letters have one (which lets squeezed stems be tried).
        const key = long ? form.slice(q, q + head) + (addsDouble(q) ? 'zz' : '') : form.slice(q);
        const earlier = seen.get(key);
        if (earlier === undefined) {
          seen.set(key, q);
          spelled[q] = this.lookUp(key).atoms.length > 0 ? YES : NO;
          partner = -1;
        } else {
          spelled[q] = spelled[earlier] as number;
          partner = long ? earlier : -1;
        }
      }
      previous = q;
      if (spelled[q] === YES) return t;
    }
    return -1;
  }

  private addFuzzy(
    text: string,
    stem: boolean,
    atoms: readonly number[],
    index: Map<number, FuzzyTargets> = this.fuzzy,
  ) {
    const key = fuzzyKey(text);
    let targets = index.get(key);
    if (targets === undefined) {
      targets = { words: [], stems: [] };
      index.set(key, targets);
    }
    const byLength = stem ? targets.stems : targets.words;
    const target = { text, atoms, letters: letterBits(text, text.length) };
    const list = byLength[text.length];
    if (list === undefined) byLength[text.length] = [target];
    else list.push(target);
  }

  /** Looks a raw word of a message up: its atoms and what they say. */
  lookUp(raw: string): WordFacts {
    const form = wordForm(raw);
    const atoms = new Set<number>();
    if (form.includes('*')) return this.lookUpStarred(form);
    if (/^[0-9]+$/.test(form)) {
      atoms.add(this.atom(`{${BUILT_IN_CLASSES.number}}`));
      if (Number(form) >= 5) atoms.add(this.atom(`{${BUILT_IN_CLASSES.bigNumber}}`));
    } else if (/^[0-9]{1,4}(am|pm|a|p|hrs?|h|st|nd|rd|th)$/.test(form))
      atoms.add(this.atom(`{${BUILT_IN_CLASSES.time}}`));
    const direct = this.exact.get(form);
    let found = collect(direct, this.stems, this.stemLengths, form, atoms);
    let inflected = false;
    for (const base of direct !== undefined ? [] : inflectionBases(form)) {
      const hit = this.exact.get(base);
      if (hit === undefined) continue;
      for (const a of hit) atoms.add(a);
      found = inflected = true;
      break;
    }
    // The word's own reading, when a second reading adds to it: only the own one can make it neutral.
    let firstReading: number[] | null = null;
    if (found && direct === undefined && !inflected) {
      // Read only as the start of a stem (`bleedng` starts `bleed*`, `changd` starts `chang*`) and ending as a broken
      // suffix: also a misspelling of a long table word or inflection, since rules name `bleeding`, `changed`.
      if (form.length >= FUZZY_WORD_MIN && BROKEN_SUFFIX.test(form)) {
        firstReading = [...atoms];
        this.lookUpFuzzy(form, atoms);
      }
    } else if (direct !== undefined && !this.baseWords.has(form)) {
      // A generated inflection with a doubled letter (`hidding`, from `hid`) is also the table form it squeezes
      // to, which is what it nearly always means (`hiding`).
      const squeezed = squeeze(form);
      const alsoRead = squeezed === form ? undefined : this.exact.get(squeezed);
      if (alsoRead !== undefined) {
        firstReading = [...atoms];
        for (const a of alsoRead) atoms.add(a);
      }
    }
    if (!found) {
      const squeezed = squeeze(form);
      const foundSqueezed =
        squeezed !== form &&
        collect(this.squeezedAtoms(squeezed), this.squeezedStems, this.squeezedStemLengths, squeezed, atoms);
      if (!foundSqueezed && form.length >= FUZZY_WORD_MIN) this.lookUpFuzzy(form, atoms);
      // A short word typed with a doubled letter single (`pils`, `wana`, `beter`), too short to be read one
      // edit away: read as the table word it squeezes to, when it has no doubled letter of its own.
      else if (!foundSqueezed && squeezed === form && form.length >= SINGLED_WORD_MIN) {
        const hit = this.squeezedAtoms(form);
        if (hit !== undefined) for (const a of hit) atoms.add(a);
      }
    }
    // A Spanish texting form is also the word it stands for ("xq" is `porque`, "d" is `de`), and an -ing written
    // without its g is also its -ing form when the tables know it ("thinkin bout ending it", "nothin"). A form the
    // tables know as written ("d" in "I'd") keeps what they say of it: the spelled word adds only its atoms.
    const spelled =
      spelledOutForTables(form) ??
      (form.length >= 4 && form.endsWith('in') && this.exact.has(`${form}g`) ? `${form}g` : undefined);
    const own = spelled !== undefined && atoms.size > 0 ? [...atoms] : null;
    if (spelled !== undefined) for (const atom of this.lookUp(spelled).atoms) atoms.add(atom);
    if (atoms.size === 0) {
      // Spanish texting writes `qu` as `k` (kiero, aki, porke): read so only as a Spanish function word, since
      // an English word so respelled is another English word (kit, quit).
      const respelled = form.replace(/k(?=[ei])/g, 'qu');
      if (respelled !== form) {
        const facts = this.lookUp(respelled);
        if ((facts.languages & 2) !== 0) return facts;
      }
    }
    let neutral = false;
    let sensitive = false;
    let languages = 0;
    for (const atom of own ?? atoms) {
      const f = this.flags.get(atom);
      if (f === undefined) continue;
      neutral ||= f.neutral;
      sensitive ||= f.sensitive;
      languages |= f.languages;
    }
    if (firstReading !== null)
      neutral &&= firstReading.some((atom) => this.flags.get(atom)?.neutral === true);
    if (/^[0-9]/.test(form)) neutral = true;
    // A word no table knows, one edit from a short table word, is that word misspelled: the tables cannot read it,
    // and it is never waved through beside a request as a name or a brand would be ("my brother is in the gaarge
    // with the car on" and "he's back. hidng in the bathroom." reached staff beside a room or a door).
    if (atoms.size === 0 && this.misspells(form))
      return { atoms: [], neutral: false, sensitive, languages, misspelled: true };
    return { atoms: [...atoms], neutral: neutral && !sensitive, sensitive, languages };
  }

  /** Whether a form of letters is one edit from a table word of {@link NEAR_WORD_LETTERS} or six letters. */
  private misspells(form: string): boolean {
    if (form.length < NEAR_WORD_LETTERS - 1 || !/^[a-z]+$/.test(form)) return false;
    const byPair = this.near.get(fuzzyKey(form));
    if (byPair === undefined) return false;
    const letters = letterBits(form, form.length);
    for (let length = form.length - 1; length <= form.length + 1; length += 1)
      for (const target of byPair.words[length] ?? [])
        if (mayBeOneEdit(letters, target.letters) && withinOneEdit(form, target.text)) return true;
    return false;
  }

  /**
   * A word with letters starred out, as people write the words they avoid (`k*ll`, `s**cide`, `d*e`): each star
   * stands for a vowel, and the word is every table word it can be (a star nearly always hides a vowel; more
   * than two stars say too little to read).
   */
  private lookUpStarred(form: string): WordFacts {
    const stars = form.split('*').length - 1;
    let candidates = [form];
    if (stars <= MAX_STARS)
      for (let s = 0; s < stars; s += 1)
        candidates = candidates.flatMap((c) => [...'aeiou'].map((v) => c.replace('*', v)));
    const facts = candidates.filter((c) => !c.includes('*')).map((c) => this.lookUp(c));
    const atoms = new Set(facts.flatMap((f) => f.atoms));
    const sensitive = facts.some((f) => f.sensitive);
    return {
      atoms: [...atoms],
      neutral: !sensitive && facts.some((f) => f.neutral),
      sensitive,
      // Not a function word of either language, whatever it hides.
      languages: 0,
    };
  }

  private lookUpFuzzy(form: string, atoms: Set<number>) {
    const n = form.length;
    const byPair = this.fuzzy.get(fuzzyKey(form));
    if (byPair === undefined) return;
    // The letters of each beginning of the form: a target whose letters differ by more than two is passed over.
    const letters = new Int32Array(n + 1);
    for (let k = 0; k < n; k += 1) letters[k + 1] = (letters[k] as number) | letterBit(form.charCodeAt(k));
    for (let length = n - 1; length <= n + 1; length += 1) {
      for (const target of byPair.words[length] ?? []) {
        if (mayBeOneEdit(letters[n] as number, target.letters) && withinOneEdit(form, target.text))
          for (const a of target.atoms) atoms.add(a);
      }
    }
    // A stem is compared with the word's beginning of its length, one letter shorter or longer.
    // (Lengths ascend: a stem more than a letter longer than the word is never compared.)
    for (const length of this.fuzzyStemLengths) {
      if (length - 1 > n) break;
      const targets = byPair.stems[length];
      if (targets === undefined) continue;
      for (let prefix = length - 1; prefix <= Math.min(n, length + 1); prefix += 1) {
        for (const target of targets)
          if (
            mayBeOneEdit(letters[prefix] as number, target.letters) &&
            withinOneEdit(form, target.text, prefix)
          )
            for (const a of target.atoms) atoms.add(a);
      }
    }
  }
}

// UTF-16 codes read as a string in one call.
const UTF16 = new TextDecoder('utf-16le');

/** A long table word or stem a misspelling may be read as. */
interface FuzzyTarget {
  readonly text: string;
  readonly atoms: readonly number[];
  /** Its {@link letterBits}. */
  readonly letters: number;
}

// A bit for each character code, its last five bits: two words one edit apart have letters that differ by at
// most two bits (the letter dropped or changed, the one added), whatever characters share a bit.
function letterBit(code: number): number {
  return 1 << (code & 31);
}

function letterBits(text: string, length: number): number {
  let bits = 0;
  for (let k = 0; k < length; k += 1) bits |= letterBit(text.charCodeAt(k));
  return bits;
}

// Whether words of these letter bits may be one edit apart (see withinOneEdit): at most two bits differ.
function mayBeOneEdit(a: number, b: number): boolean {
  let differ = a ^ b;
  differ &= differ - 1;
  differ &= differ - 1;
  return differ === 0;
}

/** The long table words and stems of one pair of first letters, by length. */
interface FuzzyTargets {
  readonly words: FuzzyTarget[][];
  readonly stems: FuzzyTarget[][];
}

// Misspellings are looked for among words of the same first two letters (or with those two swapped): the
// pair as a number (no string is made for it).
function fuzzyKey(word: string): number {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  return a < b ? a * 0x10000 + b : b * 0x10000 + a;
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

/** Forms (words, stems) and their atoms, in the order they were added, each once. */
type AtomLists = Map<string, number[]>;

function add(map: AtomLists, key: string, own: number, classAtom: number | undefined) {
  const atoms = map.get(key);
  if (atoms === undefined) {
    map.set(key, classAtom === undefined ? [own] : [own, classAtom]);
    return;
  }
  if (!atoms.includes(own)) atoms.push(own);
  if (classAtom !== undefined && !atoms.includes(classAtom)) atoms.push(classAtom);
}

function lengthsOf(stems: AtomLists): number[] {
  const lengths = new Set([...stems.keys()].filter((s) => !s.endsWith('^')).map((s) => s.length));
  return [...lengths].sort((a, b) => a - b);
}

// Adds to `atoms` the form's own atoms (`direct`) and those of the stems it starts with; says whether any was found.
function collect(
  direct: readonly number[] | undefined,
  stems: AtomLists,
  stemLengths: readonly number[],
  form: string,
  atoms: Set<number>,
): boolean {
  let found = false;
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
