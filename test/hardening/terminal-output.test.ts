import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/text/terminal-safe.js';
import type { TempProject } from '../support/temp-project.js';
import { indexedProject, run } from './support/faults.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

const ESC = '\u001b';
/** A file name that would retitle the terminal, turn it red, clear it and forge a line. */
const HOSTILE = `evil${ESC}]0;pwned${String.fromCharCode(7)}${ESC}[31mrot${ESC}[2J`;

describe('terminalSafe', () => {
  it('removes CSI and OSC sequences, C0/C1 controls and bidi overrides', () => {
    expect(terminalSafe(`a${ESC}[31mb${ESC}[0m c${ESC}]52;c;SGVsbG8=${String.fromCharCode(7)}d\u009b2Je\u202ef`)).toBe('ab cd2Jef');
  });

  it('keeps line breaks in text but not in single-line fields', () => {
    expect(terminalSafe('a\nb\tc')).toBe('a\nb\tc');
    expect(terminalSafe('a\nb\tc', { singleLine: true })).toBe('a b c');
  });
});

describe('text from file names and documents on the terminal', () => {
  it('reaches the reindex summary, the out-of-date warning and /quellen without escape sequences', async () => {
    project = await indexedProject();
    fs.writeFileSync(path.join(project.docs, `${HOSTILE}.doc`), 'x');
    fs.writeFileSync(path.join(project.docs, `${HOSTILE}.md`), `# Titel ${ESC}[5mblinkend\n\nDer Landkreis Wummelstadt digitalisiert seine Bauakten bis 2031.\n`);
    const reindex = await run(project, 'scripts/reindex.ts', []);
    expect(reindex.code, reindex.stderr).toBe(0);
    expect(reindex.stdout).toMatch(/skipped evilrot\.doc: unsupported file type/);

    fs.writeFileSync(path.join(project.docs, `neu${HOSTILE}.txt`), 'Neu\nDie Leitstelle Wummelstadt öffnet 2029.\n');
    const ask = await run(project, 'scripts/ask.ts', ['Was ist DOMEA?']);
    expect(ask.code, ask.stderr).toBe(0);
    expect(ask.stderr).toMatch(/index is out of date: 1 new document\(s\) since it was built \(neuevilrot\.txt\)/);

    const chat = await run(project, 'src/main.ts', [], { input: '/quellen\n' });
    expect(chat.code, chat.stderr).toBe(0);
    expect(chat.stdout).toMatch(/Titel blinkend \(evilrot\.md\): 1 Passagen/);

    for (const out of [reindex.stdout, reindex.stderr, ask.stdout, ask.stderr, chat.stdout, chat.stderr]) {
      expect(out).not.toContain(ESC);
      expect(out).not.toContain(String.fromCharCode(7));
    }
  }, 90_000);
});
