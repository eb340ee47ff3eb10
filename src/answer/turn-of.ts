import type { Answer, Turn } from './types.js';

/**
 * The turn a front end keeps for follow-ups after an answer. Every front end (terminal,
 * Discord, web, eval) builds history through this one function, so the engine sees the same
 * conversation whichever way a user asks: a declined turn is kept, marked, and passes no subject on.
 */
export function turnOf(answer: Answer): Turn {
  return {
    question: answer.question,
    resolvedQuestion: answer.resolvedQuestion,
    answerText: answer.text,
    abstained: answer.abstained,
    ...(answer.subjectFound ? { subjectFound: true } : {}),
    citedPassageIds: answer.citations.map((c) => c.passageId),
  };
}
