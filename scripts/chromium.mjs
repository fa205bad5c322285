// How the project starts Chromium (Debian's package, driven by playwright-core) for its browser
// tests and its screenshot: headless, and with the background services off, since they would try
// to reach Google's hosts, which this project never needs.
import { existsSync } from 'node:fs';

/** Flags that keep Chromium headless, quiet and off the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium; undefined when there is none. */
export function chromiumExecutable(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((candidate) => existsSync(candidate));
}

/** Starts Chromium through playwright-core, with a fresh profile. */
export async function launchChromium(executablePath) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
