// The concepts the risk reader reads a clause in: what a word says about a life, a body or a person, not the
// phrase it stands in. A word may stand for several concepts ("took" is an ingestion and a taking).

/**
 * The concepts of the risk lexicon, after the C-SSRS screener's questions (a wish to be dead, thoughts, method,
 * intent, plan, preparatory acts) and crisis-line practice (harm to others, abuse, assault, medical danger).
 * [sources: c-ssrs-screener, samhsa-988]
 */
export const RISK_CONCEPTS = [
  // A life ending.
  'death', // die, dead, suicide, unalive, morir
  'ending', // end, exit, disappear, vanish, acabar
  'life', // my life, it all, everything, la vida (what an ending ends)
  'living', // live, exist, wake up, go on: read as not_living when negated
  'not_living', // a negated living ("don't want to wake up", "no quiero vivir"): made by the reader, no words
  'wish', // want, wish, hope, rather, ready, quiero, ojalá
  'self', // myself, matarme (an act on oneself)
  'harm_act', // kill, hurt, stab, shoot, hang, jump, cortar
  'burden', // burden, better off, without me, estorbo
  'done', // done, over, finished, no more, ya no
  // Means and where.
  'drug', // pills, meds, oxy, tylenol, pastillas
  'weapon', // gun, knife, blade, rope, cord, noose, pistola, cuerda
  'height', // bridge, roof, ledge, tracks, train, river, puente, vías
  'exhaust', // a car running, exhaust, garage
  'stock', // saved, hidden, stash, bought, loaded, just in case
  // Plans, preparations, time.
  'preparation', // goodbye, farewell, note, will, affairs, adiós, despedida
  'give', // gave, giving, donated, regalé
  'give_away', // away, rehome, regalé (a giving that parts with it)
  'keepsake', // dog, cat, pet, belongings, guitar, perrito
  'time', // tonight, after, friday, already, soon, esta noche, ahorita
  'decision', // decided, made up my mind, peace, plan, decidí
  'farewell', // goodbye, farewell, adiós, despedirme
  'letter', // note, letters, video, cartas
  'left', // left, wrote, recorded, dejé (a note left for someone)
  'family', // my kids, my wife, my mom, everyone, mis hijas
  'settle', // affairs, testament, beneficiary
  'edge', // standing, sitting, up here, looking down, edge
  // Taking something.
  'ingest', // took, swallowed, downed, tomé, tragué
  'quantity', // all, whole, bottle, handful, bunch, extra, grams, todas
  'empty', // empty, gone, missing (a pill box found so)
  // Perception.
  'voices', // voices, voces, a commanding voice
  'voice', // a voice, messages, signs, god, demons (a command from them counts when it names an act)
  'command', // tell, told, command, order, make me, dicen
  // Others.
  'target', // him, her, them, my ex, my boss, neighbor
  'intent', // want to, going to, planning, picturing, fantasize
  'child', // kid, son, daughter, baby, niño, hija
  'injury', // bruise, marks, burns, welts, moretones
  'abuse', // hit, beat, choke, slap, molest, golpea
  'partner', // husband, boyfriend, ex, esposo, novio
  'control', // keys, phone, passport, money (what a partner takes to control)
  'seize', // took, broke, smashed, hid, quitó, rompió
  'force', // forced, made me, against my will, obligó
  'unwanted', // want, consent, agree, quería: only a negated one counts ("didn't want")
  'touch', // hand, hands, touched, groped, tocó
  'intimate', // pants, underwear, sex, body, private parts
  'attack', // attacked, assaulted, raped, molested, violó
  'attack_weak', // dragged, jumped, grabbed, cornered (an attack when a person or force is named)
  'body_part', // arm, wrist, thigh, brazo
  'cut', // cut, burn, scratch, carve, cortarme
  'left_alone', // alone, unattended, by herself (a child left so)
  // Medical danger.
  'chest', // chest, heart, pecho, corazón
  'danger_sign', // pain, tight, racing, pounding, can't, blue
  'collapse', // seizure, unresponsive, unconscious, fainted, convulsing
  'breath', // breathe, breathing, respirar
  'withdrawal', // withdrawal, detox, cold turkey, without a drink
  'confusion', // confused, seeing things, hallucinating, shaking, tremor
  'substance', // adderall, coke, meth, alcohol, benzo, xanax
  'fever', // fever, vomiting, twitching, slurring, fiebre
  // Added concepts: single words the rules combine.
  'now', // rn, now, ahorita (where one is now)
  'third_self', // himself, herself ("forced himself on me")
  'rash', // rash, blisters, hives (a drug reaction)
  'starve', // starve, fast (a command to stop eating)
  'woke', // woke up (to an assault)
  'assault_verb', // threw, pushed, shoved, grabbed (a person's act on me)
  'me', // me (as the object of an act)
  'garage', // garage, cochera
  'running', // running, engine, prendido
  'closed', // sitting, closed, shut, inside
  'wound', // bleeding, stitches, deep
  'relapse', // relapsed
  'self_harm_word', // sh, selfharm (the community's shorthand)
  'court_protect', // restraining, protective (an order)
  'miss', // miss, notice ("nobody would miss me")
  'nobody', // nobody, nadie
  'own', // own, propia ("my own life")
  'grooming', // nudes, secret (asked of a child)
  'vehicle', // bus, truck, train, plane
  'accident', // hit, crash, down (a wished accident)
  'do', // do, hacer (an act left unnamed: "going to do it")
  'it', // it, this, lo
  'through', // through, finally, actually ("going through with it")
  'alive', // alive, exist: a negated one with a time is a plan ("won't be alive after Sunday")
  'alive_word', // alive, living, life (what a point or a tiredness is about)
  'pointless', // point, reason, worth, sentido
  'better', // better, easier, relieved, mejor
  'gone', // gone
  'tired', // tired, sick, cansado
  'vanish', // disappear, vanish, desaparecer
  'forever', // forever, permanently, para siempre
  'sleep', // sleep, asleep
  'see', // see
  'future', // future, futuro
  'longer', // longer
  'after', // after, después
  'vital', // responding, breathing, respira: a negated one is a collapse
  'numb', // numb, droopy (a stroke's signs)
  'face', // face, arm, side
  'self_prefix', // self ("self harm")
  'on_purpose', // on purpose, a propósito
  'wall', // wall, floor, pared (struck on purpose)
  'punish', // punish, deserve, cleanse, fire, blood, join (what a command asks)
  'neck', // neck, throat, cuello
  'permit', // let, deja: a negated one is control ("won't let me leave")
  'persist', // stop: a negated one is persisting ("wouldn't stop when I said no")
  'kept', // kept (going)
  'unconsented', // consent, yes, agree: only a negated one counts ("I didn't say yes")
  'room', // room, bed, cuarto
  'night', // night, noche
  'stranger', // adult, older, man, stranger, online, señor
  'meet', // meet, verla
  'pictures', // pics, photos, fotos
  'research', // researching, googled, looked up
  'when', // when, after, before, cuando
  'love', // love (told to everyone)
  'dead', // dead, muerto (a state, often said of phones and traffic: read only beside a wish or a plan)
  'thought', // thinking, picturing, fantasize, pienso
  'affect', // like, hate, feel, upset, worried, scared, siento: a feeling (never waved through as everyday)
  'help', // help, ayuda, auxilio: a plea, unless a request beside it says what for (never waved through as everyday)
  'dose', // took, swallowed, doubled, skipped (a dose taken or changed: never everyday)
  'again', // again, started, otra vez (a relapse, when beside cutting)
  // Tier concepts: read by rules whose category is urgent_distress (on call only for a message a clinician
  // reads anyway). None says anything of risk alone, so none blocks a word from staff.
  'coerce', // made, makes, forced, obligó (someone made someone do something)
  'stuff', // stuff, things, sexual, cosas (an act left unnamed)
  'refusal', // stop, no (what someone said and was not heard)
  'said', // said, told, begged, dije
  'chose', // picked, escogí (a date picked)
  'date', // date, day, fecha
  'depart', // go, leave, ir, irme ("Friday is when I go")
  'accepting', // ok, okay, fine, alright, bien ("I'd be ok with that")
  'faint', // fainted, passed out, desmayé
  'rapid', // fast, rapid, heavy (breathing)
  'street', // crossing, driving, street, road (where one stops looking)
  'care_act', // brake, look, stop (what one stops doing there)
  'regret', // regret, arrepentir (a threat: "they're gonna regret it")
  'dangerous', // dangerous, lethal together, mix (medicines looked up)
  'believe', // believe, creer ("nobody will believe you")
  'conceal', // deleted, erased, cleared, borré (a search history hidden)
  'rehearse', // practiced, rehearsed, practiqué (an act tried out)
  'knot', // knot, nudo
  'eat', // eat, eaten, eating, comer, comido (food withheld, or a command to stop)
  'vehicle_way', // way (how it would be done: "the garage and the car would be the way")
  'urgency', // need, please, someone, now, asap, necesito, ya (a plea for help made pressing: "I need help now")
  'owe', // owe, debt, deber, deuda (a debt settled so that someone is left owing nothing)
  'tell', // tell, digan, decirle (something kept from someone: "don't tell my mom")
  // Thoughts named by their kind and their return, as people in therapy name suicidal thoughts without the word
  // ("the dark thoughts are back", "having those thoughts again", "unsafe thoughts last night").
  'thought_kind', // dark, unsafe, scary, those
  'thought_word', // thoughts, urges (never guarded: "any thoughts on the bill?")
  'recur', // back, louder, stronger, returned, won
  'unsafe', // unsafe
  // Negation and doubt.
  'negator', // not, never, no, nunca
  'contrast', // but, pero: a negation before it does not reach what follows ("no sé cómo decirlo pero me tomé...")
] as const;

/** One concept of the risk lexicon. */
export type RiskConcept = (typeof RISK_CONCEPTS)[number];

/** A concept's number, its place in {@link RISK_CONCEPTS}. */
export const CONCEPT_ID: Readonly<Record<RiskConcept, number>> = Object.freeze(
  Object.fromEntries(RISK_CONCEPTS.map((name, id) => [name, id])) as Record<RiskConcept, number>,
);
