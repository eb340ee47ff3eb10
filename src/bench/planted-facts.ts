import { newsDate, personName } from './german-vocabulary.js';
import type { Rng } from './prng.js';

/** A fact planted in the corpus: the sentence written, a question phrased differently, and the evidence. */
export interface PlantedFact {
  /** The invented, unique entity, e.g. `Kreisnetz Uckerowitz-7`. */
  entity: string;
  /** Sentence placed inside an ordinary paragraph (or a news item). */
  sentence: string;
  question: string;
  /** Substring of `sentence` that a correct citation must contain (case/whitespace-insensitive). */
  evidence: string;
  /** News facts open a news item (`[dd.mm.yyyy] …`); others sit inside interview answers. */
  news: boolean;
}

/** A question the corpus cannot answer. */
export interface UnanswerableQuestion {
  question: string;
  kind: 'off-topic' | 'unknown-entity';
}

const KINDS = [
  'Kreisnetz', 'Bürgerportal', 'Aktenplattform', 'Datenknoten', 'Meldeverfahren', 'Serviceverbund', 'Registerdienst',
  'Lernplattform', 'Fachverfahren', 'Portalverbund', 'Bezahldienst', 'Signaturdienst',
];
// Place names are built from three syllable lists. Planted and unknown entities draw their first
// syllable from disjoint lists, so an "unknown" entity never shares its rare name with a planted one.
const PLANTED_HEADS = ['Ucker', 'Bram', 'Lind', 'Falk', 'Rosk', 'Mühl', 'Eick', 'Wend', 'Tess', 'Zarn', 'Pütt', 'Gorm', 'Lass', 'Quel'];
const UNKNOWN_HEADS = ['Vark', 'Jorn', 'Schmö', 'Drel', 'Nusk', 'Hiev', 'Krab', 'Yst', 'Plon', 'Sörn', 'Wiel', 'Ostr'];
const MIDDLES = ['e', 'a', 'in', 'ow', 'er', 'en', 'el', 'is', 'un', 'ar'];
const TAILS = ['witz', 'hagen', 'felde', 'stedt', 'dorf', 'burg', 'heide', 'beck', 'rode', 'thal', 'ow', 'itz', 'au', 'wald', 'mark'];
const UNITS = ['Ämtern', 'Ministerien', 'Landkreisen', 'Bürgerbüros', 'Dienststellen', 'Schulämtern'];

/**
 * Makes unique entity names: `<kind> <place>-<n>`. Each place name is used once, so the entity's
 * rarest word identifies exactly one planted fact.
 * @param unknown draw from the syllables reserved for entities that are never planted
 */
export class EntityNames {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  next(unknown: boolean): string {
    const heads = unknown ? UNKNOWN_HEADS : PLANTED_HEADS;
    for (let attempt = 0; attempt < 1000; attempt++) {
      const place = `${this.rng.pick(heads)}${this.rng.pick(MIDDLES)}${this.rng.pick(TAILS)}`;
      const name = `${this.rng.pick(KINDS)} ${place}-${this.rng.int(2, 99)}`;
      if (!this.used.has(place)) {
        this.used.add(place);
        return name;
      }
    }
    // 14 x 10 x 15 = 2,100 planted places; beyond that reuse a place with a distinct number.
    for (;;) {
      const name = `${this.rng.pick(KINDS)} ${this.rng.pick(heads)}${this.rng.pick(MIDDLES)}${this.rng.pick(TAILS)}-${this.rng.int(100, 9999)}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

type Template = (e: string, rng: Rng) => Omit<PlantedFact, 'entity' | 'news'>;

/** Fact shapes: deadline, budget, count, person, pilot; each asks with other words than it states. */
const TEMPLATES: Template[] = [
  (e, rng) => {
    const y = rng.int(2026, 2039);
    return {
      sentence: `Das Vorhaben ${e} soll bis Ende ${y} in allen ${rng.pick(UNITS)} eingeführt werden.`,
      question: rng.next() < 0.5 ? `Bis wann soll ${e} eingeführt sein?` : `Wann wird ${e} flächendeckend eingeführt?`,
      evidence: `${e} soll bis Ende ${y}`,
    };
  },
  (e, rng) => {
    const n = rng.int(2, 480);
    return {
      sentence: `Für ${e} stellt das Land insgesamt ${n} Millionen Euro bereit.`,
      question: `Wie viel Geld gibt das Land für ${e} aus?`,
      evidence: `${e} stellt das Land insgesamt ${n} Millionen Euro`,
    };
  },
  (e, rng) => {
    const n = rng.int(3, 400);
    return {
      sentence: `An ${e} sind inzwischen ${n} Kommunen angeschlossen.`,
      question: `Wie viele Kommunen nutzen ${e} bereits?`,
      evidence: `${e} sind inzwischen ${n} Kommunen`,
    };
  },
  (e, rng) => {
    const who = personName(rng);
    return {
      sentence: `Die Projektleitung für ${e} liegt bei ${who}.`,
      question: `Wer leitet das Projekt ${e}?`,
      evidence: `${e} liegt bei ${who}`,
    };
  },
  (e, rng) => {
    const n = rng.int(2, 60);
    return {
      sentence: `Seit dem Frühjahr ${rng.int(2020, 2030)} wird ${e} in ${n} Pilotbehörden erprobt.`,
      question: `In wie vielen Behörden läuft der Pilotbetrieb von ${e}?`,
      evidence: `${e} in ${n} Pilotbehörden`,
    };
  },
];

/**
 * A planted fact about a new unique entity. One in five is a news item: its sentence starts
 * with a `[dd.mm.yyyy]` date, as the corpus's news entries do.
 */
export function plantedFact(rng: Rng, names: EntityNames): PlantedFact {
  const entity = names.next(false);
  if (rng.next() < 0.2) {
    const date = newsDate(rng);
    return {
      entity,
      sentence: `[${date}] Der Betrieb von ${entity} wurde offiziell aufgenommen.`,
      question: `Seit wann ist ${entity} in Betrieb?`,
      evidence: `[${date}] Der Betrieb von ${entity}`,
      news: true,
    };
  }
  return { entity, ...rng.pick(TEMPLATES)(entity, rng), news: false };
}

const WEATHER = ['Wie wird das Wetter am Wochenende in {c}?', 'Regnet es morgen in {c}?', 'Wie warm wird es im Juli an der Ostsee?'];
const SPORT = ['Wer hat das Pokalfinale {y} gewonnen?', 'Wie hat der FC Hansa am Samstag gespielt?', 'Wann beginnt die neue Saison der Handball-Bundesliga?'];
const RECIPES = ['Wie backe ich einen Apfelkuchen mit Streuseln?', 'Wie lange müssen Kartoffeln kochen?', 'Welche Gewürze gehören in eine Gulaschsuppe?', 'Wie gelingt ein Hefeteig ohne Zucker?'];
const CITIES = ['Hamburg', 'Rostock', 'München', 'Köln', 'Leipzig'];

/**
 * An unanswerable question: half off-topic (weather, sport, recipes), half on-domain about an
 * invented entity that appears nowhere in the corpus, in the planted questions' own phrasing.
 */
export function unanswerableQuestion(rng: Rng, names: EntityNames): UnanswerableQuestion {
  if (rng.next() < 0.5) {
    const q = rng.pick([...WEATHER, ...SPORT, ...RECIPES]).replace('{c}', rng.pick(CITIES)).replace('{y}', String(rng.int(1990, 2024)));
    return { question: q, kind: 'off-topic' };
  }
  return { question: rng.pick(TEMPLATES)(names.next(true), rng).question, kind: 'unknown-entity' };
}
