import { existsSync } from 'node:fs';

/**
 * Whether tests against an installed Debian resource run: always in CI (where `.ci/run`
 * installs the packages, so a missing file must fail), elsewhere only when the file exists.
 */
export function realResource(file: string, debianPackage: string): { run: boolean; reason: string } {
  const present = existsSync(file);
  const run = present || process.env.CI === 'true';
  const reason = `${file} is missing (apt-get install ${debianPackage}); skipped outside CI`;
  if (!run) console.warn(`Skipping tests against the real resource: ${reason}`);
  return { run, reason };
}
