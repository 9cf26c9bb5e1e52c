import type { RiskConcept } from './risk-concept.js';
import type { CrisisCategory } from './triage-category.js';

/**
 * A combination of concepts that says a crisis: every group must be in the scope (a sentence, or the whole
 * message), each group by any of its concepts. Read as C-SSRS and crisis-line practice read a statement: a
 * wish and a death, an act and the self, means and a store of them, a voice and a command.
 */
export interface RiskRule {
  readonly category: CrisisCategory;
  readonly all: readonly (readonly RiskConcept[])[];
  /** Where the groups must stand: one sentence (the default) or anywhere in the message. */
  readonly scope?: 'sentence' | 'message';
  /** Groups found in this order in the sentence ("want to kill him", not "he'll kill me"). */
  readonly ordered?: boolean;
  /**
   * Whether a negation before the first group's word makes the statement a negated mention ("I won't hurt
   * myself"): then it is clinical, and a crisis next to means. Medical danger and abuse are never negated.
   */
  readonly negatable?: boolean;
  /** The group whose word a negation must govern (the act, not its subject); the first when left out. */
  readonly anchor?: number;
}

const LIFE_ENDS: readonly RiskConcept[] = ['death', 'ending', 'not_living'];
const MEANS: readonly RiskConcept[] = ['drug', 'weapon', 'height', 'exhaust'];
const PERSON: readonly RiskConcept[] = ['target', 'partner', 'child', 'family'];

/**
 * The built-in combinations, by category. [sources: c-ssrs-screener, samhsa-988, samhsa-tip-50]
 */
export const RISK_RULES: readonly RiskRule[] = [
  // A wish to be dead, or not to live ("wish I wasn't alive", "don't want to wake up", "ojalá me muera"), a
  // wished accident, being a burden, nobody missing one.
  {
    category: 'passive_ideation',
    all: [['wish'], ['death', 'dead', 'not_living']],
    ordered: true,
    negatable: true,
  },
  { category: 'passive_ideation', all: [['wish'], ['accident'], ['vehicle']], negatable: true },
  { category: 'passive_ideation', all: [['burden']], negatable: true },
  { category: 'passive_ideation', all: [['nobody'], ['miss'], ['me']], ordered: true },
  // No point in living: the negation is the statement ("no tiene sentido vivir", "there's no point living"), so it
  // never makes a mention of it.
  { category: 'passive_ideation', all: [['pointless'], ['alive_word']] },
  { category: 'passive_ideation', all: [['better'], ['gone', 'not_living', 'vanish']] },
  { category: 'passive_ideation', all: [['better'], ['burden', 'after'], ['me']], ordered: true },
  { category: 'passive_ideation', all: [['tired', 'done'], ['alive_word']] },
  {
    category: 'passive_ideation',
    all: [['wish', 'intent', 'thought'], ['vanish']],
    ordered: true,
    negatable: true,
  },
  { category: 'passive_ideation', all: [['vanish', 'sleep', 'done'], ['forever']] },
  // A wish to sleep, and "forever" in the next breath ("want to go to sleep for a year. or forever").
  { category: 'passive_ideation', all: [['wish'], ['sleep'], ['forever']], scope: 'message' },
  { category: 'passive_ideation', all: [['wish', 'voice'], ['sleep'], ['death', 'ingest']] },
  { category: 'passive_ideation', all: [['death'], ['sleep'], ['better']] },
  { category: 'passive_ideation', all: [['see'], ['future', 'longer'], ['self']] },
  // Suicidal thoughts named by their kind and their return ("the dark thoughts are back", "those thoughts again",
  // "unsafe thoughts last night"); a negation keeps it a mention ("I never get those thoughts again").
  {
    category: 'passive_ideation',
    all: [['thought_kind'], ['thought_word'], ['again', 'recur']],
    ordered: true,
    negatable: true,
    anchor: 1,
  },
  { category: 'passive_ideation', all: [['unsafe'], ['thought_word']], ordered: true, negatable: true },
  // An act on oneself, or a life ended on purpose ("kill myself", "me quiero matar", "end it all tonight").
  { category: 'active_ideation', all: [['harm_act'], ['self', 'third_self']], negatable: true },
  {
    category: 'active_ideation',
    all: [['wish', 'intent', 'thought'], ['death']],
    ordered: true,
    negatable: true,
  },
  {
    category: 'active_ideation',
    all: [['me'], ['wish', 'intent'], ['harm_act']],
    ordered: true,
    negatable: true,
    anchor: 1,
  },
  {
    category: 'active_ideation',
    all: [['harm_act', 'ingest', 'ending'], ['own'], ['life']],
    ordered: true,
    negatable: true,
  },
  {
    category: 'active_ideation',
    all: [['ending'], ['life'], ['wish', 'intent', 'decision', 'time']],
    negatable: true,
  },
  {
    category: 'active_ideation',
    all: [['intent', 'thought', 'decision'], ['death']],
    ordered: true,
    negatable: true,
  },
  // Means with a store of them, or named with an act, a death, a person or a place to fall from.
  { category: 'method_means', all: [MEANS, ['stock']] },
  {
    category: 'method_means',
    all: [
      ['weapon', 'height', 'exhaust'],
      ['harm_act', 'death', 'ending', 'self'],
    ],
  },
  {
    category: 'method_means',
    all: [['weapon'], ['target', 'done', 'intent', 'thought', 'wish', 'self', 'third_self', 'edge']],
  },
  { category: 'method_means', all: [['height'], ['thought', 'wish']] },
  {
    category: 'method_means',
    all: [['research'], ['death', 'harm_act', 'height', 'not_living']],
    negatable: true,
    anchor: 1,
  },
  { category: 'method_means', all: [['height'], ['edge', 'farewell', 'not_living', 'now']] },
  { category: 'method_means', all: [['quantity'], ['drug'], ['death', 'not_living']] },
  { category: 'method_means', all: [['exhaust']] },
  { category: 'method_means', all: [['garage'], ['running'], ['closed']] },
  // A decided time, or a decision with an end ("Friday is when I'm done", "tonight's the night").
  { category: 'plan_intent', all: [['decision'], ['time'], ['done', ...LIFE_ENDS, 'farewell']] },
  { category: 'plan_intent', all: [['time'], LIFE_ENDS, ['intent', 'decision', 'wish']], negatable: true },
  { category: 'plan_intent', all: [['alive'], ['time']] },
  { category: 'plan_intent', all: [['after'], ['gone', 'death']], ordered: true },
  {
    category: 'plan_intent',
    all: [
      ['do'],
      ['it'],
      ['time', 'now', 'decision'],
      ['decision', 'through', 'farewell', 'family', 'nobody', ...MEANS],
    ],
  },
  { category: 'plan_intent', all: [['through'], ['it'], ['intent', 'decision']] },
  { category: 'plan_intent', all: [['weapon'], ['time', 'now', 'decision']] },
  // Parting with what one loves, farewells, notes left for family, affairs put in order.
  { category: 'preparatory_acts', all: [['give'], ['keepsake'], ['give_away', ...PERSON]], ordered: true },
  { category: 'preparatory_acts', all: [['give_away'], ['keepsake']] },
  {
    category: 'preparatory_acts',
    all: [['farewell'], ['life', 'family', 'time', 'height', 'done', 'letter', 'left', ...MEANS]],
  },
  // A note left or written for family, in that order ("wrote letters to my kids", not "my daughter's school wants
  // a letter so she can leave early").
  { category: 'preparatory_acts', all: [['left'], ['letter'], ['family']], ordered: true },
  { category: 'preparatory_acts', all: [['settle'], ['family', 'gone', 'when', 'done', ...LIFE_ENDS]] },
  { category: 'preparatory_acts', all: [['when'], ['gone']], ordered: true },
  { category: 'preparatory_acts', all: [['left', 'letter'], ['family'], ['love']] },
  {
    category: 'preparatory_acts',
    all: [['settle'], ['done', 'farewell', 'time', ...LIFE_ENDS]],
    scope: 'message',
  },
  // A quantity of a drug taken, or a pill box found empty beside confusion or someone not waking.
  { category: 'ingestion_overdose', all: [['ingest'], ['quantity'], ['drug', 'substance']], negatable: true },
  {
    category: 'ingestion_overdose',
    all: [['drug'], ['empty'], ['confusion', 'collapse', 'danger_sign', 'not_living']],
    scope: 'message',
  },
  // Cutting or burning a body, a blade to the skin, the community's shorthand, a wound.
  { category: 'self_harm', all: [['cut'], ['body_part', 'self']], negatable: true },
  { category: 'self_harm', all: [['me'], ['cut']], ordered: true, negatable: true },
  { category: 'self_harm', all: [['weapon'], ['body_part']] },
  { category: 'self_harm', all: [['self_harm_word']], negatable: true },
  { category: 'self_harm', all: [['self_prefix'], ['harm_act']], ordered: true, negatable: true },
  {
    category: 'self_harm',
    all: [['on_purpose'], ['harm_act', 'cut', 'abuse', 'assault_verb', 'injury', 'starve', 'wall']],
  },
  { category: 'self_harm', all: [['abuse', 'assault_verb'], ['self']] },
  {
    category: 'self_harm',
    all: [
      ['abuse', 'assault_verb', 'cut', 'harm_act'],
      ['wound', 'wall'],
    ],
  },
  { category: 'self_harm', all: [['injury'], ['body_part', 'self']] },
  { category: 'self_harm', all: [['cut'], ['relapse', 'again']], negatable: true },
  { category: 'self_harm', all: [['cut'], ['wound']] },
  // A body part kept out of sight ("mostly thighs so nobody sees").
  { category: 'self_harm', all: [['body_part'], ['nobody'], ['see', 'miss']] },
  // Voices that command; a voice, a sign or a message that names an act.
  // Voices and their command anywhere in the message ("voices back. louder. telling me to do it").
  { category: 'psychosis_command', all: [['voices'], ['command']], scope: 'message' },
  {
    category: 'psychosis_command',
    all: [['voice', 'voices', 'target'], ['command'], ['me'], ['punish']],
    ordered: true,
  },
  {
    category: 'psychosis_command',
    all: [
      ['voice', 'voices'],
      ['command'],
      [
        'harm_act',
        'death',
        'self',
        'drug',
        'height',
        'weapon',
        'target',
        'child',
        'cut',
        'starve',
        'punish',
        'ending',
      ],
    ],
  },
  // An intent to harm a person ("picturing running him off the road", "I'll kill him"; "lo voy a matar").
  {
    category: 'harm_to_others',
    all: [['intent', 'thought'], ['harm_act'], ['target', 'partner', 'child']],
    ordered: true,
    negatable: true,
  },
  {
    category: 'harm_to_others',
    all: [['target'], ['intent', 'thought'], ['harm_act']],
    ordered: true,
    negatable: true,
    anchor: 1,
  },
  { category: 'harm_to_others', all: [['harm_act'], ['child', 'partner']], ordered: true, negatable: true },
  // A child hurt, abused, groomed or left alone.
  { category: 'child_safety', all: [['child'], ['injury']], scope: 'message' },
  { category: 'child_safety', all: [['child'], ['abuse', 'attack', 'touch', 'grooming']] },
  { category: 'child_safety', all: [['child'], ['left'], ['left_alone']] },
  { category: 'child_safety', all: [['grooming'], ['pictures', 'touch', 'child', 'target', 'stranger']] },
  { category: 'child_safety', all: [['stranger'], ['meet'], ['child', 'target']] },
  { category: 'child_safety', all: [['child', 'target', 'family'], ['room'], ['night']] },
  // Violence, threats or control by a partner or a person at home; an order of protection.
  { category: 'intimate_partner_violence', all: [['partner'], ['abuse']] },
  { category: 'intimate_partner_violence', all: [PERSON, ['abuse']], ordered: true },
  { category: 'intimate_partner_violence', all: [PERSON, ['assault_verb'], ['me']], ordered: true },
  {
    category: 'intimate_partner_violence',
    all: [['partner', 'target'], ['seize'], ['control']],
    ordered: true,
  },
  { category: 'intimate_partner_violence', all: [['partner'], ['weapon']], scope: 'message' },
  { category: 'intimate_partner_violence', all: [['court_protect']] },
  {
    category: 'intimate_partner_violence',
    all: [['partner', 'target'], ['harm_act'], ['me', 'child', 'family']],
    ordered: true,
  },
  { category: 'intimate_partner_violence', all: [PERSON, ['me'], ['assault_verb']], ordered: true },
  { category: 'intimate_partner_violence', all: [['touch', 'abuse', 'assault_verb'], ['neck']] },
  { category: 'intimate_partner_violence', all: [['injury'], ['abuse']], scope: 'message' },
  // An assault told in plain words, or touching and force without consent.
  { category: 'sexual_assault', all: [['attack']] },
  {
    category: 'sexual_assault',
    all: [['attack_weak'], ['target', 'partner', 'child', 'force', 'intimate', 'unwanted']],
  },
  { category: 'sexual_assault', all: [['touch', 'force', 'unwanted', 'woke'], ['intimate']] },
  { category: 'sexual_assault', all: [['force'], ['unwanted', 'touch', 'third_self']] },
  { category: 'sexual_assault', all: [[...PERSON, 'stranger'], ['force']], ordered: true },
  { category: 'sexual_assault', all: [['kept'], [...PERSON, 'intimate']] },
  { category: 'sexual_assault', all: [['unconsented'], [...PERSON, 'intimate', 'force', 'touch']] },
  { category: 'sexual_assault', all: [PERSON, ['touch'], ['me']], ordered: true },
  // Medical danger: chest pain, breathing, collapse, withdrawal, toxicity, a drug reaction.
  { category: 'medical_emergency', all: [['chest'], ['danger_sign']] },
  { category: 'medical_emergency', all: [['breath'], ['danger_sign', 'negator']] },
  { category: 'medical_emergency', all: [['collapse']] },
  { category: 'medical_emergency', all: [['numb'], ['face']] },
  { category: 'medical_emergency', all: [['not_living'], ['ingest']] },
  // Withdrawal and its danger signs, in one sentence or the next ("day 3 sober. shaking, seeing bugs").
  { category: 'medical_emergency', all: [['withdrawal'], ['confusion', 'collapse']], scope: 'message' },
  { category: 'medical_emergency', all: [['substance'], ['chest', 'collapse', 'confusion']] },
  {
    category: 'medical_emergency',
    all: [['fever'], ['confusion', 'fever'], ['drug', 'substance']],
    scope: 'message',
  },
  { category: 'medical_emergency', all: [['rash'], ['drug']], scope: 'message' },
  // Urgent distress: combinations that need a clinician now in a message a clinician reads anyway, never in an
  // administrative one ("I've decided. Saturday." goes on call; "I've decided to move to Saturday" stays with
  // staff). After crisis-line practice. [sources: samhsa-988, samhsa-tip-50]
  // Someone made someone do unnamed things ("made her do stuff"), a no not heard ("I said stop and he didn't").
  { category: 'sexual_assault', all: [['coerce'], ['do'], ['stuff']], ordered: true },
  {
    category: 'urgent_distress',
    all: [['said'], ['refusal'], [...PERSON, 'stranger'], ['negator']],
    ordered: true,
  },
  { category: 'urgent_distress', all: [['negator'], ['ingest', 'seize'], ['refusal']], ordered: true },
  { category: 'urgent_distress', all: [['do', 'coerce'], ['stuff'], ['me', 'child']], ordered: true },
  { category: 'urgent_distress', all: [['nobody'], ['believe']], ordered: true },
  // A plea for help made pressing ("I need help now", "someone please help me", "necesito ayuda ya"). Beside a
  // request that says what the help is for ("I need help logging into the portal") it stays with staff.
  { category: 'urgent_distress', all: [['help'], ['urgency']] },
  // A decision, or a date picked, and a time ("I've decided. Saturday", "I have a date picked out").
  {
    category: 'urgent_distress',
    all: [
      ['decision', 'chose'],
      ['time', 'date'],
    ],
    scope: 'message',
  },
  { category: 'urgent_distress', all: [['time'], ['when'], ['depart']], ordered: true },
  // Affairs put in order: a debt settled so the family owes nothing ("so my family won't owe you anything"),
  // everything bought and a time ("i bought everything i need. tonight"), it all figured out.
  { category: 'urgent_distress', all: [['family'], ['negator'], ['owe']], ordered: true },
  // A crisis, not urgent distress: urgent distress lifts only a message a clinician reads anyway, and a request
  // in the same run-on sentence ("also whats my copay i bought everything i need. tonight") accounted for it, so
  // the message went to staff (lead, 2026-12-05). These two say it whatever else the message asks.
  { category: 'plan_intent', all: [['stock'], ['life'], ['time']], scope: 'message' },
  { category: 'urgent_distress', all: [['it'], ['quantity'], ['decision']], ordered: true },
  // Pills taken and kept from someone ("ya me tomé las pastillas. no le digan a mi mamá").
  {
    category: 'urgent_distress',
    all: [['dose'], ['drug'], ['negator'], ['tell']],
    ordered: true,
    scope: 'message',
  },
  // The same, the secret asked first ("no le digan a mi mamá, pero ya me tomé las pastillas").
  {
    category: 'urgent_distress',
    all: [['negator'], ['tell'], ['dose'], ['drug']],
    ordered: true,
    scope: 'message',
  },
  // Not living, accepted ("if I didn't wake up tomorrow I'd be ok with that"): a crisis, as above.
  { category: 'passive_ideation', all: [['not_living', 'dead'], ['accepting']] },
  // A faint, breathing fast; no care taken on a road ("when I'm driving I think about not braking").
  { category: 'urgent_distress', all: [['faint']] },
  { category: 'urgent_distress', all: [['breath'], ['rapid']] },
  { category: 'urgent_distress', all: [['street'], ['negator'], ['care_act']], ordered: true },
  // Medicines looked up for their danger; a threat that people will regret it ("the kids are gonna regret it").
  { category: 'urgent_distress', all: [['research'], ['drug'], ['dangerous']] },
  { category: 'urgent_distress', all: [[...PERSON, 'stranger'], ['intent'], ['regret']], ordered: true },
  // Research with a store, a means or a history deleted ("I've been researching and I bought everything I need",
  // "I looked up how high the parking garage is", "I deleted the history after").
  {
    category: 'urgent_distress',
    all: [['research'], ['stock', 'conceal', 'garage', 'weapon', 'height', 'exhaust']],
    scope: 'message',
  },
  // A note written and put away ("I left my keys and a note at the front desk" too: urgent distress, not a crisis
  // on its own); an act practised; the garage and the car as the way.
  { category: 'urgent_distress', all: [['left'], ['letter'], ['stock']], scope: 'message' },
  { category: 'urgent_distress', all: [['rehearse'], ['knot', 'weapon', 'height', 'exhaust']] },
  {
    category: 'urgent_distress',
    all: [['garage'], ['vehicle'], ['vehicle_way', 'thought', 'through']],
    scope: 'message',
  },
  // A command to stop eating for purity; a drink or a drug and the signs of withdrawal or toxicity anywhere in the
  // message; children not fed; made to sleep in someone's bed; touching him or her.
  { category: 'urgent_distress', all: [['command'], ['care_act'], ['eat'], ['punish']], scope: 'message' },
  { category: 'urgent_distress', all: [['substance', 'withdrawal'], ['confusion']], scope: 'message' },
  { category: 'urgent_distress', all: [['child'], ['negator'], ['eat']] },
  { category: 'urgent_distress', all: [['coerce'], ['sleep'], ['room']] },
  { category: 'urgent_distress', all: [['touch'], ['target']], ordered: true },
];
