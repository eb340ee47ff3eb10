import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether browser tests can run here; in CI (`CI=true`) they must. */
export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH);
export const inCI = process.env.CI === 'true';

/** Flags for a quiet, offline, sandbox-free headless run (root in CI has no user namespace sandbox). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile (its own --user-data-dir, deleted on close).
 * @throws when Chromium is missing, naming the path and how to install it.
 */
export async function launchChromium(options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  if (!chromiumAvailable) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with "apt-get install chromium" (browser tests must run in CI).`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    locale: options.locale ?? 'de-DE',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
