import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-error.js';
import { answerWebQuestion, checkWebRateLimit } from '../answer-web-question.js';
import { askBodySchema, errorResponses } from '../schemas.js';
import { toApiAnswer } from '../to-api-answer.js';
import type { WebContext } from '../web-context.js';

interface AskBody {
  question: string;
  conversationId?: string;
}

/** One server-sent event. */
function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * `POST /api/ask`: a cited answer, or a decline. Without `conversationId` a conversation starts;
 * with one, the question is its next turn. With `Accept: text/event-stream` and a streaming
 * service (LLM configured) the unchecked text streams as `partial` events, then `answer`.
 */
export function registerAskRoute(app: FastifyInstance, ctx: WebContext): void {
  app.post<{ Body: AskBody }>(
    '/api/ask',
    {
      schema: {
        summary: 'Ask a question',
        description:
          'Answers from the documents with numbered citations, or declines (abstained: true). Send the returned conversationId with the next question for a follow-up. ' +
          'With "Accept: text/event-stream" and an LLM configured, the response is a stream of "partial" events ({text}, unchecked) ending with one "answer" event (the body below) or an "error" event.',
        eventStream: 'With an LLM configured and "Accept: text/event-stream": "partial" events {text} (unchecked), then one "answer" event (the JSON body) or an "error" event ({error}).',
        body: askBodySchema,
        response: { 200: { $ref: 'Answer#' }, ...errorResponses(400, 401, 404, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { question } = request.body;
      if (question.trim() === '') throw new ApiError('empty_question');
      let conversationId = request.body.conversationId;
      if (conversationId !== undefined && !ctx.liveConversations.get(conversationId)) throw new ApiError('conversation_not_found');
      checkWebRateLimit(ctx, request.ip);
      conversationId ??= randomUUID();
      ctx.liveConversations.set(conversationId, true);
      const id = conversationId;
      const { service } = ctx;

      const streaming = service.askStream && (request.headers.accept ?? '').includes('text/event-stream');
      if (!streaming) {
        const answer = await answerWebQuestion(ctx, (options) => service.ask(question, options), id);
        return toApiAnswer(answer!, id);
      }
      const stream = new PassThrough();
      // A client that goes away closes the stream; the answer still completes (and is remembered).
      stream.on('error', () => undefined);
      const open = () => !stream.destroyed && !stream.writableEnded;
      const send = (event: string, data: unknown, last = false) => open() && (last ? stream.end(sse(event, data)) : stream.write(sse(event, data)));
      void answerWebQuestion(ctx, (options) => service.askStream!(question, options, (text) => void send('partial', { text })), id)
        .then((answer) => send('answer', toApiAnswer(answer!, id), true))
        .catch((error: unknown) => {
          const apiError = error instanceof ApiError ? error : new ApiError('internal');
          if (!(error instanceof ApiError)) ctx.logger.error('streamed answer failed', { error });
          send('error', apiError.toBody(), true);
        });
      return reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-store').send(stream);
    },
  );
}
