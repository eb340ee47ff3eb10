import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AskOptions } from '../../../src/answer/types.js';
import { FakeAnswerService } from '../../fakes/fake-answer-service.js';
import { startHarness, snowflake, user, type Harness } from '../harness.js';

/** A service that streams like the LLM path: partial texts over ~2.5 s, then the checked answer. */
class StreamingService extends FakeAnswerService {
  async askStream(question: string, options: AskOptions, onPartial: (t: string) => void): Promise<Answer> {
    const parts = ['Bis 2030', ' sollen alle', ' Leistungen', ' digital sein', ' [1]. UNGEPRÜFT'];
    let text = '';
    for (const p of parts) {
      text += p;
      onPartial(text);
      await new Promise((r) => setTimeout(r, 500));
    }
    return this.ask(question, options);
  }
}

describe('/ask with a streaming (LLM) answer service', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, new StreamingService());
  });
  afterAll(async () => {
    await h.close();
  });

  it('edits the reply at most about once a second and ends with the checked answer', async () => {
    const { payload } = h.command('ask', { question: 'Was gilt bis 2030?' }, { user: user(snowflake(), 's') });
    await h.responseTo(payload, 'callback');
    // The final message carries the buttons; wait for it.
    const final = await h.discord.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(payload.token) && Array.isArray(r.body?.components) && r.body.components.length > 0);
    const edits = h.discord.requests.filter((r) => r.method === 'PATCH' && r.path.includes(payload.token));
    const previews = edits.filter((r) => r !== final);
    expect(previews.length).toBeGreaterThanOrEqual(1);
    expect(previews.length).toBeLessThanOrEqual(5); // never more edits than partials; throttling is the spacing check below
    for (let i = 1; i < previews.length; i++) expect(previews[i]!.time - previews[i - 1]!.time).toBeGreaterThanOrEqual(900);
    expect(previews[0]!.body.embeds[0].footer.text).toMatch(/Wird geschrieben/);
    expect(previews.every((r) => r.body.allowed_mentions?.parse?.length === 0)).toBe(true);
    expect(edits.at(-1)).toBe(final);
    expect(final.body.embeds[0].description).not.toContain('UNGEPRÜFT');
  });
});
