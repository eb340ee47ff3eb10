import { describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'vereinbarung.txt':
    'Neue Vereinbarung mit Wummel\n\nDas Ministerium hat im Juni eine neue Verwaltungsvereinbarung mit dem Zweckverband Wummel unterzeichnet. ' +
    'Die Vereinbarung regelt den Betrieb der Onlinedienste in den Ämtern des Landes für die kommenden Jahre. ' +
    'Das Ziel ist ein durchgehend digitaler Zugang zu sämtlichen Verwaltungsleistungen.\n',
  'strategie.txt':
    'Strategie Papierlos\n\nDas Ziel ist eine Verwaltung ohne Papier in allen Behörden des Landes bis 2030.\n',
  'register.txt':
    'Registermodernisierung\n\nDas Gesetz dazu heißt Wummelnummerngesetz. ' +
    'Nach dem Wummelprinzip rufen Behörden Daten aus Registern selbst ab, wobei die Bürger vorher zustimmen müssen.\n',
  'foerdergesetz.txt':
    'Digitale Verwaltung in Wummelland\n\nStill und leise hat Wummelland das Gesetz zur Förderung der elektronischen Wummelverwaltung verabschiedet. ' +
    'Landesminister Karl Wummel begrüßte die neuen Regeln für die elektronische Wummelverwaltung.\n',
});

const docOf = (passageId: string | undefined) => (passageId ? engine().passage(passageId)?.docId : undefined);

describe('a conversation stays with its document', () => {
  it('answers a later turn from the document the previous answer quoted when its words fit there too ("What is the goal?")', async () => {
    const first = await engine().ask('Was hat das Ministerium mit dem Zweckverband Wummel unterzeichnet?');
    expect(docOf(first.citations[0]?.passageId)).toBe('vereinbarung.txt');
    const alone = await engine().ask('Was ist das Ziel?');
    expect(docOf(alone.citations[0]?.passageId)).toBe('strategie.txt');
    const next = await engine().ask('Was ist das Ziel?', { history: [turnOf(first)] });
    expect(next.abstained).toBe(false);
    expect(docOf(next.citations[0]?.passageId)).toBe('vereinbarung.txt');
    expect(next.text).toContain('durchgehend digitaler Zugang');
  });

  it('leaves the document when the turn announces a new topic', async () => {
    const first = await engine().ask('Was hat das Ministerium mit dem Zweckverband Wummel unterzeichnet?');
    const next = await engine().ask('Anderes Thema: Was ist das Ziel?', { history: [turnOf(first)] });
    expect(docOf(next.citations[0]?.passageId)).toBe('strategie.txt');
  });
});

describe('a follow-up for a name', () => {
  it('answers "Wie heißt das Gesetz dazu?" with the name of the law on the previous subject, not with a person', async () => {
    const first = await engine().ask('Was begrüßte Landesminister Karl Wummel?');
    expect(first.abstained).toBe(false);
    const next = await engine().ask('Wie heißt das Gesetz dazu?', { history: [turnOf(first)] });
    expect(next.abstained).toBe(false);
    expect(next.text).toContain('Gesetz zur Förderung der elektronischen Wummelverwaltung');
    expect(next.emphasis?.map((e) => next.text.slice(e.start, e.end))).toContain('Gesetz zur Förderung der elektronischen Wummelverwaltung');
  });
});

describe('a yes/no follow-up', () => {
  it('asks its own question when it names its own subject, not the kind of answer the previous turn asked for', async () => {
    const first = await engine().ask('Wie heißt das Gesetz zur Registermodernisierung?');
    expect(first.text).toContain('Wummelnummerngesetz');
    const next = await engine().ask('Müssen die Bürger zustimmen, wenn Behörden ihre Daten aus Registern abrufen?', { history: [turnOf(first)] });
    expect(next.abstained).toBe(false);
    expect(next.text).toContain('die Bürger vorher zustimmen müssen');
  });
});
