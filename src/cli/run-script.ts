import { exitCodeOf, isAppError } from '../errors.js';
import { parseScriptArgs, type ScriptArgs, type ScriptSpec } from './script-args.js';
import { terminalSafe } from '../text/terminal-safe.js';

type Parsed<S extends ScriptSpec> = Extract<ScriptArgs<S['options']>, { help: false }>;

/**
 * Runs a script: parses its arguments ({@link parseScriptArgs}; `--help` prints the usage and
 * exits 0, a usage error prints the problem and the usage and exits 2), then runs the body.
 * Expected failures ({@link AppError}, configuration included) print their message only and
 * exit 1 (2 for a busy index); anything else is a bug and prints the stack too.
 */
export async function runScript<S extends ScriptSpec>(spec: S, body: (args: Parsed<S>) => Promise<void>): Promise<void> {
  try {
    const args = parseScriptArgs(spec, process.argv.slice(2));
    if (args.help) {
      process.stdout.write(spec.usage + '\n');
      return;
    }
    await body(args as Parsed<S>);
  } catch (e) {
    if (isAppError(e)) {
      process.stderr.write(`${e.code === 'USAGE' ? '' : 'error: '}${terminalSafe(e.message)}\n`);
      process.exitCode = exitCodeOf(e);
      return;
    }
    process.stderr.write(`error: unexpected failure: ${terminalSafe(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  }
}
