import type { Rng } from './prng.js';

/**
 * Word lists and sentence shapes of the synthetic benchmark corpus, taken from the default
 * corpus (data/docs: a CIO interview about e-government in Mecklenburg-Vorpommern and
 * Kommune21 news items). Sentences are assembled from slots, so a 100k-passage corpus has a
 * realistic long-tail vocabulary instead of the same few sentences repeated.
 */

export const ACTORS = [
  'Die Landesregierung', 'Das Innenministerium', 'Der IT-Planungsrat', 'Der Landes-CIO', 'Die Staatskanzlei',
  'Der Landkreistag', 'Die Stadtverwaltung', 'Der kommunale IT-Dienstleister', 'Das Finanzministerium',
  'Die Fachgruppe Verwaltungsinformatik', 'Der Städtetag', 'Die Kommunalverwaltung', 'Das Landesamt für Digitalisierung',
  'Der Chief Digital Officer', 'Die Digitalagentur', 'Der Zweckverband', 'Die Ressorts', 'Das Rechenzentrum des Landes',
];

export const VERBS = [
  'treibt', 'unterstützt', 'modernisiert', 'erprobt', 'fördert', 'koordiniert', 'plant', 'bewertet', 'standardisiert',
  'beschleunigt', 'begleitet', 'finanziert', 'überprüft', 'erweitert', 'vereinfacht', 'verantwortet',
];

export const OBJECTS = [
  'die Digitalisierung der Verwaltung', 'den Breitbandausbau', 'die elektronische Akte', 'das Dienstleistungsportal',
  'die zentrale E-Government-Infrastruktur', 'die Umsetzung des Onlinezugangsgesetzes', 'das IT-Sicherheitsmanagement',
  'die Behördennummer 115', 'die Langzeitspeicherung mit Beweiswerterhaltung', 'die Vorgangsbearbeitung',
  'die Kosten- und Leistungsrechnung', 'das föderative Informationsmanagement', 'die Prozesserfassung',
  'die Wissensplattform für Verwaltung und Wirtschaft', 'das Infrastrukturverzeichnis', 'die Fachverfahren der Kommunen',
  'den Antragsassistenten', 'das Fall-Management', 'die digitale Souveränität', 'die Open-Data-Strategie',
  'die Registermodernisierung', 'den Einsatz Künstlicher Intelligenz', 'die Bürgerdienste', 'das Travel-Management-System',
];

export const ADJUNCTS = [
  'im Rahmen des Masterplans', 'in enger Abstimmung mit den Kommunen', 'gemeinsam mit der Wirtschaft', 'schrittweise',
  'mit Nachdruck', 'im Auftrag der Landesregierung', 'auf der Basis eines modularen Systemaufbaus',
  'nach dem Beschluss des Kabinetts', 'mit Blick auf den Fachkräftemangel', 'in allen Geschäftsbereichen',
  'über die Grenzen der Ressorts hinweg', 'als Teil der Digitalstrategie', 'mit Mitteln aus dem Konjunkturprogramm',
  'im Zusammenspiel von Organisation und Informationstechnologie', 'für Bürgerinnen und Bürger sowie Unternehmen',
];

export const REASONS = [
  'weil die Anforderungen an die Verwaltung stetig wachsen', 'damit Verwaltungsleistungen effizienter werden',
  'um Medienbrüche zu vermeiden', 'damit die Arbeitsfähigkeit auch in Krisensituationen gesichert ist',
  'weil Kooperationen auf der Seite der Fachanwendungen längst die Regel sind', 'um digitale Insellösungen zu vermeiden',
  'damit die Beschäftigten entlastet werden', 'weil der Ruhestand der Babyboomer-Generation bevorsteht',
];

export const QUALITIES = [
  'effizienter', 'bürgerfreundlicher', 'zukunftssicherer', 'sicherer', 'einheitlicher', 'transparenter', 'schneller',
];

export const REGIONS = [
  'Schwerin', 'Rostock', 'Neubrandenburg', 'Stralsund', 'Greifswald', 'Wismar', 'Güstrow', 'Potsdam', 'Hannover',
  'Essen', 'Ulm', 'Dresden', 'Petershagen', 'Wiesbaden', 'Darmstadt', 'Westmecklenburg', 'Vorpommern-Greifswald',
  'Ludwigslust-Parchim', 'Rheinland-Pfalz', 'Baden-Württemberg', 'Bayern', 'Brandenburg', 'Niedersachsen', 'Sachsen',
];

export const INTERVIEW_QUESTIONS = [
  'Welche Ziele verfolgt {region} bei der Digitalisierung?', 'Wie bewerten Sie den Stand des E-Government in {region}?',
  'Welche Projekte laufen aktuell?', 'Welche Rolle spielt die Zusammenarbeit mit den Kommunen?',
  'Wie wird die IT-Sicherheit gewährleistet?', 'Welche weiteren Veränderungen streben Sie an?',
  'Wie wird die Verwaltung in {region} bürgerfreundlicher?', 'Was sind die größten Herausforderungen?',
  'Welche Bedeutung hat das Onlinezugangsgesetz für {region}?', 'Wie geht es mit der elektronischen Akte weiter?',
  'Welche Erfahrungen haben Sie mit Open Source gemacht?', 'Wie wird die Umsetzung finanziert?',
];

export const NEWS_TOPICS = [
  'Digitalstrategie verabschiedet', 'Neues Serviceportal', 'Kooperation vereinbart', 'Förderprogramm gestartet',
  'Charta Digitale Ethik', 'Innovationsmotor gestartet', 'Fonds für digitalen Fortschritt', 'Neue Leitung im IT-Bereich',
  'Gemeindeordnung geändert', 'Digitales Rathaus eröffnet',
];

const FIRST_NAMES = ['Anna', 'Jens', 'Melitta', 'Holger', 'Eileen', 'Peter', 'Maral', 'Denis', 'Sabine', 'Tobias', 'Karin', 'Lutz', 'Frauke', 'Ole'];
const LAST_NAMES = ['Lenz', 'Kühnlein', 'Klötzner', 'Adelskamp', 'Brötel', 'Sager', 'Wendt', 'Borchert', 'Haase', 'Timm', 'Rakow', 'Spiering'];

/** A plausible person name (not unique: names recur, as in real news). */
export function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/** One ordinary sentence in one of the corpus's shapes (statement, reasoned plan, quality goal). */
export function fillerSentence(rng: Rng): string {
  switch (rng.int(0, 4)) {
    case 0:
      return `${rng.pick(ACTORS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(ADJUNCTS)}.`;
    case 1:
      return `${rng.pick(ACTORS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}, ${rng.pick(REASONS)}.`;
    case 2:
      return `Ziel ist es, die Verwaltung in ${rng.pick(REGIONS)} ${rng.pick(QUALITIES)} zu machen und ${rng.pick(OBJECTS)} ${rng.pick(ADJUNCTS)} voranzubringen.`;
    case 3:
      return `Nach Angaben von ${personName(rng)} sollen bis ${rng.int(2012, 2030)} insgesamt ${rng.int(3, 90)} Vorhaben ${rng.pick(ADJUNCTS)} umgesetzt werden.`;
    default:
      return `Dazu gehört für ${rng.pick(REGIONS)} auch, ${rng.pick(OBJECTS)} ${rng.pick(QUALITIES)} zu gestalten.`;
  }
}

/** `dd.mm.yyyy`, as in the news items' `[18.11.2024]` prefix. */
export function newsDate(rng: Rng): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(rng.int(1, 28))}.${two(rng.int(1, 12))}.${rng.int(2010, 2030)}`;
}
