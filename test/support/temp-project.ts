import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';

/** A throw-away project folder: data/docs with the default corpus (optional) and an empty index. */
export interface TempProject {
  root: string;
  docs: string;
  config: Config;
  cleanup: () => void;
}

export function makeTempProject(options: { withDefaultCorpus?: boolean; env?: Record<string, string> } = {}): TempProject {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-bot-'));
  const docs = path.join(root, 'data', 'docs');
  fs.mkdirSync(docs, { recursive: true });
  if (options.withDefaultCorpus !== false) {
    for (const f of fs.readdirSync('data/docs')) fs.copyFileSync(path.join('data/docs', f), path.join(docs, f));
  }
  const config = loadConfig(
    {
      EMBEDDINGS: 'offline',
      TOPICS_FILE: path.resolve('data/topics.jsonl'),
      LOG_LEVEL: 'silent',
      // Linguistic resources take a second or two to load: tests that need them switch them on.
      THESAURUS_FILE: 'off',
      DICTIONARY_FILE: 'off',
      LEXICON: 'off',
      ...options.env,
    },
    root,
  );
  return { root, docs, config, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}
