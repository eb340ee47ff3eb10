import type {
  Answer,
  AnswerService,
  AskOptions,
  IndexInfo,
  Lang,
  PassageView,
  ReindexSummary,
  TopicSummary,
} from '../../src/answer/types.js';

/** Passages of the fake corpus. */
export const FAKE_PASSAGES: PassageView[] = [
  {
    id: 'strategie-2030#p1', docId: 'strategie-2030', title: 'E-Government-Strategie 2030', section: 'Ziele › Digitale Verwaltung',
    location: 'S. 4', url: 'https://www.example.org/strategie-2030.pdf', text: 'Bis 2030 sollen alle Verwaltungsleistungen des Landes auch digital angeboten werden. Das Nutzerkonto wird zentral bereitgestellt.',
  },
  {
    id: 'strategie-2030#p7', docId: 'strategie-2030', title: 'E-Government-Strategie 2030', section: 'Umsetzung',
    location: 'S. 12', text: 'Die Kommunen werden über ein Förderprogramm beim Anschluss an die Basisdienste unterstützt.',
  },
];

export const FAKE_TOPICS: TopicSummary[] = [
  { id: 'digitale-verwaltung', title: 'Digitale Verwaltungsleistungen', description: 'Online-Zugang zu Leistungen' },
  { id: 'kommunen', title: 'Unterstützung der Kommunen', description: 'Förderung und Basisdienste' },
  { id: 'datenschutz', title: 'Datenschutz und Sicherheit', description: 'Informationssicherheit' },
];

export const FAKE_INFO: IndexInfo = {
  createdAt: '2025-03-14T09:30:00.000Z', embedder: 'offline:hashed-512', model: 'hashed-512', dimensions: 512, passages: 2,
  documents: [{ docId: 'strategie-2030', title: 'E-Government-Strategie 2030', format: 'pdf', passages: 2 }],
};

/** Questions containing this word get an abstention. */
export const ABSTAIN_WORD = 'Mondlandung';

/**
 * A deterministic AnswerService: every question is answered from the two fake passages with
 * citations [1] and [2] (the question is echoed in the text, so escaping is visible), or abstains
 * when it contains {@link ABSTAIN_WORD}. Records every call; `reindex()` waits until
 * {@link finishReindex} is called; {@link failNextAsk} makes the next `ask` reject; {@link pauseAsks} holds answers.
 */
export class FakeAnswerService implements AnswerService {
  readonly asks: { question: string; options: AskOptions | undefined }[] = [];
  readonly overviews: { id: string; lang: Lang | undefined }[] = [];
  reindexCalls = 0;
  private counter = 0;
  private askFailure: Error | undefined;
  private pendingReindex: ((summary: ReindexSummary) => void) | undefined;
  private paused: Promise<void> | undefined;

  async ask(question: string, options?: AskOptions): Promise<Answer> {
    this.asks.push({ question, options });
    if (this.askFailure) {
      const failure = this.askFailure;
      this.askFailure = undefined;
      throw failure;
    }
    await this.paused;
    return this.answer(question, question.includes(ABSTAIN_WORD));
  }

  topics(): TopicSummary[] {
    return FAKE_TOPICS;
  }

  async topicOverview(id: string, lang?: Lang): Promise<Answer | undefined> {
    this.overviews.push({ id, lang });
    const topic = FAKE_TOPICS.find((t) => t.id === id);
    return topic ? this.answer(topic.title, false) : undefined;
  }

  info(): IndexInfo {
    return FAKE_INFO;
  }

  passage(id: string): PassageView | undefined {
    return FAKE_PASSAGES.find((p) => p.id === id);
  }

  reindex(): Promise<ReindexSummary> {
    this.reindexCalls++;
    return new Promise((resolve) => {
      this.pendingReindex = resolve;
    });
  }

  /** Completes the running `reindex()` with a fixed summary. */
  finishReindex(): void {
    this.pendingReindex?.({
      documents: { added: 1, changed: 0, unchanged: 3, removed: 0, skipped: 1 },
      skipped: [{ file: 'scan.pdf', reason: 'no text layer' }],
      passages: 42, embedded: 7, embedder: 'offline:hashed-512', ms: 1234,
    });
    this.pendingReindex = undefined;
  }

  /** Makes `ask` wait until the returned function is called (answers in flight during shutdown). */
  pauseAsks(): () => void {
    let release!: () => void;
    this.paused = new Promise((resolve) => (release = resolve));
    return () => {
      this.paused = undefined;
      release();
    };
  }

  failNextAsk(error: Error): void {
    this.askFailure = error;
  }

  private answer(question: string, abstained: boolean): Answer {
    const [p1, p2] = FAKE_PASSAGES as [PassageView, PassageView];
    const id = `ans-${++this.counter}`;
    const base = { id, question, resolvedQuestion: question, lang: 'de' as const, timings: { retrievalMs: 1, totalMs: 2 } };
    if (abstained) {
      return { ...base, abstained: true, text: `Zu „${question}“ steht nichts in den Dokumenten.`, citations: [], suggestions: ['Digitale Verwaltungsleistungen', 'Unterstützung der Kommunen'] };
    }
    return {
      ...base,
      abstained: false,
      text: `Zu „${question}“: Alle Leistungen sollen bis 2030 digital angeboten werden [1]. Die Kommunen werden gefördert [2].`,
      citations: [p1, p2].map((p, i) => ({
        n: i + 1, passageId: p.id, docId: p.docId, title: p.title, section: p.section, location: p.location,
        page: i === 0 ? 4 : 12, text: p.text.slice(0, 80), score: 1 - i / 10,
      })),
      suggestions: [],
    };
  }
}
