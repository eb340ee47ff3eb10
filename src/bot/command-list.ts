import type { Command } from './command.js';
import ask from './commands/ask.js';
import help from './commands/help.js';
import reindex from './commands/reindex.js';
import sources from './commands/sources.js';
import topic from './commands/topic.js';
import topics from './commands/topics.js';

/** Every slash command of the bot, in the order Discord shows them. */
export const commands: readonly Command[] = [ask, topic, topics, sources, help, reindex];

/** The JSON bodies registered with Discord. */
export function commandDefinitions() {
  return commands.map((c) => c.data.toJSON());
}
