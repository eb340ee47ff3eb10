import { describe, expect, it } from 'vitest';
import { askedAbbreviation, askedName, askedPlaceKind, asksEarliest, isNegated, namedPersonOf, asksPlaceName, asksSeat, asksTenure, askedPrepositionPhrase, askedKind, meaningHead, asksDay, asksFuture, asksIdentity, asksRole, asksSuperlative, statesSuperlative, asksPublication, asksLatest, asksDefinition, asksDuration, asksFullName, asksMeaning, countedNoun, countedNounFollowers, countsAnyPersons, hasOwnInterrogative, isPolarQuestion, isRateWord, namedKind, dateCue, rateUnit, expectedAnswerType, factSpans, wantsPersonName } from '../../src/answer/answer-type.js';

const spanTexts = (s: string, t: Parameters<typeof factSpans>[1], o: Parameters<typeof factSpans>[2] = {}) => factSpans(s, t, o).map((f) => s.slice(f.start, f.end));

describe('expectedAnswerType', () => {
  it('asks for a body by a compound whose head names one ("Welche Organisationseinheit …?", "Welches Landesamt …?")', () => {
    for (const q of ['Welche Organisationseinheit hat die Landesregierung für die E-Akte geschaffen?', 'Welches Landesamt ist für die Netze zuständig?', 'Welche Projektstelle koordiniert die Einführung?'])
      expect(expectedAnswerType(q), q).toBe('person');
    expect(expectedAnswerType('Welche Einsparung bringt die Reform insgesamt?')).not.toBe('person');
  });

  it('takes English "when" for a date question only where it asks ("When …?", "and when?", "tell me when"), not as a conjunction', () => {
    for (const q of ['When was it signed?', 'and when?', 'Switching topics: when did the Landtag pass it?', 'Do you know when it starts?', 'By when will it be done?'])
      expect(expectedAnswerType(q), q).toBe('date');
    expect(expectedAnswerType('What does Article 91c create the legal basis for when it comes to communication?')).toBe('other');
    expect(expectedAnswerType('How do I sign in when using the portal?')).toBe('other');
  });

  it('tells what kind of fact a German or English question asks for', () => {
    expect(expectedAnswerType('Bis wann soll DOMEA eingeführt sein?')).toBe('date');
    expect(expectedAnswerType('since when does the law apply?')).toBe('date');
    expect(expectedAnswerType('From which date is electronic file management mandatory?')).toBe('date');
    expect(expectedAnswerType('On which exact date did the law come into force?')).toBe('date');
    expect(expectedAnswerType('Aus welchem Jahr stammt das E-Government-Gesetz?')).toBe('date');
    expect(expectedAnswerType('In welchem Monat ist das Portal gestartet?')).toBe('date');
    expect(expectedAnswerType('Bis zu welchem Jahr soll die Behördennummer flächendeckend erreichbar sein?')).toBe('date');
    expect(expectedAnswerType('Bis zum welchem Zeitpunkt gilt die Frist?')).toBe('date');
    expect(expectedAnswerType('Wie viele Projekte gibt es?')).toBe('number');
    // An average is a number, whatever noun it averages.
    expect(expectedAnswerType("What's the average processing time for those applications?")).toBe('number');
    expect(expectedAnswerType('Was ist die durchschnittliche Bearbeitungszeit?')).toBe('number');
    expect(expectedAnswerType('Is Germany above average in the benchmark?')).toBe('other');
    // A company asked by any noun of that kind ("Anbieter", "IT-Dienstleister", "Softwarehersteller" by its head) wants a name.
    for (const q of ['Welcher Anbieter liefert die Software für die E-Akte?', 'Welcher IT-Dienstleister hat das Portal entwickelt?', 'Which software vendor supplies the e-file?', 'Welcher Hersteller liefert DOMEA?', 'Which suppliers deliver the hardware?', 'Which software vendors do they work with?'])
      expect(expectedAnswerType(q), q).toBe('person');
    // "wie" with an adjective of dimension asks for a measure.
    expect(expectedAnswerType('Wie dicht ist Mecklenburg-Vorpommern besiedelt?')).toBe('number');
    // A question in key words names the count it asks for.
    expect(expectedAnswerType('ZDMV: aktuelle Zahl der Beschäftigten?')).toBe('number');
    expect(expectedAnswerType('Zahl der Landkreise nach der Reform')).toBe('number');
    expect(expectedAnswerType('How densely populated is the state?')).toBe('number');
    // An adjective that also judges asks no measure.
    expect(expectedAnswerType('Wie schwer ist die Umsetzung für die Kommunen?')).toBe('other');
    expect(expectedAnswerType('Wie breit ist die Unterstützung im Landtag?')).toBe('other');
    expect(expectedAnswerType('Was kostet das Nutzerkonto?')).toBe('money');
    expect(expectedAnswerType('Und was hat das gekostet?')).toBe('money');
    expect(expectedAnswerType('Wie viel hat der Aufbau des Portals gekostet?')).toBe('money');
    // The subject between the auxiliary and the participle may be long.
    expect(expectedAnswerType('Was hat der Aufbau des neuen Bürger-Serviceportals das Land insgesamt gekostet?')).toBe('money');
    expect(expectedAnswerType('What did the roll-out of the new citizen service portal of the state cost in total?')).toBe('money');
    expect(expectedAnswerType('In welcher Höhe hat der Landtag Mittel für die Digitalisierung bereitgestellt?')).toBe('money');
    expect(expectedAnswerType('In welcher Höhe fördert der Bund den Ausbau?')).toBe('number');
    expect(expectedAnswerType('what did the portal cost?')).toBe('money');
    expect(expectedAnswerType('Wie viel kostet der Breitbandausbau?')).toBe('money');
    expect(expectedAnswerType('Wie viel Geld steckt Hannover in den Fonds?')).toBe('money');
    expect(expectedAnswerType('wie hoch ist das jahresbudget?')).toBe('money');
    expect(expectedAnswerType('Wie hoch sind die Lizenzkosten?')).toBe('money');
    expect(expectedAnswerType('Wer leitet das Innenministerium?')).toBe('person');
    expect(expectedAnswerType('Seit welchem Jahr ist sie dafür zuständig?')).toBe('date');
    expect(expectedAnswerType('wie heißt der Landes-CIO?')).toBe('person');
    expect(expectedAnswerType('Warum ist ein Landes-CIO wichtig?')).toBe('reason');
    expect(expectedAnswerType('Wie kommt es, dass Formulare vorausgefüllt sind?')).toBe('reason');
    expect(expectedAnswerType('Woran liegt das?')).toBe('reason');
    expect(expectedAnswerType('How come the forms are filled in?')).toBe('reason');
    expect(expectedAnswerType('Wie kommt man zum Portal?')).toBe('other');
    expect(expectedAnswerType('Was ist DOMEA?')).toBe('other');
  });

  it('takes the noun after an adjective for the asked kind ("welcher politischen Partei", "which political party")', () => {
    expect(askedKind('Welcher politischen Partei gehört er an?')).toBe('Partei');
    expect(askedKind('Which political party does he belong to?')).toBe('party');
    expect(askedKind('Which company was hired?')).toBe('company');
    expect(askedKind('Welche Firma betreibt das Portal?')).toBe('Firma');
    expect(expectedAnswerType('Which political party does Achim Brötel belong to?')).toBe('person');
  });

  it('takes "what" before a kind noun for "which" ("What party is she in?"), not "what" before anything else', () => {
    expect(expectedAnswerType('what party is she in?')).toBe('person');
    expect(askedKind('what party is she in?')).toBe('party');
    expect(askedKind('What company built the network?')).toBe('company');
    expect(expectedAnswerType('What did the party criticise?')).toBe('other');
  });

  it('answers a question for a party with a party only', () => {
    const spans = (s: string) => factSpans(s, 'person', { kind: 'Partei' }).map((f) => s.slice(f.start, f.end));
    expect(spans('Die Staatssekretärin Ina-Maria Ulbrich (SPD) gilt als verantwortlich.')).toEqual(['SPD']);
    expect(spans('Achim Brötel folgt auf Reinhard Sager.')).toEqual([]);
    expect(factSpans('Achim Brötel folgt auf Reinhard Sager.', 'person', { kind: 'party' })).toEqual([]);
  });

  it('tells a question for the most or least of something, and a sentence that ranks things', () => {
    for (const q of ['Welches Land hat die meisten Einwohner pro Quadratkilometer?', 'Welche Leistung wird am meisten genutzt?', 'Was ist die schwierigste Aufgabe?', 'Which is the largest city?'])
      expect(asksSuperlative(q), q).toBe(true);
    for (const q of ['Wie viele Kosten fallen an?', 'Welche Dienste gibt es?', 'Was kostet die beste Lösung?'.replace('die beste ', ''), 'What is the test about?']) expect(asksSuperlative(q), q).toBe(false);
    expect(statesSuperlative('Die größte Herausforderung bleibt die Einführung.')).toBe(true);
    expect(statesSuperlative('Mecklenburg-Vorpommern hat die geringste Einwohnerdichte.')).toBe(true);
    expect(statesSuperlative('Nur im Saarland und in Bremen leben noch weniger Menschen.')).toBe(false);
    expect(statesSuperlative('Die Dienste und die Kosten sind hoch.')).toBe(false);
  });

  it('answers a question for a company with a named company, not with a public body', () => {
    const spans = (s: string, kind: string) => factSpans(s, 'person', { kind }).map((f) => s.slice(f.start, f.end));
    expect(spans('Der Landkreis beauftragt die Wemacom Breitband GmbH mit dem Ausbau.', 'Firma')).toContain('Wemacom Breitband GmbH');
    expect(spans('Mit dem Ausbau reagiert die Landesregierung auf das Gesetz.', 'company')).toEqual([]);
    expect(spans('Mit dem Ausbau reagiert die Landesregierung auf das Gesetz.', 'Behörde')).toContain('Landesregierung');
  });

  it('tells a question for the role or trade of a named person from one for the holder of a role or the role of a thing', () => {
    for (const q of ['Welche Funktion hat Herr Lenz im Land?', 'Was ist sie von Beruf?', 'What was her official role back in 2021?', 'Was ist die Staatssekretärin Ulbrich von Beruf?', 'Und welchen Posten hat er dort noch?', 'wer ist eigentlich dieser herr lenz?', 'Welche Funktion hat Melitta Kühnlein?']) {
      expect(asksRole(q), q).toBe(true);
      expect(expectedAnswerType(q), q).toBe('person');
    }
    for (const q of ['Welche Rolle spielt E-Government?', 'welche rolle hat die zentrale e-government-infrastruktur in mv', 'Welche Rolle hat der Zweckverband?', 'Wer ist in Schleswig-Holstein Digitalisierungsminister?', 'Wer sind die Geschäftsführer der Wemacom?', "what is the portal's role"])
      expect(asksRole(q), q).toBe(false);
  });

  it('answers a role question by a noun of a role or trade, not by a name or a body', () => {
    const isPersonNoun = (w: string) => /^(?:Jurist|Juristin)$/u.test(w);
    const spans = (s: string) => factSpans(s, 'person', { role: true, isPersonNoun }).map((f) => s.slice(f.start, f.end));
    expect(spans('Die Juristin ist seit Jahren zuständig für die Digitalisierung im Land.')).toEqual(['Juristin']);
    expect(spans('Die Steuerung nehme ich als IT-Beauftragter des Landes wahr.')).toEqual(['IT-Beauftragter']);
    expect(spans('Das sagte Digitalisierungsminister Dirk Schrödter im Landtag.')).toEqual(['Digitalisierungsminister']);
    expect(spans('Das Ministerium für Inneres hat Ina-Maria Ulbrich beauftragt.')).toEqual([]);
  });

  it('tells a question who a named person is ("Wer ist Denis Alt?") from one for someone else ("Wer war vor Denis Alt CIO?")', () => {
    for (const q of ['Wer ist Denis Alt?', 'wer ist denis alt', 'Who is Mr Lenz?', 'Und wer war eigentlich Reinhard Sager?']) expect(asksIdentity(q), q).toBe(true);
    for (const q of ['Wer war vor Denis Alt CIO von Rheinland-Pfalz?', 'Wer ist der neue Präsident vom Deutschen Landkreistag?', 'Who replaced Reinhard Sager?']) expect(asksIdentity(q), q).toBe(false);
  });

  it('tells a yes/no question by its opening verb', () => {
    for (const q of ['Müssen die Bürger zustimmen, wenn Behörden ihre Daten holen?', 'Gibt es das auch für Firmen?', 'Und ist das Pflicht?', 'Is storing my identity data mandatory?', 'Do I have to register?'])
      expect(isPolarQuestion(q), q).toBe(true);
    for (const q of ['Wer muss zustimmen?', 'Was gibt es noch?', 'Istanbul?', 'What is mandatory?']) expect(isPolarQuestion(q), q).toBe(false);
  });

  it('tells a question for when a text appeared ("Von wann ist der Artikel …?", "Wann hat Kommune21 … berichtet?")', () => {
    for (const q of ['Von wann ist der Artikel über die Digitalisierungsmillionen?', 'Wann hat Kommune21 über Smartes Rhein Main 2030 berichtet?', 'When was the article published?', 'When did Kommune21 report on the fund?', "When did Kommune21 publish its interview with Rhineland-Palatinate's new CIO?", 'Wann hat das Innenministerium die neue Verwaltungsvereinbarung mit dem eGo-MV zur OZG-Umsetzung bekannt gegeben?', 'When did the ministry announce the new agreement?'])
      expect(asksPublication(q), q).toBe(true);
    for (const q of ['Wann wurde das Gesetz beschlossen?', 'Wann tritt Artikel 1 in Kraft?', 'When was the report adopted by the cabinet?']) expect(asksPublication(q), q).toBe(false);
  });

  it('answers a question for a goal like one for a reason ("Was will das Gesetz erreichen?", "What is the aim?")', () => {
    for (const q of [
      'Zurück zu MV: was will das eGovG M-V eigentlich erreichen?',
      'Was soll mit der Registermodernisierung erreicht werden?',
      'Welche Ziele verfolgt das Identifikationsnummerngesetz?',
      'Was ist das Ziel?',
      "What's the goal?",
      'What is the aim of the agreement?',
      'What does the law aim to achieve?',
    ])
      expect(expectedAnswerType(q)).toBe('reason');
    expect(expectedAnswerType('Was will der CIO ausbauen?')).toBe('other');
    expect(expectedAnswerType('Bis wann soll das Ziel erreicht werden?')).toBe('date');
  });

  it('takes a share for a number even when it is a share of costs, and "how does" for no amount', () => {
    expect(expectedAnswerType('Welchen Anteil der Kosten übernimmt der Bund?')).toBe('number');
    expect(expectedAnswerType('How does the district cover its share of the costs?')).toBe('other');
  });
});

describe('countedNoun and dateCue', () => {
  it('finds the head of an English counted noun phrase, not a verb after it', () => {
    expect(countedNoun('How many e-government projects are being implemented?')).toBe('projects');
    expect(countedNoun('How many people live in Schwerin?')).toBe('people');
  });

  it('finds the noun a count question counts', () => {
    expect(countedNoun('Wie viele Projekte laufen im Land?')).toBe('Projekte');
    // The words after it, for a compound typed apart ("egov projekte").
    expect(countedNounFollowers('wie viele egov projekte laufen gerade')).toEqual(['projekte', 'laufen']);
    expect(countedNounFollowers('Wie viele Projekte gibt es?')).toEqual(['gibt', 'es']);
    expect(countedNoun('In wie vielen Ämtern müssen die Dienste eingeführt werden?')).toBe('Ämtern');
    expect(expectedAnswerType('In wie vielen Ämtern müssen die Dienste eingeführt werden?')).toBe('number');
    expect(countedNoun('Wie viele strategische Programmpunkte enthält der Katalog?')).toBe('Programmpunkte');
    expect(countedNoun('wie viele leute haben sich registriert')).toBe('leute');
    expect(countedNoun('how many authorities were on board?')).toBe('authorities');
    expect(countedNoun('Was ist DOMEA?')).toBeUndefined();
  });

  it('tells a question word of its own from a mere change of subject', () => {
    expect(hasOwnInterrogative('Und was erlaubt dieser Artikel?')).toBe(true);
    expect(hasOwnInterrogative('and how is it financed?')).toBe(true);
    expect(hasOwnInterrogative('Und das Land?')).toBe(false);
    expect(hasOwnInterrogative('Was ist mit Bayern?')).toBe(false);
    expect(hasOwnInterrogative('what about Bavaria?')).toBe(false);
  });

  it('knows the words that state a rate by themselves ("jährlich" for "pro Jahr")', () => {
    expect(isRateWord('jährlich', 'Jahr')).toBe(true);
    expect(isRateWord('tägliche', 'Tag')).toBe(true);
    expect(isRateWord('wöchentlich', 'Woche')).toBe(true);
    expect(isRateWord('annually', 'year')).toBe(true);
    expect(isRateWord('Jahresbericht', 'Jahr')).toBe(false);
    expect(isRateWord('täglich', 'Jahr')).toBe(false);
  });

  it('knows the nouns that count persons without saying which', () => {
    expect(countsAnyPersons('Leute')).toBe(true);
    expect(countsAnyPersons('people')).toBe(true);
    expect(countsAnyPersons('Nutzer')).toBe(false);
    expect(countsAnyPersons('Projekte')).toBe(false);
  });

  it('finds the preposition a date question asks with', () => {
    expect(dateCue('Bis wann soll DOMEA eingeführt sein?')).toBe('bis');
    expect(dateCue('Ab wann gilt das?')).toBe('ab');
    expect(dateCue('Wann startet das Portal?')).toBeUndefined();
  });
});

describe('asksFuture', () => {
  it('tells a question when something will happen or is due', () => {
    for (const q of ['Wann werden alle Kommunen umgestellt haben?', 'Wann soll die E-Akte eingeführt sein?', 'When will all municipalities have switched?', 'When is the portal going to start?']) expect(asksFuture(q), q).toBe(true);
    for (const q of ['Wann hat Ulm den Innovationsmotor gestartet?', 'When did the portal start?']) expect(asksFuture(q), q).toBe(false);
  });
});

describe('asksLatest', () => {
  it('tells a question for the current or latest version', () => {
    for (const q of ['Von wann ist die derzeit gültige Geschäftsordnung?', 'Und die aktuelle Fassung?', 'When is the latest version from?']) expect(asksLatest(q), q).toBe(true);
    expect(asksLatest('Wann hat sich der Rat eine Geschäftsordnung gegeben?')).toBe(false);
  });
});

describe('wantsPersonName', () => {
  it('asks for a name when a role holder is asked for, not when an institution may answer', () => {
    expect(wantsPersonName('Wer leitet das Innenministerium?')).toBe(true);
    expect(wantsPersonName('Wer ist der neue CIO von Rheinland-Pfalz?')).toBe(true);
    expect(wantsPersonName('Wer ist dort zuständig?')).toBe(false);
    expect(wantsPersonName('Wer vertritt das Land im IT-Planungsrat?')).toBe(false);
    expect(wantsPersonName('Welche Behörde koordiniert das?')).toBe(false);
    expect(wantsPersonName('Who chairs the IT-Planungsrat?')).toBe(true);
    expect(wantsPersonName('Wer ist Direktor oder Direktorin des Zentrums für Digitalisierung?')).toBe(true);
    expect(wantsPersonName('Und wer steht an der Spitze des Landesamtes?')).toBe(true);
    expect(wantsPersonName('Welche Direktorin leitet das Amt?')).toBe(true);
  });

  it('asks for a person when "welche(r)"/"which" asks for the holder of a role, also as a compound head', () => {
    for (const q of ['Welcher Landesminister war bei der Unterzeichnung dabei?', 'Which Baden-Württemberg minister is quoted on the e-file?', 'Welche Staatssekretärin ist zuständig?', 'Welche CIOs haben die Vision erklärt?', 'Which CDO was interviewed?']) {
      expect(expectedAnswerType(q), q).toBe('person');
      expect(wantsPersonName(q), q).toBe(true);
    }
    // A body or a thing is no role holder.
    expect(wantsPersonName('Welches Ministerium ist zuständig?')).toBe(false);
    expect(expectedAnswerType('Welche Leistungen bietet das Portal?')).toBe('other');
  });

  it('asks for a first name with "Vorname"/"first name": a title and surname do not answer', () => {
    expect(expectedAnswerType('Wie lautet der Vorname von Herrn Lenz?')).toBe('person');
    expect(asksFullName('What is the first name of Mr. Lenz?')).toBe(true);
    expect(spanTexts('Das sagt Herr Lenz im Interview.', 'person', { fullName: true })).toEqual([]);
    expect(spanTexts('Das sagt Staatssekretär Denis Alt im Interview.', 'person', { fullName: true })).toEqual(['Staatssekretär Denis Alt']);
  });
});

describe('a question for money by its asked noun', () => {
  it('asks for an amount when the thing asked is money ("What\'s the total budget …?", "Welche Gebühr …?", "Was ist das Jahresbudget?")', () => {
    for (const q of ["What's the total budget for the broadband expansion?", 'What fee does the association charge?', 'Was ist das Jahresbudget des Zentrums?', 'Welche Gebühr verlangt das Amt?', 'Welche jährliche Ersparnis bringt die Reform?', 'What annual savings does the reform bring?'])
      expect(expectedAnswerType(q)).toBe('money');
    // …also when a name owns the budget ("the ZDMV's annual budget", "the state's budget").
    for (const q of ["what is the ZDMV's annual budget", "What is the state's budget for broadband?"]) expect(expectedAnswerType(q), q).toBe('money');
    expect(expectedAnswerType('What is the point of the budget?')).not.toBe('money');
    // A money word that only modifies the asked thing, or support that is no amount, asks for none.
    for (const q of ['What is the cost-benefit ratio?', 'Welche Förderung gibt es?', 'Was ist der Zweck der Gebührenordnung?']) expect(expectedAnswerType(q)).not.toBe('money');
  });

  it('asks for an amount with interest, a financial volume, costs a thing caused, or "kostet … was" at the end', () => {
    for (const q of [
      'Und welche Zinsen fallen für die Vorfinanzierung an?',
      'Mit welchem Finanzvolumen ist der Plan ausgestattet?',
      'Was hat die Reform an Umstellungskosten verursacht?',
      'kostet das konto eigentlich was',
      'Kostet der Antrag etwas?',
      'wie viel zahlt das land beim breitband',
      'How much does the state contribute?',
    ])
      expect(expectedAnswerType(q), q).toBe('money');
    // How many of them pay is a count.
    expect(expectedAnswerType('Wie viele Behörden zahlen dafür?')).toBe('number');
    expect(expectedAnswerType('Was hat die Reform an Veränderungen verursacht?')).toBe('other');
  });

  it('reads a query in key words by its last noun ("Kreisreform MV jährliche Einsparung", "… Urheber"), not a sentence without a question word', () => {
    expect(expectedAnswerType('Kreisreform MV jährliche Einsparung')).toBe('money');
    expect(expectedAnswerType('Breitbandausbau NWM Kosten')).toBe('money');
    expect(expectedAnswerType('dresdner forderungen 2.0 urheber')).toBe('person');
    expect(expectedAnswerType('eGo-MV Geschäftsführer')).toBe('person');
    expect(expectedAnswerType('liegts am geld')).toBe('other');
    expect(expectedAnswerType('Kreisreform MV Ziele')).toBe('other');
  });

  it('reads a query in key words that closes with a rate by the noun before the rate ("… Einsparung pro Jahr")', () => {
    expect(expectedAnswerType('kreisreform mv einsparung pro jahr')).toBe('money');
    expect(expectedAnswerType('Portal Kosten je Nutzer')).toBe('money');
  });

  it('takes a price of nothing for an amount ("kostenfrei", "free of charge")', () => {
    expect(spanTexts('Die Kommunen können ihre Leistungen kostenfrei anbieten.', 'money')).toEqual(['kostenfrei']);
    expect(spanTexts('The account is free of charge.', 'money')).toEqual(['free of charge']);
    expect(spanTexts('Das Land zahlt 43 Millionen Euro.', 'money')).toEqual(['43 Millionen Euro']);
  });
});

describe('asksTenure', () => {
  it('tells a question since when someone holds a role from other "seit wann" questions', () => {
    expect(asksTenure('Seit wann ist Christian Pegel Digitalisierungsminister?')).toBe(true);
    expect(asksTenure('Since when has Peter Adelskamp been Chief Digital Officer?')).toBe(true);
    expect(asksTenure('Seit wann ist sie Präsidentin?')).toBe(true);
    for (const q of ['Seit wann gibt es das Büro?', 'Seit wann ist das Gesetz in Kraft?', 'Wann wurde er Minister?']) expect(asksTenure(q)).toBe(false);
  });
});

describe('askedName', () => {
  it('finds the thing whose name is asked ("Wie heißt das Gesetz dazu?", "What is the law called?"), never a person', () => {
    expect(askedName('wie heißt das gesetz dazu')).toBe('gesetz');
    expect(askedName('Wie heißt das Gesetz offiziell, in dem das eGovG steckt?')).toBe('Gesetz');
    expect(askedName('Wie lautet der Name des Portals?')).toBe('Portals');
    expect(askedName("What's the name of the portal?")).toBe('portal');
    expect(askedName('What is the law called?')).toBe('law');
    expect(expectedAnswerType('What is the law called?')).toBe('person');
    for (const q of ['Wie heißt der CIO?', 'Wie heißt sie?', 'Wie heißt die Ministerin?', 'Wer leitet das Amt?']) expect(askedName(q)).toBeUndefined();
  });

  it("takes as the thing's name a compound with its noun as head, the noun with its complement, or a proper name, never a person's name", () => {
    const names = (s: string, noun: string) => factSpans(s, 'person', { thingName: noun }).map((f) => s.slice(f.start, f.end));
    expect(names('Mit dem Wummelgesetz (WuG) wurde die Grundlage geschaffen.', 'Gesetz')).toEqual(['Wummelgesetz (WuG)']);
    expect(names('Still hat das Land das Gesetz zur Förderung der elektronischen Verwaltung verabschiedet.', 'Gesetz')).toEqual(['Gesetz zur Förderung der elektronischen Verwaltung']);
    expect(names('Das Gesetz trat am 1. April in Kraft, sagte Karla Wummel.', 'Gesetz')).toEqual([]);
    // A proper name of a thing need not hold its kind ("Wie heißt die Software?").
    expect(names('Das Land steigt auf LibreOffice als Standard um.', 'Software')).toEqual(['LibreOffice']);
  });
});

describe('namedKind', () => {
  it('finds the kind of thing known by a name a "welche(s)/which" question asks for, by the noun\'s head', () => {
    expect(namedKind('Welches Office-Programm wird zum Standard?')).toBe('Programm');
    expect(namedKind('Which country ranked first in the benchmark?')).toBe('country');
    expect(namedKind('Welches Bundesland war Vorreiter?')).toBe('Bundesland');
    // An adjective or a numeral may stand before the noun.
    expect(namedKind('Welche beiden kreisfreien Städte behielten ihren Status?')).toBe('Städte');
    expect(namedKind('Welchem Land gehört das an?')).toBe('Land');
    expect(namedKind('In welchen Städten fanden die Konferenzen statt?')).toBe('Städten');
    expect(namedKind('In welchen Ländern gibt es das?')).toBe('Ländern');
    expect(namedKind('Auf welches Landesgesetz geht die E-Akte zurück?')).toBeUndefined();
    expect(namedKind('Zu welchem Ministerium gehört das Zentrum?')).toBeUndefined();
    expect(namedKind('What did the state audit office accuse the government of?')).toBeUndefined();
    // "what" right before the kind noun and its verb asks which, as "which" does.
    expect(namedKind('What software is Schleswig-Holstein switching to?')).toBe('software');
    expect(namedKind('What office software will the state use?')).toBe('software');
    expect(namedKind('What state aid does the district get?')).toBeUndefined();
    expect(namedKind('Which office software is the state switching to?')).toBe('software');
    expect(expectedAnswerType('Which country ranked first?')).toBe('person');
  });

  it('takes a word with a capital inside or one no dictionary knows as such a name', () => {
    const common = (w: string) => ['Programme', 'Beschäftigten', 'Landesverwaltung'].includes(w);
    expect(spanTexts('Die Beschäftigten werden auf Programme wie LibreOffice umsteigen.', 'person', { named: true, isCommonWord: common })).toEqual(['LibreOffice']);
    expect(spanTexts('Im Benchmark liegt Liechtenstein vorn.', 'person', { named: true, isCommonWord: (w) => w === 'Benchmark' })).toEqual(['Liechtenstein']);
  });

  it('takes no person named after a noun of a role for the name of a thing ("Welches Büroprogramm …?")', () => {
    const common = (w: string) => ['Sicherstellung', 'Souveränität', 'Energiesouveränität', 'Programme', 'Beschäftigten', 'Digitalisierungsminister', 'Ministerin'].includes(w);
    const isPersonNoun = (w: string) => /(?:minister|ministerin)$/iu.test(w);
    const s = 'Die Sicherstellung der Souveränität ist so wichtig wie Energiesouveränität, sagt Digitalisierungsminister Dirk Schrödter.';
    expect(spanTexts(s, 'person', { named: true, kind: 'Büroprogramm', isCommonWord: common, isPersonNoun })).toEqual([]);
    expect(spanTexts('Die Beschäftigten werden laut Ministerin Quastmann auf Programme wie LibreOffice umsteigen.', 'person', { named: true, kind: 'Büroprogramm', isCommonWord: common, isPersonNoun })).toEqual(['LibreOffice']);
    // A person asked for is still named there.
    expect(spanTexts(s, 'person', { isCommonWord: common, isPersonNoun })).toContain('Digitalisierungsminister Dirk Schrödter');
  });

  it('takes an administrative unit for a body that may answer who does something ("Projektstelle", "Abteilung"), not "an dieser Stelle"', () => {
    expect(spanTexts('Um sie einzuführen, hat die Landesregierung die ressortübergreifende Projektstelle „Landeseinheitliche E-Akte“ etabliert.', 'person')).toContain('Projektstelle „Landeseinheitliche E-Akte“');
    expect(spanTexts('Dafür ist das Dezernat zuständig.', 'person')).toContain('Dezernat');
    expect(spanTexts('An dieser Stelle hilft das nicht.', 'person')).toEqual([]);
  });

  it('takes an acronym before a common word for a common noun, not a name ("IT-Systems")', () => {
    const common = (w: string) => ['Einführung', 'Systems', 'System', 'Projekt'].includes(w);
    // Names count fully (strength 1); "IT" alone is at most a body (0.6).
    const names = (sentence: string) =>
      factSpans(sentence, 'person', { named: true, isCommonWord: common })
        .filter((f) => f.strength === 1)
        .map((f) => sentence.slice(f.start, f.end));
    expect(names('Das Projekt umfasst die Einführung eines neuen IT-Systems.')).toEqual([]);
    expect(names('Das Projekt nutzt das System Dataport-Cloud.')).toEqual(['Dataport-Cloud']);
  });
});

describe('askedPrepositionPhrase', () => {
  it('reads the preposition and noun of a "welch-" phrase', () => {
    expect(askedPrepositionPhrase('Nach welchen Regeln läuft die Registrierung ab?')).toEqual({ preposition: 'nach', noun: 'Regeln' });
    expect(askedPrepositionPhrase('In welchem Bericht stehen die Mängel?')).toEqual({ preposition: 'in', noun: 'Bericht' });
    expect(askedPrepositionPhrase('Welche Regeln gelten?')).toBeUndefined();
  });
});

describe('askedAbbreviation', () => {
  it('finds the abbreviation a question asks to spell out', () => {
    expect(askedAbbreviation('Wofür steht die Abkürzung FITKO?')).toBe('FITKO');
    expect(askedAbbreviation('What does OZG stand for?')).toBe('OZG');
    // Abbreviations with small letters between capitals.
    expect(askedAbbreviation('Wofür steht IDNrG?')).toBe('IDNrG');
    expect(askedAbbreviation('Was bedeutet RegMoG?')).toBe('RegMoG');
    expect(askedAbbreviation('Was macht die FITKO?')).toBeUndefined();
    expect(askedAbbreviation('Was bedeutet das Once-Only-Prinzip?')).toBeUndefined();
  });
});

describe('meaningHead', () => {
  it('finds the head noun of what a meaning question asks about', () => {
    expect(meaningHead('Was bedeutet das Once-Only-Prinzip?')).toBe('Prinzip');
    expect(meaningHead('Was versteht man unter der Registermodernisierung?')).toBe('Registermodernisierung');
    expect(meaningHead('Was kostet das Once-Only-Prinzip?')).toBeUndefined();
    // A question for what something is, in any case and in English: the last word of what it asks about.
    expect(meaningHead('was ist das once only prinzip')).toBe('prinzip');
    expect(meaningHead('what does the once only principle mean')).toBe('principle');
    expect(meaningHead('Was ist DOMEA eigentlich?')).toBe('DOMEA');
  });
});

describe('asksDay', () => {
  it('asks for a day with "an welchem Tag", and then a year alone is no answer', () => {
    expect(expectedAnswerType('An welchem Tag genau ist das Gesetz in Kraft getreten?')).toBe('date');
    expect(asksDay('An welchem Tag genau ist das Gesetz in Kraft getreten?')).toBe(true);
    expect(asksDay('Wann ist das Gesetz in Kraft getreten?')).toBe(false);
    // An adjective of precision may stand before the noun of time.
    for (const q of ['An welchem genauen Tag ist das Gesetz in Kraft getreten?', 'Welches genaue Datum trägt die Geschäftsordnung?']) {
      expect(expectedAnswerType(q), q).toBe('date');
      expect(asksDay(q), q).toBe(true);
    }
    expect(expectedAnswerType('Zu welchem Zeitpunkt soll das Portal starten?')).toBe('date');
    expect(expectedAnswerType('In welchem konkreten Jahr wurde das Büro gegründet?')).toBe('date');
    expect(spanTexts('Das Gesetz trat im Juni 2016 in Kraft.', 'date', { day: true })).toEqual([]);
    expect(spanTexts('Das Gesetz trat am 1. April 2010 in Kraft.', 'date', { day: true })).toEqual(['am 1. April 2010']);
  });
});

describe('factSpans', () => {
  it('takes a date relative to the text for a date ("im September des vergangenen Jahres", "vor vier Jahren", "am Montag", "last year")', () => {
    expect(spanTexts('Die Politik hat bereits im September des vergangenen Jahres mit einer Reform reagiert.', 'date')).toEqual(['im September des vergangenen Jahres']);
    expect(spanTexts('Vor knapp vier Jahren ist das Portal gestartet.', 'date')).toEqual(['Vor knapp vier Jahren']);
    expect(spanTexts('Die Verträge werden am Montag unterzeichnet.', 'date')).toEqual(['am Montag']);
    expect(spanTexts('The portal was launched last year.', 'date')).toEqual(['last year']);
    expect(spanTexts('Das Jahr war für die Verwaltung schwierig.', 'date')).toEqual([]);
  });

  it('finds no name inside a hyphenated compound ("E-Government Aktivitäten")', () => {
    expect(spanTexts('Berichtswesen zum Stand der gemeinsamen E-Government Aktivitäten', 'person')).toEqual([]);
  });

  it('takes a unit named in quotation marks with its name, plainer than a bare body and less than a person ("Projektstelle „Landeseinheitliche E-Akte“")', () => {
    const sentence = 'Um sie einzuführen, hat die Landesregierung die ressortübergreifende Projektstelle „Landeseinheitliche E-Akte“ etabliert.';
    const spans = factSpans(sentence, 'person').map((f) => ({ text: sentence.slice(f.start, f.end), strength: f.strength }));
    expect(spans).toContainEqual({ text: 'Projektstelle „Landeseinheitliche E-Akte“', strength: 0.9 });
    expect(spans).toContainEqual({ text: 'Landesregierung', strength: 0.6 });
  });

  it('takes the clause a goal sentence states ("Ziel ist es, … abzuwickeln") for the goal, not the word "Ziel" alone', () => {
    const goal = 'Ziel ist es, die Verwaltungsprozesse möglichst ohne Medienbrüche elektronisch abzuwickeln.';
    expect(spanTexts(goal, 'reason')).toEqual(['Ziel ist es, die Verwaltungsprozesse möglichst ohne Medienbrüche elektronisch abzuwickeln']);
    expect(spanTexts('Ziel bleibt es, Leistungen Stück für Stück zu digitalisieren.', 'reason')[0]).toMatch(/^Ziel bleibt es, Leistungen/);
  });

  it('takes a condition for a reason ("Wenn Rathäuser geschlossen werden müssen, ist der digitale Zugang …")', () => {
    expect(spanTexts('Wenn Rathäuser geschlossen werden müssen, ist der digitale Zugang unverzichtbar.', 'reason')).toContain('Wenn');
    expect(spanTexts('Der digitale Zugang ist rund um die Uhr offen.', 'reason')).toEqual([]);
  });

  it('takes a causal adverb or preposition for a reason ("Dadurch werden Formulare befüllt", "aufgrund")', () => {
    expect(spanTexts('Dadurch werden zum Beispiel elektronische Formulare automatisch befüllt.', 'reason')).toContain('Dadurch');
    expect(spanTexts('Aufgrund der Pandemie wurde das Portal ausgebaut.', 'reason')).toContain('Aufgrund');
  });

  it("asks a first name of the person the question names, and only that person's name answers", () => {
    expect(namedPersonOf('Wie lautet der Vorname von Herrn Lenz, dem IT-Beauftragten?')).toBe('Lenz');
    expect(namedPersonOf('wie lautet der vorname von dem it-beauftragten lenz')).toBe('lenz');
    expect(namedPersonOf('Wie heißt der Landes-CIO Lenz mit Vornamen?')).toBe('Lenz');
    expect(namedPersonOf('What is the first name of Mr. Lenz, the IT commissioner?')).toBe('Lenz');
    // A role is no person's name.
    expect(namedPersonOf('Wie lautet der Vorname des Ministers?')).toBeUndefined();
    expect(namedPersonOf('What is the full name of the mayor?')).toBeUndefined();
    expect(namedPersonOf('Wer ist der CIO?')).toBeUndefined();
    const s = 'Staatssekretärin Ina-Maria Ulbrich und Minister Christian Pegel sprachen.';
    expect(spanTexts(s, 'person', { fullName: true, surname: 'Pegel' })).toEqual(['Minister Christian Pegel']);
    expect(spanTexts(s, 'person', { fullName: true, surname: 'lenz' })).toEqual([]);
  });

  it('tells a negated question', () => {
    expect(isNegated('Wie viel Geld hat MV nicht abgerufen?')).toBe(true);
    expect(isNegated('Which district did not merge?')).toBe(true);
    expect(isNegated('Wie viel Geld hat MV abgerufen?')).toBe(false);
  });

  it('tells a question for the first figure ("am Anfang", "initially")', () => {
    expect(asksEarliest('und am anfang?')).toBe(true);
    expect(asksEarliest('Wie viele waren es zum Start des Portals?')).toBe(true);
    expect(asksEarliest('How many were there initially?')).toBe(true);
    expect(asksEarliest('Wie viele sind es heute?')).toBe(false);
  });

  it('tells a question for a place, and whether the place must be named', () => {
    expect(expectedAnswerType('Wo wird die 115 bisher erprobt?')).toBe('place');
    expect(expectedAnswerType('Und wo hat das Landesamt seinen Sitz?')).toBe('place');
    expect(expectedAnswerType('In welchen Städten fanden die Konferenzen statt?')).toBe('place');
    expect(expectedAnswerType('In which city is the agency based?')).toBe('place');
    expect(expectedAnswerType('Where do I get the decision?')).toBe('place');
    // A relative "wo" asks no place; a date or count asked wins.
    expect(expectedAnswerType('Gibt es Bereiche, in denen es hakt, und bis wann sollen sie fertig sein?')).toBe('date');
    expect(expectedAnswerType('Wann und wo wurde das Gesetz beschlossen?')).toBe('date');
    expect(expectedAnswerType('Was passiert in den Regionen, die wo anders liegen?')).toBe('other');
    expect(asksPlaceName('Wo hat das ZDMV seinen Sitz?')).toBe(true);
    expect(asksPlaceName('Where is FITKO headquartered?')).toBe(true);
    expect(asksPlaceName('In welcher Stadt tagt der Rat?')).toBe(true);
    expect(asksPlaceName('Wo ist das InnoLab angesiedelt?')).toBe(false);
    // An event takes place at a named place ("Wo haben die Konferenzen stattgefunden?", "Where was it held?").
    expect(asksPlaceName('und wo haben die stattgefunden?')).toBe(true);
    expect(asksPlaceName('Wo finden die Regionalkonferenzen statt?')).toBe(true);
    expect(asksPlaceName('Where were the conferences held?')).toBe(true);
    expect(asksPlaceName('Wo liegen die Schwerpunkte?')).toBe(false);
    expect(asksSeat('Wo hat das ZDMV seinen Sitz?')).toBe(true);
    expect(asksSeat('In welcher Stadt tagt der Rat?')).toBe(false);
    expect(askedPlaceKind('In welchem Kreis ist er Landrat?')).toBe('Kreis');
    // Which places, without a preposition: names of places answer ("Greifswald, Ludwigslust").
    expect(expectedAnswerType('Welche Städte waren das?')).toBe('place');
    expect(expectedAnswerType('welche orte nennt er als beispiel?')).toBe('place');
    expect(asksPlaceName('Welche Städte waren das?')).toBe(true);
    expect(askedPlaceKind('Und welche der Städte hat die meisten Einwohner?')).toBe('Städte');
    // Adjectives before the kind, lower case and inflected; not other nouns.
    expect(askedPlaceKind('Welche beiden kreisfreien Städte behielten ihren Status?')).toBe('Städte');
    expect(askedPlaceKind('welche städte stecken hinter dem Projekt?')).toBe('städte');
    expect(askedPlaceKind('Which former district was the exception?')).toBe('district');
    // English numerals and adjectives before the kind; a state is a place.
    expect(askedPlaceKind('Which two German states have even fewer inhabitants?')).toBe('states');
    expect(expectedAnswerType('Which two German states have even fewer inhabitants?')).toBe('place');
    expect(askedPlaceKind('welche projekte im kreis laufen?')).toBeUndefined();
    expect(expectedAnswerType('Welche Stelle ist zuständig?')).toBe('person');
    expect(askedPlaceKind('In welcher Sitzung gab er sich eine Ordnung?')).toBeUndefined();
  });

  it('finds places: named ones strong, described ones weak, dates none', () => {
    const proper = (w: string) => !['Westmecklenburg', 'Schwerin', 'Ulm'].includes(w);
    const spans = (s: string, o: Parameters<typeof factSpans>[2] = {}) => factSpans(s, 'place', { isCommonWord: proper, ...o }).map((f) => [s.slice(f.start, f.end), f.strength]);
    expect(spans('Die 115 wird bislang in der Region Westmecklenburg erprobt.')).toEqual([['in der Region Westmecklenburg', 1]]);
    expect(spans('Das Team entsteht im Landesamt Schritt für Schritt.')).toEqual([['im Landesamt', 0.6]]);
    expect(spans('Das Portal startete im Juni 2019.')).toEqual([]);
    // A place in a text is one too ("Wo steht das?").
    expect(spans('Das steht in Artikel 91c des Grundgesetzes.')).toEqual([['in Artikel', 0.6]]);
    expect(spans('Das Formular gibt es online.')).toEqual([['online', 0.6]]);
    // The kind asked for, as the head of a name or before one.
    expect(spans('Achim Brötel, Landrat des Neckar-Odenwald-Kreises, folgt ihm nach.', { kind: 'Kreis' })).toEqual([['Neckar-Odenwald-Kreises', 1]]);
    expect(spans('Damit hat die Stadt Ulm den Motor gestartet.', { kind: 'Stadt' })).toEqual([['Stadt Ulm', 1]]);
    // "Wo hat … seinen Sitz?": only a sentence that says where something sits.
    expect(spans('Das Kabinett in Schwerin hat zugestimmt.', { seat: true })).toEqual([]);
    expect(spans('Das Landesamt hat seinen Sitz in Schwerin.', { seat: true })).toEqual([['in Schwerin', 1]]);
    // A place the dictionary names is a name, though the lexicon knows the word.
    expect(spans('Die Agentur ist in Bayern ansässig.', { seat: true })).toEqual([['in Bayern', 0.6]]);
    const kinds = (w: string) => new Set(w === 'Bayern' || w === 'Mecklenburg-Vorpommern' ? ['region'] : w === 'Schwerin' ? ['city'] : []);
    expect(spans('Die Agentur ist in Bayern ansässig.', { seat: true, placeKinds: kinds })).toEqual([['in Bayern', 1]]);
    // …but not of another kind than asked: a state is no city.
    expect(spans('Die Konferenzen fanden in Mecklenburg-Vorpommern statt.', { kind: 'Städten', placeKinds: kinds })).toEqual([['in Mecklenburg-Vorpommern', 0.6]]);
    expect(spans('Die Konferenzen fanden in Schwerin statt.', { kind: 'Städten', placeKinds: kinds })).toEqual([['in Schwerin', 1]]);
    // A region asked for is answered by the name of one wherever it stands; a city name needs its "in".
    expect(spans('Bayern wird als erstes Land die Akte einführen.', { kind: 'Bundesland', placeKinds: kinds })).toEqual([['Bayern', 1]]);
    expect(spans('Bayern wird als erstes Land die Akte einführen.', { kind: 'state', placeKinds: kinds })).toEqual([['Bayern', 1]]);
    expect(spans('Das Land hat mit Schwerin eine Hauptstadt.', { kind: 'Stadt', placeKinds: kinds })).toEqual([]);
  });

  it('finds dates with their preposition', () => {
    expect(spanTexts('DOMEA soll bis Ende 2013 in allen Ministerien eingeführt sein.', 'date')).toEqual(['bis Ende 2013']);
    expect(spanTexts('Er trat am 1. April 2010 in Kraft.', 'date')).toEqual(['am 1. April 2010']);
  });

  it('finds counts but not years, ordinals or reference numbers', () => {
    expect(spanTexts('Derzeit sind 33 E-Government-Projekte in der Umsetzung.', 'number')).toEqual(['33']);
    expect(spanTexts('In seiner 2. Sitzung vom 02.07.2010 mit Beschluss 2010/14 gab er sich eine Ordnung.', 'number')).toEqual([]);
    expect(spanTexts('Vier Regionalkonferenzen fanden 2014 statt.', 'number')).toEqual(['Vier']);
    // A number right after a noun names a thing ("Behördenruf 115"), unless a noun it counts follows.
    expect(spanTexts('Dazu gehört der Behördenruf 115, der in der Region erprobt wird.', 'number')).toEqual([]);
    expect(spanTexts('Davon trägt der Bund 113 Millionen Euro.', 'number')).not.toEqual([]);
    expect(spanTexts('Rund 300 Leistungen sind online.', 'number')).not.toEqual([]);
  });

  it('finds amounts of money, also inside a compound', () => {
    expect(spanTexts('Davon trägt der Bund 113 Millionen Euro.', 'money')).toEqual(['113 Millionen Euro']);
    expect(spanTexts('Hannover setzt mit einem 48-Millionen-Euro-Digitalisierungsfonds auf Modernisierung.', 'money')).toEqual(['48-Millionen-Euro']);
    expect(spanTexts('Der Breitbandausbau ist ein strategischer Programmpunkt.', 'money')).toEqual([]);
  });

  it('finds names with titles and institutions, but no pair of function and common words', () => {
    const s = 'Im Interview spricht Staatssekretärin Ina-Maria Ulbrich über das Landesamt.';
    const spans = factSpans(s, 'person');
    expect(spans.map((f) => s.slice(f.start, f.end))).toContain('Staatssekretärin Ina-Maria Ulbrich');
    expect(spans.find((f) => s.slice(f.start, f.end) === 'Landesamt')?.strength).toBeLessThan(1);
    expect(spans.map((f) => s.slice(f.start, f.end))).not.toContain('Im Interview');
  });

  it('names a legal provision by its number when "welcher Artikel/Paragraph" asks for one', () => {
    expect(expectedAnswerType('Welcher Grundgesetzartikel kam mit der Reform dazu?')).toBe('person');
    expect(namedKind('Welcher Grundgesetzartikel kam mit der Reform dazu?')).toBe('Grundgesetzartikel');
    const s = 'Im Rahmen dieser Reform wurde das Grundgesetz u. a. um den Artikel 91c ergänzt, § 8 OZG blieb.';
    const spans = factSpans(s, 'person', { named: true, kind: 'Grundgesetzartikel' }).map((f) => s.slice(f.start, f.end));
    expect(spans).toContain('Artikel 91c');
    expect(spans).toContain('§ 8');
    // Another kind of thing is not answered by a provision.
    expect(factSpans(s, 'person', { named: true, kind: 'Software' }).map((f) => s.slice(f.start, f.end))).not.toContain('Artikel 91c');
  });

  it('starts a name at a given name, not at a common word before it', () => {
    // A stand-in for the lexicon: these are common words, names are not.
    const common = (w: string) => ['Digitalisierung', 'Landesamt', 'Zentrum', 'Rechnungshofpräsidentin'].includes(w);
    const a = 'Rechnungshofpräsidentin Martina Johannsen erklärte, es hapere nicht am Geld.';
    expect(factSpans(a, 'person', { isCommonWord: common }).map((f) => [a.slice(f.start, f.end), f.strength])).toContainEqual(['Rechnungshofpräsidentin Martina Johannsen', 1]);
    const b = 'Im Landesamt Zentrum für Digitalisierung Mecklenburg-Vorpommern bündelt das Land die Ressourcen.';
    expect(factSpans(b, 'person', { isCommonWord: common }).every((f) => (f.strength ?? 1) < 1)).toBe(true);
  });

  it('takes no number word, nor a word capitalised only because it opens the sentence, for a given name', () => {
    const common = (w: string) => ['Regionalkonferenzen', 'Gestern', 'gestern'].includes(w);
    for (const s of ['Vier Regionalkonferenzen hat das Büro durchgeführt.', 'Das Büro hat Vier Regionalkonferenzen durchgeführt.', 'Gestern Abend tagte das Büro.']) {
      expect(factSpans(s, 'person', { isCommonWord: common }).filter((f) => (f.strength ?? 1) >= 1), s).toEqual([]);
    }
    // …nor an inflected adjective that opens it ("Besonderer Fokus": the lexicon knows "besondere").
    const adjective = 'Besonderer Fokus galt den Projekten.';
    expect(factSpans(adjective, 'person', { isCommonWord: (w) => ['besondere', 'Fokus'].includes(w) }).filter((f) => (f.strength ?? 1) >= 1)).toEqual([]);
    // A given name is no common word, at the start of a sentence or not.
    const named = 'Christian Pegel unterzeichnet den Vertrag.';
    expect(factSpans(named, 'person', { isCommonWord: common }).map((f) => named.slice(f.start, f.end))).toContain('Christian Pegel');
  });

  it('prefers a body of the asked kind named with its complement ("welchem Ministerium")', () => {
    expect(askedKind('Zu welchem Ministerium gehört das Zentrum?')).toBe('Ministerium');
    expect(expectedAnswerType('Zu welchem Ministerium gehört das Zentrum?')).toBe('person');
    const s = 'Es ist dem Ministerium für Inneres, Bau und Digitalisierung zugeordnet.';
    const spans = factSpans(s, 'person', { kind: 'Ministerium' });
    expect(spans.map((f) => [s.slice(f.start, f.end), f.strength])).toContainEqual(['Ministerium für Inneres, Bau und Digitalisierung', 1]);
    expect(factSpans(s, 'person').every((f) => (f.strength ?? 1) < 1)).toBe(true);
  });

  it('answers a question for a length of time with a duration, and a "wann" question never with one', () => {
    const s = 'Die Feinkonzepte steuern die wichtigsten Vorhaben für die kommenden vier Jahre.';
    expect(asksDuration('Auf welchen Zeitraum sind die Feinkonzepte ausgelegt?')).toBe(true);
    expect(expectedAnswerType('Wie lange war er Präsident?')).toBe('date');
    expect(spanTexts(s, 'date', { duration: true })).toEqual(['für die kommenden vier Jahre']);
    expect(asksDuration('Wann kommen die Feinkonzepte?')).toBe(false);
    expect(spanTexts(s, 'date')).toEqual([]);
  });

  it('finds the unit of a rate a question asks for', () => {
    expect(rateUnit('Wie viele Leute nutzen das Portal pro Tag?')).toBe('Tag');
    expect(rateUnit('How many requests per year?')).toBe('year');
    expect(rateUnit('Wie viele Leute nutzen das Portal?')).toBeUndefined();
  });

  it('tells a question for a meaning', () => {
    expect(asksMeaning('Was heißt "Once Only" für mich?')).toBe(true);
    expect(asksMeaning('What does once only mean for me?')).toBe(true);
    expect(asksMeaning('Wie heißt der Landes-CIO?')).toBe(false);
  });

  it('tells a short question for what something is', () => {
    expect(asksDefinition('Was ist das ZDMV?')).toBe(true);
    expect(asksDefinition('Was ist DOMEA eigentlich?')).toBe(true);
    expect(asksDefinition('What is DOMEA?')).toBe(true);
    expect(asksDefinition('Was ist beim Ausrollen der Onlinedienste in MV die schwierigste Aufgabe?')).toBe(false);
    // Asked for how a term is understood, with words in between.
    expect(asksDefinition('was versteht man in mv unter kooperativem e-government')).toBe(true);
    expect(asksDefinition('Wie ist kooperatives E-Government definiert?')).toBe(true);
    expect(asksDefinition('What is meant by cooperative e-government?')).toBe(true);
    expect(asksDefinition('Was versteht der Minister unter Erfolg?')).toBe(false);
  });
});
