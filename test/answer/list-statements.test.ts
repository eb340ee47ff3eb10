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
});

describe('a sentence that introduces a list', () => {
  it('is stated with the items it introduces, never cut off before them', async () => {
    const answer = await engine().ask('Welche Ziele verfolgt das Wummelnummerngesetz?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Daten einer Person in einem Verwaltungsverfahren eindeutig zuzuordnen');
    expect(answer.text).not.toMatch(/einzuführen, um \[1\]/);
  });
});
