import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/types.js';
import { parseButtonId } from '../../../src/bot/custom-ids.js';
import { buildAnswerMessage, citationHeading, COLOR_ABSTAINED, COLOR_ANSWER } from '../../../src/bot/format/answer-message.js';
import { embedLength } from '../../../src/bot/format/fit-embed.js';
import { DISCORD_LIMITS as L } from '../../../src/bot/format/limits.js';
import { FAKE_INFO } from '../../fakes/fake-answer-service.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: 'a1', question: 'Was plant das Land?', resolvedQuestion: 'Was plant das Land?', lang: 'de', abstained: false,
    text: 'Alles wird digital [1]. Die Kommunen helfen [2].', suggestions: [], timings: { retrievalMs: 1, totalMs: 2 },
    citations: [2, 1].map((n) => ({ n, passageId: `doc#${n}`, docId: 'doc', title: 'Strategie', section: n === 1 ? 'Ziele' : '', location: `S. ${n}`, text: `Zitat ${n}`, score: 1 })),
    ...overrides,
  };
}

describe('buildAnswerMessage', () => {
  it('puts the answer text in the description and one field per source, numbered in order', () => {
    const { embeds } = buildAnswerMessage(answer(), FAKE_INFO, 'de');
    const embed = embeds[0]!;
    expect(embed.description).toBe('Alles wird digital [1]. Die Kommunen helfen [2].');
    expect(embed.fields!.map((f) => f.name)).toEqual(['[1] Strategie · Ziele · S. 1', '[2] Strategie · S. 2']);
    expect(embed.fields![0]!.value).toBe('„Zitat 1“');
    expect(embed.color).toBe(COLOR_ANSWER);
  });

  it('shows the span that answers in bold, and escapes markdown inside and around it', () => {
    const text = 'DOMEA kommt *bald*: bis Ende 2013 [1]';
    const start = text.indexOf('bis Ende 2013');
    const { embeds } = buildAnswerMessage(answer({ text, emphasis: [{ start, end: start + 'bis Ende 2013'.length }] }), FAKE_INFO, 'de');
    expect(embeds[0]!.description).toBe('DOMEA kommt \\*bald\\*: **bis Ende 2013** [1]');
  });

  it('shows the index date and embedder in the footer, in the requested language', () => {
    expect(buildAnswerMessage(answer(), FAKE_INFO, 'de').embeds[0]!.footer!.text).toBe('Index vom 14.03.2025 · offline:hashed-512');
    expect(buildAnswerMessage(answer(), FAKE_INFO, 'en').embeds[0]!.footer!.text).toBe('Index of 14/03/2025 · offline:hashed-512');
  });

  it('gives abstentions another colour and lists the suggestions', () => {
    const { embeds } = buildAnswerMessage(answer({ abstained: true, citations: [], suggestions: ['Kommunen', 'Datenschutz'], text: 'Dazu steht nichts drin.' }), FAKE_INFO, 'de');
    expect(embeds[0]!.color).toBe(COLOR_ABSTAINED);
    expect(embeds[0]!.fields!.at(-1)!.value).toBe('• Kommunen\n• Datenschutz');
  });

  it('adds a source button per citation and 👍/👎 buttons, all with parseable custom ids', () => {
    const { components } = buildAnswerMessage(answer(), FAKE_INFO, 'de');
    const buttons = components.flatMap((row) => row.components);
    const actions = buttons.map((b) => parseButtonId('custom_id' in b ? b.custom_id : ''));
    expect(actions).toEqual([
      { kind: 'source', passageId: 'doc#1' },
      { kind: 'source', passageId: 'doc#2' },
      { kind: 'feedback', vote: 'up', answerKey: 'a1' },
      { kind: 'feedback', vote: 'down', answerKey: 'a1' },
    ]);
  });

  it('stays within every limit for a huge answer with ten long citations', () => {
    const citations = Array.from({ length: 10 }, (_, i) => ({
      n: i + 1, passageId: `p${i}`.repeat(30), docId: 'd', title: 'T'.repeat(300), section: 'S', location: 'L', text: 'Wort '.repeat(400), score: 1,
    }));
    const msg = buildAnswerMessage(answer({ text: 'Ein Satz [1]. '.repeat(600), question: 'F'.repeat(500), citations }), FAKE_INFO, 'de');
    const embed = msg.embeds[0]!;
    expect(embedLength(embed)).toBeLessThanOrEqual(L.embedTotal);
    expect(embed.title!.length).toBeLessThanOrEqual(L.embedTitle);
    expect(embed.description!.length).toBeLessThanOrEqual(L.embedDescription);
    expect(msg.components.length).toBeLessThanOrEqual(L.actionRows);
    for (const row of msg.components) {
      expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
      for (const b of row.components) if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(L.customId);
    }
  });

  it('escapes document text and never allows pings', () => {
    const msg = buildAnswerMessage(answer({ question: '@everyone <@&1> **laut**', text: 'Text @here [1].' }), FAKE_INFO, 'de');
    const json = JSON.stringify(msg.embeds);
    expect(json).not.toMatch(/@everyone|@here|<@&/);
    expect(msg.embeds[0]!.title).toContain('\\*\\*laut\\*\\*');
    expect(msg.allowedMentions.parse).toEqual([]);
  });
});

describe('buildAnswerMessage with source links', () => {
  it('links the source title to the document’s original', () => {
    const a = answer({ citations: [{ n: 1, passageId: 'd#1', docId: 'd', title: 'Pressemitteilung', section: '', location: 'Absatz 2', url: 'https://www.regierung-mv.de/presse?id=1', text: 'Zitat', score: 1 }] });
    const field = buildAnswerMessage(a, FAKE_INFO, 'de').embeds[0]!.fields![0]!;
    expect(field.name).toBe('[1] Pressemitteilung · Absatz 2');
    expect(field.value).toBe('🔗 [Pressemitteilung](https://www.regierung-mv.de/presse?id=1)\n„Zitat“');
  });

  it('keeps a hostile title and URL from breaking out of the link', () => {
    const a = answer({ citations: [{ n: 1, passageId: 'd#1', docId: 'd', title: 'Evil](https://bad.example) @everyone', section: '', location: '', url: 'https://ok.example/a)b c', text: 'Zitat', score: 1 }] });
    const value = buildAnswerMessage(a, FAKE_INFO, 'de').embeds[0]!.fields![0]!.value;
    expect(value.split('\n')[0]).toBe('🔗 [Evil)(https:\u200b//bad.example) @\u200beveryone](https://ok.example/a%29b%20c)');
  });

  it('shows no link for a URL that is not http(s)', () => {
    const a = answer({ citations: [{ n: 1, passageId: 'd#1', docId: 'd', title: 'T', section: '', location: '', url: 'javascript:alert(1)', text: 'Zitat', score: 1 }] });
    expect(buildAnswerMessage(a, FAKE_INFO, 'de').embeds[0]!.fields![0]!.value).toBe('„Zitat“');
  });
});

describe('citationHeading', () => {
  it('leaves out empty parts', () => {
    expect(citationHeading({ n: 3, title: 'Doc', section: '', location: 'S. 9' })).toBe('[3] Doc · S. 9');
  });
});
