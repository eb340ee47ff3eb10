import { foldText } from '../text/fold.js';
import { isContent } from '../search/analyzer.js';
import type { Turn } from './types.js';

export interface Resolution {
  /** The question to retrieve with when it is a follow-up: the previous subject and the new question. */
  resolved: string;
  /** The turn leans on the previous one for its subject. */
  isFollowUp: boolean;
  /** "Was noch?" / "what else?": the same subject, other passages. */
  wantsMore: boolean;
  /** The turn it leans on was declined (so it has no subject to lean on). */
  previousDeclined: boolean;
}

/** Opens a turn that continues the previous one ("Und das Land?", "and when?", "what about …"). */
const CONNECTOR = /^(und|aber|also|sowie|dann|and|but|what about|how about)\b/i;
const MORE = /\b(was noch|sonst noch|noch mehr|noch etwas|weiteres?|weitere|what else|anything else|more)\b/i;
/** "Was noch? Wie soll das organisiert werden?": asking for more at the start, whatever follows. */
const MORE_FIRST = /^(was noch|sonst noch|noch mehr|what else|anything else)\b/i;
/**
 * Words that point back to the previous subject. Articles are no references ("das Wetter"):
 * "das"/"dies"/"this"/"that" count only when no word follows ("Was kostet das?"). "es" is left
 * out: it is mostly expletive ("Wie viele Projekte gibt es?").
 */
const REFERENCE = /\b(dort|dafür|dazu|davon|damit|darin|daran|dabei|dessen|deren|ihn|ihm|ihr|ihre|ihren|sein|seine|seinen|it|they|them|there|its|their)\b|\b(das|dies|dieses|diese|this|that|these)\b(?!\s+[\p{L}\p{N}])/iu;
/** Says that the subject changes ("Ganz anderes Thema: …"). */
const NEW_TOPIC = /\b(anderes thema|andere frage|neues thema|themawechsel|different topic|another topic|new topic|unrelated)\b/i;
const MAX_RESOLVED_WORDS = 40;

/**
 * Decides whether a turn leans on the previous one for its subject: it says "what else", opens
 * with a connector ("Und …", "and …"), points back ("dort", "dafür", "das?"), or has no content
 * word of its own ("Bis wann?"). A turn that announces a new topic never does. The engine still
 * answers a connector turn on its own when it names its own subject. Pure.
 */
export function resolveFollowUp(question: string, history: Turn[] | undefined): Resolution {
  const prev = history?.at(-1);
  const plain = { resolved: question, isFollowUp: false, wantsMore: false, previousDeclined: false };
  if (!prev || NEW_TOPIC.test(question)) return plain;
  const words = question.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const content = words.filter((w) => isContent(foldText(w)));
  const short = words.length <= 5;
  const wantsMore = (short && MORE.test(question)) || MORE_FIRST.test(question.trim());
  const isFollowUp = wantsMore || CONNECTOR.test(question.trim()) || REFERENCE.test(question) || content.length === 0;
  if (!isFollowUp) return plain;
  return {
    resolved: combine(prev.resolvedQuestion, wantsMore ? '' : question),
    isFollowUp,
    wantsMore,
    previousDeclined: !!prev.abstained,
  };
}

/** The previous subject followed by the new question, kept to a bounded length. */
export function combine(previous: string, question: string): string {
  const joined = `${previous} ${question}`.trim().split(/\s+/);
  return joined.slice(-MAX_RESOLVED_WORDS).join(' ');
}
