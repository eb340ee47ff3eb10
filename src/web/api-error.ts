/**
 * The API's error catalog: every error response is `{"error": {"code", "message"}}` with one of
 * these codes. Messages are English (the API is read by programs and their developers); the web
 * page shows its own German or English text per code.
 */
export const apiErrors = {
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  invalid_request: { status: 400, message: 'The request does not match the API description (see /api/openapi.json).' },
  empty_question: { status: 400, message: 'The question is empty. Send {"question": "..."} with some text.' },
  unauthorized: { status: 401, message: 'This API needs a token: send "Authorization: Bearer <WEB_TOKEN>".' },
  not_found: { status: 404, message: 'There is nothing at this address.' },
  passage_not_found: { status: 404, message: 'No passage with this id (the index may have changed since the answer).' },
  topic_not_found: { status: 404, message: 'No topic with this id; GET /api/topics lists them.' },
  answer_not_found: { status: 404, message: 'No recent answer with this id (answers are remembered for 24 hours).' },
  conversation_not_found: {
    status: 404,
    message: 'No conversation with this id (it may have expired). Ask again without conversationId to start a new one.',
  },
  method_not_allowed: { status: 405, message: 'This method is not allowed here.' },
  body_too_large: { status: 413, message: 'The request body is larger than 16 KB.' },
  uri_too_long: { status: 414, message: 'The URL is too long.' },
  unsupported_media_type: { status: 415, message: 'Send the body as JSON with "Content-Type: application/json".' },
  rate_limited: { status: 429, message: 'Too many questions from this client. Wait and try again (see Retry-After).' },
  shutting_down: { status: 503, message: 'The server is shutting down. Try again in a moment.' },
  internal: { status: 500, message: 'Something went wrong on the server. It has been logged; try again.' },
} as const;

export type ApiErrorCode = keyof typeof apiErrors;

/** Body of every error response. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

/** An error a route throws to answer with its catalog status and message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message?: string,
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message ?? apiErrors[code].message);
    this.status = apiErrors[code].status;
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}
