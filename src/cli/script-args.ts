import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a script accepts on its command line: its usage text, options and positionals. */
export interface ScriptSpec<O extends Options = Options> {
  /** Printed for `--help` (stdout, exit 0) and after a usage error (stderr, exit 2). */
  usage: string;
  /** Options in the form of node's `util.parseArgs` (`--help` is added). */
  options: O;
  /** How many positional arguments are allowed (default none). */
  positionals?: { min: number; max: number; name: string };
}

/** Parsed arguments, or the request to print the usage. */
export type ScriptArgs<O extends Options> =
  | { help: true }
  | { help: false; values: ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>['values']; positionals: string[] };

/**
 * The one argument parser of the scripts (`npm start`, `reindex`, `ask`, `eval`, `bench`, …),
 * over node's `util.parseArgs` in strict mode: unknown options, missing option values and a
 * wrong number of positionals are refused. `--help` (or `-h`) asks for the usage.
 * @throws {AppError} `USAGE` naming the problem, with the usage text (scripts exit 2).
 */
export function parseScriptArgs<O extends Options>(spec: ScriptSpec<O>, argv: string[]): ScriptArgs<O> {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: spec.options, strict: true, allowPositionals: true });
  } catch (e) {
    // parseArgs' messages name the option ("Unknown option '--bogus'"); drop its hint about '--'.
    const message = e instanceof Error ? e.message.split('. To specify')[0]!.split('\n')[0]! : String(e);
    throw new AppError('USAGE', { problem: `error: ${message}`, usage: spec.usage });
  }
  const { min, max, name } = spec.positionals ?? { min: 0, max: 0, name: 'argument' };
  const n = parsed.positionals.length;
  if (n < min) throw new AppError('USAGE', { problem: `error: ${name} missing`, usage: spec.usage });
  if (n > max) {
    throw new AppError('USAGE', { problem: `error: unexpected argument ${JSON.stringify(parsed.positionals[max])}`, usage: spec.usage });
  }
  return { help: false, values: parsed.values, positionals: parsed.positionals };
}
