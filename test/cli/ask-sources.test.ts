import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { runScript } from '../support/run-script.js';
import { typesetPdf } from '../support/typeset-pdf.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

/** Each test runs the CLI two or three times (index build, lexicon load): slow on a shared machine. */
const SLOW = 240_000;

const env = (p: TempProject) => ({ DOCS_DIR: p.docs, INDEX_DIR: p.config.INDEX_DIR, EMBEDDINGS: 'offline', TOPICS_FILE: p.config.TOPICS_FILE });

describe('npm run ask with documents that name their source', () => {
  it('gives a PDF citation its page, section and source link, in JSON and on the terminal', async () => {
    project = makeTempProject();
    const filler = (n: number) => ({ kind: 'p' as const, text: `Abschnitt ${n} beschreibt allgemeine Vorhaben der Verwaltung, die Zusammenarbeit der Ressorts und die Finanzierung über mehrere Haushaltsjahre hinweg.` });
    const pdf = await typesetPdf(
      [
        { kind: 'h1', text: 'Leitstellenkonzept' },
        ...Array.from({ length: 30 }, (_, i) => filler(i + 1)),
        { kind: 'h2', text: 'Wummelstadt' },
        { kind: 'p', text: 'Die Integrierte Leitstelle Wummelstadt nimmt ihren Betrieb im Frühjahr 2029 auf.' },
      ],
      { header: 'Leitstellenkonzept des Landes', info: { URL: 'https://www.example.org/leitstellen.pdf' } },
    );
    fs.writeFileSync(path.join(project.docs, 'leitstellen.pdf'), pdf);
    const q = 'Wann nimmt die Leitstelle Wummelstadt ihren Betrieb auf?';
    const json = await runScript('scripts/ask.ts', [q, '--json'], { cwd: project.root, env: env(project) });
    expect(json.code).toBe(0);
    const cited = JSON.parse(json.stdout).citations[0];
    expect(cited).toMatchObject({ docId: 'leitstellen.pdf', section: 'Leitstellenkonzept › Wummelstadt', url: 'https://www.example.org/leitstellen.pdf' });
    expect(cited.page).toBeGreaterThanOrEqual(2);
    expect(cited.location).toBe(`S. ${cited.page}`);
    const terminal = await runScript('scripts/ask.ts', [q], { cwd: project.root, env: env(project) });
    expect(terminal.stdout).toContain(`[1] Leitstellenkonzept · Leitstellenkonzept › Wummelstadt · S. ${cited.page}`);
    expect(terminal.stdout).toContain('    https://www.example.org/leitstellen.pdf');
  }, SLOW);

  it('takes a Quelle line of a text file as link, never as section or statement, and locates by paragraph', async () => {
    project = makeTempProject();
    fs.writeFileSync(
      path.join(project.docs, 'meldung.txt'),
      'Wummelstadt eröffnet Bürgerbüro\nQuelle: https://www.example.org/meldung-42\n\nDie Stadt Wummelstadt hat am Montag ein digitales Bürgerbüro eröffnet.\n\nDas Bürgerbüro Wummelstadt bietet 40 Online-Dienste an.\n',
    );
    const r = await runScript('scripts/ask.ts', ['Wie viele Online-Dienste bietet das Bürgerbüro Wummelstadt?', '--json'], { cwd: project.root, env: env(project) });
    const out = JSON.parse(r.stdout);
    expect(out.answer).not.toContain('Quelle');
    expect(out.citations[0]).toMatchObject({ docId: 'meldung.txt', section: '', url: 'https://www.example.org/meldung-42' });
    expect(out.citations[0].location).toMatch(/^Abs(atz|ätze) \d/);
    expect(out.citations[0].text).toContain('40 Online-Dienste');
  }, SLOW);
});
