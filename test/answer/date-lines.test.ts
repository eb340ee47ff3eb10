import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'rechnungshof.txt':
    'Rechnungshof übt massive Kritik an Landesregierung\nQuelle: https://www.ndr.de/nachrichten/wummelland/rechnungshof-kritik.html\n\n' +
    'Stand: 05.10.2023 05:55 Uhr\n\n' +
    'Der Landesrechnungshof hat der Landesregierung von Wummelland erhebliche Versäumnisse bei der Onlineabwicklung von Bürgerleistungen vorgeworfen. ' +
    'Auch innerhalb der Landesverwaltung laufe die Digitalisierung schleppend.\n\n' +
    'Versagen im Ministerium\n\n' +
    'Die Präsidentin des Rechnungshofs erklärte dem NDR, am Geld hapere es nicht. Das Land habe in den vergangenen Jahren Überschüsse erwirtschaftet.\n',
  'pressemitteilung.txt':
    'Pressemitteilung Wummelministerium (Juni 2025): Neue Verwaltungsvereinbarung mit dem Zweckverband Wummelnetz\n\n' +
    'Das Wummelministerium hat eine neue Verwaltungsvereinbarung mit dem Zweckverband Wummelnetz unterzeichnet. Ziel bleibt es, Bürgern Verwaltungsleistungen online anzubieten.\n',
});

describe("a press release's title date", () => {
  it('answers when the ministry announced what the release reports', async () => {
    const answer = await engine().ask('Wann hat das Wummelministerium die neue Verwaltungsvereinbarung mit dem Zweckverband Wummelnetz bekannt gegeben?');
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    expect(answer.text).toContain('Juni 2025');
  });
});

describe('a news date line ("Stand: …") dates the report', () => {
  it('answers when the publisher named in the question reported, with the date line shown', async () => {
    const answer = await engine().ask('Wann hat der NDR über die Kritik des Landesrechnungshofs an der Landesregierung berichtet?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('05.10.2023');
    expect(answer.citations[0]!.text).toContain('Stand: 05.10.2023');
  });

  it('never takes the date line for a beginning', async () => {
    expect((await engine().ask('Seit wann kritisiert der Landesrechnungshof die Landesregierung?')).abstained).toBe(true);
  });

  it('keeps the date line out of statements that do not need it', async () => {
    const answer = await engine().ask('Was hat der Landesrechnungshof der Landesregierung vorgeworfen?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('erhebliche Versäumnisse');
    expect(answer.text).not.toContain('Stand:');
  });
});
