import { ConfigError } from '../config.js';
import { isAppError } from '../errors.js';

/**
 * Runs a script body and turns failures into a clear message and exit code 1: expected
 * errors (configuration, catalog errors) print their message only; anything else prints the
 * stack too, since it is a bug.
 */
export async function runScript(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (e instanceof ConfigError || isAppError(e)) {
      process.stderr.write(`error: ${e.message}\n`);
    } else {
      process.stderr.write(`error: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  }
}
