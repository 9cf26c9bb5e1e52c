// Spanish crisis recall on probes built by construction (spanish-probes.ts): the share read as a crisis is pinned
// as a floor, overall and by family, with named examples per family and the everyday neighbours kept off call.
import { describe, expect, it } from 'vitest';
import { expectCrisis, expectNotCrisis, expectStaff, triage } from './neighbour-kit.js';
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
// recall16 (bc2fb73), 92.3 % after. Each floor is the figure after, rounded down.
const FLOOR_ALL = 0.92;
const FLOORS: Readonly<Record<string, number>> = {
  passive_ideation: 0.95,
  active_ideation: 0.95,
  overdose: 0.88,
  overdose_reported: 0.98,
  means: 0.86,
  preparatory_acts: 0.78,
  plan_timeline: 0.41,
  intimate_partner_violence: 0.94,
  sexual_assault: 0.99,
  minor_risk: 0.95,
  harm_to_others: 1,
  spanglish: 0.92,
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
