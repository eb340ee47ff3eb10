import { describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (v: Float32Array) => Math.sqrt(cosine(v, v));

describe('OfflineEmbedder', () => {
  const embedder = new OfflineEmbedder({ dimensions: 512 });
  const q = (t: string) => embedder.embedQuery(t);

  it('describes itself as the versioned offline scheme with the configured dimensions', () => {
    expect(new OfflineEmbedder({ dimensions: 96 }).info).toEqual({ kind: 'offline', model: 'hashed-char-ngrams-v1', dimensions: 96 });
  });

  it('returns vectors of the configured length', async () => {
    const [v] = await new OfflineEmbedder({ dimensions: 96 }).embedPassages(['Das OZG verpflichtet Bund und Länder.']);
    expect(v).toBeInstanceOf(Float32Array);
    expect(v!.length).toBe(96);
  });

  it('returns unit-length vectors, also for texts without any word', async () => {
    const vectors = await embedder.embedPassages(['Glasfaser für alle Schulen im Land', 'x', '', '!!! … ???', 'a '.repeat(500)]);
    for (const v of vectors) expect(norm(v)).toBeCloseTo(1, 5);
  });

  it('gives the same vector for the same text, across instances and runs', async () => {
    const text = 'Breitbandausbau in Mecklenburg-Vorpommern';
    const a = await new OfflineEmbedder({ dimensions: 64 }).embedQuery(text);
    const b = await new OfflineEmbedder({ dimensions: 64 }).embedPassages([text]);
    expect(Array.from(a)).toEqual(Array.from(b[0]!));
    // Pinned values: if these change, existing indexes are invalid and the scheme name must change.
    const pinned = [-0.09099, -0.08511, 0.06809, -0.02724, -0.0458, 0.06809];
    pinned.forEach((x, i) => expect(a[i]).toBeCloseTo(x, 4));
  });

  it('ignores case and diacritics', async () => {
    expect(Array.from(await q('EINFÜHRUNG der Straße'))).toEqual(Array.from(await q('einfuhrung DER strasse')));
  });

  it('puts inflected and derived forms clearly closer than unrelated words', async () => {
    const related = cosine(await q('Einführung'), await q('eingeführt'));
    const relatedCompound = cosine(await q('Breitbandausbau'), await q('Breitband-Versorgung'));
    const unrelated = [
      cosine(await q('Einführung'), await q('Glasfaser')),
      cosine(await q('Einführung'), await q('Haushalt')),
      cosine(await q('Breitbandausbau'), await q('Personalausweis')),
      cosine(await q('Breitbandausbau'), await q('Schulträger')),
    ];
    const worstUnrelated = Math.max(...unrelated);
    expect(related).toBeGreaterThan(0.4);
    expect(relatedCompound).toBeGreaterThan(0.2);
    expect(related).toBeGreaterThan(worstUnrelated + 0.25);
    expect(relatedCompound).toBeGreaterThan(worstUnrelated + 0.1);
  });

  it('ranks the passage that answers a paraphrased question first', async () => {
    const question = await q('Wann wurde die elektronische Akte eingeführt?');
    const [answer, other] = await embedder.embedPassages([
      'Die Einführung der E-Akte in der Landesverwaltung ist abgeschlossen.',
      'Wie schnell ist das Internet auf dem Land? Der Mobilfunk wird ausgebaut.',
    ]);
    expect(cosine(question, answer!)).toBeGreaterThan(cosine(question, other!) + 0.2);
  });

  it('gives stop words little weight', async () => {
    // Sharing only "die" and "der" must not make two texts about different things similar.
    expect(cosine(await q('die Schule der Stadt'), await q('die Behörde der Region'))).toBeLessThan(0.15);
  });

  it('counts repeated words sublinearly', async () => {
    const repeated = await q(`${'Glasfaser '.repeat(8)}Mobilfunk`);
    // With raw counts Mobilfunk would have 1/8 of Glasfaser's weight (cosine ~0.12); 1 + ln 8 ≈ 3.1 keeps it visible.
    expect(cosine(repeated, await q('Mobilfunk'))).toBeGreaterThan(0.25);
  });

  it('equals the passage vector for a query without term weights', async () => {
    const text = 'Wer betreibt das Landesportal?';
    expect(Array.from(await q(text))).toEqual(Array.from((await embedder.embedPassages([text]))[0]!));
  });

  it('moves the query towards the words with a high term weight', async () => {
    const question = 'Förderung Breitband Schule';
    const plain = await q(question);
    const weighted = await embedder.embedQuery(question, { termWeight: (w) => (w === 'breitband' ? 5 : 0.5) });
    expect(Array.from(weighted)).not.toEqual(Array.from(plain));
    expect(norm(weighted)).toBeCloseTo(1, 5);
    const breitband = await q('Breitband');
    expect(cosine(weighted, breitband)).toBeGreaterThan(cosine(plain, breitband) + 0.2);
  });

  it('passes folded words to termWeight and treats odd weights safely', async () => {
    const seen: string[] = [];
    const v = await embedder.embedQuery('Förderung für Straßen', {
      termWeight: (w) => {
        seen.push(w);
        return w === 'fur' ? Number.NaN : -3;
      },
    });
    expect(seen.sort()).toEqual(['forderung', 'fur', 'strassen']);
    // Negative weights count as 0, NaN as 1: only "für" is left, still a unit vector.
    expect(norm(v)).toBeCloseTo(1, 5);
    expect(Array.from(v)).toEqual(Array.from(await q('für')));
  });

  it('reports progress up to the total', async () => {
    const reports: number[] = [];
    const texts = Array.from({ length: 2500 }, (_, i) => `Passage ${i} über Verwaltung`);
    const out = await embedder.embedPassages(texts, (p) => {
      expect(p.total).toBe(2500);
      reports.push(p.done);
    });
    expect(out).toHaveLength(2500);
    expect(reports).toEqual([1024, 2048, 2500]);
  });

  it('rejects a non-positive dimension count', () => {
    expect(() => new OfflineEmbedder({ dimensions: 0 })).toThrow(/dimensions/);
  });
});
