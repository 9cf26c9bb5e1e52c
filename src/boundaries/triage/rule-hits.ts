// The rules a message's sentences hold, kept flat: numbers in a few typed lists, not an object per hit. A
// message can hold a hit in each of 100,000 sentences; kept as objects, they filled the heap for as long as
// the message was decided. A hit is made an object only when asked for (RuleHits.hit).

/** A rule found in a sentence: the rule, whether a negation governs it, and the words each part matched. */
export interface RuleHit {
  readonly rule: number;
  readonly label: string;
  readonly pattern: string;
  /** The sentence it was found in (rules never reach across sentences). */
  readonly sentence: number;
  readonly negated: boolean;
  /** The positions of the words each part matched (gap words excluded), in the message. */
  readonly words: readonly (readonly number[])[];
  /** How many times its first part was found in the sentence (counted for explaining rules; else 1). */
  readonly count: number;
}

// In the list of a hit's words, what ends one part and starts the next.
const NEXT_PART = -1;

// Each hit's numbers, in this order, in one list: its rule, sentence, negation (1 or 0), count, and where its
// words start and end in the list of words.
const FIELDS = 6;
const RULE = 0;
const SENTENCE = 1;
const NEGATED = 2;
const COUNT = 3;
const FROM = 4;
const TO = 5;

/**
 * A message's hits, in the order found. Hit `h` is read field by field ({@link rule}, {@link sentence}, …), its
 * words as positions ({@link wordsFrom} to {@link wordsTo} in {@link positions}, parts apart by -1), or whole as
 * a {@link RuleHit} ({@link hit}). Two typed lists, grown by doubling: a message of a few hits makes two small
 * ones, a message of 260,000 hits no object per hit.
 */
export class RuleHits implements Iterable<RuleHit> {
  private size = 0;
  private fields: Int32Array;
  private wordCount = 0;
  private wordList: Int32Array;

  /**
   * An empty list. `named[r]`: rule `r`'s label and pattern, for the hits made objects; `room`: how many hits
   * it has room for before it grows (growing a typed list is what costs).
   */
  constructor(
    private readonly named: readonly { readonly label: string; readonly pattern: string }[],
    room = 8,
  ) {
    this.fields = new Int32Array(FIELDS * room);
    this.wordList = new Int32Array(2 * room);
  }

  /** How many hits. */
  get length(): number {
    return this.size;
  }

  rule(h: number): number {
    return this.fields[FIELDS * h + RULE] as number;
  }

  label(h: number): string {
    return (this.named[this.rule(h)] as { label: string }).label;
  }

  pattern(h: number): string {
    return (this.named[this.rule(h)] as { pattern: string }).pattern;
  }

  sentence(h: number): number {
    return this.fields[FIELDS * h + SENTENCE] as number;
  }

  negated(h: number): boolean {
    return this.fields[FIELDS * h + NEGATED] === 1;
  }

  count(h: number): number {
    return this.fields[FIELDS * h + COUNT] as number;
  }

  /** Every hit's words: hit `h`'s from {@link wordsFrom} to {@link wordsTo}, a part ending at each -1. */
  get positions(): Int32Array {
    return this.wordList;
  }

  wordsFrom(h: number): number {
    return this.fields[FIELDS * h + FROM] as number;
  }

  wordsTo(h: number): number {
    return this.fields[FIELDS * h + TO] as number;
  }

  /** Adds a hit of one word (a one-word rule's): its number. */
  addWord(rule: number, sentence: number, negated: boolean, position: number): number {
    const from = this.wordCount;
    this.pushWord(position);
    return this.push(rule, sentence, negated, 1, from);
  }

  /** Adds a hit with the words of each of its parts: its number. */
  add(
    rule: number,
    sentence: number,
    negated: boolean,
    count: number,
    words: readonly (readonly number[])[],
  ): number {
    const from = this.wordCount;
    for (let k = 0; k < words.length; k += 1) {
      if (k > 0) this.pushWord(NEXT_PART);
      const part = words[k] as readonly number[];
      for (let j = 0; j < part.length; j += 1) this.pushWord(part[j] as number);
    }
    return this.push(rule, sentence, negated, count, from);
  }

  /**
   * Adds a copy of hit `h` found again in sentence `sentence`, its words `shift` positions on (the same sentence
   * said again): its number.
   */
  repeat(h: number, sentence: number, shift: number): number {
    const from = this.wordCount;
    for (let k = this.wordsFrom(h), end = this.wordsTo(h); k < end; k += 1) {
      const position = this.wordList[k] as number;
      this.pushWord(position === NEXT_PART ? NEXT_PART : position + shift);
    }
    return this.push(this.rule(h), sentence, this.negated(h), this.count(h), from);
  }

  /** Hit `h` of one word, negated, found unnegated at `position`: unnegated, and read there. */
  unnegate(h: number, position: number): void {
    this.fields[FIELDS * h + NEGATED] = 0;
    this.wordList[this.wordsFrom(h)] = position;
  }

  /** Hit `h` found once more in its sentence (or `times` more). */
  countAgain(h: number, times = 1): void {
    this.fields[FIELDS * h + COUNT] = this.count(h) + times;
  }

  /** Hit `h` as an object (made on each call). */
  hit(h: number): RuleHit {
    const words: number[][] = [[]];
    for (let k = this.wordsFrom(h); k < this.wordsTo(h); k += 1) {
      const position = this.wordList[k] as number;
      if (position === NEXT_PART) words.push([]);
      else (words[words.length - 1] as number[]).push(position);
    }
    return {
      rule: this.rule(h),
      label: this.label(h),
      pattern: this.pattern(h),
      sentence: this.sentence(h),
      negated: this.negated(h),
      words,
      count: this.count(h),
    };
  }

  /** The hits as objects, in order. */
  *[Symbol.iterator](): Iterator<RuleHit> {
    for (let h = 0; h < this.size; h += 1) yield this.hit(h);
  }

  /** A copy, to add more hits to without changing this list. */
  copy(): RuleHits {
    const copy = new RuleHits(this.named, 0);
    copy.size = this.size;
    copy.fields = this.fields.slice();
    copy.wordCount = this.wordCount;
    copy.wordList = this.wordList.slice();
    return copy;
  }

  private pushWord(position: number): void {
    if (this.wordCount === this.wordList.length) this.wordList = doubled(this.wordList);
    this.wordList[this.wordCount++] = position;
  }

  private push(rule: number, sentence: number, negated: boolean, count: number, from: number): number {
    const h = this.size;
    const at = FIELDS * h;
    if (at + FIELDS > this.fields.length) this.fields = doubled(this.fields);
    const fields = this.fields;
    fields[at + RULE] = rule;
    fields[at + SENTENCE] = sentence;
    fields[at + NEGATED] = negated ? 1 : 0;
    fields[at + COUNT] = count;
    fields[at + FROM] = from;
    fields[at + TO] = this.wordCount;
    this.size = h + 1;
    return h;
  }
}

function doubled(list: Int32Array): Int32Array {
  const larger = new Int32Array(2 * list.length);
  larger.set(list);
  return larger;
}
