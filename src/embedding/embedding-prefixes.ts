import path from 'node:path';

/** Text put before every query / passage before tokenisation (e5 models are trained with them). */
export interface EmbeddingPrefixes {
  query: string;
  passage: string;
}

/** The prefixes the e5 family (intfloat/e5-*, multilingual-e5-*) expects. */
export const E5_PREFIXES: EmbeddingPrefixes = Object.freeze({ query: 'query: ', passage: 'passage: ' });

/**
 * Prefixes a model needs, decided from its name: e5 models get `query: ` / `passage: `, others
 * none. For a folder only its last segment counts, so a parent folder named "e5" changes nothing.
 * @param model hub id ("Xenova/multilingual-e5-small") or folder path
 * @returns the prefixes, or null when the model takes plain text
 */
export function defaultPrefixes(model: string): EmbeddingPrefixes | null {
  const name = path.basename(model.replace(/[\\/]+$/, ''));
  return /(^|[^a-z0-9])e5([^a-z0-9]|$)/i.test(name) ? E5_PREFIXES : null;
}
