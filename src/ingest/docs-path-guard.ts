import fs from 'node:fs/promises';
import path from 'node:path';

/** Where a document may be read from, or why it is not read (one line for the summary). */
export type GuardedPath = { path: string } | { skip: string };

/**
 * The one gate between a path under the documents folder and reading it: a file is read only
 * when its real path (all links resolved) lies inside the real documents folder. Links that
 * stay inside are fine; links leading out (`passwd.txt` → `/etc/passwd`), broken links and
 * link loops are refused with a reason. Callers read the returned real path, never the link.
 */
export class DocsPathGuard {
  private constructor(
    /** The documents folder as given. */
    readonly root: string,
    /** Its real path. */
    private readonly realRoot: string,
  ) {}

  /**
   * A guard for `root`.
   * @throws the file-system error of resolving `root` (callers check the folder first).
   */
  static async create(root: string): Promise<DocsPathGuard> {
    return new DocsPathGuard(root, await fs.realpath(root));
  }

  /** Whether an absolute real path lies inside the documents folder. */
  contains(realPath: string): boolean {
    const rel = path.relative(this.realRoot, realPath);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  }

  /** The real path of `rel` (`/`-separated, relative to the folder) if it may be read. */
  async resolve(rel: string): Promise<GuardedPath> {
    const given = path.join(this.root, ...rel.split('/'));
    let real: string;
    try {
      real = await fs.realpath(given);
    } catch (e) {
      return { skip: await explainUnresolvable(given, e) };
    }
    if (!this.contains(real)) return { skip: 'link to a file outside the documents folder (not read)' };
    return { path: real };
  }
}

async function explainUnresolvable(given: string, e: unknown): Promise<string> {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'link loop (the link points to itself)';
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  if (code === 'ENOENT') {
    const link = await fs.lstat(given).catch(() => undefined);
    return link?.isSymbolicLink() ? 'broken link (its target does not exist)' : 'removed while the index was being built';
  }
  return `cannot be read (${code ?? 'unknown error'})`;
}
