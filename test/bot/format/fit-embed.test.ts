import { describe, expect, it } from 'vitest';
import { embedLength, fitEmbed, joinLinesWithin } from '../../../src/bot/format/fit-embed.js';
import { DISCORD_LIMITS as L } from '../../../src/bot/format/limits.js';

const long = (n: number) => Array.from({ length: Math.ceil(n / 20) }, (_, i) => `Satz ${i} mit Inhalt [${(i % 5) + 1}].`).join(' ').slice(0, n);

describe('fitEmbed', () => {
  it('keeps an embed that fits unchanged', () => {
    const embed = { title: 'T', description: 'D [1].', fields: [{ name: '[1] Quelle', value: 'Zitat' }], footer: { text: 'F' } };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it('shortens every part to its own limit', () => {
    const out = fitEmbed({
      title: long(400), description: long(5000), footer: { text: long(3000) },
      fields: Array.from({ length: 30 }, () => ({ name: long(300), value: long(2000) })),
    }, 100_000);
    expect(out.title!.length).toBeLessThanOrEqual(L.embedTitle);
    expect(out.description!.length).toBeLessThanOrEqual(L.embedDescription);
    expect(out.footer!.text.length).toBeLessThanOrEqual(L.embedFooter);
    expect(out.fields).toHaveLength(L.embedFields);
    for (const f of out.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(L.embedFieldName);
      expect(f.value.length).toBeLessThanOrEqual(L.embedFieldValue);
    }
  });

  it('keeps the whole embed within 6,000 characters, keeping the description and shortening fields first', () => {
    const out = fitEmbed({
      title: long(200), description: long(4000), footer: { text: 'Index vom 14.03.2025' },
      fields: Array.from({ length: 10 }, (_, i) => ({ name: `[${i + 1}] Dokument`, value: long(1000) })),
    });
    expect(embedLength(out)).toBeLessThanOrEqual(L.embedTotal);
    expect(out.description!.length).toBeGreaterThan(3900);
    expect(out.fields!.length).toBeGreaterThan(0);
  });

  it('drops trailing fields rather than shrinking them to nothing', () => {
    const out = fitEmbed({ description: long(4096), fields: Array.from({ length: 25 }, (_, i) => ({ name: `[${i + 1}] D`, value: long(1024) })) });
    expect(embedLength(out)).toBeLessThanOrEqual(L.embedTotal);
    expect(out.fields!.length).toBeLessThan(25);
    for (const f of out.fields!) expect(f.value.length).toBeGreaterThanOrEqual(100);
  });

  it('never produces empty field names or values (Discord rejects them)', () => {
    const out = fitEmbed({ fields: [{ name: '', value: '' }] });
    expect(out.fields![0]!.name.length).toBeGreaterThan(0);
    expect(out.fields![0]!.value.length).toBeGreaterThan(0);
  });
});

describe('joinLinesWithin', () => {
  const more = (n: number) => `… und ${n} weitere`;

  it('joins all lines when they fit', () => {
    expect(joinLinesWithin(['a', 'b'], 10, more)).toBe('a\nb');
  });

  it('says how many lines were left out and stays within the limit', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `• Dokument Nummer ${i}`);
    const out = joinLinesWithin(lines, 200, more);
    expect(out.length).toBeLessThanOrEqual(200);
    const kept = out.split('\n').length - 1;
    expect(out.endsWith(more(100 - kept))).toBe(true);
  });
});
