import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Turn } from '../../src/answer/types.js';
import { computeMetrics, evalQuestionSchema, type EvalRecord } from '../../src/eval/metrics.js';
import { openServices, type Services } from '../../src/services.js';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../src/logger.js';
import type { TempProject } from '../support/temp-project.js';
import { openDefaultEngine } from '../support/engine-fixture.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openDefaultEngine((p) => {
    fs.writeFileSync(
      path.join(p.docs, 'unsicher.md'),
      '# Hinweise\n\n@everyone Bitte lesen: Die **Leitstelle** <@123456789012345678> in Wummelstadt öffnet 2029. [Link](https://example.org) `code`\n',
    );
  }));
});
afterAll(async () => {
  await services.close();
  project.cleanup();
});

const ask = (q: string, history?: Turn[]) => services.engine.ask(q, history ? { history } : {});
const turnOf = (a: Answer): Turn => ({ question: a.question, resolvedQuestion: a.resolvedQuestion, answerText: a.text, citedPassageIds: a.citations.map((c) => c.passageId) });

function expectWellFormed(a: Answer) {
  const markers = [...a.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(markers.length).toBeGreaterThan(0);
  for (const n of markers) expect(a.citations.some((c) => c.n === n)).toBe(true);
  for (const c of a.citations) {
    expect(markers).toContain(c.n); // every source is referenced in the text
    const passage = services.engine.passage(c.passageId)!;
    expect(passage).toBeDefined();
    for (const part of c.text.replace(/^… /, '').replace(/ …$/, '').split(' … ')) expect(passage.text).toContain(part);
    // About 300 characters for each statement it holds (a statement and the one that continues it).
    const statements = a.text.split('\n').filter((l) => l.endsWith(`[${c.n}]`)).length;
    expect(c.text.replace(/…/g, '').trim().length).toBeLessThanOrEqual(300 * Math.max(1, statements));
  }
  // Every statement line of the answer is verbatim from the passage its marker names.
  for (const line of a.text.split('\n').slice(1)) {
    const m = line.match(/^(.*) \[(\d+)\]$/);
    if (!m) continue;
    const passage = services.engine.passage(a.citations.find((c) => c.n === Number(m[2]))!.passageId)!;
    for (const part of m[1]!.replace(/^… /, '').replace(/ …$/, '').split(' … ')) expect(passage.text).toContain(part);
  }
}

describe('AnswerEngine on the default corpus', () => {
  it('meets the floors on eval/dev.jsonl (recall@3 ≥ 0.9, answer@1 ≥ 0.8, abstention 1.0, false abstention ≤ 0.1)', async () => {
    const items = fs.readFileSync('eval/dev.jsonl', 'utf8').trim().split('\n').map((l) => evalQuestionSchema.parse(JSON.parse(l)));
    const records: EvalRecord[] = [];
    for (const item of items) records.push({ item, answer: await ask(item.question), ms: 0 });
    const m = computeMetrics(records);
    expect(m.recallAt3).toBeGreaterThanOrEqual(0.9);
    expect(m.answerAt1).toBeGreaterThanOrEqual(0.8);
    expect(m.abstention).toBe(1);
    expect(m.falseAbstention).toBeLessThanOrEqual(0.1);
  });

  it('answers with verbatim statements, each followed by a marker of a listed, verbatim source', async () => {
    for (const q of ['Bis wann soll DOMEA eingeführt sein?', 'Was ist der Masterplan 2011?', 'Wer ist der neue CIO von Rheinland-Pfalz?', 'Welche Projekte laufen aktuell?']) {
      const a = await ask(q);
      expect(a.abstained).toBe(false);
      expectWellFormed(a);
    }
  });

  it("dates with a news item's dateline only what the item reports as done, or when the item appeared", async () => {
    const started = await ask('Wann hat Ulm den Innovationsmotor gestartet?');
    expect(started.abstained, started.explanation?.reason).toBe(false);
    expect(started.text).toContain('23.08.2024');
    // "[18.11.2024] Der digitale Wandel dient den Menschen, sagt Staatssekretär Denis Alt.": the present dates the report, not his appointment.
    const appointed = await ask('When was Denis Alt appointed CIO of Rhineland-Palatinate?');
    expect(appointed.abstained, appointed.text).toBe(true);
    const published = await ask("When did Kommune21 publish its interview with Rhineland-Palatinate's new CIO?");
    expect(published.abstained, published.explanation?.reason).toBe(false);
    expect(published.text).toContain('18.11.2024');
  });

  it('frames an English question in English and keeps the quotes in German', async () => {
    const a = await ask('Until when should DOMEA be introduced in all ministries?');
    expect(a.lang).toBe('en');
    expect(a.text).toMatch(/^According to the documents/);
    expect(a.text).toContain('bis Ende 2013 in allen Ministerien');
    expect(a.citations[0]!.location).toMatch(/^paragraphs? \d+/);
  });

  it('abstains on questions the documents do not cover, cites nothing and suggests topics', async () => {
    const de = await ask('Wie wird das Wetter morgen in Schwerin?');
    expect(de).toMatchObject({ abstained: true, citations: [] });
    expect(de.text).toMatch(/nichts/);
    expect(de.suggestions).toContain('DOMEA');
    const en = await ask('Who won the football World Cup in 2014?');
    expect(en).toMatchObject({ abstained: true, citations: [], lang: 'en' });
    expect(en.text).toMatch(/don't cover/);
  });

  it('answers the question proper when the asker adds why they ask ("… ? Ich brauche das für meinen Bericht."), and keeps what they wrote', async () => {
    const q = 'Bis wann soll DOMEA eingeführt sein? Ich brauche das genaue Datum für meinen Bericht im Amtsblatt.';
    const a = await ask(q);
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text).toContain('bis Ende 2013');
    expect(a.question).toBe(q);
    // A sentence after the question that asks something of its own stays part of it.
    expect((await ask('Bis wann soll DOMEA eingeführt sein? Und was kostet die Wettervorhersage.')).resolvedQuestion).toContain('Wettervorhersage');
  });

  it('resolves a short follow-up with the previous subject', async () => {
    const first = await ask('Was ist DOMEA?');
    const follow = await ask('Und bis wann?', [turnOf(first)]);
    expect(follow.resolvedQuestion).toContain('DOMEA');
    expect(follow.text).toContain('2013');
    const alone = await ask('Und bis wann?');
    expect(alone.resolvedQuestion).toBe('Und bis wann?');
    expect(alone.citations.some((c) => c.text.includes('DOMEA'))).toBe(false);
  });

  it('answers a question that starts like a follow-up but names its own subject on its own', async () => {
    const first = await ask('Bis wann soll DOMEA eingeführt sein?');
    const next = await ask('Und wer vertritt das Land im IT-Planungsrat?', [turnOf(first)]);
    expect(next.resolvedQuestion).toBe('Und wer vertritt das Land im IT-Planungsrat?');
    expect(next.text.split('\n')[1]).toContain('IT-Planungsrat');
    const short = await ask('Und die Ministerien?', [turnOf(first)]);
    expect(short.resolvedQuestion).toContain('DOMEA');
  });

  it('lets a follow-up with its own question word ask its own kind of question', async () => {
    const first = await ask('Bis wann soll DOMEA eingeführt sein?');
    const what = await ask('Und was umfasst das?', [turnOf(first)]);
    expect(what.resolvedQuestion).toContain('DOMEA');
    expect(what.explanation?.features.answerType).toBe('other');
    const same = await ask('Und was ist mit den Ministerien?', [turnOf(first)]);
    expect(same.explanation?.features.answerType).toBe('date');
    const more = await ask('Was noch gehört zu den Projekten?', [turnOf(first)]);
    expect(more.explanation?.features.answerType).toBe('other');
  });

  it('answers "Was noch?" with passages not cited before', async () => {
    const first = await ask('Welche Rolle spielen die Kommunen?');
    const more = await ask('Was noch?', [turnOf(first)]);
    expect(more.abstained).toBe(false);
    const parts = (a: Answer) => a.citations.flatMap((c) => c.passageId.split('+'));
    const before = new Set(parts(first));
    expect(parts(more).every((id) => !before.has(id))).toBe(true);
    let turns = [turnOf(first), turnOf(more)];
    let last = more;
    for (let i = 0; i < 20 && !last.abstained; i++) {
      last = await ask('Was noch?', turns);
      turns = [...turns, turnOf(last)].slice(-4);
    }
    expect(last.text).toBe('Mehr steht dazu nicht in den Dokumenten.');
  });

  it('gives a hint, not an error, for empty, whitespace, punctuation-only and emoji-only questions', async () => {
    for (const q of ['', '   ', '?!', '🙂🙂', '\u200b\u0000']) {
      const a = await ask(q);
      expect(a.citations).toEqual([]);
      expect(a.text).toMatch(/Bitte stellen Sie eine Frage/);
    }
  });

  it('shortens a question over 1,000 characters with a notice and still answers', async () => {
    const a = await ask(`Bis wann soll DOMEA eingeführt sein? ${'Bitte ausführlich. '.repeat(100)}`);
    expect(a.notice).toMatch(/länger als 1000 Zeichen/);
    expect(a.question.length).toBeLessThanOrEqual(1000);
    expect(a.text).toContain('2013');
  });

  it('survives control characters, mentions, @everyone and markdown in questions and documents', async () => {
    const a = await ask('@everyone <@123456789012345678> **Wann** öffnet die Leitstelle\u200b in Wummelstadt?\u0007');
    expect(a.question).not.toMatch(/@everyone|<@/);
    expect(a.abstained).toBe(false);
    expect(a.citations[0]!.docId).toBe('unsicher.md');
    // The engine returns document text as it is; front ends escape it (tested there).
    expect(a.text).toContain('2029');
  });

  it('gives a topic overview with citations, and undefined for an unknown topic', async () => {
    const t = await services.engine.topicOverview('behoerdenruf-115');
    expect(t?.abstained).toBe(false);
    expect(t?.text).toMatch(/^Überblick: Behördenruf 115/);
    expect(t?.citations.some((c) => c.text.includes('115'))).toBe(true);
    expectWellFormed(t!);
    expect(await services.engine.topicOverview('gibt-es-nicht')).toBeUndefined();
  });

  it('gives the items themselves in an overview, not only their count ("Dazu gehören …" after "33 Projekte")', async () => {
    const t = (await services.engine.topicOverview('laufende-projekte'))!;
    const lines = t.text.split('\n');
    const count = lines.findIndex((l) => l.includes('33 E-Government-Projekte'));
    expect(count).toBeGreaterThan(0);
    // The list follows its announcement, in full and verbatim, and lies inside the quote of the source it cites.
    const list = lines[count + 1]!;
    expect(list).toMatch(/^Dazu gehören insbesondere ein einheitliches elektronisches Personal-, Organisations- und Stellen-Management.*Leistungsfähigkeit\. \[\d+\]$/);
    const n = Number(list.match(/\[(\d+)\]$/)![1]);
    expect(t.citations.find((c) => c.n === n)!.text).toContain(list.replace(/ \[\d+\]$/, ''));
  });

  it('lists the indexed documents with passage counts, index date and embedder', () => {
    const info = services.engine.info();
    expect(info.embedder).toBe('offline');
    expect(info.documents.map((d) => d.docId).sort()).toEqual(['kommune21-cio-serie-mecklenburg-vorpommern.txt', 'unsicher.md']);
    expect(info.documents.every((d) => d.passages > 0)).toBe(true);
    expect(Date.parse(info.createdAt)).not.toBeNaN();
  });
});

describe('warming up', () => {
  it('asks a question of each kind ahead without changing any answer', async () => {
    const cold = await openServices(project.config, { logger: silentLogger, embedder: new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS }), warmUp: false });
    try {
      const questions = ['Bis wann soll DOMEA eingeführt sein?', 'Wie viele Projekte gibt es?', 'Who is the CIO of the state?', 'Was kostet das Nutzerkonto?'];
      const before = [];
      for (const q of questions) before.push(await cold.engine.ask(q));
      const warmed = await (cold.engine as unknown as { warmUp(): Promise<{ questions: number }> }).warmUp();
      expect(warmed.questions).toBeGreaterThan(10);
      for (const [i, q] of questions.entries()) {
        const after = await cold.engine.ask(q);
        expect(after.text, q).toBe(before[i]!.text);
        expect(after.citations, q).toEqual(before[i]!.citations);
        // The engine opened with the warm-up answers the same.
        expect((await services.engine.ask(q)).text, q).toBe(after.text);
      }
    } finally {
      await cold.close();
    }
  });
});
