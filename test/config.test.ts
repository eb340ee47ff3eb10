import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { ConfigError, configSchema, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('gives documented defaults for an empty environment', () => {
    const c = loadConfig({}, '/app');
    expect(c.DOCS_DIR).toBe('/app/data/docs');
    expect(c.EMBEDDINGS).toBe('auto');
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.RATE_LIMIT_PER_MINUTE).toBe(6);
  });

  it('names every invalid variable without echoing its value', () => {
    try {
      loadConfig({ EMBEDDINGS: 'gpu', RATE_LIMIT_PER_MINUTE: 'many', ADMIN_USER_IDS: 'secret-value-x' }, '/app');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/EMBEDDINGS/);
      expect(msg).toMatch(/RATE_LIMIT_PER_MINUTE/);
      expect(msg).toMatch(/ADMIN_USER_IDS/);
      expect(msg).not.toContain('secret-value-x');
    }
  });

  it('requires LLM_BASE_URL and LLM_MODEL together', () => {
    expect(() => loadConfig({ LLM_MODEL: 'x' }, '/app')).toThrow(/LLM_BASE_URL and LLM_MODEL/);
  });

  it('documents every variable of the schema in .env.example', () => {
    const example = fs.readFileSync('.env.example', 'utf8');
    for (const key of Object.keys(configSchema.shape)) expect(example, key).toMatch(new RegExp(`^${key}=`, 'm'));
  });
});
