import { describe, expect, it } from 'vitest';
import { latestTypedQuestion } from '../../src/answer/answer-type.js';
import { turnOf } from '../../src/answer/turn-of.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'breitband.txt':
    'Breitband im Wummelkreis\n\n' +
    'Der Wummelkreis beauftragt die Netzfirma Wummelnetz GmbH mit dem Breitbandausbau. ' +
    'Die Verträge für den Breitbandausbau wurden am 20.08.2018 unterschrieben. ' +
    'Insgesamt kostet der Breitbandausbau 180 Millionen Euro. ' +
    'Davon zahlt der Bund 113 Millionen Euro, das Land zahlt rund 43 Millionen Euro. ' +
    'Das Land hat seine Förderrichtlinie für den Breitbandausbau am 1. Mai 2017 erlassen.\n',
  'dichte.txt':
    'Wummelland und seine Verwaltung\n\n' +
    'Wummelland hat ein Problem: Es weist die geringste Einwohnerdichte aller Länder auf. Etwa 71 Einwohner leben dort pro Quadratkilometer.\n\n' +
    'Ein neuer Masterplan soll die Verwaltung modernisieren. Das Innenministerium von Wummelland übernimmt die Richtlinienkompetenz für E-Government.\n',
  'pruefung.txt':
    'Kritik des Prüfhofs\n\n' +
    'Der Prüfhof kritisiert die schleppende Digitalisierung. Als Hauptverantwortliche gilt die Staatssekretärin Karla Wummel. ' +
    'Laut der Staatssekretärin Karla Wummel hat das Land die Kritik geprüft und zurückgewiesen.\n',
});

describe('an elliptical turn asks what the latest question asked', () => {
  it('takes the type of the last question of a follow-up chain, not of the first', () => {
    expect(latestTypedQuestion('Wer baut aus? Und wann wurden die Verträge unterschrieben? Wie viel davon zahlt der Bund?')).toBe('Wie viel davon zahlt der Bund?');
    expect(latestTypedQuestion('Wann wurden die Verträge unterschrieben? Und der Bund?')).toBe('Wann wurden die Verträge unterschrieben? Und der Bund?');
    expect(latestTypedQuestion('Was ist das?')).toBe('Was ist das?');
  });

  it('answers "Und das Land?" after "Wie viel davon zahlt der Bund?" with an amount, though a date was asked before', async () => {
    let history = [turnOf(await engine().ask('Wer baut im Wummelkreis das Breitband aus?'))];
    history = [...history, turnOf(await engine().ask('Und wann wurden die Verträge unterschrieben?', { history }))];
    const bund = await engine().ask('Wie viel davon zahlt der Bund?', { history });
    expect(bund.text).toContain('113 Millionen Euro');
    history = [...history, turnOf(bund)];
    const land = await engine().ask('Und das Land?', { history });
    expect(land.abstained).toBe(false);
    expect(land.text).toContain('43 Millionen Euro');
    expect(land.text).not.toContain('1. Mai 2017');
  });

  it('never asks "who" again with a yes/no question ("Ist sie deswegen zurückgetreten?" after "Wer ist …?")', async () => {
    const first = await engine().ask('Wer ist Karla Wummel?');
    expect(first.abstained).toBe(false);
    const next = await engine().ask('Ist sie deswegen zurückgetreten?', { history: [turnOf(first)] });
    expect(next.explanation?.features.answerType).toBe('other');
    expect(next.abstained).toBe(true);
  });
  it('counts what an earlier turn counted only in a turn without a noun of its own: "Welches Ministerium hat dabei …?" asks about the ministry', async () => {
    const first = await engine().ask('Wie viele Einwohner hat Wummelland pro Quadratkilometer?');
    expect(first.text).toContain('71 Einwohner');
    const next = await engine().ask('Welches Ministerium hat dabei die Richtlinienkompetenz für E-Government übernommen?', { history: [turnOf(first)] });
    expect(next.abstained, next.explanation?.reason).toBe(false);
    expect(next.text).toContain('Das Innenministerium von Wummelland übernimmt die Richtlinienkompetenz');
    // The ministry is not chosen for standing next to the count asked before.
    expect(next.text).not.toContain('71 Einwohner');
  });
});
