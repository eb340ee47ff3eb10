/**
 * English → German terms of public administration and IT, so that an English question can
 * find German passages with the keyword index and the offline embedder (a multilingual model
 * needs no help, but it is optional). Keys are lower-case English words; values are German
 * words as they occur in documents. Extend freely: more entries only add recall.
 */
const GLOSSARY: Record<string, string> = {
  administration: 'Verwaltung', administrations: 'Verwaltung', agency: 'Behörde', agencies: 'Behörden', authority: 'Behörde', authorities: 'Behörden',
  government: 'Regierung Landesregierung', state: 'Land Landes', federal: 'Bund föderal föderalen', municipality: 'Kommune', municipalities: 'Kommunen Kommunalverwaltungen',
  municipal: 'kommunal kommunalen', local: 'kommunal', city: 'Stadt', cities: 'Städte', region: 'Region', district: 'Landkreis Kreis', county: 'Landkreis',
  ministry: 'Ministerium', ministries: 'Ministerien', minister: 'Minister', council: 'Rat', parliament: 'Landtag', president: 'Präsident',
  citizen: 'Bürger', citizens: 'Bürgerinnen Bürger', business: 'Wirtschaft Unternehmen', businesses: 'Unternehmen', company: 'Unternehmen', companies: 'Unternehmen', employees: 'Beschäftigten Mitarbeiter', staff: 'Beschäftigten Mitarbeiter',
  strategy: 'Strategie', strategic: 'strategisch strategischen', plan: 'Plan Masterplan', goal: 'Ziel', goals: 'Ziele', aim: 'Ziel', aims: 'Ziele', objective: 'Ziel', objectives: 'Ziele',
  project: 'Projekt', projects: 'Projekte', program: 'Programm', programme: 'Programm', measure: 'Maßnahme', measures: 'Maßnahmen Maßnahmenkatalog', priority: 'Schwerpunkt', priorities: 'Schwerpunkte',
  introduce: 'einführen Einführung', introduced: 'eingeführt Einführung', introduction: 'Einführung', implement: 'umsetzen Umsetzung', implemented: 'umgesetzt Umsetzung', implementation: 'Umsetzung',
  rollout: 'Einführung flächendeckend', deploy: 'einführen', launch: 'gestartet Start', launched: 'gestartet', planned: 'geplant', plans: 'plant geplant', current: 'aktuell derzeit', currently: 'derzeit aktuell',
  tested: 'erprobt', trial: 'erprobt Modellprojekt', pilot: 'Modellprojekt erprobt', piloted: 'erprobt', test: 'erprobt', testing: 'erprobt',
  security: 'Sicherheit IT-Sicherheit', secure: 'sicher sichere', infrastructure: 'Infrastruktur', network: 'Netz', broadband: 'Breitband', internet: 'Internet',
  portal: 'Portal Dienstleistungsportal', service: 'Dienst Dienstleistung', services: 'Dienste Dienstleistungen Services', directive: 'Richtlinie', law: 'Gesetz Recht', regulation: 'Verordnung',
  document: 'Dokument', documents: 'Dokumente', management: 'Management', records: 'Akten', file: 'Akte', electronic: 'elektronisch elektronischen', digital: 'digital digitalen', digitalization: 'Digitalisierung', digitization: 'Digitalisierung', digitisation: 'Digitalisierung',
  cooperation: 'Kooperation Zusammenarbeit', collaboration: 'Zusammenarbeit', coordination: 'Koordinierung', represents: 'vertritt Vertretung', represent: 'vertreten Vertretung', representation: 'Vertretung',
  budget: 'Haushalt Budget', money: 'Geld Euro Millionen', fund: 'Fonds', funds: 'Fonds', funding: 'Förderung Fonds', cost: 'Kosten', costs: 'Kosten', million: 'Millionen', invest: 'investiert', invests: 'investiert setzt', investment: 'Investition',
  number: 'Nummer', phone: 'Behördenruf Telefon', hotline: 'Behördenruf', call: 'Behördenruf Anruf', uniform: 'einheitlich einheitlichen', standard: 'Standard', standardization: 'Standardisierung',
  new: 'neue neuer', head: 'Leiter Leiterin', chief: 'Chief', officer: 'Beauftragter', appointed: 'ernannt bestätigt gewählt', elected: 'gewählt', confirmed: 'bestätigt',
  year: 'Jahr', years: 'Jahre', until: 'bis', deadline: 'bis', period: 'Zeitraum bis', cover: 'umfasst', covers: 'umfasst', development: 'Entwicklung', modernization: 'Modernisierung', modernisation: 'Modernisierung',
  knowledge: 'Wissen Wissensplattform', platform: 'Plattform', travel: 'Reise Travel-Management', personnel: 'Personal', human: 'Personal', resources: 'Ressourcen', storage: 'Speicherung', archive: 'Langzeitspeicherung',
  comparison: 'Vergleich Ländervergleich', ethics: 'Ethik', charter: 'Charta', artificial: 'Künstliche', intelligence: 'Intelligenz', theses: 'Thesen', demands: 'Forderungen',
  components: 'Komponenten', component: 'Komponente', added: 'ergänzt hinzu', case: 'Fall', application: 'Antrag Anwendung', applications: 'Anwendungen Fachanwendungen', assistant: 'Assistent Antragsassistenten',
  important: 'wichtig', role: 'Rolle', why: 'warum', count: 'Anzahl', how: 'wie',
};

/** English names of German states and cities, and multi-word terms (phrases first: they span several words). */
const PLACES: [RegExp, string][] = [
  [/\bmecklenburg[- ]western[- ]pomerania\b/gi, 'Mecklenburg-Vorpommern'],
  [/\brhineland[- ]palatinate\b/gi, 'Rheinland-Pfalz'],
  [/\bnorth rhine[- ]westphalia\b/gi, 'Nordrhein-Westfalen'],
  [/\blower saxony\b/gi, 'Niedersachsen'],
  [/\bsaxony[- ]anhalt\b/gi, 'Sachsen-Anhalt'],
  [/\bsaxony\b/gi, 'Sachsen'],
  [/\bbavaria(n)?\b/gi, 'Bayern'],
  [/\bhesse\b/gi, 'Hessen'],
  [/\bthuringia\b/gi, 'Thüringen'],
  [/\bhanover\b/gi, 'Hannover'],
  [/\bmunich\b/gi, 'München'],
  [/\bcologne\b/gi, 'Köln'],
  [/\bnuremberg\b/gi, 'Nürnberg'],
  [/\bgerman (district|county) association\b/gi, 'Deutscher Landkreistag'],
  [/\bcounty association\b/gi, 'Landkreistag'],
  // Terms of the e-government strategy that English speakers say in several words.
  [/\bit planning council\b/gi, 'IT-Planungsrat'],
  [/\bplanning council\b/gi, 'Planungsrat'],
  [/\bnational e-?government strategy\b/gi, 'Nationale E-Government-Strategie'],
  [/\b(action catalog(ue)?|catalog(ue)? of measures)\b/gi, 'Maßnahmenkatalog'],
  [/\bprogram(me)? points\b/gi, 'Programmpunkte'],
  [/\b(it )?basic system\b/gi, 'IT-Grundsystem'],
  [/\b(eu )?services directive\b/gi, 'EU-Dienstleistungsrichtlinie'],
  [/\bdocument management\b/gi, 'Dokumenten-Management'],
  [/\blong[- ]term (storage|archiving)\b/gi, 'Langzeitspeicherung'],
  [/\bknowledge platform\b/gi, 'Wissensplattform'],
  [/\bservice portal\b/gi, 'Dienstleistungsportal'],
  [/\b(public service|authority|government) (number|hotline|phone number)\b/gi, 'Behördenruf'],
  [/\bsecurity management\b/gi, 'Sicherheitsmanagement'],
  [/\bstate government\b/gi, 'Landesregierung'],
  // The audit institutions of German public finance (Ding has only "court of audit").
  [/\bstate (?:audit office|court of audit(?:ors)?|audit court)\b/gi, 'Landesrechnungshof'],
  [/\b(?:audit office|court of audit(?:ors)?|audit court)\b/gi, 'Rechnungshof'],
  [/\bstate administration\b/gi, 'Landesverwaltung'],
  // The official English name of a Landkreis (Ding has "rural district" only for "Landbezirk").
  [/\brural districts\b/gi, 'Landkreise'],
  [/\brural district\b/gi, 'Landkreis'],
  [/\bcitizen portal\b/gi, 'Bürgerportal'],
];

/**
 * The question with each English word the glossary knows replaced by its first German
 * equivalent (one word for one word, so coverage counts it once); other words stay.
 */
export function translateNamesAndTerms(question: string): string {
  return PLACES.reduce((q, [re, de]) => q.replace(re, de), question);
}

/** The glossary's first German word for an English word, if it has one. */
export function glossaryWord(word: string): string | undefined {
  // Own entries only: "constructor" or "__proto__" in a question are words, not the object's properties.
  const key = word.toLowerCase();
  return Object.hasOwn(GLOSSARY, key) ? GLOSSARY[key]!.split(' ')[0] : undefined;
}

export function translateToGerman(question: string): string {
  const named = PLACES.reduce((q, [re, de]) => q.replace(re, de), question);
  return named.replace(/\p{L}+/gu, (w) => glossaryWord(w) ?? w);
}
