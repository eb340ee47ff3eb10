import { describe, expect, it } from 'vitest';
import { asksSpeaker } from '../../src/answer/answer-type.js';
import { quotationOf } from '../../src/text/quotation.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver(
  {
    'akte.txt':
      'Die elektronische Akte im Wummelland\n\n' +
      'Das Wummelland führt die elektronische Akte in allen Ämtern ein. ' +
      '„Wir bringen die alten Ordner ins Archiv im Untergeschoss. Was im Austausch per E-Mail für alle längst Alltag ist, ' +
      'soll mit der elektronischen Akte jetzt auch in der Landesverwaltung Standard werden, schnell und ohne Papier für alle Beteiligten“, ' +
      'wird Innenministerin Greta Holm auf der Webseite des Ministeriums zitiert.\n\n' +
      'Die Wummel-IT GmbH hat einen Geschäftsführer und betreibt die Akte für das Land. „Die Digitalisierung der Ämter ist eine Gemeinschaftsaufgabe von Land und Gemeinden. ' +
      'Die Wummel-IT ist dabei unser zentraler Partner für eine wirtschaftliche, nachhaltige und bürgernahe Umsetzung“, betont Staatssekretär Paul Lind.\n',
  },
  { LEXICON: 'on' },
);

describe('the speaker of a quotation', () => {
  it('finds the quotation a reporting clause attributes to a name, after it or before it', () => {
    const after = '„Erster Satz. Zweiter Satz“, wird Ministerin Greta Holm zitiert.';
    const at = after.indexOf('Greta');
    expect(quotationOf(after, at, at + 'Greta Holm'.length)).toEqual([1, after.indexOf('“')]);
    const before = 'Rechnungshofpräsidentin Martina Johannsen erklärte, "am Geld hapert es nicht". Dann ging es weiter.';
    const b = before.indexOf('Martina');
    const span = quotationOf(before, b, b + 'Martina Johannsen'.length)!;
    expect(before.slice(span[0], span[1])).toBe('am Geld hapert es nicht');
    // A name far from any quotation mark speaks no quotation.
    const plain = 'Greta Holm leitet das Ministerium seit dem Jahr 2020 und hat die Akte eingeführt.';
    expect(quotationOf(plain, 0, 10)).toBeUndefined();
  });

  it('tells a question for the speaker by its verb or noun of saying', () => {
    expect(asksSpeaker('Wer hat gesagt, man bringe die Ordner ins Archiv?')).toBe(true);
    expect(asksSpeaker('Von wem stammt der Spruch über das Untergeschoss?')).toBe(true);
    expect(asksSpeaker('Who said the old files would go to the basement?')).toBe(true);
    expect(asksSpeaker('Wer leitet die Wummel-IT?')).toBe(false);
  });

  it('answers who said a phrase of a quotation’s first sentence with the speaker its last sentence names', async () => {
    const answer = await engine().ask('Wer hat gesagt, man bringe die alten Ordner ins Archiv im Untergeschoss?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Greta Holm');
  });

  it('does not take a quotation’s speaker for a person the quotation only mentions', async () => {
    const answer = await engine().ask('Wer ist Geschäftsführer der Wummel-IT?');
    expect(answer.text).not.toContain('Paul Lind');
    expect(answer.abstained).toBe(true);
  });
});
