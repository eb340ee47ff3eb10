/**
 * Structured logging: one JSON object per line on stderr (stdout stays free for answers and
 * `--json` output). Values that look like secrets are redacted before writing.
 */
import { terminalSafe } from './text/terminal-safe.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Strings never to be written (tokens, API keys). */
  secrets?: (string | undefined)[];
  /** Where lines go; default: process.stderr. */
  write?: (line: string) => void;
  base?: Record<string, unknown>;
  /** `json` (default): one object per line, for log collectors. `pretty`: `warn: message k=v`, for people at a terminal. */
  format?: 'json' | 'pretty';
}

const SECRET_KEYS = /token|secret|password|api[_-]?key|authorization/i;
// Discord bot tokens: three base64url parts separated by dots.
const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g;

const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = order[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= 6);
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const scrub = (s: string) => {
    let out = s.replace(TOKEN_SHAPE, '[redacted]');
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };
  const make = (base: Record<string, unknown>): Logger => {
    const log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => {
      if (order[level] < min) return;
      const record: Record<string, unknown> = { time: new Date().toISOString(), level, msg, ...base };
      for (const [k, v] of Object.entries(fields ?? {})) {
        record[k] = SECRET_KEYS.test(k) ? '[redacted]' : v instanceof Error ? { message: v.message, stack: v.stack } : v;
      }
      if (options.format === 'pretty') {
        const extra = Object.entries(record)
          .filter(([k]) => !['time', 'level', 'msg'].includes(k))
          .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
        // Pretty lines are read on a terminal: file names and document text in them are untrusted.
        write(terminalSafe(scrub([`${level}: ${msg}`, ...extra].join(' '))));
        return;
      }
      // JSON.stringify escapes C0 controls but not C1 or bidi controls; escape those too.
      write(scrub(JSON.stringify(record)).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    };
    return {
      debug: (m, f) => log('debug', m, f),
      info: (m, f) => log('info', m, f),
      warn: (m, f) => log('warn', m, f),
      error: (m, f) => log('error', m, f),
      child: (fields) => make({ ...base, ...fields }),
    };
  };
  return make(options.base ?? {});
}

/** A logger that drops everything (tests, `--json` runs). */
export const silentLogger: Logger = createLogger({ level: 'silent' });
