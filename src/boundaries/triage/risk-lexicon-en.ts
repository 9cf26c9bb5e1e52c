import type { RiskConcept } from './risk-concept.js';

// English words by concept: `word` or `stem*`, space-separated, read after accents, leetspeak and stretched
// letters (see word-form.ts); long words are also read one edit away. A word stands for what it can mean; the
// rules (risk-rules.ts) decide what a clause of concepts says. [sources: c-ssrs-screener, samhsa-988]
export const RISK_LEXICON_EN: Readonly<Partial<Record<RiskConcept, string>>> = {
  death:
    'die died dies dying death suicide suicid* unalive unaliv* kms ctb sewerslide sucide suiside fatal lethal',
  ending: 'end ending exit exiting disappear disappearing vanish vanishing erase',
  life: 'life everything world things',
  living: 'live living alive exist existing wake waking continue',
  wish: 'want wants wanted wanting wanna wish wishing wished hope hoping hoped rather pray praying prayed tempted',
  self: 'myself meself myslef mysef mself',
  harm_act:
    'kill killing killed kills hurt hurting harm harming harmed stab stabbing stabbed shoot shooting shot hang hanging hanged jump jumping strangle strangling choke choking drown drowning poison poisoning overdose overdosing od slit slitting crash crashing drive driving swerve swerving run tirar smother smothered smothering bleed',
  burden: 'burden burdens burdensome',
  done: 'done over finished enough',
  drug: 'pill pills meds medication medications medicine tablets tablet bottle bottles prescription oxy oxycodone oxycontin percocet vicodin hydrocodone fentanyl tylenol acetaminophen paracetamol ibuprofen advil aspirin benadryl xanax klonopin ativan valium seroquel lithium insulin ambien trazodone zoloft lexapro prozac wellbutrin lamictal adderall opioids opiates heroin antidepressant tramadol organizer sertraline fluoxetine escitalopram citalopram bupropion venlafaxine duloxetine quetiapine olanzapine risperidone aripiprazole abilify lamotrigine clonazepam lorazepam alprazolam diazepam gabapentin hydroxyzine propranolol zolpidem melatonin nyquil',
  weapon:
    'gun guns pistol pistols rifle rifles shotgun shotguns firearm firearms revolver handgun glock ammo bullet bullets knife knives blade blades razor razors rope ropes noose nooses cord cords belt ligature bleach antifreeze poison scissors lighter sidearm beam beams rafter rafters bat',
  height:
    'bridge bridges roof rooftop rooftops ledge ledges cliff cliffs overpass balcony tracks railroad railway median river lake ocean tallest parapet',
  exhaust: 'exhaust monoxide fumes hose',
  stock:
    'saved saving stockpile stockpiled stockpiling stash stashed hoard hoarded hoarding hidden hid hide hiding collected collecting bought loaded sharpened keeping kept case counted counting researched researching brought safe aside staring stare closet pillow drawer tied tie buying',
  preparation: 'affairs testament beneficiary beneficiaries arrangements peace',
  give: 'gave give giving given donated donating',
  keepsake:
    'dog dogs cat cats pet pets puppy kitten bird fish belongings stuff things guitar car jewelry possessions collection clothes plants books',
  time: 'tonight tomorrow today friday saturday sunday monday tuesday wednesday thursday weekend after soon already now midnight',
  decision: 'decided decide decision mind plan plans planned planning figured settled',
  ingest:
    'took taken take taking swallowed swallow downed ate chugged drank popped takes doubled halved skipped skipping',
  quantity:
    'all whole entire bottle bottles handful bunch extra many lot lots double triple grams mg dozen full rest every twice several couple',
  empty: 'empty missing',
  voice:
    'voice messages signs whispers whispering god devil demons demon plates tv television radio spirit spirits angel angels universe commands instructions signals chip songs head hearing news microwave',
  command:
    'tell tells telling told say says saying said command commanding commands order orders ordering make makes making want wants should supposed need resist louder',
  target:
    'him her them ex boss neighbor neighbour coworker manager teacher patient brother sister roommate stepdad landlord boyfriend girlfriend he she hes shes',
  intent: 'want wanna going gonna planning plan could might will ill swear',
  child:
    'kid kids child children son daughter baby babies toddler infant teen teenager niece nephew grandson granddaughter stepson stepdaughter foster boy girl student minor',
  injury: 'bruise bruises bruised bruising marks welts welt burns burned handprint handprints scars swollen',
  abuse:
    'hits hitting beat beats beating beaten punch punched punches punching slap slapped slaps kick kicked kicks choked choke chokes strangled abuse abused abusing abusive molest molested molesting touches touching threat threats threaten threatened threatening threatens banging slamming throwing breaking following locking controls violent violence',
  partner: 'husband wife boyfriend girlfriend partner ex spouse fiance fiancee bf gf',
  control: 'keys phone passport money cards leave house glasses wallet car',
  force: 'forced force forcing pinned held drugged pressured pressuring',
  intimate:
    'pants underwear shirt skirt bra sex sexual private privates breasts chest bed clothes naked sleeping top',
  attack: 'attacked assaulted raped rape molested molest groped violated spiked roofied drugged',
  body_part:
    'arm arms wrist wrists thigh thighs leg legs skin stomach hip hips forearm forearms knuckles knuckle',
  cut: 'cut cuts cutting burn burned burning burnt scratch scratched scratching carve carved carving sh picking',
  left_alone: 'alone unattended unsupervised themselves',
  chest: 'chest heart',
  danger_sign:
    'pain pains tight tightness pressure racing pounding weird skipping flippy fluttering blue limp cant fainted',
  breath: 'breathe breathing breath',
  withdrawal: 'withdrawal withdrawals withdrawing detox detoxing turkey quit stopped sober',
  confusion:
    'confused confusion hallucinating hallucinations shaking shakes tremor tremors sweating disoriented agitated sleepy hallucinat* spiders bugs',
  substance:
    'adderall vyvanse ritalin coke cocaine meth stimulant stimulants alcohol drinking benzo benzos xanax klonopin ativan molly ecstasy mdma drink drinks',
  fever: 'fever vomiting twitching slurring throwing vomit vomited puking',
  give_away: 'away rehome rehomed rehoming',
  farewell: 'goodbye goodbyes farewell farewells',
  letter: 'note notes letter letters video videos message post',
  left: 'left wrote written recorded posted leave leaving texted',
  family:
    'kids children family everyone daughters sons wife husband mom dad parents sister brother father mother stepdad stepmom uncle aunt grandpa cousin everybody friends',
  settle: 'affairs testament beneficiary beneficiaries passwords',
  edge: 'standing sitting edge ledge railing looking jump',
  voices: 'voices commanding',
  seize: 'took takes taken broke breaks smashed hid hides hidden threw throws',
  unwanted: 'want wanted',
  touch: 'touched touching groped',
  attack_weak: 'dragged jumped grabbed cornered mugged followed',
  collapse: 'seizure seizures seizing convulsing convulsions unresponsive unconscious collapsed overdosing',
  now: 'rn now rite',
  third_self: 'himself herself',
  rash: 'rash blisters blistering hives peeling',
  starve: 'starve starving fast fasting',
  woke: 'woke waking',
  assault_verb: 'threw pushed shoved grabbed slammed pinned choked strangled locked hit',
  me: 'me',
  garage: 'garage',
  running: 'running engine',
  closed: 'sitting closed shut inside',
  wound: 'bleeding stitches deep deeper gash bleeds bled blood wounds',
  relapse: 'relapse relapsed relapsing',
  self_harm_word: 'sh selfharm selfharming',
  court_protect: 'restraining protective',
  miss: 'miss notice care',
  nobody: 'nobody noone',
  own: 'own',
  grooming: 'nudes secret naked inappropriate nude',
  vehicle: 'bus truck train plane car',
  accident: 'hit crash crashes crashed down',
  do: 'do doing',
  it: 'it',
  through: 'through finally actually',
  alive: 'alive exist existing',
  alive_word: 'alive living live life existing existence',
  pointless: 'point reason worth',
  better: 'better easier relieved relief grateful',
  gone: 'gone',
  tired: 'tired exhausted',
  vanish: 'disappear disappearing vanish vanishing',
  forever: 'forever permanently',
  sleep: 'sleep asleep slept sleepy',
  see: 'see',
  future: 'future',
  longer: 'longer',
  after: 'after',
  vital: 'responding responsive breathing',
  numb: 'numb droopy drooping',
  face: 'face arm side',
  self_prefix: 'self',
  on_purpose: 'purpose purposely deliberately',
  wall: 'wall walls mirror mirrors window windows',
  punish: 'punish punishment deserve deserved cleanse blood fire join',
  neck: 'neck throat',
  permit: 'let',
  persist: 'stop stopping',
  kept: 'kept',
  unconsented: 'consent consented yes agree agreed',
  room: 'room bed bedroom',
  night: 'night nights',
  stranger: 'adult older man guy stranger online',
  meet: 'meet meeting',
  pictures: 'pics pictures photos',
  research: 'researching researched googling googled looked',
  when: 'when after before',
  love: 'love',
  dead: 'dead deceased',
  thought:
    'picturing picture imagining imagine fantasize fantasizing fantasies thinking think thought urge urges',
  affect:
    'dislike hate hated feel feels feeling felt upset angry mad worried worry worrying scared afraid fear uncomfortable comfortable frustrated annoyed sad hurt hurts cry crying cried embarrassed ashamed lonely stress stressed overwhelmed anxious nervous trust judge judged awkward struggling struggle hard tough worse scary panic lost empty numb crazy nothing anymore matter matters everything nobody alone quit',
  dose: 'took taken swallowed downed popped doubled halved skipped skipping chugged overdosed',
  again: 'again started',
  negator:
    'not never no dont doesnt didnt wont wouldnt cant cannot isnt arent wasnt nothing nobody none neither',
};
