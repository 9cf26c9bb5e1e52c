// The records of the FHIR bench: 100,000 appointments from a linear congruential sequence, so every run
// (vitest bench and the CPU-time script) maps the same data.

function pad(n) {
  return n < 10 ? `0${n}` : String(n);
}

/** `n` deterministic appointment records: 60 % telehealth, one in ten cancelled, one in ten no-shows. */
export function makeAppointments(n) {
  let seed = 4_242;
  const next = (m) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % m;
  };
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const day = `2026-${pad(1 + next(12))}-${pad(1 + next(28))}`;
    const hour = 8 + next(10);
    const kind = next(10);
    out.push({
      id: `a-${i}`,
      clinicianId: `dr-${next(40)}`,
      clientIds: [`c-${next(5_000)}`],
      type: 'individual',
      modality:
        kind < 6
          ? { kind: 'telehealth', clientLocationState: 'IL' }
          : { kind: 'in_person', locationId: 'main', roomId: `room-${next(6)}` },
      start: `${day}T${pad(hour)}:00:00-05:00`,
      end: `${day}T${pad(hour)}:50:00-05:00`,
      status:
        kind === 9
          ? { state: 'cancelled', by: 'client', at: `${day}T06:00:00-05:00` }
          : kind === 8
            ? { state: 'no_show' }
            : { state: 'scheduled' },
      seriesId: `s-${next(3_000)}`,
      sessionFeeCents: 15_000,
    });
  }
  return out;
}
