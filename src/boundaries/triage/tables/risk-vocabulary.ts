// The declared risk vocabulary of the crisis tables: the words that carry risk on their own, per crisis table.
// Only these (and the words of the sensitive classes, the risk lexicons and the clinical tables) keep an
// administrative sentence from staff; the other words a crisis phrase names ("trouble", "split", "lo", "se",
// "drove", "rice", "tools") are ordinary words there, read like any word no table explains. So adding a
// concept to a crisis table never blocks administrative sentences by its ordinary words: a word joins this
// list only when it means risk without the rest of its phrase (a weapon, an injury, a sign of an emergency,
// a drug, the words of abuse and assault). A crisis phrase itself is found wherever it stands, listed or not.

import type { CrisisCategory } from '../triage-category.js';
import type { WordClassDefinition } from '../word-lexicon.js';

/** The words of each crisis table that carry risk on their own (English and Spanish, accents folded). */
export const RISK_VOCABULARY: Readonly<Record<CrisisCategory, string>> = {
  passive_ideation:
    'acostarme amanecer bad blue cancer cansad* corpse crap dark desaparecer descansar despert* ' +
    'despertarme disease dormir dormir* dormirme energy estorbar estorbo eternal eternally extranaria ' +
    'fastidiar felt fight fighting frequent heaven hell illness importaria inheritance insulin lay ' +
    'levantarme lie lied lost luchar lying mad medication meds mundo nacido nonexistent oxygen payout ' +
    'peaceful pena pensar permanent secretly sentido shit sigo sigue slowly soporto stress stressed ' +
    'sudden swerve swerved terminal tumor vida vive vivi viviendo vivio volvi wakeup waste worried ' +
    'worse worst',
  active_ideation: 'ahorcarse ctb kms kys od pills quitarme quitarse selfdelete* suiside*',
  method_means:
    'beam belt brincar carbon ceiling chocar chocarme cliff cliffs cord deadly dose drink* escond* escondid* ' +
    'gorge ledge ledges overlook overpass overpasses ravine trestle trestles ' +
    'estrellar estrellarme exhaust fatal fumes guardad* hose junte knot letal lethal ligature med ' +
    'medicine metodo mix mixes mixing monoxide mortal oxy painless painless* painlessly pillowcase rail scarf ' +
    'secret shoelace shoelaces stocking stockpil* swallow* swerving tailpipe veer veering',
  plan_intent:
    'ambulance asleep despedir* pastillas peace pill rehearse rehearsed rehearsing swallow swallowing',
  preparatory_acts:
    'arreglado beneficiar* despedi despidiendo donat* fault perdoname regal* regalando regalar regale ' +
    'regalo rehom* worry',
  ingestion_overdose:
    'acetaminophen alcohol ate bebi chugged comido comio consumi drank drinks drunk dumb eaten gram ' +
    'gramos grams injecte injected medicina medicinas mezcle mezclo mixed oded odeed pastilla popped ' +
    'prescription relapsed snorted stupid swallow swallowed throw trago trague tylenol unresponsive',
  self_harm:
    'autolesi* bandage bandaged bandages bandaids bang banged banging bite bruise* carve carved carving ' +
    'cicatrices cortaba cortadas cortando cortar cortar* cortare corte cortes corto dano deeper deserve ' +
    'deserved dig digging dug fingernails glass golpeando golpearme golpee golpeo injuring injury ' +
    'lastimando lastime lastimo marcas nssi pegaba pego pegue pinch pinching punch punched punching ' +
    'punish punish* punished punishing quemaduras quemando quemar* queme quemo rasguno relaps* relapse ' +
    'relapse* scars scissors scratch scratch* scratched scratches scratching selfharm selfharm* ' +
    'selfhurt* selfinjur* sh slice sliced slicing starve starving stitches wounds',
  psychosis_command:
    'angel angeles angels attack brain castig* castigar castigarme chip chips demon demonio demonios ' +
    'demons devil diablo drinking entity espiritu espiritus evil implant implants lastim* listening ' +
    'louder microwave obey oven protect punish quemar radio sacrificar sacrifice salte satan spirit ' +
    'spirits spying stove susurros television tracker tv voces voz whisper whispering whispers',
  harm_to_others:
    'attack attacking axe balazo bat bate beat beating crowbar cuchillazo deserves golpear golpearla ' +
    'golpearlo hammer homicid* lastimarla lastimarlo machete martillo navajazo partirle pegar plomazo ' +
    'punch punching regret revenge romperle shake shoved slapped suffer tiro',
  child_safety:
    'ahorca ahorco beat beaten beating beats begging bruise bruised bruises calzones cinturon cps dcfs ' +
    'drag dragged empujo encerr* explicit golpea golpeaba golpean golpeo golpes grabbed groom* ' +
    'handprint hanger inappropriate intimas kick kicked kicking kicks lastima morado morados moretones ' +
    'naked neglect* nude nudes pega pego privadas protective punch punched punches punching secreto ' +
    'sexting sexual shaking shook shove shoved shoving slap slapped slapping slaps tocado unattended ' +
    'underwear welts whip whipped whips yanked',
  intimate_partner_violence:
    'abofeteo ahorca ahorco arrastra arrastro bruising cacheteo deja dejaron dejo domestic domestica ' +
    'dragged empuja empujo encerro encierra hinchada hinchado manosea manoseaba manoseo monitors morada ' +
    'patea pateo policia restraining smacked smashed smashing stalked stalker stalking stalks ' +
    'throat violence violencia',
  sexual_assault:
    'ataque attacked begged blacked breasts chest coerced consensual drogaron drogo drugged drunk ' +
    'forzaron forzo froze fuerza groped harassed kissed nonconsensual obligaron obligo oral pinned ' +
    'pinning pressured relaciones roofied screaming sex sexo sexual* spiked tocaron unconscious undress ' +
    'undress* undressed wasted',
  medical_emergency:
    'adderall admit admitted agitated allergic alucin* anaphyla* antidepressant ativan attack azucar ' +
    'banged barely beber benzo benzo* benzos cocaine coke collapse collapsed confundid* confundida ' +
    'confundido confused convuls* convulsion convulsion* convulsionando convulsiones crushing delirium ' +
    'desmay* desmayada desmayado desmayo despierta detox detox* detoxing diabetes diabetic diabetic* ' +
    'diabetica diabetico diarrhea disoriented dizzy dolor droop drooping droopy drowsy dts ecstasy ' +
    'epileptico extrano faint fainted fell flippy fluttering hallucinat* hallucinating hallucinations ' +
    'heart heatstroke heavily hives inconsciente insulina jittery klonopin labios lamictal lamotrigine ' +
    'lips lithium litio mdma meth molly morado* mouth pain pains paramedics pecho peeling pounding ' +
    'pressure psych puking raro rash reacciona reaction recognise recognises recognize recognizes ' +
    'reconoce respira respirando respirar responde responsive rigid seized seizing seizure seizure* ' +
    'seizures shakes shaky shallow shivering sleepy slurr* slurred slurring snakes sober speech spiders ' +
    'ssri stiff strange stroke stumbling sudando sugar sweating sweats sweaty swell swelling swollen ' +
    'temblando temblor* tightness tingling tongue tramadol tremor tremor* tremors turkey twitch* ' +
    'unconcious unsteady valium vomit* vomitando vomito ward weird wheez* withdrawal withdrawals xanax',
  urgent_distress:
    'ambulancia auxilio concerned confio emergencia emergencias escondiendome fear fearing frightened ' +
    'preocupada preocupado safety salvo seguridad socorro sos urgencias welfare wellness',
};

/**
 * The class `risk_word`: every word of {@link RISK_VOCABULARY}, flagged on each word of a message (see
 * triage-rules.ts) so that sentence accounting reads it as a word of risk.
 */
export const RISK_VOCABULARY_CLASS: Readonly<Record<string, WordClassDefinition>> = {
  risk_word: { words: [...new Set(Object.values(RISK_VOCABULARY).join(' ').split(/\s+/))].join(' ') },
};
