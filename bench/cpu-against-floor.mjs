// A subject and its floor timed in CPU time, alternating in one process so a busy machine slows both
// alike: medians of `runs` runs each after one warm-up run of each, printed with the ratio, the load
// average and whether the subject's median clears `targetMs`. Shared by bench/*-cpu.mjs.
import { loadavg } from 'node:os';

function measure(work) {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  work();
  const spent = process.cpuUsage(cpu);
  return {
    cpuMs: (spent.user + spent.system) / 1000,
    wallMs: Number(process.hrtime.bigint() - wall) / 1e6,
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function row(name, list) {
  const cpu = median(list.map((r) => r.cpuMs));
  const wall = median(list.map((r) => r.wallMs));
  console.log(
    `${name.padEnd(44)} cpu ${cpu.toFixed(0).padStart(6)} ms   wall ${wall.toFixed(0).padStart(6)} ms`,
  );
  return cpu;
}

/** Runs `subject` and `floor` (each `{ name, work }`) alternately and prints the medians. */
export function timeAgainstFloor({ title, runs, subject, floor, targetMs }) {
  measure(subject.work);
  measure(floor.work);
  const results = { subject: [], floor: [] };
  const loads = [loadavg()[0]];
  for (let i = 0; i < runs; i += 1) {
    results.subject.push(measure(subject.work));
    results.floor.push(measure(floor.work));
  }
  loads.push(loadavg()[0]);
  console.log(`${title}, median of ${runs} runs each (Node ${process.versions.node})`);
  const subjectCpu = row(subject.name, results.subject);
  const floorCpu = row(floor.name, results.floor);
  console.log(
    `ratio (cpu) ${(subjectCpu / floorCpu).toFixed(2)}x   load average (1 min) ${loads.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  console.log(`target < ${targetMs} ms cpu: ${subjectCpu < targetMs ? 'met' : 'not met'}`);
}
