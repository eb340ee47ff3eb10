/**
 * Child process of `npm run bench:web`: runs {@link runLoad} for each request of the parent and
 * reports back over IPC; exits when the parent disconnects.
 */
import { runLoad, type LoadReply, type LoadRequest } from './web-load.js';

process.on('message', (m: LoadRequest) => {
  runLoad(m).then(
    (result) => process.send!({ type: 'done', ...result } satisfies LoadReply),
    (error: unknown) => process.send!({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies LoadReply),
  );
});
process.on('disconnect', () => process.exit(0));
