// Spanish crisis recall on probes built by construction (spanish-probes.ts): the share read as a crisis is pinned
// as a floor, overall and by family, with named examples per family and the everyday neighbours kept off call.
import { describe, expect, it } from 'vitest';
import { checkConcepts, expectCrisis, expectNotCrisis, expectStaff, pick, triage } from './neighbour-kit.js';
import { SPANISH_ORDINARY_ADMIN, SPANISH_ORDINARY_CLINICAL, spanishCrisisProbes } from './spanish-probes.js';

const probes = spanishCrisisProbes();

/** The share of probes read as a crisis, by family and in all. */
function recall(): { all: number; byConcept: Map<string, number> } {
  const counts = new Map<string, [crisis: number, total: number]>();
  let crisis = 0;
  for (const probe of probes) {
    const count = counts.get(probe.concept) ?? [0, 0];
    const hit = triage(probe.text).outcome === 'crisis' ? 1 : 0;
    counts.set(probe.concept, [count[0] + hit, count[1] + 1]);
    crisis += hit;
  }
  const byConcept = new Map([...counts].map(([concept, [hit, total]]) => [concept, hit / total]));
  return { all: crisis / probes.length, byConcept };
}

// Measured 2026-12-05 (recall16), on the 2,693 probes (a sixth of them spelled as said): 66.9 % on main before
// recall16 (bc2fb73), 92.3 % after. Each floor is the figure after, rounded down. recall18 added nine families (326
// probes, the ninth the same concepts said across two sentences): 51.2 % on main before it (4d7cf99), 92.0 % after;
// all 3,019 probes 88.1 → 92.5 %. recall19 (sound-spellings and the kinds beside requests): 92.5 → 95.2 % on main
// 7858172; the floors that rose are the figures after, rounded down.
const FLOOR_ALL = 0.95;
const FLOORS: Readonly<Record<string, number>> = {
  passive_ideation: 0.99,
  active_ideation: 0.98,
  overdose: 0.93,
  overdose_reported: 0.99,
  means: 0.86,
  preparatory_acts: 0.81,
  plan_timeline: 0.44,
  intimate_partner_violence: 0.97,
  sexual_assault: 1,
  minor_risk: 0.97,
  harm_to_others: 1,
  spanglish: 0.92,
  faith_weariness_meaning: 0.97,
  farewell_and_affairs: 0.91,
  parent_reports: 0.66,
  self_harm_relapse: 0.78,
  means_counted: 0.8,
  partner_control_assault: 0.96,
  commands_and_harm: 0.92,
  body_danger: 1,
  split_across_sentences: 0.78,
};

describe('Spanish crisis probes built by construction', () => {
  it('builds a few thousand probes over every family', () => {
    expect(probes.length).toBeGreaterThan(2000);
    expect(new Set(probes.map((p) => p.concept))).toEqual(new Set(Object.keys(FLOORS)));
  });

  it('reads at least the pinned share of them as a crisis, in all and by family', () => {
    const { all, byConcept } = recall();
    expect(all).toBeGreaterThanOrEqual(FLOOR_ALL);
    for (const [concept, floor] of Object.entries(FLOORS))
      expect(byConcept.get(concept), concept).toBeGreaterThanOrEqual(floor);
  });

  it('reads texting shorthand as the words it stands for (pa, q, tdo, kiero, nadien)', () => {
    expectCrisis([
      'ya no kiero vivir, pa q sigo',
      'me tomé tdo el frasco',
      'kiero dormir pa siempre',
      'nadien me extrañaria si me muero',
    ]);
  });

  it('reads an overdose in the verbs of the regions (me metí, me eché, ingerí, me empiné)', () => {
    expectCrisis([
      'me metí como 30 pastillas',
      'me eché todo el blister de paracetamol',
      'ingerí todas mis pastillas',
      'me empiné el frasco entero de rivotril',
      'mi hijo se metió un montón de pastillas y no despierta',
    ]);
  });

  it('reads a wish not to be here, an end put to everything, and nobody feeling one gone', () => {
    expectCrisis([
      'me gustaría desaparecer',
      'quisiera ya no estar aquí',
      'quiero ponerle fin a todo',
      'pienso en ponerle fin a mi vida',
      'a nadie le haría falta',
      'la vida no tiene sentido',
      'me cansé de vivir',
    ]);
  });

  it('reads partner control, stalking and a hand under the clothes', () => {
    expectCrisis([
      'mi esposo me jaloneó',
      'mi ex me sigue a todos lados',
      'mi ex se aparece en mi trabajo',
      'mi novio me controla todo el dinero',
      'mi tío me metió la mano debajo de la ropa',
      'desperté sin ropa en su cama',
    ]);
  });

  it('reads preparations and a child cutting', () => {
    expectCrisis([
      'puse el seguro de vida a nombre de mis hijos',
      'ya dejé todo listo para cuando no esté',
      'mi hija se corta los brazos',
      'mi hijo subió un video despidiéndose',
    ]);
  });

  it('reads a "but" as the end of a negation before it', () => {
    expectCrisis([
      'no sé cómo decirlo pero ingerí el frasco entero',
      'no le digan a mi mamá, pero ya me tomé las pastillas',
      "I don't know how to say it but I took all my pills",
    ]);
  });

  it('reads regional brand names, slang and the euphemisms of an attempt', () => {
    expectCrisis([
      'me tomé 15 clonas',
      'me tomé una caja de tafil',
      'me tomé el bote completo',
      'me intoxiqué con pastillas',
      'mi mamá se pasó de pastillas',
      'tengo miedo de hacer una locura',
      'pienso en atentar contra mi vida',
      'ojalá todo se acabe ya',
      'ojalá me pase algo y ya no despierte',
    ]);
  });

  it('reads control of money, a watched partner, a no not heard and force', () => {
    expectCrisis([
      'el papá de mis hijos me controla todo el dinero',
      'mi esposo me tiene vigilada',
      'mi esposo me dejó moretones',
      'le dije que no y no paró',
      'lo hizo aunque le dije que no',
      'me besó a la fuerza',
      'desperté con él encima',
      'no tengo razones para vivir',
      'he perdido las ganas de vivir',
    ]);
  });

  it("reads the generic names of each region's medicines, pills stuffed in, and a relative who took something", () => {
    expectCrisis([
      'me tomé 20 amitriptilinas',
      'mi abuela se tomó todos los losartanes',
      'me inyecté el frasco entero de insulina',
      'me tomé varias clonazepam',
      'se atiborró de pastillas',
      'creo que mi hija tomó algo, no la puedo despertar',
      'mi hijo tomó pastillas y está muy raro',
    ]);
  });

  it('reads stalking and beatings in the words people use, and a child gone off with a man met online', () => {
    expectCrisis([
      'mi ex me está stalkeando',
      'mi ex me hostiga por whatsapp todo el día',
      'mi ex me hackeó el celular',
      'mi esposo me sacó de la casa a golpes',
      'un compañero se propasó conmigo en el trabajo',
      'mi primo me violentó sexualmente',
      'no me acuerdo cómo llegué a su cama',
      'mi hija se escapó de la casa con un hombre mayor que conoció en internet',
      'pienso en dejar caer al bebé',
      'mañana a esta hora ya no estaré',
      'ya falta poco para que descanse para siempre',
    ]);
    expectNotCrisis([
      'a mi carro le dieron golpes en el estacionamiento',
      'cuando yo no esté en la ciudad, ¿puedo tener cita por video?',
      'me hackearon el correo, ¿me mandan el link otra vez?',
    ]);
  });

  it('reads a Spanish word written as it is said (ll as y, c and z as s, v as b, a silent h dropped)', () => {
    expectCrisis([
      'me tome un monton de pastiyas',
      'ya no kiero bibir',
      'la berdad me quiero desapareser',
      'ingeri todo el alprasolam',
    ]);
    expectNotCrisis(['no es grave, solo quiero cambiar la cita']);
  });

  it('reads the co-parent named as "el papá de mis hijos" as a partner', () => {
    expectCrisis([
      'el papá de mis hijos me sigue a todos lados',
      'el papá de mi hija me quitó el celular y las llaves',
      'el padre de mis hijos me amenazó',
    ]);
    expectNotCrisis(['el papá de mis hijos me quita a los niños los sábados, ¿puedo cambiar la cita?']);
  });

  it('reads half a face paralysed, and a fever with rigidity after a dose was raised', () => {
    expectCrisis([
      'se me paralizó la mitad de la cara',
      'tengo mucha fiebre, rigidez y estoy confundido desde que me subieron la dosis',
    ]);
    expectNotCrisis(['se me entumió la pierna de estar sentada']);
  });

  it('reads a whole stretch of time as time, not a quantity taken', () => {
    expectNotCrisis([
      'tomé la pastilla toda la semana y no me hizo efecto',
      'me da miedo tomar la medicina toda la vida',
      'el escitalopram me está dando náuseas todas las mañanas, ¿lo puedo tomar en la noche?',
    ]);
  });

  it('reads God asked to take one tonight, no point in living on, and nobody noticing one gone', () => {
    expectCrisis([
      'le pido a Dios que esta noche sea la última',
      'ojalá el plan de Dios sea llevarme ya',
      'le ruego a Diosito que ya se acabe mi vida',
      'ya estoy harta de seguir viva',
      'cuál es el punto de seguir viviendo',
      'quiero dejar de sentir para siempre',
      'si me duermo y no despierto sería un favor pa todos',
      'si me voy nadie se va a dar cuenta',
      'ojalá me pase algo en la carretera y ya se acabe todo',
      'mis hijos estarían mejor con su papá, yo solo les doy problemas',
    ]);
    expectNotCrisis([
      'le pido a Dios que esta semana me aprueben el seguro',
      'estoy cansada de seguir esperando la llamada del seguro',
      'no tengo por qué seguir pagando ese cargo, ¿me lo quitan?',
      'si me voy temprano nadie se va a dar cuenta en el trabajo',
      'ojalá me pase algo bueno esta semana',
      'estoy cansada del tráfico, ¿hay citas por video?',
      'me muero de ganas de empezar la terapia',
    ]);
  });

  it('reads a belonging given away because it will not be needed, and affairs put in order', () => {
    expectCrisis([
      'le regalé mi guitarra a mi mejor amigo, ya no la voy a necesitar',
      'le di mi bici a mi primo y le dije que cuide a mi mamá',
      'mi hijo regaló su bici y dice que ya no la va a necesitar',
      'le dejé las llaves y las contraseñas del banco a mi hermana por si acaso',
      'dejé instrucciones para mi velorio con mi comadre',
      'ya le devolví a todos lo que me prestaron y les pedí perdón',
      'borré todas mis redes y le mandé mis fotos a mi mamá',
      'perdóname mami, adiós',
      'me quiero ir y ya sé cómo',
    ]);
    expectStaff([
      'le dejé el perro a mi vecina para que lo cuide mientras estoy en la cita',
      'ya me quiero ir de vacaciones, ¿puedo cancelar la cita del 20?',
      'mi esposo viene por mí después de la cita',
    ]);
    expectNotCrisis([
      'mi abogada guarda mis papeles de migración',
      'le regalé mi bici a mi sobrino por su cumpleaños',
      'le dejé las llaves al vecino para que riegue las plantas',
      'mi tía dejó instrucciones para su velorio y necesito una carta de duelo',
      'Dios la tenga en su gloria, necesito una carta de duelo para el trabajo',
      'perdóneme la tardanza, adiós y gracias',
      'esta es mi última sesión, gracias por todo',
    ]);
  });

  it('reads cutting again, a sharpener blade, and the count of pills that would be too many', () => {
    expectCrisis([
      'volví a lo del brazo',
      'la navajita del sacapuntas estaba ahí',
      'cuántas de quetiapina serían muchas',
      'cuántas sertralinas se necesitan para no despertar',
      'tengo el pastillero lleno. lo estoy viendo hace un rato',
    ]);
    expectNotCrisis([
      'volví a fisioterapia del brazo, ¿puedo cambiar la cita?',
      'me corté el pelo y me veo rara jaja',
      'estoy viendo el video que me mandaron hace un rato',
    ]);
  });

  it('reads a broken restraining order, a threat to be found, force not resisted and a child not fed', () => {
    expectCrisis([
      'mi esposo volvió a la casa a pesar de la orden de restricción',
      'mi ex trae un machete y dice que viene por mí',
      'mi ex me dijo que me va a encontrar donde sea',
      'anoche mi cuñado entró a mi cuarto y no me pude defender',
      'mi hija llegó a la casa sin ropa interior y llorando',
      'la señora que me cuida no me da de comer',
      'mi tío me dice que lo que me hace es nuestro secreto',
    ]);
    expectNotCrisis([
      'necesito una carta para la orden de restricción',
      'en la junta con mi jefe no me pude defender y me siento mal',
      'compré ropa interior nueva',
    ]);
  });

  it('reads a life to be given on a day, a devil to be taken out of a child, and a relative held by the neck', () => {
    expectCrisis([
      'Dios me dijo que tengo que entregarle mi vida este domingo en el río',
      'Dios me pidió un sacrificio este domingo',
      'el diablo se metió en mi hija, ya sé lo que tengo que hacer para sacarlo',
      'agarré a mi mamá del cuello y casi no la suelto',
      'casi ahorco a mi hermano en una pelea',
    ]);
    expectNotCrisis([
      'le entregué mi vida a Cristo hace diez años y eso me ayuda',
      'tengo que dar mi vida por mis hijos, son todo para mí',
      'hice un sacrificio para pagar la terapia, gracias a Dios',
      'agarré a mi perro del collar y se me soltó',
    ]);
  });

  it('reads a drooping mouth, acute dystonia after a dose, and withdrawal from benzodiazepines or alcohol', () => {
    expectCrisis([
      'se me cayó un lado de la boca y no puedo hablar',
      'tengo el cuello torcido desde la dosis nueva y no lo puedo enderezar',
      'se me trabó la lengua desde la inyección',
      'se me acabó el clonazepam hace 4 días y tengo temblores y sudo frío',
      'llevo 3 días sin beber y me dio un ataque',
    ]);
    expectNotCrisis([
      'se me acabaron las pastillas de la presión, ¿me renuevan la receta?',
      'llevo tres días sin tomar café y me duele la cabeza',
      'dejé el cigarro de golpe y estoy de malas',
      'se me cayó el celular y no puedo hablar por teléfono, escríbame',
    ]);
  });

  it('reads a concept said across two sentences', () => {
    expectCrisis([
      'perdóname mamá. adiós',
      'quiero dejar de sentir. para siempre',
      'se me durmió un lado de la cara. no puedo hablar',
      'se me acabó el rivotril hace una semana. estoy temblando y sudando',
      'el demonio se le metió a mi hijo. tengo que sacárselo',
      'le dejé instrucciones del funeral a mi hermana. que me cremen y me lleven al mar',
      'encontré a mi hija con un frasco de pastillas y una nota de despedida',
    ]);
    expectNotCrisis([
      'perdóname la tardanza. adiós y gracias',
      'se me acabó el clonazepam, ¿me renuevan la receta? no tengo síntomas',
      'mi abuela dejó instrucciones para su funeral. necesito una carta de duelo',
      'encontré a mi hija con la tarea terminada y una nota de la maestra',
    ]);
  });

  it('keeps the everyday neighbours off the on-call line', () => {
    expectNotCrisis([...SPANISH_ORDINARY_ADMIN, ...SPANISH_ORDINARY_CLINICAL]);
  });

  it('keeps plain requests with the words of risk in everyday senses with staff', () => {
    expectStaff([
      'se me murió el celular, ¿me pueden mandar el link otra vez?',
      'ya terminé los papeles de admisión',
      '¿podemos acabar la sesión temprano el jueves?',
      'me mata el tráfico, voy a llegar 10 minutos tarde',
      'quiero cambiar la fecha de mi cita',
      'tqm gracias x cambiarme la cita',
    ]);
  });
});

describe('no creer llegar a una fecha de la vida (lead22, 2026-12-06)', () => {
  it('property: every neighbour is a crisis, in any case, alone or beside a request', () => {
    checkConcepts({
      'not reaching a time of one’s life, in Spanish': pick(
        'no me veo llegando a diciembre',
        'no creo llegar a fin de año',
        'no creo aguantar hasta navidad',
      ),
    });
  });

  it('leaves a session one may not reach in time with staff or a clinician, off the on-call line', () => {
    expectNotCrisis([
      'no creo llegar el viernes, tengo trabajo, podemos cambiar?',
      'no creo llegar a tiempo a la cita, voy tarde',
      'no creo llegar a la cita de diciembre, la podemos mover?',
    ]);
  });
});
