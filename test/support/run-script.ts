import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts one of the project's scripts (`scripts/x.ts` or `src/main.ts`) as `npm run` would, in
 * `cwd` (a temp project, so no developer .env leaks in), with the given environment.
 */
export interface ScriptOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Written to stdin, which is then closed (closed at once when absent, unless `keepStdinOpen`). */
  input?: string;
  /** Leave stdin open for the test to write to (a terminal chat that keeps running). */
  keepStdinOpen?: boolean;
  /** Run as this user and group (the tests run as root; file permissions only bind other users). */
  user?: { uid: number; gid: number };
}

export function startScript(script: string, args: string[], options: ScriptOptions): ChildProcess {
  const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, script), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: options.user ? options.cwd : (process.env.HOME ?? ''), LOG_LEVEL: 'warn', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  else if (!options.keepStdinOpen) child.stdin!.end();
  return child;
}

/** Runs a script to completion and collects its output. */
export function runScript(script: string, args: string[], options: ScriptOptions): Promise<ScriptResult> {
  const child = startScript(script, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
