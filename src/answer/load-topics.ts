import fs from 'node:fs';
import { z } from 'zod';
import { AppError, describeSystemError } from '../errors.js';

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
    } catch {
      // Not the parser's message: it quotes the line, and the file may be anything (TOPICS_FILE=/etc/shadow).
      problems.push(`line ${n}: not valid JSON (one JSON object per line expected)`);
      return;
    }
    const r = topicSchema.safeParse(json);
    if (!r.success) {
      for (const issue of r.error.issues) {
        // Unknown keys are named by zod's message; the file's content is not repeated.
        const what = issue.code === 'unrecognized_keys' ? 'unknown field(s); allowed: id, title, description, query' : issue.message;
        problems.push(`line ${n}: ${issue.path.join('.') || 'topic'}: ${what}`);
      }
      return;
    }
    const seen = ids.get(r.data.id);
    if (seen) problems.push(`line ${n}: duplicate id "${r.data.id}" (first on line ${seen})`);
    ids.set(r.data.id, n);
    topics.push(r.data);
  });
  if (problems.length) {
    const shown = problems.length <= MAX_PROBLEMS ? problems : [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`];
    throw new AppError('TOPICS_INVALID', { file, problems: shown });
  }
  return topics;
}

/** Problems listed at most; a file that is not a topics file at all would list every line. */
const MAX_PROBLEMS = 10;

/**
 * Reads the topics file; a missing file means no topics.
 * @throws {AppError} TOPICS_INVALID, FILE_UNREADABLE (a folder, no permission).
 */
export function loadTopics(file: string): Topic[] {
  if (!fs.existsSync(file)) return [];
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new AppError('FILE_UNREADABLE', { what: 'topics file (TOPICS_FILE)', file, reason: describeSystemError(e) }, { cause: e });
  }
  return parseTopics(content, file);
}
