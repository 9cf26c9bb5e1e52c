import type { TriageTable } from '../triage-category.js';

/**
 * Words that do not say what they refer to: "I'm doing it tonight", "I'll be gone by morning", "it won't
 * matter". Between an administrative request and a time they read like logistics, yet they are how a plan is
 * often put (crisis lines listen for such veiled statements of intent). A sentence with one is never
 * accounted for by a request elsewhere: unless a request in it explains the words ("did it go through?"),
 * a clinician reads it. [sources: samhsa-988, samhsa-tip-50]
 */
export const UNCLEAR_REFERENCES: TriageTable = {
  label: 'unclear_reference',
  en: [
    // When one is no longer around (lead32, parity with "cuando yo no esté"): "so the kids are set when i'm not around".
    'when|once|after ..1 im|i ..1 am|m ..1 not|no|gone ..1 around|here|longer',
    // lead32 probes: a joke insisted on ("send the bill to my estate lol. im serious though", "asking for real").
    'asking|serious|srs ..1 for ..1 real',
    'im|i ..1 am|m ..1 serious ..1 though|tho|btw',
    // Someone asked to check on the writer (lead, 2026-12-06): a welfare check asked for, never a desk task.
    'check|checking|checks ..1 on ..1 me|myself',
    // admin23 (2026-12-06): what someone did or does to a person, the act unsaid ("who do I talk to about what he did
    // to me can I move Thursday", run on into a request, reached staff).
    'did|done|does|do|doing ..1 to ..1 me|her|him|us|them|myself',
    // admin23: all of something unnamed taken or swallowed ("ill take it all tonight. can I reschedule thursday" reached
    // staff as an everyday sentence beside a request): "them all" is an ingestion, and so may "it all" be.
    'take|taking|took|swallow|swallowing|swallowed ..1 it|this|that|these|those|everything ..1 all',
    'take|taking|took|swallow|swallowing|swallowed ..1 all ..1 of ..1 it|this|that|these|those',
    'do|doing|did|done ..1 it|this|that',
    'go|going|went ..1 through ..1 with',
    'be|been ..1 gone|over',
    'wont|{neg} ..2 matter|need|bother',
    'not|never|wont ..2 coming|come|going|go ..1 back|home',
    'say|said|saying ..1 goodbye|goodbyes|bye',
    'for good|ever',
    'decided|decision|ready|prepared',
    'last ..1 message|text|chance|goodbye',
    'before|after ..1 i ..1 go|leave|die|am ..1 gone',
    // A letter or a note of one's own, done, said of nothing else (admin13, parity with Spanish: "already wrote my
    // letter").
    'already ..1 wrote|finished|did|done|written ..2 my|the ..1 letter|letters|note|notes',
    // Or written, left or finished with nothing said of whom or what it is for ("Wrote a note. Sorry about all the
    // no shows.", lead, 2026-12-05, from an honest unseen set): a goodbye note reads the same. One left with the
    // desk or written for an insurer is an ordinary sense, which explains these words.
    'wrote|written|finished|left|leaving ..3 letter|letters|note|notes',
    // An ordinary purpose disclaimed ('not for commuting lol') and things left for 'after': what they refer to is unsaid.
    'not ..1 for ..1 commuting|commute|travel|traveling|riding|work|fun|sightseeing|school',
    'not ..1 for ..1 the ..1 view|ride|train|trip',
    'have|keep|get ..2 them|it|this|these|those|everything ..1 after',
    // Being found, said of oneself ('make sure the right person gets called when they find me'): who finds
    // whom, and in what state, is unsaid (set aj).
    'when|once|after|if|before ..2 they|someone|somebody|anyone|people|he|she|police|cops ..1 find|finds|found ..1 me',
    // An echo of what was said before ('my phone died. so did I').
    'so ..1 did|am|was ..1 i',
    // A hint left for the reader to complete ('if you know what I mean', 'wink wink'): what is meant is unsaid
    // (set at: the train schedule looked at 'in a different way lately').
    'know ..1 what ..1 i ..1 mean|meant',
    'wink ..1 wink',
    // A stay in hospital beside a bare "I tried" (gate s: "I was in the hospital. I tried. Can we reschedule"): what
    // was tried is unsaid, and an attempt is how it reads.
    'hospital|hospitalized|er|icu|inpatient|ward|psych && i|ive ..1 tried|attempted',
    // An unnamed act with a time (lead, 2026-12-05, from the probe generators set beside requests): "it's happening
    // before the holidays", "i go once i get paid", "i'm checking out after my birthday", "the date is set", "i've
    // worked out all the details", finishing or ending "it all". What happens is unsaid; a request elsewhere does
    // not account for it.
    'its ..1 happening ..2 tonight|tomorrow|{weekday}|before|after|once|when|next|by|soon|this|on',
    'it ..1 s|is ..1 happening ..2 tonight|tomorrow|{weekday}|before|after|once|when|next|by|soon|this|on',
    'i ..1 go|leave ..1 tonight|tomorrow|{weekday}|once|by|next|soon',
    'im ..1 checking ..1 out ..2 tonight|tomorrow|{weekday}|before|after|once|when|next|by|soon|this',
    'i ..1 m|am ..1 checking ..1 out ..2 tonight|tomorrow|{weekday}|before|after|once|when|next|by|soon|this',
    // A message or an email set to go out "after", or when it is done.
    'set|setup|scheduled|timed|queued ..3 email|emails|message|messages|text|texts|post ..3 send|go|sent ..2 after|when',
    'the ..1 date ..1 is|s ..1 set',
    'worked|figured ..1 out ..2 all|every ..1 the|of ..1 details',
    'finish|end|ending|finishing ..1 it|things|everything ..1 all|now|tonight|soon|already',
    'gonna|going|want|wanna|need|might|planning ..2 finish|end ..1 it|things|everything',
    // One's page looking strange tonight, to be ignored (set be, recall19): what it will show is unsaid.
    'if ..1 my ..1 twitter|insta|instagram|facebook|fb|page|story|feed|snap|snapchat|tiktok|account|profile ..2 looks|seems|is|gets ..1 weird|strange|different|quiet',
    // Property signed over to one's family, said with nothing else (recall19): why is unsaid, and a sale would say so.
    'signed|signing ..4 over ..2 to ..2 my ..1 {family}|{child}|{partner}|brother|sister|son|daughter|kids|nephew|niece',
    // Something unnamed that happened again, or a person who did "it" again; and a secret kept from one's parents
    // or from everyone (lead, 2026-12-05, from a child's veiled disclosure in an honest unseen set). Between two
    // requests they read as everyday words, yet this is how a child tells: a clinician reads it.
    'thing|things|stuff ..3 happened|happens|happening ..2 again',
    'it ..1 happened|happens|keeps ..1 again|happening',
    '{family}|{partner}|{other_person}|he|she ..1 did|does|tried ..2 it|that|thing ..1 again',
    '{neg} ..1 tell|told ..2 parents|mom|dad|mother|father|mum|anyone|anybody|nobody|family',
    'nobody|noone ..1 knows|know',
    'no ..1 one ..1 knows|know',
    'keep|kept|keeping ..2 it|this|that ..2 secret|between',
    // Probes beside requests (recall19): a last meal had, one's last week or night, going after or on a day; what is
    // meant is unsaid. A last week at a job or with an insurer says so and is masked.
    'had|ate|eaten ..1 my ..1 last ..1 meal|supper|dinner',
    'this ..1 is|s ..1 my ..1 last ..1 week|night|day|month|weekend',
    'i ..1 go ..1 after|before|when|once ..3 my|the|christmas|thanksgiving|holidays|birthday|anniversary|everyone|payday|he|she|they',
    'i ..1 go ..1 on ..1 the|my ..1 anniversary|birthday',
    // A balance cleared so that family gets no bill, with no reason given (lead24, 2026-12-06): a parent's insurance may
    // be why, and so may an end arranged; a clinician reads it (with a time after, it is a preparatory act).
    'so|that ..2 {family}|{partner}|{child}|parents|nobody|noone ..2 {neg}|never|wont ..2 have|get|gets|deal|inherit|stuck ..3 it|bill|bills|balance|debt|debts',
    // A joke taken back by halves ("lol jk. but also kind of not", "kidding. mostly"): what it was about, a clinician
    // reads (lead24).
    'jk|kidding ..4 but ..3 not|serious|true|mean|kinda|kind|sorta|mostly|partly|half',
    // Giving up, with nothing named (lead24d: "i gave up. can i rebook" reached the desk as everyday words beside a
    // request). Giving up on a portal or a login is masked (ordinary-senses.ts). "its over. can i rebook" still does:
    // "it's over" is also a meeting running over and a place "over there".
    'give|gave|giving|given|gives ..1 up',
    // Probed by kind (lead40): the desk's errands with a veiled end in them: someone who will need to know first,
    // someone taking care of one's things, one's own estate.
    'need|needs ..1 to ..1 know ..1 first',
    'taking|take|takes ..1 care ..1 of ..1 my ..1 stuff|things|affairs|belongings|estate|everything',
    'my estate',
  ],
  es: [
    // Cuando uno ya no esté (lead32): "para que mis hijos no tengan problemas cuando yo no esté"; veiled, never the desk's.
    'cuando ..2 yo ..1 no|ya ..2 este|estes|estemos|estare|exista',
    'lo ..1 hago|hare|hice|haga|hacer',
    'ya ..1 {neg} ..2 importa|importara|necesito|necesitare',
    // "boy" is "voy" as it sounds (admin13: the English word is not read as the Spanish one).
    'ya ..1 {neg} ..1 voy|boy ..1 a ..1 estar|volver|regresar',
    // A letter or a note of one's own, done, said of nothing else (admin13: "ya hice mi carta"); the one for the
    // insurer or the school says so ("ya hice la carta para el seguro" names what it is for).
    'ya ..1 hice|termine|escribi ..2 mi|mis ..1 carta|cartas|nota|notas',
    'escribi|escribí|termine|terminé|deje|dejé|dejando ..3 carta|cartas|nota|notas',
    'decidi|decidido|decision|lista|listo',
    'para ..1 siempre',
    'ultima ..1 vez',
    'sabes|sabe|saben|entiendes|entiende ..3 lo ..1 que ..1 me ..1 refiero',
    // Not making it to a day (lead, 2026-12-05): to an appointment, or at all; unsaid.
    '{neg} ..1 llego|llegare|llegaré|aguanto ..1 al|a|hasta ..1 {weekday}|manana|mañana|fin|viernes|domingo',
    // Probed by construction (recall18, 2026-12-05): knowing how one will go; one's last night; never coming back.
    'ya ..1 se ..1 como ..1 me ..1 voy ..1 a ..1 ir',
    'es ..1 mi ..1 ultima ..1 noche',
    '{neg} ..2 volver|regresar|vuelvo|regreso ..1 nunca|jamas',
    // The same in Spanish: it happened again, he did it again, nobody knows, I did not tell my mother.
    'paso|pasó|sucedio|sucedió ..2 (otra vez|de nuevo)',
    'lo ..1 volvio|volvió ..1 a ..1 hacer',
    '{neg} ..2 le|les ..2 dije|conte|conté|dicho|contado ..3 mama|mamá|papa|papá|papas|papás|padres|familia|nadie',
    '{neg} ..1 le|les ..1 digas|diga|cuentes|cuente ..2 a ..1 mi|mis ..1 mama|mamá|papa|papá|papas|papás|padres',
    'nadie ..1 sabe',
    // Probes beside requests (recall19): lo voy a hacer, lo hago ("ago" as written), un día que es el día.
    'lo ..1 voy|boy ..1 a ..1 hacer|aser',
    'lo ..1 ago|agare',
    '{weekday}|manana|hoy ..1 es ..1 el ..1 dia',
    // Una cuenta pagada para que la familia no reciba nada (lead24, 2026-12-06).
    'para ..1 que ..2 familia|esposa|esposo|mama|papa|hijos|hijas|padres|nadie ..2 no ..2 tenga|tengan|reciba|reciban|pague|paguen ..3 cuenta|deuda|deudas|factura|nada',
  ],
};
