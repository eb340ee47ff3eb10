import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver(
  {
    'gesetz.txt':
      'Wummelland: Verwaltungsgesetz in Kraft getreten\n\n' +
      'Der Landtag im Wummelland hat ein neues Verwaltungsgesetz für alle Ämter beschlossen. ' +
      'Es regelt die elektronische Aktenführung und den elektronischen Zugang zu den Behörden. ' +
      'Die Pflicht zur elektronischen Aktenführung gilt im Wummelland für alle Behörden ab dem 1. Januar 2030.\n',
    'portal.txt':
      'Das Serviceportal wächst\n\n' +
      'Das Serviceportal im Wummelland bietet nun 80 Leistungen an. ' +
      'Nach dem Gesetz sollen alle Leistungen der Verwaltung bis 2031 digital angeboten werden.\n',
  },
  { LEXICON: 'on' },
);

describe('a date answers for the event the sentence and the text before it name', () => {
  it('declines when only the document title names the event the question dates', async () => {
    // The title says the law came into force, the sentence dates another event (an obligation).
    const answer = await engine().ask('An welchem Tag ist das Verwaltungsgesetz im Wummelland in Kraft getreten?');
    expect(answer.abstained).toBe(true);
  });

  it('still answers when the sentence itself names the event', async () => {
    const answer = await engine().ask('Ab wann gilt die Pflicht zur elektronischen Aktenführung im Wummelland?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('1. Januar 2030');
  });
});
