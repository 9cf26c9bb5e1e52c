import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where the browser is: `PRACTICE_OPS_CHROMIUM`, else Debian's chromium. */
export const CHROMIUM_PATH = process.env.PRACTICE_OPS_CHROMIUM ?? '/usr/bin/chromium';

/** Launches the system chromium; fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No browser at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y --no-install-recommends chromium) or set PRACTICE_OPS_CHROMIUM to a Chromium binary.`,
    );
  }
  // As root (CI containers) Chromium's sandbox cannot start; the pages are our own files.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}
