// The allow-list: which sentences of a message are accounted for by administrative language, courtesy or
// everyday words, and which are not (any one sends the message to a clinician). Read only for a message that
// is not a crisis: a crisis goes on call whatever its sentences ask.
import type { MatchedText, RuleHit } from './phrase-engine.js';
import { WORD_BITS } from './phrase-engine.js';
import { RISK_LEXICON_EN } from './risk-lexicon-en.js';
import { RISK_LEXICON_ES } from './risk-lexicon-es.js';
import { type RiskReading, WORD_RISK_ANYWHERE, WORD_STATEMENT } from './risk-reader.js';
import { DESK_PROBLEMS, DESK_TOPICS as TOPICS } from './tables/general.js';
import type { ReadText } from './text-reader.js';
import type { Findings } from './triage-findings.js';
import { foldAccents } from './word-form.js';

/** A sentence accounted for: the administrative rules found in it, and whether courtesy was. */
export interface SentenceAccount {
  readonly sentence: number;
  readonly adminHits: readonly RuleHit[];
  readonly courtesy: boolean;
}

/** Each sentence of a message, accounted for or not, in order. */
export interface SentenceAccounting {
  readonly accounted: readonly SentenceAccount[];
  readonly unaccounted: readonly number[];
  /** Whether any sentence asks the desk something (a desk noun alone asks only in a message with a question). */
  readonly asks: boolean;
}

/** The accounting of a message nothing of which was read (it is not text): no sentence, no request. */
export const NOTHING_READ: SentenceAccounting = Object.freeze({
  accounted: [],
  unaccounted: [],
  asks: false,
});

// The longest sentence of everyday words that may follow a request elsewhere in the message.
const FOLLOW_ON_WORDS = 10;
// The longest such sentence that may say nothing of logistics ("Which is it?", "Please advise.").
const FOLLOW_ON_BARE_WORDS = 4;
// The most letters of a name spelled out, and how many words from the letters the name may stand.
const SPELLED_NAME_LETTERS = 20;
const SPELLED_NAME_REACH = 6;
// The longest line that can be a signature by its shape ("Denise Whitfield", "Lt. Col. (Ret.) Frank Sorensen").
const SIGNATURE_WORDS = 5;
// The longest line after a sign-off that can be its signature block ("Regards, Robert Haines, Senior Project
// Manager, Trident Logistics"): every word capitalised, none of risk.
const SIGN_OFF_BLOCK_WORDS = 12;
const SIGN_OFFS: ReadonlySet<string> = new Set(
  'regards sincerely best cheers thanks respectfully cordially warmly saludos atentamente atte cordialmente'.split(
    ' ',
  ),
);
// An email address: a word with an at sign before a mail provider, or before a domain's ending
// ("anamartinez22@hotmail.com"). Not any word with an at sign: "@" also stands for a letter ("h@ng").
const MAIL_PROVIDERS: ReadonlySet<string> = new Set(
  'gmail yahoo hotmail outlook icloud aol msn protonmail comcast att verizon sbcglobal ymail'.split(' '),
);
const DOMAIN_ENDINGS: ReadonlySet<string> = new Set('com net org edu gov us'.split(' '));
// Four digits or more in a word (see isIdentifier).
const IDENTIFIER = /[0-9](?:[^0-9]*[0-9]){3}/;
// The persons an act can fall on, as objects: an unknown word before one of them is read as an act on a person.
const PERSON_OBJECTS: ReadonlySet<string> = new Set([
  'me',
  'him',
  'her',
  'them',
  'us',
  'myself',
  'herself',
  'himself',
]);
// The writer as the object of an act.
const WRITER_OBJECTS: ReadonlySet<string> = new Set(['me', 'myself']);
// Words of feeling ("feels", "hate", "scared") and of a plea ("help", "ayuda") as the risk lexicons list them,
// not those that are also a negation ("nothing else", "nothing clinical": a request's limits). Outside a
// request's clauses they say something of the writer, not of the request. Accents folded.
const FEELING_WORDS: ReadonlySet<string> = (() => {
  const words = (text: string | undefined) =>
    (text ?? '')
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map(foldAccents);
  const negators = new Set([...words(RISK_LEXICON_EN.negator), ...words(RISK_LEXICON_ES.negator)]);
  return new Set(
    [RISK_LEXICON_EN.affect, RISK_LEXICON_ES.affect, RISK_LEXICON_EN.help, RISK_LEXICON_ES.help]
      .flatMap(words)
      .filter((w) => !negators.has(w)),
  );
})();
// A desk problem's phrases: a link that does not work, a portal one cannot get into.
const DESK_PROBLEM_PATTERNS: ReadonlySet<string> = new Set<string>([
  ...DESK_PROBLEMS.en,
  ...DESK_PROBLEMS.es,
]);
// A bare plea: a clause of a help word and only these ("can someone please help me??", "necesito ayuda por
// favor"). Never a pressing word ("now", "ya", "asap", "urgent"): a plea made pressing stays urgent.
const PLEA_HELP_WORDS: ReadonlySet<string> = new Set([
  'help',
  'halp',
  'ayuda',
  'ayudame',
  'ayudeme',
  'ayudenme',
  // The asking forms: "¿me ayudas porfa?", "¿me ayudan?", "¿me pueden ayudar?".
  'ayudas',
  'ayudan',
  'ayudar',
  'ayudarme',
  'ayudarnos',
]);
const PLEA_WORDS: ReadonlySet<string> = new Set([
  ...PLEA_HELP_WORDS,
  ...'can could would you u someone somebody anyone anybody please pls plz me us i need hi hello hey is there'.split(
    ' ',
  ),
  ...'alguien puede pueden puedes podria podrian podrias me nos por favor porfa necesito hola oye'.split(' '),
]);
// A question put to the desk, by its opening ("can you", "could u", "me la pueden", "¿nos podría"): what it
// leaves unnamed ("could you add it", "me la pueden hacer para el viernes") is the desk's to do, not the
// writer's plan. Words that may come before the modal, the modal, who is asked, and the Spanish object pronouns.
const DESK_QUESTION_LEAD: ReadonlySet<string> = new Set(
  'and also so ok okay please pls plz y tambien porfa'.split(' '),
);
const DESK_MODALS: ReadonlySet<string> = new Set('can could would will'.split(' '));
const DESK_ADDRESSEES: ReadonlySet<string> = new Set('you u yall ya'.split(' '));
const DESK_MODALS_ES: ReadonlySet<string> = new Set('pueden puede podrian podria podran podra'.split(' '));
const OBJECT_PRONOUNS_ES: ReadonlySet<string> = new Set('me nos le les lo la los las se'.split(' '));
// The writer as the one who acts: a desk question with one of these in it ("can you tell them I'm doing it
// tonight") is not the desk's alone, and what it leaves unnamed stays a statement.
const FIRST_PERSON: ReadonlySet<string> = new Set('i im ill ive id yo myself'.split(' '));
// A desk act done, its object a pronoun beside it ("Sent it Monday", "lo mandé el lunes"): the act is named.
const DONE_DESK_ACTS: ReadonlySet<string> = new Set(
  'sent mailed faxed emailed uploaded paid signed submitted texted resent mande envie pague firme subi entregue mandamos enviamos pagamos firmamos'.split(
    ' ',
  ),
);
const UNNAMED_OBJECTS: ReadonlySet<string> = new Set('it this that them lo la los las'.split(' '));
// A desk noun alone (one word of the practice's topics: the door, parking, the phone, a number) is the topic of a
// question put to the desk ("where do I park?", "I'm outside, the door's locked. Is someone there?"), but in a
// message that asks nothing it is only a word of logistics: "the door's locked and she said she'd be done with all
// this" asks nothing of the desk.
const DESK_TOPICS: ReadonlySet<string> = new Set(TOPICS);
// What opens a question: an interrogative or an auxiliary put first, after a greeting or a lead word or two.
const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  `what whats where wheres when whens how hows which who whos whom why is are was were do does did can could will
  would should may might any anyone anybody hay donde adonde cual cuales cuando como que quien quienes puedo puede
  pueden podria podrian tienen tiene es son esta estan`.split(/\s+/),
);
// The words a question may open with before its interrogative: a greeting, a lead word.
const QUESTION_LEADS: ReadonlySet<string> = new Set(
  'hi hey hello yo also and so ok okay btw quick question um oh hola oye buenas buenos tambien y pues disculpe'.split(
    ' ',
  ),
);
// A verb that asks for what follows it in its clause ("I need a new parking pass", "she needs to know the suite
// number", "necesito la dirección"): a desk noun a few words after one is asked for.
const ASKING_VERBS: ReadonlySet<string> = new Set(
  'need needs want wants know send give tell necesito necesita ocupo ocupa quiero quiere saber mandar manden mandan dar'.split(
    ' ',
  ),
);
// How many words before a desk noun an asking verb may stand.
const ASKING_REACH = 4;
const NO_CLAUSES: ReadonlySet<number> = new Set();
// The administrative hits of a sentence that has none (one list for all: never changed).
const NO_HITS: readonly RuleHit[] = Object.freeze([]);
// A one-word reply that says yes ("yep", "Sí", "confirmed", the "C" or "Y" a reminder text asks for) or that one
// has arrived ("here", "aquí"): an answer to the desk's reminder or offer, as "ok" is. Never "no": a bare no may
// answer whether one is safe.
const AFFIRMATIVE_ANSWERS: ReadonlySet<string> = new Set(
  'yes yep yeah yup yea sure correct confirmed confirm si claro confirmo confirmado c y here aqui'.split(' '),
);
// The word flags triage's rules compile (see triage-rules.ts: means, then name cues).
const NAME_CUE_BIT = WORD_BITS.firstFlag * 2;
// Context: a word that says what is going on around a request (a shift, a storm, a sick kid), or a number
// ("He's 16").
const CONTEXT_BIT = WORD_BITS.firstFlag * (4 | 8);
// A relation a writer names to say who they are to the client ("rs mom", "bobs wife"; word-classes.ts).
const RELATION_BIT = WORD_BITS.firstFlag * 128;
// Greetings after which "it's" opens a name ("hey its jake").
const GREETINGS: ReadonlySet<string> = new Set('hi hey hello hiya heyy heyyy hii hiii yo'.split(' '));
// Subjects before which a word is read as a verb, not a name's possessive ("he zorbs wife").
const SUBJECTS: ReadonlySet<string> = new Set(
  'i he she they we you it who someone somebody everyone nobody yo el ella ellos'.split(' '),
);
// Words a request's sentence may hold beside it: context, numbers, times, and logistics (time, place,
// money, forms, devices; see everyday-words.ts).
const COVERING_BITS = WORD_BITS.firstFlag * (4 | 8 | 16 | 32);
// Words never waved through: a word of risk (a sensitive class), one a clinical rule names (a pill, a symptom),
// and one a crisis table declares as its risk vocabulary (tables/risk-vocabulary.ts). A crisis rule's other
// words ("trouble", "split", "lo") are ordinary words here: adding a crisis concept does not block requests.
const RISK_BITS = WORD_BITS.sensitive | WORD_BITS.ruleWord | (WORD_BITS.firstFlag * 64);

/** What one sentence holds, for deciding whether it is accounted for. */
interface SentenceFacts {
  readonly unexplained: number;
  readonly sensitive: number;
  readonly uncovered: number;
  readonly covered: number;
  readonly context: boolean;
  readonly hardRiskWords: number;
  readonly riskWords: number;
  readonly statementWords: number;
  /** A signature by its shape: a short line of names and titles only, after the message's first sentence. */
  readonly signature: boolean;
  readonly feelings: number;
  /**
   * Everyday words no request or context explains acting on the writer ("the only thing stopping me", "what keeps
   * me going"): the sentence says something of the writer, not of what goes on around a request.
   */
  readonly writerActedOn: number;
  /** Every word in a bare plea's clause, beside a desk problem named in the message. */
  readonly plea: boolean;
  /** The sentence is one word that says yes. */
  readonly answer: boolean;
}

/**
 * Accounts for each sentence of a message from its matches, the hits sorted into the findings, and the risk
 * reader's reading of its words (null when the reader did not read it: no word of risk).
 */
export function accountSentences(
  read: ReadText,
  matched: MatchedText,
  findings: Findings,
  risk: RiskReading | null,
): SentenceAccounting {
  const sentences = read.sentenceStarts.length;
  const n = matched.wordBits.length;
  const { adminHits, courtesy, ordinary, unclear } = findings;
  // The clauses that hold a request's words: a feeling outside them is not the request's ("…, I have a work trip
  // everything feels like too much lately" is a statement in a run-on, not part of the request).
  // A request read across a comma ("I really need help, the intake form won't load": need … form) is the
  // request of the clause its last word is in: the clause before it stays a clause of its own.
  const requestClauses = new Set<number>();
  // The words such a request holds in the clauses before its last word's: for a word of feeling or a plea they
  // explain nothing ("please help me, reschedule please" is a plea, then a request, not "help me reschedule").
  const detached = new Set<number>();
  for (const hits of adminHits)
    for (const hit of hits ?? [])
      for (const part of hit.words) {
        const last = part[part.length - 1];
        if (last === undefined) continue;
        const clause = read.clauses[last] as number;
        requestClauses.add(clause);
        for (const word of part) if (read.clauses[word] !== clause) detached.add(word);
      }
  // A bare plea beside a desk problem named in the message is a plea about it ("can someone please help me?? the
  // telehealth link isn't working"): its help words say nothing of the writer. A bare plea beside anything else
  // ("I need help. Can I reschedule?") or made pressing stays a plea.
  const pleaClauses = adminHits.some((hits) => hits?.some((hit) => DESK_PROBLEM_PATTERNS.has(hit.pattern)))
    ? barePleaClauses(read)
    : NO_CLAUSES;
  // Each sentence's requests: a desk noun alone is one only in a message that asks the desk something (a
  // question: "I'm outside, the door's locked. Is someone there?").
  const requests = asksQuestion(read)
    ? adminHits
    : adminHits.map((hits) => hits?.filter((hit) => !DESK_TOPICS.has(hit.pattern) || asksFor(read, hit)));
  const asks = requests.some((hits) => hits !== undefined && hits.length > 0);
  const accounted: SentenceAccount[] = [];
  const unaccounted: number[] = [];
  // Each sentence's facts are read in order and dropped after it: only whether the one before was a signature is
  // kept (a message of 100,000 sentences held 100,000 objects of facts).
  let afterSignature = false;
  for (let k = 0; k < sentences; k += 1) {
    const from = read.sentenceStarts[k] as number;
    const to = k + 1 < sentences ? (read.sentenceStarts[k + 1] as number) : n;
    const fact = sentenceFacts(
      read,
      matched,
      risk,
      k,
      from,
      to,
      requestClauses,
      pleaClauses,
      detached,
      afterSignature,
    );
    afterSignature = fact.signature;
    if (fact.plea) {
      accounted.push({ sentence: k, adminHits: NO_HITS, courtesy: false });
      continue;
    }
    if (fact.signature || fact.answer) {
      accounted.push({ sentence: k, adminHits: NO_HITS, courtesy: true });
      continue;
    }
    const { unexplained, sensitive, uncovered, covered, context } = fact;
    // A desk noun accounts for its statement beside a request elsewhere; with none, the message asks nothing.
    const admin = (asks ? adminHits[k] : requests[k]) ?? NO_HITS;
    const words = to - from;
    // An administrative request may stand beside an unexplained word (a name, a brand, a typo), two in a
    // sentence of eight words or more; courtesy and enquiries beside none; a sentence of everyday context
    // beside one when the message asks for something elsewhere.
    const allowed = admin.length > 0 ? (words >= 8 ? 2 : 1) : 0;
    // An ordinary sense ("this copay is killing me") is a comment, not a request: it accounts for its sentence
    // only beside a request elsewhere, so a message of one alone goes to a clinician.
    const evidenced = admin.length > 0 || courtesy[k] === true || (asks && ordinary[k] === true);
    // A sentence that asks nothing is accounted for only by everyday words that say what is going on (a
    // game, a shift, a storm): everyday words alone can carry distress ("everything feels like too much").
    // And the request or the context must say at least as much of the sentence as its other everyday words.
    // A word that does not say what it refers to ("doing it tonight") is not waved through.
    // (A short everyday question beside a request was tried and let a clinical question through: everyday
    // words can ask a clinical question, so a question is accounted for like any other sentence.)
    // A short sentence of everyday words only (no word of risk, feeling, intention, clinical matter or unknown
    // meaning) beside a request elsewhere follows the request ("The old one expired last month.", "Which is
    // it?"). It must say something of logistics (a time, a place, a number, a form) unless it is a few words
    // only. (One word no table knows was allowed here for a while: it let "My uncle fondled me again." follow a
    // request to staff. A word no table knows is exactly where an unlisted verb of assault or injury sits.)
    const followsRequest =
      asks &&
      sensitive === 0 &&
      unexplained === 0 &&
      unclear[k] !== true &&
      words <= FOLLOW_ON_WORDS &&
      (covered > 0 || words <= FOLLOW_ON_BARE_WORDS) &&
      fact.statementWords === 0;
    if (
      !followsRequest &&
      (sensitive > 0 ||
        // A word of risk the risk reader knows blocks the sentence like a table's: one with no administrative
        // sense (a dose taken, a seizure) anywhere, any other in a sentence that asks nothing.
        fact.hardRiskWords > 0 ||
        fact.feelings > 0 ||
        (admin.length === 0 && fact.riskWords > 0) ||
        unexplained > allowed ||
        (!evidenced && !context) ||
        // A sentence that asks nothing, read only by its context words, with an everyday verb acting on the writer:
        // the context ("my dog", "she's old") says what the writer's statement is about, not what goes on around the
        // request ("the only thing stopping me is my dog and shes old. anyway do i still owe for the no show").
        (!evidenced && fact.writerActedOn > 0) ||
        uncovered > covered ||
        unclear[k] === true)
    ) {
      unaccounted.push(k);
    } else accounted.push({ sentence: k, adminHits: admin, courtesy: courtesy[k] === true });
  }
  return { accounted, unaccounted, asks };
}

function sentenceFacts(
  read: ReadText,
  matched: MatchedText,
  risk: RiskReading | null,
  k: number,
  from: number,
  to: number,
  requestClauses: ReadonlySet<number>,
  pleaClauses: ReadonlySet<number>,
  detached: ReadonlySet<number>,
  afterSignature: boolean,
): SentenceFacts {
  const { wordBits, masked, explained } = matched;
  let unexplained = 0;
  let sensitive = 0;
  let hardRiskWords = 0;
  let riskWords = 0;
  let statementWords = 0;
  let feelings = 0;
  let writerActedOn = 0;
  let nameSlot = 0;
  // Where the last name was read (a capitalised word no table knows).
  let nameAt = -1;
  let context = false;
  // Content words (not function words): those a request or a context explains, and the everyday others.
  let covered = 0;
  let uncovered = 0;
  // A signature: every word a name (capitalised, known to no table) or a name cue (a title, "regards"), at least
  // one name, a few words, and not the message's first sentence. It says who wrote, nothing of risk: a word a
  // table knows is never a name here.
  let names = 0;
  let signature = k > 0 && to - from <= SIGNATURE_WORDS;
  for (let i = from; i < to && signature; i += 1) {
    const bits = wordBits[i] as number;
    if ((bits & WORD_BITS.known) === 0 && read.capitalized[i] === 1) names += 1;
    else if (read.capitalized[i] === 2 && singleLetterRun(read.words, from, to, i) < 3) names += 1;
    // A middle initial that ended the line's sentence ("Margaret E. Doyle": the reader ends a sentence at a lone
    // "E."), after a name: one letter, the line's last word.
    else if (i > from && i === to - 1 && names > 0 && isLetter(read.words[i] as string)) continue;
    // A telephone number after the name ("Jorge Villalobos, 614-555-3049").
    else if (names > 0 && isNumber(read.words[i] as string)) continue;
    // A surname that is also a function word ("Denise Whitfield Moore, CPA"), capitalised after the line's first
    // word, beside a name: never a word of risk or one a rule names.
    else if (
      i > from &&
      read.capitalized[i] === 1 &&
      bits & (WORD_BITS.english | WORD_BITS.spanish) &&
      (bits & (RISK_BITS | COVERING_BITS)) === 0
    )
      continue;
    else if ((bits & NAME_CUE_BIT) === 0 || bits & WORD_BITS.sensitive) signature = false;
  }
  if (
    !signature &&
    k > 0 &&
    (signOffBlock(read, wordBits, risk, from, to) ||
      (afterSignature && signatureLine(read, wordBits, risk, from, to)))
  ) {
    signature = true;
    names = 1;
  }
  const deskOpening = deskQuestionOpening(read.words, from, to);
  // What the sentence leaves unnamed beside a time is a plan, unless the desk is asked to do it (and the writer
  // is not the one acting in it), or it is a desk act done with its object beside it.
  const unnamedPlan =
    risk !== null &&
    risk.unnamedPlan[k] === true &&
    !((deskOpening > 0 && !hasFirstPerson(read.words, from, to)) || namesDoneDeskAct(read.words, from, to));
  // The run of single letters the current word is in: where it ends and how long it is.
  let letterRunEnd = from;
  let letterRun = 0;
  let spelledName = false;
  for (let i = from; i < to; i += 1) {
    const bits = wordBits[i] as number;
    if (bits & CONTEXT_BIT) context = true;
    const content = (bits & (WORD_BITS.english | WORD_BITS.spanish)) === 0;
    // A word of risk or distress blocks the sentence wherever it stands, even inside an administrative
    // phrase or among logistics words; only an ordinary or clinical sense (a mask) explains it.
    if (bits & WORD_BITS.sensitive && masked[i] === 0) {
      sensitive += 1;
      continue;
    }
    // The risk reader's words likewise, unless an ordinary sense explains them ("my phone died").
    const level = masked[i] === 0 && risk !== null ? (risk.wordRisk[i] as number) : 0;
    if (
      level === WORD_STATEMENT &&
      (explained[i] === 0 || detached.has(i)) &&
      !requestClauses.has(read.clauses[i] as number) &&
      !pleaClauses.has(read.clauses[i] as number) &&
      FEELING_WORDS.has(foldAccents(read.words[i] as string))
    )
      feelings += 1;
    if (level === WORD_RISK_ANYWHERE) hardRiskWords += 1;
    else if (level === WORD_STATEMENT) {
      // The modal that opens a question to the desk ("could you add it") says nothing of the writer.
      if (i >= from + deskOpening) statementWords += 1;
    } else if (level !== 0) riskWords += 1;
    // An initial ("resident M.G.") is a name, whatever letter it is; a run of three or more single letters
    // ("S. U. I. C. I. D. E.", "D.I.E.") spells a word nobody can read, and is never waved through.
    if (isLetter(read.words[i] as string)) {
      // Each run is measured once, at its first letter: linear in a message of letters only.
      if (i >= letterRunEnd) {
        letterRunEnd = i + singleLetterRun(read.words, i, to, i);
        letterRun = letterRunEnd - i;
        // A name spelled out beside it ("this is Andre, A-N-D-R-E", "is Dr. Lin's name spelled L-I-N?") says who
        // is meant; any other run spells a word nobody can read.
        spelledName = letterRun >= 3 && spellsWordBeside(read.words, from, to, i, letterRunEnd);
      }
      if (letterRun >= 3) {
        if (!spelledName) sensitive += 1;
        continue;
      }
    }
    if (read.capitalized[i] === 2) continue;
    if (
      explained[i] === 1 ||
      bits & COVERING_BITS ||
      isEmailAddress(read.words, i, to) ||
      isIdentifier(read.words[i] as string)
    ) {
      if (content) covered += 1;
      nameSlot = bits & NAME_CUE_BIT ? 2 : 0;
      continue;
    }
    if (bits & WORD_BITS.neutral) {
      if (content) uncovered += 1;
      if (content && actsOnWriter(read, i, to)) writerActedOn += 1;
      // admin24: "it's" after a greeting opens a name too ("hey its jake", "hi its rob my wife is the client"); not
      // elsewhere, where the word after it says what something is ("it's brutal").
      nameSlot =
        bits & NAME_CUE_BIT ||
        (read.words[i] === 'its' && i > from && GREETINGS.has(read.words[i - 1] as string))
          ? 2
          : 0;
      continue;
    }
    // A word of risk, a clinical word or a declared risk word is never waved through.
    if (bits & RISK_BITS) sensitive += 1;
    // A lowercase word no table knows acting on a person ("my uncle zorbled me", "he vorped her") may be an unlisted
    // verb of harm: never a name, a brand or a name cue's name beside a request ("hi, vorped me" is not a greeting).
    else if (
      read.capitalized[i] !== 1 &&
      i + 1 < to &&
      read.clauses[i + 1] === read.clauses[i] &&
      PERSON_OBJECTS.has(read.words[i + 1] as string)
    )
      sensitive += 1;
    else if (nameSlot > 0) nameSlot -= 1;
    // A word no table knows, written capitalised after a sentence's first word, is a name (a person, a
    // street, a town, a clinic): it says nothing of risk or of a clinical matter. So is a capitalised word after
    // one, whatever else it is ("Harbor Shelter", "Crestline Logistics"), unless it is a word of risk (above).
    else if (i > from && read.capitalized[i] === 1 && ((bits & WORD_BITS.known) === 0 || nameAt === i - 1)) {
      nameAt = i;
    }
    // A capitalised word no table knows acting on a person, likewise.
    else if (
      i + 1 < to &&
      read.clauses[i + 1] === read.clauses[i] &&
      PERSON_OBJECTS.has(read.words[i + 1] as string)
    )
      sensitive += 1;
    // admin24: a name's possessive before a word of relation, as writers say who they are to the client ("hi its
    // jake rs mom", "sarah here maxs mom", "this is juans employer", "im zoes stepmom"): a word no table explains,
    // ending in s, right before a relation (relation, word-classes.ts), not after a subject that could make it a
    // verb ("he zorbs wife").
    else if (possessiveName(read, wordBits, from, i, to)) nameAt = i;
    // A misspelling of a short table word ("hidng", "garag", "arond") is not a name or a brand: the tables cannot
    // read it, so it is never waved through beside a request (word-lexicon.ts). Capitalised after a sentence's
    // first word it was read as a name above ("Reyes", "Priya").
    else if (bits & WORD_BITS.misspelled) sensitive += 1;
    else unexplained += 1;
  }
  return {
    unexplained,
    sensitive,
    uncovered,
    covered,
    context,
    hardRiskWords,
    riskWords: riskWords + hardRiskWords,
    statementWords: statementWords + riskWords + hardRiskWords + (unnamedPlan ? 1 : 0),
    signature: signature && names > 0,
    feelings,
    writerActedOn,
    plea: pleaClauses.size > 0 && everyWordIn(read.clauses, from, to, pleaClauses),
    answer:
      to - from === 1 &&
      masked[from] === 0 &&
      AFFIRMATIVE_ANSWERS.has(foldAccents(read.words[from] as string)),
  };
}

/**
 * Whether a sentence is a sign-off and its signature block: a sign-off word, then a few words all capitalised
 * (names, titles, a firm), at least one a name no table knows, none of risk.
 */
function signOffBlock(
  read: ReadText,
  wordBits: Int32Array,
  risk: RiskReading | null,
  from: number,
  to: number,
): boolean {
  if (to - from < 2 || to - from > SIGN_OFF_BLOCK_WORDS || !SIGN_OFFS.has(read.words[from] as string))
    return false;
  let names = 0;
  for (let i = from + 1; i < to; i += 1) {
    const bits = wordBits[i] as number;
    if (read.capitalized[i] === 0 || bits & (RISK_BITS | WORD_BITS.sensitive)) return false;
    if (risk !== null && risk.wordRisk[i] !== 0) return false;
    if ((bits & WORD_BITS.known) === 0) names += 1;
  }
  return names > 0;
}

/**
 * Whether a sentence after a signature is a further line of its block (a title, a firm, "Tel."): a few words,
 * each capitalised, a number, a credential ("MPH", written in capitals, reads as lower case), a function word
 * between capitalised words ("Director of Operations", "Jefa de Ventas") or a telephone's one-letter label before
 * its number ("C: (614) 555-0871"); none of risk.
 */
function signatureLine(
  read: ReadText,
  wordBits: Int32Array,
  risk: RiskReading | null,
  from: number,
  to: number,
): boolean {
  if (to - from > SIGN_OFF_BLOCK_WORDS) return false;
  const { words, capitalized } = read;
  for (let i = from; i < to; i += 1) {
    const bits = wordBits[i] as number;
    if (bits & (RISK_BITS | WORD_BITS.sensitive)) return false;
    if (risk !== null && risk.wordRisk[i] !== 0) return false;
    if (capitalized[i] !== 0 || isNumber(words[i] as string)) continue;
    const functionWord = (bits & (WORD_BITS.english | WORD_BITS.spanish)) !== 0;
    if (bits & NAME_CUE_BIT && !functionWord) continue;
    if (functionWord && i > from && i + 1 < to && capitalized[i - 1] !== 0 && capitalized[i + 1] !== 0)
      continue;
    if (isLetter(words[i] as string) && i + 1 < to && isNumber(words[i + 1] as string)) continue;
    return false;
  }
  return true;
}

/**
 * How many words open a question put to the desk in the sentence `from`–`to` ("can you", "please could u",
 * "me la pueden", "nos podría"), or 0: a lead word or two, then a modal and who is asked, or Spanish object
 * pronouns and a modal.
 */
function deskQuestionOpening(words: readonly string[], from: number, to: number): number {
  let i = from;
  while (i < to && i < from + 2 && DESK_QUESTION_LEAD.has(foldAccents(words[i] as string))) i += 1;
  if (i + 1 < to && DESK_MODALS.has(words[i] as string) && DESK_ADDRESSEES.has(words[i + 1] as string))
    return i + 2 - from;
  let j = i;
  while (j < to && j < i + 2 && OBJECT_PRONOUNS_ES.has(words[j] as string)) j += 1;
  if (j < to && DESK_MODALS_ES.has(foldAccents(words[j] as string))) return j + 1 - from;
  return 0;
}

/**
 * Whether word `i`, an everyday word, acts on the writer: the writer's object pronoun after it in its clause
 * ("stopping me", "keeps me going", "holding me back"), before the sentence's end `to`.
 */
function actsOnWriter(read: ReadText, i: number, to: number): boolean {
  return (
    i + 1 < to && read.clauses[i + 1] === read.clauses[i] && WRITER_OBJECTS.has(read.words[i + 1] as string)
  );
}

/** Whether the sentence `from`–`to` has the writer as the one who acts ({@link FIRST_PERSON}). */
function hasFirstPerson(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (FIRST_PERSON.has(words[i] as string)) return true;
  return false;
}

/**
 * Whether every pronoun the sentence `from`–`to` leaves unnamed is the object of a desk act done beside it ("Sent
 * it Monday", "ya lo mandé el lunes"), and there is one.
 */
function namesDoneDeskAct(words: readonly string[], from: number, to: number): boolean {
  let named = false;
  for (let i = from; i < to; i += 1) {
    if (!UNNAMED_OBJECTS.has(words[i] as string)) continue;
    const before = i > from && DONE_DESK_ACTS.has(foldAccents(words[i - 1] as string));
    const after = i + 1 < to && DONE_DESK_ACTS.has(foldAccents(words[i + 1] as string));
    if (!before && !after) return false;
    named = true;
  }
  return named;
}

/** Whether a word is digits only (a telephone number is read as a few of them). */
/**
 * Whether a word no table explains (read only for one that is neither everyday nor of risk) is a name's possessive
 * before a relation ("maxs mom", "bobs wife", "juans employer"): it ends in s, the next word of its clause is a
 * relation, and no subject stands right before it.
 */
function possessiveName(read: ReadText, wordBits: Int32Array, from: number, i: number, to: number): boolean {
  const word = read.words[i] as string;
  if (word.length < 3 || !word.endsWith('s')) return false;
  if (i + 1 >= to || read.clauses[i + 1] !== read.clauses[i]) return false;
  if (((wordBits[i + 1] as number) & RELATION_BIT) === 0) return false;
  return i === from || !SUBJECTS.has(read.words[i - 1] as string);
}

function isNumber(word: string): boolean {
  return /^[0-9]+$/.test(word);
}

/**
 * Whether a word is an identifier: letters and at least four digits written together ("U7740018822", a member id;
 * "A77120", a claim). A word with fewer digits may be a word spelled with them ("k1ll", "d13"): not this.
 */
function isIdentifier(word: string): boolean {
  return IDENTIFIER.test(word) && /[a-z]/.test(word);
}

/** Whether word `i` is an email address (see {@link MAIL_PROVIDERS}). */
function isEmailAddress(words: readonly string[], i: number, to: number): boolean {
  const word = words[i] as string;
  const at = word.indexOf('@');
  if (at <= 0) return false;
  return MAIL_PROVIDERS.has(word.slice(at + 1)) || (i + 1 < to && DOMAIN_ENDINGS.has(words[i + 1] as string));
}

/** The clauses that are a bare plea: a help word and only words of {@link PLEA_WORDS}. */
function barePleaClauses(read: ReadText): ReadonlySet<number> {
  const pleas = new Set<number>();
  const spoilt = new Set<number>();
  read.words.forEach((raw, i) => {
    const clause = read.clauses[i] as number;
    const word = foldAccents(raw);
    if (!PLEA_WORDS.has(word)) spoilt.add(clause);
    else if (PLEA_HELP_WORDS.has(word)) pleas.add(clause);
  });
  for (const clause of spoilt) pleas.delete(clause);
  return pleas;
}

/** Whether every word from `from` to `to` is in one of `clauses` (and there is one). */
function everyWordIn(clauses: Int32Array, from: number, to: number, within: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i += 1) if (!within.has(clauses[i] as number)) return false;
  return to > from;
}

/** How many single-letter words stand together around word `i` of the sentence `from`–`to`. */
function singleLetterRun(words: readonly string[], from: number, to: number, i: number): number {
  let first = i;
  while (first > from && isLetter(words[first - 1] as string)) first -= 1;
  let last = i;
  while (last + 1 < to && isLetter(words[last + 1] as string)) last += 1;
  return last - first + 1;
}

/**
 * Whether the letters of words `first`–`end` spell a name standing a few words from them in the sentence
 * `from`–`to` (itself, or with a possessive's "s": "Lin's last name spelled L-I-N"). A name is a few letters, and
 * only its neighbours are read: linear in a message of letters only.
 */
function spellsWordBeside(
  words: readonly string[],
  from: number,
  to: number,
  first: number,
  end: number,
): boolean {
  if (end - first > SPELLED_NAME_LETTERS) return false;
  const spelled = words.slice(first, end).join('');
  const low = Math.max(from, first - SPELLED_NAME_REACH);
  const high = Math.min(to, end + SPELLED_NAME_REACH);
  for (let i = low; i < high; i += 1) {
    if (i >= first && i < end) continue;
    const word = words[i] as string;
    if (word === spelled || word === `${spelled}s`) return true;
  }
  return false;
}

/** Whether a word is one letter (not a digit: "a W-9" is a form, not letters spelled out). */
function isLetter(word: string): boolean {
  return word.length === 1 && word >= 'a' && word <= 'z';
}

/** Whether a desk noun's hit is asked for: an asking verb a few words before it, in its clause. */
function asksFor(read: ReadText, hit: RuleHit): boolean {
  const at = hit.words[0]?.[0];
  if (at === undefined) return false;
  const clause = read.clauses[at];
  for (let i = at - 1; i >= 0 && i >= at - ASKING_REACH && read.clauses[i] === clause; i -= 1)
    if (ASKING_VERBS.has(read.words[i] as string)) return true;
  return false;
}

/**
 * Whether the message asks a question: a sentence marked as one, or a clause that opens as one (an interrogative or
 * an auxiliary first, after up to two lead words: "ok where do I park", "the elevator is out, is there another way").
 */
function asksQuestion(read: ReadText): boolean {
  if (read.questions.includes(true)) return true;
  let start = 0;
  for (let i = 0; i < read.words.length; i += 1) {
    if (i > 0 && read.clauses[i] !== read.clauses[i - 1]) start = i;
    if (start < 0 || i - start > 2) continue;
    const word = foldAccents(read.words[i] as string);
    if (QUESTION_OPENERS.has(word)) return true;
    if (!QUESTION_LEADS.has(word)) start = -1;
  }
  return false;
}
