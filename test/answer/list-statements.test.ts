import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'register.md':
    '# Vorhaben der Registermodernisierung\n\n' +
    'Mit dem Wummelnummerngesetz wurde die Grundlage geschaffen. § 1 des Wummelnummerngesetzes definiert die Ziele des Gesetzes: Eine Wummelnummer als Ordnungsmerkmal in Register des Landes einzuführen, um\n\n' +
    '1. Daten einer Person in einem Verwaltungsverfahren eindeutig zuzuordnen,\n' +
    '2. die Datenqualität der gespeicherten Daten zu verbessern sowie\n' +
    '3. die erneute Beibringung vorhandener Daten zu verringern.\n\n' +
    '## Das Prinzip\n\nDie Ziele werden erreicht, indem Behörden vorhandene Daten selbst abrufen.\n',
  'amt.txt':
    'Das Wummelamt\n\n' +
    'Aus vielen kleinen Referaten in den Ministerien entsteht im Wummelamt Schritt für Schritt eine starke Mannschaft mit neuen Abteilungen. ' +
    'Das Ziel, die Behörde schlank aufzustellen, zeigt sich auch im Organigramm. Das Wummelamt besteht aus zwei Abteilungen und einem Stabsbereich.\n\n' +
    '  • Die Allgemeine Abteilung beherbergt die klassischen Verwaltungsthemen einer Behörde, also Personal und Haushalt.\n' +
    '  • Die Abteilung Technik betreibt die Rechner der Landesverwaltung und berät die Ämter.\n\n' +
    'Im Herbst feiert das Amt ein Fest. Geplant sind zwei Vorträge.\n\n' +
    '  • Der Chor singt am Abend.\n' +
    '  • Die Kantine bleibt geschlossen.\n',
});

describe('a sentence that introduces a list', () => {
  it('is stated with the items it introduces, never cut off before them', async () => {
    const answer = await engine().ask('Welche Ziele verfolgt das Wummelnummerngesetz?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Daten einer Person in einem Verwaltungsverfahren eindeutig zuzuordnen');
    expect(answer.text).not.toMatch(/einzuführen, um \[1\]/);
  });

  it('is stated with the bulleted items that take up its noun, after a full stop too', async () => {
    const answer = await engine().ask('Welche Abteilungen hat das Wummelamt?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Das Wummelamt besteht aus zwei Abteilungen');
    expect(answer.text).toContain('Die Allgemeine Abteilung');
  });

  it('is not stated with a list whose items take up none of its words', async () => {
    const answer = await engine().ask('Wie viele Vorträge sind beim Fest des Wummelamts geplant?');
    expect(answer.text).toContain('Geplant sind zwei Vorträge');
    expect(answer.text).not.toContain('Der Chor singt');
  });
});
