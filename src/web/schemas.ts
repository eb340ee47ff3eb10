/**
 * JSON Schemas of the API: Fastify validates requests and serializes responses with them, and
 * `/api/openapi.json` publishes them, so the description cannot drift from the behaviour.
 */

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

export const citationSchema = {
  $id: 'Citation',
  type: 'object',
  required: ['n', 'passageId', 'docId', 'title', 'section', 'location', 'text', 'score'],
  properties: {
    n: { type: 'integer', description: 'Marker number as it appears in the answer text: [n].' },
    passageId: { type: 'string', description: 'For GET /api/passages/{id}.' },
    docId: { type: 'string' },
    title: { type: 'string' },
    section: { type: 'string', description: 'Section headings joined with " › " ("" when none).' },
    location: { type: 'string', description: 'Page or position in the document, human-readable.' },
    url: { type: 'string', description: 'Link to the original, when known (http/https).' },
    text: { type: 'string', description: 'Verbatim quote from the passage (ellipses where cut).' },
    score: { type: 'number' },
  },
} as const;

export const answerSchema = {
  $id: 'Answer',
  type: 'object',
  required: ['answerId', 'question', 'answer', 'abstained', 'lang', 'citations', 'suggestions', 'timings'],
  properties: {
    answerId: { type: 'string', description: 'For POST /api/feedback.' },
    question: { type: 'string' },
    answer: { type: 'string', description: 'Plain text (never HTML) with [n] markers.' },
    abstained: { type: 'boolean', description: 'true when the documents do not answer the question.' },
    lang: { type: 'string', enum: ['de', 'en'] },
    citations: { type: 'array', items: { $ref: 'Citation#' } },
    emphasis: {
      type: 'array',
      description: 'Ranges of answer (UTF-16 offsets, end exclusive) that hold the fact asked for (date, number, name); shown in bold.',
      items: { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
    },
    suggestions: { type: 'array', items: { type: 'string' }, description: 'Topic titles, when declined.' },
    notice: { type: 'string', description: 'A note, e.g. that the question was shortened.' },
    conversationId: { type: 'string', description: 'Send it with the next question for a follow-up.' },
    timings: {
      type: 'object',
      required: ['retrievalMs', 'totalMs'],
      properties: { retrievalMs: { type: 'number' }, totalMs: { type: 'number' } },
    },
  },
} as const;

export const passageSchema = {
  $id: 'Passage',
  type: 'object',
  required: ['id', 'docId', 'title', 'section', 'location', 'text'],
  properties: {
    id: { type: 'string' },
    docId: { type: 'string' },
    title: { type: 'string' },
    section: { type: 'string' },
    location: { type: 'string' },
    url: { type: 'string' },
    text: { type: 'string' },
  },
} as const;

export const topicSchema = {
  $id: 'Topic',
  type: 'object',
  required: ['id', 'title', 'description'],
  properties: { id: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' } },
} as const;

export const askBodySchema = {
  type: 'object',
  required: ['question'],
  additionalProperties: false,
  properties: {
    question: { type: 'string', minLength: 1, description: 'The question; longer than MAX_QUESTION_CHARS is shortened with a notice.' },
    conversationId: { type: 'string', minLength: 1, maxLength: 100, description: 'From an earlier answer: ask a follow-up.' },
  },
} as const;

export const feedbackBodySchema = {
  type: 'object',
  required: ['answerId', 'vote'],
  additionalProperties: false,
  properties: {
    answerId: { type: 'string', minLength: 1, maxLength: 200 },
    vote: { type: 'string', enum: ['up', 'down'] },
  },
} as const;

export const idParamsSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 1000 } },
} as const;

export const langQuerySchema = {
  type: 'object',
  properties: { lang: { type: 'string', enum: ['de', 'en'], description: 'Framing language (default: German).' } },
} as const;

export const healthSchema = {
  type: 'object',
  required: ['status', 'passages'],
  properties: { status: { type: 'string', enum: ['ok'] }, passages: { type: 'integer' } },
} as const;

/** Shared schemas, registered once with `app.addSchema`. */
export const sharedSchemas = [errorSchema, citationSchema, answerSchema, passageSchema, topicSchema];

/** Error responses by status, for route schemas and the OpenAPI description. */
export function errorResponses(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(statuses.map((s) => [s, { $ref: 'Error#' }]));
}
