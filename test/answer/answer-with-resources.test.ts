import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DICTIONARY_FILE, DEFAULT_THESAURUS_FILE, loadLinguisticResources, type LinguisticResources } from '../../src/lexicon/load-linguistic-resources.js';
import { englishWordUses } from '../../src/lexicon/english-parts-of-speech.js';
import { englishTranslator, germanAlternatives, isAdjectiveAsNoun, prepositionalVerbAlternatives } from '../../src/lexicon/word-expansions.js';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../src/logger.js';
import { openServices, type Services } from '../../src/services.js';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { realResource } from '../lexicon/real-resources.js';
import { turnOf } from '../../src/answer/turn-of.js';

const thesaurus = realResource(DEFAULT_THESAURUS_FILE, 'openthesaurus-de-text');
const dictionary = realResource(DEFAULT_DICTIONARY_FILE, 'trans-de-en');
const run = thesaurus.run && dictionary.run;

let resources: LinguisticResources;
let project: TempProject;
let services: Services;
beforeAll(async () => {
  if (!run) return;
  resources = await loadLinguisticResources({});
  project = makeTempProject();
  services = await openServices(project.config, {
    logger: silentLogger,
    buildIfMissing: true,
    embedder: new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS }),
    resources,
  });
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

/**
 * The engine with the loaded resources over documents of a describe block's own, written by
 * `write` into the documents folder: opened before its tests, closed and removed after them.
 */
function useEngineWithResourcesOver(write: (docs: string) => void): () => Services {
  let own: TempProject | undefined;
  let opened: Services | undefined;
  beforeAll(async () => {
    own = makeTempProject({ withDefaultCorpus: false });
    write(own.docs);
    opened = await openServices(own.config, { logger: silentLogger, buildIfMissing: true, embedder: new OfflineEmbedder({ dimensions: own.config.OFFLINE_DIMENSIONS }), resources });
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
    own?.cleanup();
  });
  return () => opened!;
}

describe.skipIf(!run)('the engine with the linguistic resources', () => {
  it('widens a German word by its lemma and its synonyms, the lemma weighing more', () => {
    const lemma = germanAlternatives(resources)('Beschäftigten');
    expect(lemma).toContainEqual({ word: 'Beschäftigte', weight: 0.9 });
    const synonyms = germanAlternatives(resources)('Mitarbeiter');
    expect(synonyms).toContainEqual({ word: 'Beschäftigter', weight: 0.6 });
    // A word of many senses keeps its rarer synonyms too ("Aufgabe" is also a "Herausforderung").
    expect(germanAlternatives(resources)('Aufgabe')).toContainEqual({ word: 'Herausforderung', weight: 0.6 });
    // A noun made from a participle is listed by the thesaurus in its strong form ("Beschäftigter").
    expect(germanAlternatives(resources)('Beschäftigte')).toContainEqual({ word: 'Mitarbeiter', weight: 0.6 });
  });

  it('relates a verb in -ieren and its nouns in -ierung and -ation ("koordiniert" ~ "Koordination")', () => {
    expect(germanAlternatives(resources)('koordiniert')).toContainEqual({ word: 'Koordination', weight: 0.6 });
    expect(germanAlternatives(resources)('koordiniert')).toContainEqual({ word: 'Koordinierung', weight: 0.6 });
    expect(germanAlternatives(resources)('Finanzierung')).toContainEqual({ word: 'finanzieren', weight: 0.6 });
    // A noun that merely ends in "-ation" after a short stem is none ("Station").
    expect(germanAlternatives(resources)('Station').map((a) => a.word)).not.toContain('stieren');
  });

  it('relates any verb to its noun in -ung where the lexicon knows that noun ("speichern" ~ "Speicherung")', () => {
    expect(germanAlternatives(resources)('speichern')).toContainEqual({ word: 'Speicherung', weight: 0.6 });
    expect(germanAlternatives(resources)('fördert')).toContainEqual({ word: 'Förderung', weight: 0.6 });
    // No noun is made up where the lexicon has none.
    expect(germanAlternatives(resources)('gehen').map((a) => a.word)).not.toContain('Gehung');
  });

  it('relates a noun in -ung to its verb and the verb\'s forms in -t where the lexicon knows the verb ("Gründung" ~ "gegründet")', () => {
    const words = germanAlternatives(resources)('Gründung').map((a) => a.word);
    expect(words).toContain('gründen');
    expect(words).toContain('gegründet');
    expect(germanAlternatives(resources)('Speicherung').map((a) => a.word)).toContain('speichern');
    // A noun in -ung without such a verb gets none ("Zeitung" → no "zeiten").
    expect(germanAlternatives(resources)('Zeitung').map((a) => a.word)).not.toContain('zeiten');
  });

  it('takes an adjective used as a noun ("für Digitales") for a common word, not a name', () => {
    expect(isAdjectiveAsNoun('Digitales', resources.thesaurus)).toBe(true);
    expect(isAdjectiveAsNoun('Wichtigste', resources.thesaurus)).toBe(true);
    expect(isAdjectiveAsNoun('Schrödter', resources.thesaurus)).toBe(false);
    expect(isAdjectiveAsNoun('Bremen', resources.thesaurus)).toBe(false);
    expect(isAdjectiveAsNoun('Digitales', undefined)).toBe(false);
  });

  it('finds synonyms of a prepositional verb the question spells apart ("Fehlt es am Geld?" → "fehlen an" → "hapert")', () => {
    const words = (q: string, w: string) => (prepositionalVerbAlternatives(resources, q).get(w) ?? []).map((a) => a.word);
    expect(words('Fehlt es in MV am Geld?', 'Fehlt')).toEqual(expect.arrayContaining(['hapern', 'hapert', 'mangelt']));
    // Without the preposition "fehlen" is "be absent": no such synonyms.
    expect(words('Wer fehlt heute?', 'fehlt')).toEqual([]);
  });

  it('translates an English word to the German word the documents use, keeping the other senses', () => {
    const t = englishTranslator(resources, (w) => /^Beschäftigte/.test(w))('employees');
    expect(t.text).toMatch(/^Beschäftigte/);
    expect(t.alternatives.get(t.text)).toContain('Mitarbeiter');
  });

  it('lets a later sense the documents use stand for an English word whose main senses they never use ("revised" → "überarbeitet")', () => {
    const t = englishTranslator(resources, (w) => w.toLowerCase() === 'überarbeitet')('When was it revised?');
    expect(t.alternatives.get(t.text.match(/was it (\S+)\?/)![1]!)).toContain('überarbeitet');
    // A main sense the documents use is the word, and nothing further is added.
    const main = englishTranslator(resources, (w) => ['revidiert', 'überarbeitet'].includes(w.toLowerCase()))('When was it revised?');
    expect(main.text).toContain('revidiert');
  });

  it('takes the first sense the documents use, as a word or only inflected, before a later one they use as it is ("regulate" → "regeln", known by "regelt", not "steuern")', () => {
    const known = (w: string) => ['regelt', 'steuern'].includes(w.toLowerCase());
    const t = englishTranslator(resources, known)('What does it regulate?');
    expect(t.text).toContain('regeln');
    expect(t.text).not.toContain('steuern');
  });

  it('chooses, among the later senses the documents use, the one the other words of the question share passages with ("save" beside "Kreisreform" → "einsparen")', () => {
    // A corpus of three passages: "einsparen" stands beside "Kreisreform", "vermeiden" elsewhere; the main senses of "to save" ("sparen", "speichern", …) nowhere.
    const passages: Record<string, number[]> = { kreisreform: [0], einsparen: [0], jahr: [0, 1, 2], vermeiden: [1] };
    const known = (w: string) => w.toLowerCase() in passages;
    const passagesOf = (w: string) => new Set([w, ...(resources.lexicon?.forms(w) ?? [])].flatMap((f) => passages[f.toLowerCase()] ?? []));
    const corpus = { passagesOf, total: 3 };
    const t = englishTranslator(resources, known, undefined, corpus)('How much does the Kreisreform save each year?');
    expect(t.text).toMatch(/\beinsparen\b/);
    expect(t.senses?.get('save')).toBe('einsparen');
    // Without the corpus the dictionary's first sense stays the word, the others alternatives.
    expect(englishTranslator(resources, known)('How much does the Kreisreform save each year?').text).not.toMatch(/\beinsparen\b/);
  });

  it('takes the noun of a translation that lists qualifiers before it ("amtlich/gerichtlich Beauftragter" for "commissioner"), never the noun of a fixed phrase ("ärztliche Verordnung" for "recipe")', () => {
    const known = (w: string) => ['Beauftragter', 'Verordnung'].includes(w);
    expect(englishTranslator(resources, known)('Who is the commissioner?').text).toContain('Beauftragter');
    expect(englishTranslator(resources, known)('a good recipe').text).not.toContain('Verordnung');
  });

  it('translates a noun phrase with "of" inside as one term ("rules of procedure" → "Geschäftsordnung")', () => {
    const t = englishTranslator(resources, (w) => w === 'Geschäftsordnung')('When did the council adopt rules of procedure?');
    expect(t.text).toContain('Geschäftsordnung');
    // A phrase that ends in a function word stays words ("account for").
    expect(englishTranslator(resources, () => false)('What do they account for?').text).toContain('for');
  });

  it('looks up the words of a hyphenated English phrase the dictionary lacks on their own ("public-administration" → "Verwaltung")', () => {
    const known = (w: string) => ['Verwaltung', 'Nutzerkonten', 'Nutzerkonto'].includes(w);
    expect(englishTranslator(resources, known)('Which rules govern public-administration user accounts?').text).toContain('Verwaltung');
    // A hyphenated word the documents use as it is stays one word.
    expect(englishTranslator(resources, (w) => w === 'once-only')('Is the once-only principle law?').text).toContain('once-only');
  });

  it('takes the verb sense the documents use in an inflected form ("give" → "geben", the documents say "gegeben")', () => {
    const t = englishTranslator(resources, (w) => w === 'gegeben')('When did the council first give itself a charter?');
    expect(t.text).toContain('geben');
    expect(t.text).not.toContain('Elastizität');
  });

  it('keeps an English word a German text quotes ("Services") but lets its translations stand for it too', () => {
    const t = englishTranslator(resources, (w) => ['services', 'leistungen'].includes(w.toLowerCase()))('how many public services');
    expect(t.text).toContain('services');
    expect(t.alternatives.get('services')).toContain('Leistungen');
    // A name stays a name.
    expect(englishTranslator(resources, (w) => w === 'Rostock')('Rostock').alternatives.size).toBe(0);
  });

  it('translates a hyphenated English word the dictionary lacks part by part into the compound the documents use ("e-file" → "E-Akte")', () => {
    const known = (w: string) => ['e-akte'].includes(w.toLowerCase());
    expect(englishTranslator(resources, known)('Who introduced the e-file?').text).toContain('E-Akte');
    // A compound the documents do not use stays English.
    expect(englishTranslator(resources, () => false)('Who introduced the e-file?').text).toContain('e-file');
  });

  it('never translates the pronoun "one" (its German "eins" stems like the article "ein")', () => {
    const t = englishTranslator(resources, (w) => ['unternehmen', 'eins'].includes(w.toLowerCase()))('Can companies get one too?');
    expect(t.text).not.toMatch(/\beins?\b/i);
    // Nor the function word of "according to" (as "übereinstimmend").
    const known = (w: string) => ['projekte', 'interview', 'übereinstimmend'].includes(w.toLowerCase());
    expect(englishTranslator(resources, known)('How many projects according to the interview?').text).not.toMatch(/übereinstimmend/i);
  });

  it('makes one German compound of two English words when the documents use it ("user account" → "Nutzerkonto")', () => {
    const known = (w: string) => ['nutzerkonto', 'masterplan'].includes(w.toLowerCase());
    const translate = englishTranslator(resources, known);
    expect(translate('Can I use one user account everywhere?').text).toContain('Nutzerkonto');
    // German borrows the English word as it is: "master plan" → "Masterplan".
    expect(translate('What does the master plan say?').text).toContain('Masterplan');
    // Words the documents never join stay two words.
    expect(translate('the user manual').text).not.toMatch(/Nutzerhandbuch|Benutzerhandbuch/);
  });

  it('translates a phrase the dictionary gives one German word for as that word ("mainly responsible" → "Hauptverantwortliche")', () => {
    const known = (w: string) => /^Hauptverantwortlich|^insgesamt$|^Ministerien$/i.test(w);
    const t = englishTranslator(resources, known)('Who is seen as mainly responsible?');
    expect(t.text).toMatch(/Hauptverantwortlich/);
    expect(t.text).not.toMatch(/hauptsächlich|verantwortlich\b/);
    // A phrase with a function word is left to its words: "in all ministries" is no "insgesamt".
    expect(englishTranslator(resources, known)('DOMEA in all ministries').text).not.toContain('insgesamt');
  });

  it('looks a word the question uses as a verb up as a verb, and gives a noun its noun senses first ("Who pays …?" → "zahlen", "What kind of …?" → "Art")', () => {
    const known = (w: string) => ['zahlen', 'bezahlen', 'Lohn', 'Art', 'freundlich', 'Netz'].includes(w);
    // "pays" as a word is a noun's plural ("Lohn"); the question uses it as a verb.
    expect(englishTranslator(resources, known)('Who pays for the network?').text).toMatch(/\b(?:bezahlen|zahlen)\b/);
    // "kind" is first an adjective in the dictionary ("freundlich"); the question uses it as a noun.
    const kind = englishTranslator(resources, known)('What kind of network is it?').text;
    expect(kind).toContain('Art');
    expect(kind).not.toContain('freundlich');
  });

  it('tells a verb that makes a phrase with the next word ("take office"), a verb of saying, and no verb after a determiner', () => {
    const uses = englishWordUses('When did he take office, and what did she say?', (phrase) => phrase === 'to take office');
    expect(uses.get('take')).toEqual({ pos: 'verb', lemma: 'take', next: 'office' });
    expect(englishWordUses('When did he take office?').get('take')).toBeUndefined();
    expect(uses.get('say')?.pos).toBe('saying');
    expect(englishWordUses('according to the state IT commissioner').get('state')?.pos).not.toBe('saying');
    // A verb of saying frames the question: no query word ("say" would be the noun "Einfluss").
    const said = englishTranslator(resources, (w) => ['sagen', 'Einfluss', 'Liste'].includes(w))('What did she say about storing documents?').text;
    expect(said).not.toMatch(/\b(?:sagen|Einfluss)\b/);
    expect(englishWordUses('Who heads the office?').get('heads')).toEqual({ pos: 'verb', lemma: 'head' });
    expect(englishWordUses('What kind of network?').get('kind')?.pos).toBe('noun');
  });

  it('joins two English words only when a document term reaches into the German head', () => {
    // "Nutzerportal" stems to a known term here, but no document term begins with "nutzerp": no compound of the documents.
    const known = (w: string) => w.toLowerCase().startsWith('nutzer');
    const terms = ['nutzer', 'nutzerportal'];
    const begins = (prefix: string) => terms.some((t) => t.startsWith(prefix));
    expect(englishTranslator(resources, known, begins)('Is there one user portal everywhere?').text).toContain('Nutzerportal');
    expect(englishTranslator(resources, known, (p) => begins(p) && p.length <= 'nutzer'.length)('Is there one user portal everywhere?').text).not.toContain('Nutzerportal');
  });

  it('declines an English question of object property names instead of failing ("constructor", "__proto__")', async () => {
    const a = await services.engine.ask('What about the constructor and __proto__ of toString?');
    expect(a.abstained).toBe(true);
  });

  it('declines a question about two things the documents never mention, whatever else it names ("Rezept", "Apfelkuchen")', async () => {
    const a = await services.engine.ask('Welches Rezept empfiehlt der CIO für Apfelkuchen?');
    expect(a.abstained).toBe(true);
    expect(a.explanation?.features.mostlyUnknown).toBe(true);
    // One such noun alone does not decline: "Sommer" is no word of the documents.
    expect((await services.engine.ask('Welche Projekte laufen im Sommer in der Umsetzung?')).explanation?.features.mostlyUnknown).toBe(false);
  });

  it('declines an English question about a state named in several words that the documents never mention ("Lower Saxony" → "Niedersachsen")', async () => {
    const a = await services.engine.ask('From which date is electronic file management mandatory for authorities in Lower Saxony?');
    expect(a.abstained).toBe(true);
    expect(a.explanation?.features.unknownNames).toContain('Lower Saxony');
    // A name the documents use is none of them ("Mecklenburg-Vorpommern" in German, asked in English).
    expect((await services.engine.ask('Since when does Mecklenburg-Vorpommern have a master plan?')).explanation?.features.unknownNames).toEqual([]);
  });

  it('declines a question about a name that neither the documents nor a dictionary know', async () => {
    const a = await services.engine.ask('Was ist die Hauptstadt von Kanada?');
    expect(a.abstained).toBe(true);
    expect(a.explanation?.features.unknownNames).toEqual(['Kanada']);
  });

  it('takes a name of capitalised parts with one unknown part for an unknown name ("Mecklenburg-Strelitz")', async () => {
    const a = await services.engine.ask('Wie viele Projekte laufen in Mecklenburg-Strelitz?');
    expect(a.abstained).toBe(true);
    expect(a.explanation?.features.unknownNames).toEqual(['Mecklenburg-Strelitz']);
    const b = await services.engine.ask('Wie viele E-Government-Projekte laufen in Mecklenburg-Vorpommern?');
    expect(b.explanation?.features.unknownNames).toEqual([]);
  });

  it('takes an English name of several words for the German one it translates to ("Mecklenburg-Western Pomerania")', async () => {
    const a = await services.engine.ask('How many e-government projects are running in Mecklenburg-Western Pomerania?');
    expect(a.explanation?.features.unknownNames).toEqual([]);
    expect(a.abstained).toBe(false);
    expect(a.text).toContain('33 E-Government-Projekte');
  });

  it('takes a compound of a word the documents use and a dictionary word for no name ("Breitbandausbau")', async () => {
    const a = await services.engine.ask('Wie steht es um den Breitbandausbau?');
    expect(a.explanation?.features.unknownNames).toEqual([]);
    expect(a.abstained).toBe(false);
    expect(a.text).toContain('Breitband');
  });

  it('takes a long head noun with a long modifier for a compound, not a name ("Mindest|bandbreite")', async () => {
    const a = await services.engine.ask('Welche Mindestbandbreite soll beim Breitbandausbau erreicht werden?');
    expect(a.explanation?.features.unknownNames).toEqual([]);
  });

  it('declines a question whose nouns the documents know in no form, whatever its other words match ("renew my passport")', async () => {
    const en = await services.engine.ask('How do I renew my passport?');
    expect(en.abstained).toBe(true);
    expect(en.explanation?.features.mostlyUnknown).toBe(true);
    const de = await services.engine.ask('Wie verbessere ich meinen Reisepass?');
    expect(de.abstained).toBe(true);
    // "das Ganze" only points back: no unknown subject of a follow-up.
    const first = await services.engine.ask('Was ist der Masterplan 2011?');
    const turn = { question: first.question, resolvedQuestion: first.resolvedQuestion, answerText: first.text, citedPassageIds: first.citations.map((c) => c.passageId) };
    const whole = await services.engine.ask('Und was kostet das Ganze?', { history: [turn] });
    expect(whole.explanation?.features.mostlyUnknown).toBe(false);
    // A compound with a part the documents use is known in part: still answered.
    const partly = await services.engine.ask('Wie steht es um den Breitbandausbau?');
    expect(partly.abstained).toBe(false);
  });

  it('takes a plural form the lexicon lacks of a noun it has for no name ("Modulen": the lexicon lists "Moduln")', async () => {
    const a = await services.engine.ask('Welchen Vorteil hat die Infrastruktur aus Modulen?');
    expect(a.explanation?.features.unknownNames).toEqual([]);
    const b = await services.engine.ask('Welchen Vorteil hat die Infrastruktur in Kanada?');
    expect(b.explanation?.features.unknownNames).toEqual(['Kanada']);
  });

  it('still answers a question whose capitalised words are compounds of dictionary words', async () => {
    const a = await services.engine.ask('In welcher Region wird die Behördennummer 115 bisher erprobt?');
    expect(a.abstained).toBe(false);
    expect(a.explanation?.features.unknownNames).toEqual([]);
    expect(a.text).toContain('Westmecklenburg');
  });

  it('keeps the subject for a connector turn that adds only a verb, even in lower case ("Und was will der Masterplan unterstützen?")', async () => {
    const first = await services.engine.ask('Was ist der Masterplan 2011?');
    expect(first.abstained).toBe(false);
    const turn = { question: first.question, resolvedQuestion: first.resolvedQuestion, answerText: first.text, citedPassageIds: first.citations.map((c) => c.passageId) };
    const next = await services.engine.ask('Und was will der Masterplan unterstützen?', { history: [turn] });
    expect(next.resolvedQuestion).toContain('Was ist der Masterplan 2011?');
  });

  it('answers a turn without a noun of its own with the previous subject ("bis wann solls überall laufen?")', async () => {
    const first = await services.engine.ask('Was ist DOMEA eigentlich?');
    const turn = { question: first.question, resolvedQuestion: first.resolvedQuestion, answerText: first.text, citedPassageIds: first.citations.map((c) => c.passageId) };
    const next = await services.engine.ask('bis wann solls überall laufen?', { history: [turn] });
    expect(next.resolvedQuestion).toContain('DOMEA');
    expect(next.abstained).toBe(false);
    expect(next.text).toContain('bis Ende 2013');
  });

  it('takes a connector turn of a few words without a verb for a follow-up, even with two known words ("Und die aktuelle Strategie?")', async () => {
    const first = await services.engine.ask('Was ist DOMEA eigentlich?');
    const turn = { question: first.question, resolvedQuestion: first.resolvedQuestion, answerText: first.text, citedPassageIds: first.citations.map((c) => c.passageId) };
    const next = await services.engine.ask('Und die aktuelle Strategie?', { history: [turn] });
    expect(next.resolvedQuestion).toContain('DOMEA');
    // With a verb of its own it names its own question.
    const own = await services.engine.ask('Und was regelt die aktuelle Strategie?', { history: [turn] });
    expect(own.resolvedQuestion).not.toContain('DOMEA');
  });

  it('answers a typed follow-up without a noun by its type, not by its verb ("Bis wann wird das umgesetzt?")', async () => {
    const first = await services.engine.ask('Was ist DOMEA eigentlich?');
    const turn = { question: first.question, resolvedQuestion: first.resolvedQuestion, answerText: first.text, citedPassageIds: first.citations.map((c) => c.passageId) };
    const next = await services.engine.ask('Bis wann wird das umgesetzt?', { history: [turn] });
    expect(next.abstained).toBe(false);
    expect(next.text).toContain('bis Ende 2013');
  });
});

describe.skipIf(!run)('the engine with the linguistic resources, on a document of its own', () => {
  const ownServices = useEngineWithResourcesOver((docs) => {
    fs.writeFileSync(
      path.join(docs, 'e-akte.txt'),
      'Die E-Akte in Baden-Württemberg\n\nAb 2022 soll die Landesverwaltung flächendeckend mit der E-Akte arbeiten. ' +
        'Die E-Akte soll innerhalb der Landesverwaltung Standard werden, sagt Innenminister Thomas Strobl (CDU) auf der Webseite des Ministeriums.\n\n' +
        'Große Aktenschränke sollen bald der Vergangenheit angehören. Die Akten werden künftig digital geführt und im Netz geteilt.\n\n' +
        'Je höher das Sicherheitsniveau, desto höher sind die Anforderungen an das Identifizierungsmittel.\n\n' +
        'Registrierung und Zugang zum Nutzerkonto erfolgen nach den Vorgaben der europäischen eIDAS-Verordnung.\n',
    );
  });

  it('answers "welcher Partei …?" after a turn naming the person: the kind noun is what is asked, not what the turn is about', async () => {
    const first = await ownServices().engine.ask('Was soll laut Innenminister Strobl mit der E-Akte Standard werden?');
    expect(first.abstained).toBe(false);
    const turn = { question: first.question, resolvedQuestion: first.resolvedQuestion, answerText: first.text, citedPassageIds: first.citations.map((c) => c.passageId) };
    const next = await ownServices().engine.ask('Und welcher Partei gehört er an?', { history: [turn] });
    expect(next.abstained).toBe(false);
    expect(next.text).toContain('(CDU)');
  });

  it('answers a follow-up that asks only for a kind ("Und welchen Posten hat er dort noch?") with a statement of that kind about the previous subject', async () => {
    const first = await services.engine.ask('Was fordert der CDO von Essen im Kommune21-Interview?');
    expect(first.abstained).toBe(false);
    const next = await services.engine.ask('Und welchen Posten hat er dort noch?', { history: [turnOf(first)] });
    expect(next.abstained, next.explanation?.reason).toBe(false);
    expect(next.text).toContain('Fachbereichsleiter Digitale Verwaltung');
  });

  it('takes a word whose synonym the documents use for no unknown name ("Login" ~ "Zugang")', async () => {
    const a = await ownServices().engine.ask('Nach welchen Vorgaben laufen Registrierung und Login beim Nutzerkonto?');
    expect(a.explanation?.features.unknownNames).toEqual([]);
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text).toContain('eIDAS-Verordnung');
    // A name no document and no synonym of theirs knows is still unknown.
    const b = await ownServices().engine.ask('Nach welchen Vorgaben laufen Registrierung und Zugang in Grönland?');
    expect(b.abstained).toBe(true);
  });

  it('knows a compound of a dictionary word in part when the documents use its head in their compounds ("Ausweismittel" ~ "Identifizierungsmittel")', async () => {
    const a = await ownServices().engine.ask('Wie sicher muss das Ausweismittel sein?');
    expect(a.explanation?.features.mostlyUnknown).toBe(false);
    const b = await ownServices().engine.ask('Wie sicher muss der Reisepass sein?');
    expect(b.explanation?.features.mostlyUnknown).toBe(true);
  });
});

describe.skipIf(!run)('the engine with the linguistic resources, on news of a reform and a law', () => {
  const ownServices = useEngineWithResourcesOver((docs) => {
    fs.writeFileSync(
      path.join(docs, 'kreisreform.txt'),
      'Masterplan: Kreisreform spart jährlich 90 Millionen Euro\n\n' +
        'Die Politik hat mit einer großen Kreisgebietsreform reagiert und die Zahl der Landkreise von zwölf auf sechs reduziert.\n\n' +
        'Die Kreisreform kostet im ersten Jahr 40 Millionen Euro.\n',
    );
    fs.writeFileSync(path.join(docs, 'schulen.txt'), 'Schulen\n\nDas Land erhält kleine Schulen im ländlichen Raum.\n');
    fs.writeFileSync(
      path.join(docs, 'gesetze.txt'),
      'Das Gesetz des Landes\n\nDas eGovG M-V regelt den elektronischen Zugang zur Verwaltung in Mecklenburg-Vorpommern.\n',
    );
    fs.writeFileSync(path.join(docs, 'foederalismus.txt'), 'Die Reform des Bundes\n\nDie Föderalismusreform II ist zum 1. August 2009 in Kraft getreten.\n');
  });

  it('finds a verb the documents use only in a form in -t that Snowball stems apart ("sparen" ~ "spart")', async () => {
    const a = await ownServices().engine.ask('Wie viel soll die Kreisreform jedes Jahr sparen?');
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text.split('\n').find((l) => /Millionen/.test(l))).toContain('90 Millionen Euro');
  });

  it('translates an English word in the sense the question\'s other words share passages with ("save" beside "county reform" → "sparen")', async () => {
    const a = await ownServices().engine.ask('How much is the county reform supposed to save each year?');
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text).toContain('90 Millionen Euro');
  });

  it('takes a word typed in lower case for the name the documents spell with capitals ("egovg" → "eGovG"): another law\'s date is no answer', async () => {
    for (const q of ['an welchem tag ist das egovg m-v in kraft getreten?', 'An welchem Tag ist das eGovG M-V in Kraft getreten?']) {
      const a = await ownServices().engine.ask(q);
      expect(a.abstained, `${q}: ${a.text}`).toBe(true);
    }
    // The other law's date is found when asked for.
    const b = await ownServices().engine.ask('an welchem tag ist die föderalismusreform ii in kraft getreten?');
    expect(b.abstained, b.explanation?.reason).toBe(false);
    expect(b.text).toContain('1. August 2009');
  });
});

describe.skipIf(!run)('the engine with the linguistic resources, on news of an audit office', () => {
  const ownServices = useEngineWithResourcesOver((docs) => {
    fs.writeFileSync(
      path.join(docs, 'rechnungshof.txt'),
      'Landesrechnungshof übt Kritik\n\nDer Landesrechnungshof hat der Landesregierung Versäumnisse bei der Digitalisierung vorgeworfen.\n\n' +
        'Rechnungshofpräsidentin Martina Johannsen erklärte, am Geld hapere es nicht.\n',
    );
    fs.writeFileSync(path.join(docs, 'landkreistag.txt'), 'Landkreistag\n\nDer Deutsche Landkreistag hat einen neuen Präsidenten gewählt: Achim Brötel.\n');
    fs.writeFileSync(path.join(docs, 'portal.txt'), 'Portal\n\nDas heißt, Antragstellung, Bezahlung und Bescheid erfolgen digital, und die Chefsache Digitalisierung ist erledigt.\n');
  });

  it('gives a feminine role noun the feminine forms of its masculine synonyms ("Chefin" → "Präsidentin", not "Präsident")', () => {
    const words = germanAlternatives(resources)('Chefin').map((a) => a.word);
    expect(words).toEqual(expect.arrayContaining(['Präsidentin', 'Leiterin']));
    expect(words).not.toContain('Präsident');
  });

  it('answers who heads a body when the documents name her by another role noun in a compound ("Chefin" ~ "Rechnungshofpräsidentin")', async () => {
    for (const q of ['Wer ist die Chefin des Landesrechnungshofs?', 'wie heißt die chefin vom landesrechnungshof?']) {
      const a = await ownServices().engine.ask(q);
      expect(a.abstained, `${q}: ${a.explanation?.reason}`).toBe(false);
      expect(a.text).toContain('Martina Johannsen');
      expect(a.text).not.toContain('Brötel');
    }
  });
});

describe.skipIf(!run)('the engine with the linguistic resources, on an interview that quotes English words', () => {
  const ownServices = useEngineWithResourcesOver((docs) => {
    fs.writeFileSync(
      path.join(docs, 'interview.txt'),
      'Interview mit dem CIO\n\nÜber den strategischen Ansatz hinaus befinden sich derzeit 33 E-Government-Projekte in der Umsetzung.\n\n' +
        'Das Team nennt seine Vorhaben intern „Digital Projects“.\n',
    );
  });

  it('counts an English noun the documents also quote ("projects") by its translation, the head of their compound ("E-Government-Projekte")', async () => {
    const a = await ownServices().engine.ask('How many e-government projects are being implemented according to the CIO?');
    expect(a.explanation?.features.countedUnknown).toBe(false);
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text).toContain('33 E-Government-Projekte');
  });
});

describe.skipIf(!run)('the engine with the linguistic resources, on a turn that asks two things', () => {
  const ownServices = useEngineWithResourcesOver((docs) => {
    fs.writeFileSync(
      path.join(docs, 'rechnungshof.txt'),
      'Rechnungshof kritisiert die Landesregierung\n\nDer Landesrechnungshof wird von Präsidentin Martina Johannsen geleitet. Sie legte am Dienstag den Jahresbericht in Schwerin vor.\n\n' +
        'Bei der Digitalisierung der Verwaltung hapert es nach Ansicht des Rechnungshofs nicht am Geld, sondern an der Umsetzung.\n',
    );
    fs.writeFileSync(
      path.join(docs, 'breitband.txt'),
      'Breitband im Landkreis\n\nDer Bund trägt 113 Millionen Euro der Kosten für den Breitbandausbau. Das Land gibt weitere 43 Millionen Euro dazu.\n',
    );
  });

  it('answers each part when no passage answers the whole ("Wer leitet X, und woran hapert es?"), the second part about the first one\'s subject', async () => {
    const a = await ownServices().engine.ask('Wer leitet den Landesrechnungshof, und woran hapert es bei der Digitalisierung nach Meinung des Rechnungshofs?');
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text).toContain('Martina Johannsen');
    expect(a.text).toContain('an der Umsetzung');
    // Two statements, numbered in order, one source each.
    expect(a.text).toMatch(/\[1\][\s\S]*\[1\]|\[1\][\s\S]*\[2\]/);
    expect(a.citations.map((c) => c.n)).toEqual(a.citations.map((_, i) => i + 1));
    expect(new Set(a.citations.map((c) => c.passageId)).size).toBe(a.citations.length);
  });

  it('answers the part the documents answer and says that they do not answer the other one', async () => {
    const a = await ownServices().engine.ask('Wer leitet den Landesrechnungshof, und wie viele Mitarbeiter hat der Rechnungshof in Rostock?');
    expect(a.abstained, a.explanation?.reason).toBe(false);
    expect(a.text).toContain('Martina Johannsen');
    expect(a.notice).toBe('Den zweiten Teil der Frage beantworten die Dokumente nicht.');
  });

  it('declines a turn whose parts the documents answer neither', async () => {
    const a = await ownServices().engine.ask('Wann wurde das Hallenbad in Rostock eröffnet, und wie viel kostet der Eintritt dort?');
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
  });
});
