import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors.js';

export const topicSchema = z
  .object({
    /** Short stable id, used by `/topic name`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'must be lower-case letters, digits and dashes (max 41)'),
    title: z.string().min(1).max(80),
    description: z.string().min(1).max(200),
    /** The question that defines the topic (retrieval runs it). */
    query: z.string().min(3).max(500),
  })
  .strict();

export type Topic = z.infer<typeof topicSchema>;

/**
 * Parses a topics file in JSON Lines (one topic per line; blank lines and lines starting with
 * `#` are ignored). Errors name the line and the field.
 * @throws {AppError} TOPICS_INVALID with every problem found.
 */
export function parseTopics(content: string, file: string): Topic[] {
  const problems: string[] = [];
  const topics: Topic[] = [];
  const ids = new Map<string, number>();
  content.split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    if (!line.trim() || line.trim().startsWith('#')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      problems.push(`line ${n}: not valid JSON (${(e as Error).message})`);
      return;
    }
    const r = topicSchema.safeParse(json);
    if (!r.success) {
      for (const issue of r.error.issues) problems.push(`line ${n}: ${issue.path.join('.') || 'topic'}: ${issue.message}`);
      return;
    }
    const seen = ids.get(r.data.id);
    if (seen) problems.push(`line ${n}: duplicate id "${r.data.id}" (first on line ${seen})`);
    ids.set(r.data.id, n);
    topics.push(r.data);
  });
  if (problems.length) throw new AppError('TOPICS_INVALID', { file, problems });
  return topics;
}

/** Reads the topics file; a missing file means no topics. */
export function loadTopics(file: string): Topic[] {
  if (!fs.existsSync(file)) return [];
  return parseTopics(fs.readFileSync(file, 'utf8'), file);
}
