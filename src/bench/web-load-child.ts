/** Child process of `npm run bench:web`: runs {@link runLoad} for the parent and reports back over IPC. */
import { runLoad, type LoadReply, type LoadRequest } from './web-load.js';

process.once('message', (m: LoadRequest) => {
  runLoad(m).then(
    (result) => process.send!({ type: 'done', ...result } satisfies LoadReply, () => process.exit(0)),
    (error: unknown) =>
      process.send!({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies LoadReply, () => process.exit(1)),
  );
});
