import { describe, expect, it } from 'vitest';
import { isAskingWord } from '../../src/text/question-words.js';
import { newWords, resolveFollowUp } from '../../src/answer/resolve-follow-up.js';
import type { Turn } from '../../src/answer/types.js';

const prev: Turn = { question: 'Was ist DOMEA?', resolvedQuestion: 'Was ist DOMEA?', answerText: '…', citedPassageIds: ['a#1'] };

describe('resolveFollowUp', () => {
  it('leaves a question alone when there is no history', () => {
    expect(resolveFollowUp('Und bis wann?', [])).toEqual({ resolved: 'Und bis wann?', isFollowUp: false, wantsMore: false, previousDeclined: false, refersBack: false });
  });

  it('carries the previous subject into a short follow-up ("Und bis wann?", "and the budget?")', () => {
    expect(resolveFollowUp('Und bis wann?', [prev]).resolved).toBe('Was ist DOMEA? Und bis wann?');
    const en = resolveFollowUp('and the budget?', [prev]);
    expect(en.isFollowUp).toBe(true);
    expect(en.resolved).toContain('DOMEA');
  });

  it('marks a follow-up to a declined turn, unless that turn was declined only for want of its fact', () => {
    expect(resolveFollowUp('Und bis wann?', [{ ...prev, abstained: true }]).previousDeclined).toBe(true);
    expect(resolveFollowUp('Und bis wann?', [{ ...prev, abstained: true, subjectFound: true }]).previousDeclined).toBe(false);
  });

  it('takes a turn without a noun as leaning on the previous subject, given a noun test', () => {
    // A stand-in for the lexicon: these words are nouns, whatever their case.
    const nouns = new Set(['portal', 'ministerien', 'soll']);
    const isNoun = (w: string) => nouns.has(w.toLowerCase());
    expect(resolveFollowUp('bis wann solls überall laufen?', [prev], isNoun).resolved).toBe('Was ist DOMEA? bis wann solls überall laufen?');
    expect(resolveFollowUp('bis wann solls überall laufen?', [prev]).isFollowUp).toBe(false);
    expect(resolveFollowUp('Bis wann startet das Portal?', [prev], isNoun).isFollowUp).toBe(false);
  });

  it('takes a possessive in any case ("an seiner Spitze", "mit ihrem Budget") as pointing back', () => {
    for (const q of ['Wer steht an seiner Spitze?', 'Was geschieht mit ihrem Budget?', 'Wer sitzt in seinem Beirat?', 'Wie hoch ist der Etat ihres Amtes?']) {
      expect(resolveFollowUp(q, [prev]).refersBack).toBe(true);
    }
  });

  it('recognises "Was noch?" as asking for more on the same subject', () => {
    const r = resolveFollowUp('Was noch?', [prev]);
    expect(r.wantsMore).toBe(true);
    expect(r.resolved).toBe('Was ist DOMEA?');
  });

  it('keeps the question that follows a request for more ("Was noch? Wie soll das organisiert werden?")', () => {
    const r = resolveFollowUp('Was noch? Wie soll das organisiert werden?', [prev]);
    expect(r.wantsMore).toBe(true);
    expect(r.resolved).toBe('Was ist DOMEA? Wie soll das organisiert werden?');
  });

  it('tells a pronoun from an article ("Was kostet das?" follows up, "Wie wird das Wetter morgen?" does not)', () => {
    expect(resolveFollowUp('Was kostet das?', [prev]).isFollowUp).toBe(true);
    expect(resolveFollowUp('Wie wird das Wetter morgen?', [prev]).isFollowUp).toBe(false);
    // Before a function word "das" is a pronoun too: an article stands before its adjective or noun.
    for (const q of ['Warum ist das laut Ulbrich so wichtig?', 'Warum ist das so?', 'Wann wurde dies eigentlich beschlossen?'])
      expect(resolveFollowUp(q, [prev])).toMatchObject({ isFollowUp: true, refersBack: true });
    expect(resolveFollowUp('Wann startet das neue Portal?', [prev]).isFollowUp).toBe(false);
  });

  it('tells the possessive "sein" from the verb ("Wer ist sein Nachfolger?" points back, "… eingeführt sein?" does not)', () => {
    expect(resolveFollowUp('Wer ist sein Nachfolger?', [prev]).refersBack).toBe(true);
    expect(resolveFollowUp('Bis wann soll das elektronische Stellenmanagement überall eingeführt sein?', [prev]).refersBack).toBe(false);
  });

  it('takes the spoken forms of pronominal adverbs as pointing back ("drauf" for "darauf", "dran" for "daran")', () => {
    for (const q of ['und wieviel legt das land drauf?', 'Wer ist da dran beteiligt?', 'Was steht drin?'])
      expect(resolveFollowUp(q, [prev])).toMatchObject({ isFollowUp: true, refersBack: true });
    expect(isAskingWord('drauf')).toBe(true);
  });

  it('takes a count without the thing counted as asking about the previous subject ("Wie viele waren es am Anfang?")', () => {
    for (const q of ['wie viele waren es ganz am anfang?', 'Und wie viele sind es heute?', 'How many were there in 2019?'])
      expect(resolveFollowUp(q, [prev])).toMatchObject({ isFollowUp: true, refersBack: true });
    expect(resolveFollowUp('Wie viele Ämter gibt es in Mecklenburg-Vorpommern?', [prev]).isFollowUp).toBe(false);
  });

  it('takes a noun phrase that only points at what was said as pointing back ("das Ganze", "the whole thing")', () => {
    for (const q of ['Was kostet das Ganze?', 'Wer bezahlt die ganze Sache?', 'How much is the whole thing going to cost?', 'Who pays for all that?'])
      expect(resolveFollowUp(q, [prev])).toMatchObject({ isFollowUp: true, refersBack: true });
    expect(resolveFollowUp('Was kostet das Ganztagsangebot?', [prev]).refersBack).toBe(false);
    // "of that": a part of what was said.
    expect(resolveFollowUp('And how much of that does the state pay?', [prev]).refersBack).toBe(true);
    expect(resolveFollowUp('How many authorities took part in September of that year?', [prev]).refersBack).toBe(false);
  });

  it('takes a personal pronoun or "seitdem" as pointing back ("Was sagt er dazu?", "What is her background?")', () => {
    expect(resolveFollowUp('Was ist sie von Beruf?', [prev]).refersBack).toBe(true);
    // Capitalised, "Sie" is the polite "you".
    expect(resolveFollowUp('Können Sie mir die Adresse des Portals nennen?', [prev]).refersBack).toBe(false);
    for (const q of ['Welche Orte nennt er als Beispiel?', 'Wurde der Vertrag seitdem geändert?', "What's her professional background?", 'Which party is he in?'])
      expect(resolveFollowUp(q, [prev]).isFollowUp).toBe(true);
    // "Er" is no pronoun inside a word, "her" none inside "here" or "Herr".
    expect(resolveFollowUp('Welche Ergebnisse hat Herr Lenz vorgestellt?', [prev]).isFollowUp).toBe(false);
    // German "her" is a particle: "Wo kommen die Leute im ZDMV her?" names its own subject.
    expect(resolveFollowUp('Wo kommen die Leute im ZDMV her?', [prev]).isFollowUp).toBe(false);
  });

  it('takes English "one" without a noun after it as standing for one said before ("Can companies get one too?")', () => {
    for (const q of ['Can companies get one too?', 'Is there one for companies?', 'Does Hamburg have one?']) {
      const r = resolveFollowUp(q, [prev]);
      expect(r.isFollowUp && r.refersBack, q).toBe(true);
    }
    expect(resolveFollowUp('Is the portal one of the largest in Germany?', [prev]).refersBack).toBe(false);
    expect(resolveFollowUp('Which one million euro project did the state fund?', [prev]).refersBack).toBe(false);
  });

  it('takes German "eins", "keins" without a noun as standing for one said before ("Wie viele Menschen haben schon eins?")', () => {
    for (const q of ['Wie viele Menschen in Deutschland haben schon eins?', 'Kann ich auch eines bekommen?', 'Gibt es für Vereine keins?']) {
      const r = resolveFollowUp(q, [prev]);
      expect(r.isFollowUp && r.refersBack, q).toBe(true);
    }
    // A number that ranks or matches ("Platz eins", "eins zu eins") points at nothing.
    for (const q of ['Welches Land liegt beim Digitalindex auf Platz eins?', 'Werden die Akten eins zu eins digitalisiert?'])
      expect(resolveFollowUp(q, [prev]).refersBack, q).toBe(false);
  });

  it('takes "das Ganze", "the whole thing" for the matter an earlier turn named, when the previous turn stood apart from it', () => {
    const who: Turn = { question: 'Wer baut in Nordwestmecklenburg das Internet aus?', resolvedQuestion: 'Wer baut in Nordwestmecklenburg das Internet aus?', answerText: 'Die Wemacom.' };
    const when: Turn = { question: 'Wann wird der Vertrag unterschrieben?', resolvedQuestion: 'Wann wird der Vertrag unterschrieben?', answerText: 'Am Montag.' };
    expect(resolveFollowUp('Und was kostet das Ganze?', [who, when]).resolved).toContain('Nordwestmecklenburg');
    expect(resolveFollowUp('How much will the whole thing cost?', [who, when]).resolved).toContain('Nordwestmecklenburg');
    // "das" alone points at the previous turn only.
    expect(resolveFollowUp('Und was kostet das?', [who, when]).resolved).not.toContain('Nordwestmecklenburg');
    // A previous turn that took the earlier one up already holds it once.
    const chained: Turn = { ...when, resolvedQuestion: `${who.resolvedQuestion} ${when.question}` };
    expect(resolveFollowUp('Und was kostet das Ganze?', [who, chained]).resolved.match(/Nordwestmecklenburg/g)).toHaveLength(1);
  });

  it('treats a full new question as standing alone', () => {
    expect(resolveFollowUp('Welche Ziele hat der Masterplan 2011 für die Kommunen?', [prev]).isFollowUp).toBe(false);
  });

  it('takes a demonstrative before a noun the previous turn named as pointing back ("dieser Artikel", "that strategy")', () => {
    const law: Turn = { question: 'Was kam dadurch ins Grundgesetz?', resolvedQuestion: 'Was kam dadurch ins Grundgesetz?', answerText: 'Das Grundgesetz wurde um den Artikel 91c ergänzt.' };
    expect(resolveFollowUp('Was erlaubt dieser Artikel?', [law])).toMatchObject({ isFollowUp: true, refersBack: true });
    const en: Turn = { question: 'What does the master plan say about the national strategy?', resolvedQuestion: 'x', answerText: '…' };
    expect(resolveFollowUp('who adopted that strategy?', [en]).refersBack).toBe(true);
    // A demonstrative before a noun the previous turn never named is a new subject.
    expect(resolveFollowUp('Was regelt dieses Gesetz über Breitband?', [law]).isFollowUp).toBe(false);
    // The noun may be a part of a compound named before ("diese Nummer" after "Identifikationsnummerngesetz").
    const idnr: Turn = { question: 'Worum geht es beim Identifikationsnummerngesetz?', resolvedQuestion: 'Worum geht es beim Identifikationsnummerngesetz?', answerText: '…' };
    expect(resolveFollowUp('Wer vergibt diese Nummer eigentlich?', [idnr]).refersBack).toBe(true);
  });

  it('does not take an acronym spelled like a pronoun for one ("IT" in "IT-Planungsrat")', () => {
    expect(resolveFollowUp('Und wer vertritt das Land im IT-Planungsrat?', [prev]).refersBack).toBe(false);
    expect(resolveFollowUp('and when was it adopted?', [prev]).refersBack).toBe(true);
  });

  it('never lets a turn that announces a new topic lean on the previous one ("Ganz was anderes: …")', () => {
    expect(resolveFollowUp('Ganz was anderes: Mit wem erarbeitet Petershagen seine Digitalstrategie?', [prev]).isFollowUp).toBe(false);
    expect(resolveFollowUp('different question: can I use one account everywhere?', [prev]).isFollowUp).toBe(false);
    expect(resolveFollowUp('Switching topics: and when did it start?', [prev]).isFollowUp).toBe(false);
    expect(resolveFollowUp('Switching to Schleswig-Holstein: which words headline its plan?', [prev]).isFollowUp).toBe(false);
    expect(resolveFollowUp('Zurück zu MV: wer ist dort zuständig?', [prev]).isFollowUp).toBe(false);
    expect(resolveFollowUp('Neue Frage: was kostet das?', [prev]).isFollowUp).toBe(false);
    // A place named with a colon is no announcement when it does not open the turn.
    expect(resolveFollowUp('Und wie ist es dort: zurück zu alten Akten?', [prev]).isFollowUp).toBe(true);
  });

  it('takes "dabei sein" (to take part) for no reference, and "dabei" after another verb for one', () => {
    expect(resolveFollowUp('Wie viele Kommunalverwaltungen sind schon im MV-Serviceportal dabei?', [prev]).refersBack).toBe(false);
    expect(resolveFollowUp('Welche Rolle spielt der Zweckverband dabei?', [prev]).refersBack).toBe(true);
  });

  it('names the words a turn adds to what the previous turn said', () => {
    const law: Turn = { question: 'Welches Thema ist beim E-Government-Gesetz besonders wichtig?', resolvedQuestion: 'x', answerText: '…' };
    expect(newWords('Und was will das Gesetz erreichen?', law)).toEqual(['erreich']);
    expect(newWords('Und wofür ist die Abteilung IT Betrieb da?', law)).toEqual(expect.arrayContaining(['abteilung', 'betrieb']));
  });

  it('keeps the resolved question bounded in length over many turns', () => {
    let history: Turn[] = [prev];
    for (let i = 0; i < 30; i++) {
      const r = resolveFollowUp('und dann?', history);
      history = [{ question: 'und dann?', resolvedQuestion: r.resolved, answerText: '' }];
    }
    expect(history[0]!.resolvedQuestion.split(' ').length).toBeLessThanOrEqual(40);
  });
});
