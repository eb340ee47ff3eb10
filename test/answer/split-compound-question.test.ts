import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'register.md':
    '# Registermodernisierung\n\n' +
    'Die Ziele werden erreicht, indem das sogenannte Once-Only-Prinzip für Verwaltungsleistungen umgesetzt wird. ' +
    'Nach diesem Prinzip sollen Behörden Daten, die bereits in Registern vorliegen, selbst abrufen.\n\n' +
    '## Das Portal\n\nDas Portal ist rund um die Uhr erreichbar. Kurze Wege sind das Ziel.\n',
  'wege.txt':
    'Grundsätze der Verwaltung\n\nDas Prinzip der Wirtschaftlichkeit gilt für jede Behörde. ' +
    'Das Einer-für-Alle-Prinzip wird hier kurz vorgestellt.\n',
});

describe('words typed apart that the documents write as one compound', () => {
  it('are searched as that compound when a part alone is nothing to the index ("once only prinzip")', async () => {
    const answer = await engine().ask('kannst du mir das once only prinzip kurz erklären?');
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    // The answer leads with the compound's sentence, not with another "Prinzip" that shares "kurz".
    expect(answer.text.split('\n')[1]).toContain('Once-Only-Prinzip');
  });
});
