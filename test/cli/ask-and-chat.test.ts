import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { runScript } from '../support/run-script.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

const env = (p: TempProject) => ({ DOCS_DIR: p.docs, INDEX_DIR: p.config.INDEX_DIR, EMBEDDINGS: 'offline', TOPICS_FILE: p.config.TOPICS_FILE });

describe('npm run ask', () => {
  it('builds a missing index on first use and prints one JSON answer with --json', async () => {
    project = makeTempProject();
    const r = await runScript('scripts/ask.ts', ['Bis wann soll DOMEA in allen Ministerien eingeführt sein?', '--json'], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['abstained', 'answer', 'citations', 'emphasis', 'question', 'timings']);
    // The span that answers, as ranges of the answer text.
    expect(out.emphasis.map((e: { start: number; end: number }) => out.answer.slice(e.start, e.end))).toContain('bis Ende 2013');
    expect(out.abstained).toBe(false);
    expect(out.answer).toContain('bis Ende 2013 in allen Ministerien');
    expect(out.citations[0]).toMatchObject({ n: 1, docId: 'kommune21-cio-serie-mecklenburg-vorpommern.txt', title: expect.any(String), section: expect.stringMatching(/Projekte/), location: expect.any(String), text: expect.any(String), score: expect.any(Number) });
    expect(out.timings).toMatchObject({ retrievalMs: expect.any(Number), totalMs: expect.any(Number) });
    expect(fs.existsSync(path.join(project.config.INDEX_DIR, 'CURRENT'))).toBe(true);
  });

  it('explains with --explain why it answered or declined: the decision, its features and the ranked sentences', async () => {
    project = makeTempProject();
    const declined = await runScript('scripts/ask.ts', ['--explain', 'Wer leitet das Innenministerium?'], { cwd: project.root, env: env(project) });
    expect(declined.code).toBe(0);
    expect(declined.stdout).toMatch(/decision: declined — /);
    expect(declined.stdout).toMatch(/answer type: person/);
    expect(declined.stdout).toMatch(/best-ranked sentences/);
    const answered = await runScript('scripts/ask.ts', ['--explain', '--json', 'Wie viele Projekte gibt es?'], { cwd: project.root, env: env(project) });
    const out = JSON.parse(answered.stdout);
    expect(out.abstained).toBe(false);
    expect(out.explanation.features).toMatchObject({ answerType: 'number', factFound: true, factNearSubject: true });
    expect(out.explanation.candidates.length).toBeGreaterThan(0);
  });

  it('reports a stale index (documents changed since) and still answers', async () => {
    project = makeTempProject();
    await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    fs.writeFileSync(path.join(project.docs, 'neu.txt'), 'Neu\nDie Leitstelle Wummelstadt öffnet 2029.\n');
    const r = await runScript('scripts/ask.ts', ['Was ist DOMEA?'], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/index is out of date: 1 new document\(s\).*neu\.txt.*npm run reindex/);
    expect(r.stdout).toMatch(/Quellen:\n\[1\] /);
  });

  it('refuses a corrupt index with the file name and what to run', async () => {
    project = makeTempProject();
    await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    const version = fs.readFileSync(path.join(project.config.INDEX_DIR, 'CURRENT'), 'utf8').trim();
    fs.writeFileSync(path.join(project.config.INDEX_DIR, version, 'passages.json'), '[');
    const r = await runScript('scripts/ask.ts', ['Was ist DOMEA?'], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/passages\.json is damaged .*npm run reindex/);
  });
});

describe('npm start without DISCORD_TOKEN', () => {
  it('answers piped questions one per line and keeps follow-up context', async () => {
    project = makeTempProject();
    const input = 'Was ist DOMEA?\nUnd bis wann?\n\nWie wird das Wetter morgen?\n';
    const r = await runScript('src/main.ts', [], { cwd: project.root, env: env(project), input });
    expect(r.code).toBe(0);
    const answers = r.stdout.split(/\n(?=Laut den Dokumenten:|Dazu steht)/);
    expect(answers).toHaveLength(3);
    expect(answers[1]).toContain('2013');
    expect(answers[2]).toMatch(/^Dazu steht in den vorliegenden Dokumenten nichts/);
  });

  it('says how to connect Discord when run interactively', async () => {
    const { GREETING } = await import('../../src/cli/terminal-chat.js');
    expect(GREETING).toMatch(/DISCORD_TOKEN/);
  });
});

describe('npm run eval', () => {
  it('lists misses and ends with exactly one eval line', async () => {
    project = makeTempProject();
    const file = path.join(project.root, 'q.jsonl');
    fs.writeFileSync(file, [
      JSON.stringify({ id: 'a', question: 'Bis wann soll DOMEA eingeführt sein?', evidence: ['bis Ende 2013'] }),
      JSON.stringify({ id: 'b', question: 'Wie wird das Wetter morgen in Schwerin?', abstain: true }),
      JSON.stringify({ id: 'c', question: 'Wer ist der neue CIO von Rheinland-Pfalz?', evidence: ['kommt nicht vor'] }),
    ].join('\n'));
    const r = await runScript('scripts/eval.ts', [file], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^eval: recall@3=0\.50 answer@1=0\.50 abstention=1\.00 false_abstention=0\.00 p50=[\d.]+ms p95=[\d.]+ms$/);
    expect(lines.filter((l) => l.startsWith('eval:'))).toHaveLength(1);
    expect(r.stdout).toMatch(/miss c \(evidence not cited in top 3\)/);
    const json = await runScript('scripts/eval.ts', [file, '--json'], { cwd: project.root, env: env(project) });
    expect(JSON.parse(json.stdout).metrics).toMatchObject({ recallAt3: 0.5, abstention: 1 });
  });
});
