import path from 'node:path';
import { loadConfig, type Config } from '../config.js';

/**
 * The project's configuration for a benchmark corpus: the schema's defaults (plus any tuning
 * variables set in the environment, e.g. HNSW_EF_SEARCH=64 to try a value), with the paths
 * pointed at the benchmark's temp folders. `.env` is not read: a developer's local settings
 * must not silently change published numbers.
 */
export function benchConfig(docsDir: string, indexDir: string): Config {
  return loadConfig({
    ...process.env,
    DOCS_DIR: docsDir,
    INDEX_DIR: indexDir,
    // No topics: abstentions then carry no suggestions, which costs nothing to measure.
    TOPICS_FILE: path.join(indexDir, '..', 'no-topics.jsonl'),
    FEEDBACK_FILE: path.join(indexDir, '..', 'feedback.jsonl'),
    LOG_LEVEL: 'silent',
  });
}
