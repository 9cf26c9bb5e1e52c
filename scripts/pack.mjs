// Packs the package into a fresh temporary folder and returns the tarball's path (shared by the checks).
// It packs dist/ as it stands, without npm's prepack build: build first (`npm run check:package` does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pack() {
  const dir = mkdtempSync(join(tmpdir(), 'practice-ops-pack-'));
  // The tarball lives as long as the process that asked for it.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    encoding: 'utf8',
  });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return { tarball: join(dir, info.filename), files: info.files.map((f) => f.path) };
}
