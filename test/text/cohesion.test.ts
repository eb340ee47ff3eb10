import { describe, expect, it } from 'vitest';
import { pointsBack } from '../../src/text/cohesion.js';

describe('cohesion', () => {
  it('knows a sentence that opens with a pronoun, a pronominal adverb or a connective as pointing back', () => {
    for (const s of ['Er trat am 1. April 2010 in Kraft.', 'Dazu gehören eine flächendeckende Breitband-Versorgung und die 115.', 'Seither nimmt es seine Aufgaben wahr.', 'Zum anderen enthält das Gesetz landesspezifische Regelungen.', '„Dadurch werden Formulare befüllt.', 'These include two components.'])
      expect(pointsBack(s), s).toBe(true);
    for (const s of ['Die Geschäftsstelle liegt in Schwerin.', 'Ersatzweise gilt das alte Recht.', 'Dort-Mund ist kein Wort.', 'Thesen zum E-Government.'])
      expect(pointsBack(s), s).toBe(false);
  });

  it('knows every pronominal adverb, "da(r)-" or "hier-" before a preposition, as pointing back, but not a noun that starts like one', () => {
    for (const s of ['Davon trägt der Bund 113 Millionen Euro.', 'Darauf haben sich Bund und Länder verständigt.', 'Hiervon profitieren die Kommunen.', 'Darunter sind 14 Projekte.', 'Daneben gibt es die 115.'])
      expect(pointsBack(s), s).toBe(true);
    for (const s of ['Davongekommen ist niemand.', 'Darstellung der Ergebnisse.', 'Hierarchien werden flacher.'])
      expect(pointsBack(s), s).toBe(false);
  });
});
