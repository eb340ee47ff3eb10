import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';
import { turnOf } from '../../src/answer/turn-of.js';

const engine = useEngineOver({
  'masterplan.txt':
    'Der Masterplan des Landes\n\n' +
    'Hierzu ist mit dem Beschluss des Masterplans ein Maßnahmenkatalog verabschiedet worden, der insgesamt zwölf Programmpunkte enthält. ' +
    'Dazu gehören eine flächendeckende Breitbandversorgung, die Einführung der Behördennummer und ein Wissensportal. ' +
    'Der Masterplan wurde im Kabinett in Schwerin vorgestellt.\n\n' +
    'Das Büro wurde 2009 auf Beschluss des Lenkungsausschusses als Organ für gemeinsame Aktivitäten gegründet.\n\n' +
    'Die Geschäftsstelle liegt in Schwerin.\n',
  'kabinett.txt':
    'Investitionen in die Digitalisierung\n\n' +
    'Um die Digitalisierung der Verwaltung schneller voranzubringen, will die Landesregierung mehrere Millionen Euro investieren. ' +
    'Entsprechenden Plänen hat das Kabinett in Wummelstadt nun zugestimmt. ' +
    'Wie das Ministerium mitteilt, sollen unter anderem Verwaltungsanträge zügiger digitalisiert und Arbeitsplätze mobil ausgestattet werden.\n',
  'cloud.txt':
    'Cloud und Souveränität\n\n' +
    'Die großen Hersteller verlagern ihre Büroanwendungen zunehmend als Clouddienste in ihre eigenen Rechenzentren, und die Verwaltungen der Länder, die diese Anwendungen für ihre tägliche Arbeit nutzen, haben auf die Betriebsprozesse dieser Rechenzentren kaum noch Einfluss. ' +
    'Damit entsteht das Risiko, dass vertrauliche Daten der Bürgerinnen und Bürger außerhalb der eigenen Kontrolle verarbeitet werden und nicht mehr ausreichend geschützt sind.\n',
  'dienste.txt':
    'Onlinedienste im Wummelland\n\n' +
    'Bereits im Rahmen einer früheren Vereinbarung wurden mehr als 100 Online-Dienste entwickelt und in einzelnen Behörden eingeführt – viele davon nach dem Einer-für-Alle-Prinzip. ' +
    'Diese Dienste sollen nun in den landesweiten Regelbetrieb überführt werden.\n',
  'wetter.txt': 'Das Wetter\n\nIm Sommer ist es an der Küste meist warm. Die Badesaison beginnt im Juni.\n',
});

describe('a statement and the sentence that continues it', () => {
  it('is followed by the next sentence of its paragraph ("Dazu gehören …")', async () => {
    const answer = await engine().ask('Was gehört zum Maßnahmenkatalog des Masterplans?');
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    expect(answer.text).toContain('Maßnahmenkatalog verabschiedet worden');
    expect(answer.text).toContain('Dazu gehören eine flächendeckende Breitbandversorgung');
    // Each statement cites the passage it stands in, inside the quote.
    expect(answer.citations[0]!.text).toContain('Dazu gehören');
  });

  it('is quoted with its continuation: the source of both holds both, however long the first is', async () => {
    const answer = await engine().ask('Was verlagern die großen Hersteller in ihre Rechenzentren?');
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    expect(answer.text).toContain('Damit entsteht das Risiko');
    const quote = answer.citations[0]!.text;
    expect(quote).toContain('verlagern ihre Büroanwendungen');
    expect(quote).toContain('nicht mehr ausreichend geschützt');
  });

  it('is followed by the next sentence of its paragraph even without a cohesive link, when alone it only restates the question', async () => {
    const answer = await engine().ask('Was hat das Kabinett in Wummelstadt für die Digitalisierung der Verwaltung beschlossen?');
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    expect(answer.text).toContain('Entsprechenden Plänen hat das Kabinett');
    expect(answer.text).toContain('Verwaltungsanträge zügiger digitalisiert');
  });

  it('is not followed by the first sentence of the next paragraph ("Die Geschäftsstelle …")', async () => {
    const answer = await engine().ask('Wozu wurde das Büro gegründet?');
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    expect(answer.text).toContain('als Organ für gemeinsame Aktivitäten');
    expect(answer.text).not.toContain('Die Geschäftsstelle liegt in Schwerin');
  });

  it('answers a follow-up from the statement the previous answer led with when that statement holds what the turn asks with its own phrase ("nach welchem Prinzip")', async () => {
    const first = await engine().ask('Wie viele Online-Dienste wurden im Wummelland im Rahmen der früheren Vereinbarung entwickelt?');
    expect(first.text).toContain('mehr als 100 Online-Dienste');
    const next = await engine().ask('Und nach welchem Prinzip wurden viele davon gebaut?', { history: [turnOf(first)] });
    expect(next.abstained, next.explanation?.reason).toBe(false);
    expect(next.text).toContain('nach dem Einer-für-Alle-Prinzip');
  });

  it('answers a follow-up about what the continuation said: only the statement the answer led with counts as said', async () => {
    const first = await engine().ask('Was gehört zum Maßnahmenkatalog des Masterplans?');
    const next = await engine().ask('Und die Behördennummer, gehört die auch dazu?', { history: [turnOf(first)] });
    expect(next.abstained, next.explanation?.reason).toBe(false);
    expect(next.text).toContain('Einführung der Behördennummer');
  });
});
