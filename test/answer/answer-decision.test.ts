import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Turn } from '../../src/answer/types.js';
import { turnOf } from '../../src/answer/turn-of.js';
import type { Services } from '../../src/services.js';
import type { TempProject } from '../support/temp-project.js';
import { openDefaultEngine } from '../support/engine-fixture.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  // Documents beside the default corpus, each made for one behaviour below.
  const extra: Record<string, string> = {
    'nutzerkonten.txt':
      'Nutzerkonten\nQuelle: https://www.example.org/nutzerkonten/nutzerkonten-node.html\n\nTyp: Artikel , Schwerpunktthema: Nutzerkonto Bund\n\n' +
      'Wer eine digitale Verwaltungsleistung nutzt, weist sich in der Regel online aus. Für diesen Identitätsnachweis gibt es Nutzerkonten für Bürgerinnen und Bürger sowie für Organisationen.\n',
    'breitbandvertrag.txt': 'Breitbandvertrag im Kreis\n\nDie Verträge unterzeichnen die Geschäftsführer der Netzfirma, Martin Retzlaff und Thorsten Speth.\n',
    'pruefbericht.txt':
      'Prüfbericht\n\nDer Prüfhof kritisiert die schleppende Digitalisierung der Kreisverwaltungen. Präsidentin Martina Johannsen sagte, es hapere an der Umsetzung.\n',
    'serviceportal.txt': 'Serviceportal\n\nMit dem Ausbau des Serviceportals reagiert die Landesregierung auf die Anforderungen des Zugangsgesetzes.\n',
    'ratsordnung.txt':
      'Geschäftsordnung des Planungsrats\n\nDer Planungsrat hat sich in seiner 2. Sitzung vom 02.07.2010 erstmals eine Geschäftsordnung gegeben.\n' +
      'Zur aktuellen Fassung der Geschäftsordnung (vom 03.11.2023, Beschluss 2023/40)\n',
    'kreisfinanzen.txt': 'Kreisfinanzen in Wummelland\n\nUm die übrigen 24 Millionen Euro Eigenanteil zu stemmen, kann der Wummelkreis auf den Aufbaufonds zugreifen.\n',
    'portalbilanz.txt': 'Portalbilanz in Wummelland\n\nIm September 2019 waren es insgesamt 45 Behörden, vergleicht Digitalisierungsminister Karl Wummel.\n',
    'pruefhof.txt': 'Der Prüfhof\n\nGreta Lindner ist seit 2021 Präsidentin des Prüfhofs.\n',
    'glasfaservertrag.txt':
      'Glasfaser im Wummelkreis\n\nDie Verträge zum Glasfaserausbau im Wummelkreis unterzeichnen Landrätin Karla Wummel und die Netzfirma am Montag (20.08.2018).\n',
    'aktensystem.txt': 'Das Aktensystem WUMA\n\nDas Aktensystem WUMA soll bis Ende 2013 in allen Ämtern des Wummelkreises eingeführt sein.\n',
    'zweckverband.txt': 'Zweckverband\n\nDer Zweckverband ZVKOM ist ein Partner des Landes bei der Digitalisierung der Kommunen.\n',
    'ideenwettbewerb.txt': 'Ideenwettbewerb\n\nDie Stadt Wummelheim hat 2023 ihren Ideenwettbewerb gestartet. Die erste Runde des Ideenwettbewerbs gewann das Team Lumen.\n',
    'flaechenlaender.txt': 'Flächenländer\n\nNur im Saarland und in Bremen leben noch weniger Menschen als in Wummelland.\n',
    'wummelvertrag.txt': 'Der Wummelvertrag\n\nDer Wummelvertrag bildet die Grundlage der Zusammenarbeit. Er trat am 1. April 2010 in Kraft und wurde zum 1. Oktober 2019 neu gefasst.\n',
    'gremium.txt': 'Gremium\n\nIn seiner dritten Sitzung wählte das Gremium Karla Wummel zur Vorsitzenden.\n',
    'musterstaatsvertrag.txt':
      'Rechtliche Grundlagen des Planungsgremiums\n\n' +
      'Der von Bund und Ländern geschlossene Musterstaatsvertrag bildet die rechtliche Grundlage für die Arbeit des Planungsgremiums. ' +
      'Er trat am 1. April 2010 in Kraft und wurde zum 1. Oktober 2019 überarbeitet.\n\n' +
      'Das Grundgesetz wurde dafür um den Artikel 91c ergänzt. Dieser ermöglicht es Bund und Ländern, ihre Zusammenarbeit bei der Informationstechnik zu bündeln.\n',
  };
  ({ project, services } = await openDefaultEngine((p) => {
    for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(p.docs, name), text);
  }));
});
afterAll(async () => {
  await services.close();
  project.cleanup();
});

const ask = (q: string, history?: Turn[]) => services.engine.ask(q, history ? { history } : {});
const unquote = (s: string) => s.replace(/^… /, '').replace(/ …$/, '');

/** Each statement line of the answer lies inside the quote shown for its marker. */
function expectStatementsInsideQuotes(a: Answer) {
  for (const line of a.text.split('\n').slice(1)) {
    const m = line.match(/^(.*) \[(\d+)\]$/);
    if (!m) continue;
    const quote = a.citations.find((c) => c.n === Number(m[2]))!.text;
    for (const part of unquote(m[1]!).split(' … ')) expect(quote).toContain(part);
  }
}

describe('answer or decline', () => {
  it('answers a count question with the sentence that holds the count next to the counted noun (a compound head)', async () => {
    for (const q of ['Wie viele Projekte gibt es?', 'Wie viele Projekte laufen im Land?']) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(false);
      expect(a.text.split('\n')[1]).toContain('33 E-Government-Projekte');
      expectStatementsInsideQuotes(a);
    }
  });

  it('answers with a sentence whose pronoun stands for the subject its predecessor names ("Er trat am … in Kraft")', async () => {
    const a = await ask('Seit wann gilt der Musterstaatsvertrag zwischen Bund und Ländern?');
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text).toContain('1. April 2010');
    expectStatementsInsideQuotes(a);
  });

  it('declines a role question about a body when the names it finds belong to another body ("Geschäftsführer des ZVKOM")', async () => {
    const other = await ask('Wer sind die Geschäftsführer der Netzfirma?');
    expect(other.text).toContain('Martin Retzlaff');
    const a = await ask('Wer ist Geschäftsführer des ZVKOM?');
    expect(a.abstained, a.text).toBe(true);
    expect(a.citations).toEqual([]);
  });

  it('answers a turn that points back ("darauf") from the document just quoted, or declines', async () => {
    const first = await ask('Was kritisiert der Prüfhof?');
    expect(first.citations[0]?.docId).toBe('pruefbericht.txt');
    const next = await ask('Und wie hat die Landesregierung darauf reagiert?', [turnOf(first)]);
    expect(next.abstained, next.text).toBe(true);
    // Asked on its own, the same words find the other document.
    const alone = await ask('Wie reagiert die Landesregierung auf die Anforderungen des Zugangsgesetzes?');
    expect(alone.citations[0]?.docId).toBe('serviceportal.txt');
  });

  it('keeps the previous subject for a turn that points back with a demonstrative ("dieser Artikel")', async () => {
    const first = await ask('Um welchen Artikel wurde das Grundgesetz ergänzt?');
    expect(first.text).toContain('91c');
    const next = await ask('Und was ermöglicht dieser Artikel?', [turnOf(first)]);
    expect(next.resolvedQuestion).toContain('Grundgesetz');
    expect(next.text).toContain('Zusammenarbeit bei der Informationstechnik');
  });

  it('declines when no sentence holds the kind of fact asked for next to the subject', async () => {
    for (const q of ['Wer leitet das Innenministerium?', 'Wie viel kostet der Breitbandausbau?', 'Was kostet das Nutzerkonto?']) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(true);
      expect(a.citations).toEqual([]);
      expect(a.explanation?.reason).toBeTruthy();
    }
  });

  it('declines a name the documents never mention even when a compound holds a word of the question', async () => {
    const a = await ask('Was ist die Hauptstadt von Kanada?');
    expect(a.abstained).toBe(true);
  });

  it('marks the span that answers so front ends can show it in bold', async () => {
    const a = await ask('Bis wann soll DOMEA in allen Ministerien eingeführt sein?');
    expect(a.abstained).toBe(false);
    const marked = (a.emphasis ?? []).map((e) => a.text.slice(e.start, e.end));
    expect(marked.some((m) => m.includes('bis Ende 2013'))).toBe(true);
    expectStatementsInsideQuotes(a);
  });

  it('declines a follow-up that asks something new when the only answer would repeat the previous statement', async () => {
    const first = await ask('Von wann ist die aktuelle Fassung der Geschäftsordnung des Planungsrats?');
    expect(first.text).toContain('03.11.2023');
    const next = await ask('Was wurde darin gegenüber der alten Fassung geändert?', [turnOf(first)]);
    expect(next.abstained, next.text).toBe(true);
    expect(next.citations).toEqual([]);
  });

  it('never quotes a source line or a type line as a statement', async () => {
    const a = await ask('Wofür gibt es Nutzerkonten?');
    expect(a.abstained).toBe(false);
    expect(a.text).not.toMatch(/Quelle:|https?:\/\/|Typ: Artikel/);
  });
});

describe('conversations', () => {
  it('answers a question that names its own subject on its own, whatever came before', async () => {
    const first = await ask('Was ist der Masterplan 2011?');
    expect(first.abstained).toBe(false);
    const second = await ask('Was kostet das Nutzerkonto?', [turnOf(first)]);
    expect(second.abstained).toBe(true);
    const third = await ask('Wie viele Projekte gibt es?', [turnOf(first), turnOf(second)]);
    expect(third.abstained).toBe(false);
    expect(third.text).toContain('33 E-Government-Projekte');
  });

  it('carries the subject into a turn that leans on the previous one', async () => {
    const first = await ask('Was ist DOMEA?');
    const second = await ask('Und bis wann?', [turnOf(first)]);
    expect(second.abstained).toBe(false);
    expect(second.text).toContain('bis Ende 2013');
  });

  it('answers a request for some of what the previous turn counted with the sentence that lists them, shown whole', async () => {
    const first = await ask('Wie viele Programmpunkte enthält der Maßnahmenkatalog zum Masterplan 2011?');
    expect(first.text).toContain('elf strategische Programmpunkte');
    const next = await ask('Nennen Sie mir bitte einige davon.', [turnOf(first)]);
    expect(next.abstained, next.explanation?.reason).toBe(false);
    expect(next.explanation?.features.answerType).toBe('other');
    // The enumeration "Dazu gehören …", from its first item to its last.
    expect(next.text).toContain('Dazu gehören eine flächendeckende Breitband-Versorgung');
    expect(next.text).toContain('Langzeitspeicherung mit Beweiswerterhaltung');
    expectStatementsInsideQuotes(next);
  });

  it('declines a follow-up to a declined turn', async () => {
    const first = await ask('Wer leitet das Innenministerium?');
    expect(first.abstained).toBe(true);
    const second = await ask('Und seit wann?', [turnOf(first)]);
    expect(second.abstained).toBe(true);
    expect(second.explanation?.features.followUpOfDeclined).toBe(true);
  });

  it('asks a follow-up on its own merits when the turn before was declined only for want of its fact, its subject being covered', async () => {
    const first = await ask('Wie viel Geld hat die Geschäftsordnung des Planungsrats gekostet?');
    expect(first.abstained).toBe(true);
    expect(first.explanation?.reason).toMatch(/^no sentence holds a money/);
    expect(turnOf(first).subjectFound).toBe(true);
    const second = await ask('Und von wann ist die aktuelle Fassung?', [turnOf(first)]);
    expect(second.explanation?.features.followUpOfDeclined).toBe(false);
    expect(second.abstained).toBe(false);
    expect(second.text).toContain('03.11.2023');
  });
});

describe('what the question asks of the answer', () => {
  it('does not count a noun that names the kind of fact asked for ("Datum") as a subject the documents never mention', async () => {
    const answer = await ask('Wummelvertrag Neufassung Datum?');
    expect(answer.explanation?.features.mostlyUnknown).toBe(false);
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    expect(answer.text).toContain('1. Oktober 2019');
    // Two nouns of a subject the documents never mention still decline it.
    expect((await ask('Wummelvertrag Kündigungsfrist Vertragsstrafe Datum?')).abstained).toBe(true);
  });

  it('takes an ordinal of the question for a number the passage must hold, in digits or in words', async () => {
    const second = await ask('Wer hat die zweite Runde des Ideenwettbewerbs in Wummelheim gewonnen?');
    expect(second.abstained).toBe(true);
    expect(second.explanation?.features.missingNumbers).toEqual(['2']);
    const third = await ask('Wen wählte das Gremium in der 3. Sitzung zur Vorsitzenden?');
    expect(third.abstained).toBe(false);
    expect(third.text).toContain('Karla Wummel');
  });

  it('answers a count of things with a count, never with an amount of money ("Wie viele Kreise …" is no "24 Millionen Euro")', async () => {
    const count = await ask('Wie viele Kreise sind in Wummelland übrig?');
    expect(count.abstained).toBe(true);
    const money = await ask('Wie viele Millionen Euro Eigenanteil sind im Wummelkreis übrig?');
    expect(money.abstained).toBe(false);
    expect(money.text).toContain('24 Millionen Euro');
  });

  it('answers since when someone holds a role only with a date the text gives with "seit", not with another date next to the person', async () => {
    const other = await ask('Seit wann ist Karl Wummel Digitalisierungsminister?');
    expect(other.abstained).toBe(true);
    const since = await ask('Seit wann ist Greta Lindner Präsidentin des Prüfhofs?');
    expect(since.abstained).toBe(false);
    expect(since.text).toContain('seit 2021');
  });

  it('answers by when something is due only with a date the text gives as a bound, not with the date of another event', async () => {
    const done = await ask('Bis wann soll die Netzfirma den Glasfaserausbau im Wummelkreis abgeschlossen haben?');
    expect(done.abstained).toBe(true);
    const english = await ask('By when is the fibre roll-out in the Wummelkreis to be completed?');
    expect(english.abstained).toBe(true);
    const due = await ask('Bis wann soll WUMA in allen Ämtern des Wummelkreises eingeführt sein?');
    expect(due.abstained).toBe(false);
    expect(due.text).toContain('bis Ende 2013');
    // The event's own date still answers when it is asked for.
    const signed = await ask('Wann werden die Verträge zum Glasfaserausbau im Wummelkreis unterzeichnet?');
    expect(signed.abstained).toBe(false);
    expect(signed.text).toContain('20.08.2018');
  });

  it('finds a date of the question written with dots in the passage ("am 02.07.2010")', async () => {
    const a = await ask('Was geschah am 02.07.2010 im Planungsrat?');
    expect(a.explanation?.features.missingNumbers).toEqual([]);
    expect(a.abstained).toBe(false);
    expect(a.text).toContain('erstmals eine Geschäftsordnung');
  });

  it('declines a question for the most of something when no sentence ranks it, however well it covers the words', async () => {
    const most = await ask('In welchem Bundesland leben die meisten Menschen?');
    expect(most.abstained).toBe(true);
    const fewer = await ask('In welchen Ländern leben noch weniger Menschen als in Wummelland?');
    expect(fewer.abstained).toBe(false);
  });
});
