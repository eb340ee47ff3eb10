import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { makeTempProject, type TempProject } from '../../support/temp-project.js';
import { runScript, type ScriptOptions, type ScriptResult } from '../../support/run-script.js';

/** A question the default corpus answers, and a phrase its answer contains. */
export const QUESTION = 'Bis wann soll DOMEA in allen Ministerien eingeführt sein?';
export const ANSWER_PHRASE = 'bis Ende 2013 in allen Ministerien';

/**
 * The environment of a temp project's scripts: offline embedder, its own folders, and no
 * optional linguistic resources (faster start; these tests are about faults, not answers).
 */
export function envOf(p: TempProject, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DOCS_DIR: p.docs,
    INDEX_DIR: p.config.INDEX_DIR,
    EMBEDDINGS: 'offline',
    TOPICS_FILE: p.config.TOPICS_FILE,
    THESAURUS_FILE: 'off',
    DICTIONARY_FILE: 'off',
    LEXICON: 'off',
    ...extra,
  };
}

/** Runs a script in the project with its environment. */
export function run(p: TempProject, script: string, args: string[] = [], options: Partial<ScriptOptions> & { env?: Record<string, string> } = {}): Promise<ScriptResult> {
  return runScript(script, args, { ...options, cwd: p.root, env: envOf(p, options.env) });
}

/** A temp project with the default corpus, indexed. */
export async function indexedProject(): Promise<TempProject> {
  const p = makeTempProject();
  const r = await run(p, 'scripts/reindex.ts', ['--json']);
  expect(r.code, r.stderr).toBe(0);
  return p;
}

/** The failure a user can cause: this exit code, this message, and no stack trace. */
export function expectCleanFailure(r: ScriptResult, code: number, message: RegExp): void {
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(code);
  expectNoStackTrace(r);
}

export function expectNoStackTrace(r: ScriptResult): void {
  const out = r.stdout + r.stderr;
  expect(out).not.toMatch(/\n\s+at [^\n]*[(:]\S+:\d+/);
  expect(out).not.toContain('unexpected failure');
}

/** The project's index still answers the known question with its cited passage. */
export async function expectIndexAnswers(p: TempProject, env: Record<string, string> = {}): Promise<void> {
  const r = await run(p, 'scripts/ask.ts', ['--json', QUESTION], { env });
  expect(r.code, r.stderr).toBe(0);
  const answer = JSON.parse(r.stdout) as { abstained: boolean; answer: string };
  expect(answer.abstained).toBe(false);
  expect(answer.answer).toContain(ANSWER_PHRASE);
}

/** Every passage text of the live index, joined (to check what was and was not indexed). */
export function indexedText(p: TempProject): string {
  const version = fs.readFileSync(path.join(p.config.INDEX_DIR, 'CURRENT'), 'utf8').trim();
  const passages = JSON.parse(fs.readFileSync(path.join(p.config.INDEX_DIR, version, 'passages.json'), 'utf8')) as { text: string }[];
  return passages.map((x) => x.text).join('\n');
}
