import ignorePackage from 'ignore';
import { InputError } from '../../runtime/user-error.js';

/**
 * What `flux push artifact` leaves out unless told otherwise: its `--ignore-paths` default is
 * Flux's VCS list plus its extension list (fluxcd/pkg sourceignore `ExcludeVCS` and
 * `ExcludeExt`). Here user patterns are added after these instead of replacing them, so a
 * negation such as `!logo.png` re-includes a file.
 */
export const FLUX_DEFAULT_IGNORE: readonly string[] = [
  '.git/',
  '.gitignore',
  '.gitmodules',
  '.gitattributes',
  '*.jpg',
  '*.jpeg',
  '*.gif',
  '*.png',
  '*.wmv',
  '*.flv',
  '*.tar.gz',
  '*.zip',
];

/**
 * Never part of a module package: the repository, OpenTofu's working directory (downloaded
 * providers and modules) and state files, which can hold secrets.
 */
export const MODULE_DEFAULT_IGNORE: readonly string[] = ['.git/', '.terraform/', '*.tfstate', '*.tfstate.*'];

/**
 * Gitignore rules over paths relative to the packed directory (`a/b.yaml`; directories are
 * asked about with their own flag so directory-only patterns like `build/` apply). Matching is
 * case-sensitive, as git is on Linux; later patterns win, so `!keep.png` after `*.png` keeps it.
 */
export class IgnoreRules {
  readonly patterns: readonly string[];
  /** Undefined when the name patterns answer for every pattern. */
  private readonly matcher: ReturnType<typeof ignorePackage.default> | undefined;
  /** Set when no pattern negates: the plain name patterns, matched without the general matcher. */
  private readonly names: NamePatterns | undefined;

  constructor(patterns: readonly string[]) {
    const lines = patterns.flatMap((pattern) => pattern.split(/\r?\n/));
    lines.forEach(refuseOutsidePattern);
    this.patterns = lines;
    // Without negations a path is ignored when any pattern matches it or a parent, so the plain
    // name patterns (all of Flux's defaults) can be answered on their own. That saves the
    // general matcher's regexes on every path: a tenth of packing 12,000 small files.
    const negates = lines.some((line) => line.startsWith('!'));
    this.names = negates ? undefined : NamePatterns.from(lines);
    const general = this.names
      ? lines.filter((line) => !NamePatterns.accepts(line) && !isBlank(line))
      : lines;
    // `ignore` ships CommonJS with its factory on `default` too; NodeNext types only that one.
    this.matcher = general.length > 0 ? ignorePackage.default({ ignorecase: false }).add(general) : undefined;
  }

  ignores(relativePath: string, isDirectory: boolean): boolean {
    if (this.names?.matchesPath(relativePath, isDirectory)) return true;
    return this.generalIgnores(relativePath, isDirectory);
  }

  /**
   * `ignores` for an entry named `name` at `relativePath` whose parent directories are known to
   * be kept, as in a walk that never enters an ignored directory: the name patterns then need to
   * look at the name alone.
   */
  ignoresChild(name: string, relativePath: string, isDirectory: boolean): boolean {
    if (this.names?.matchesName(name, isDirectory)) return true;
    return this.generalIgnores(relativePath, isDirectory);
  }

  private generalIgnores(relativePath: string, isDirectory: boolean): boolean {
    return this.matcher?.ignores(isDirectory ? `${relativePath}/` : relativePath) ?? false;
  }
}

/**
 * Patterns that are a plain name (`.git/`, `Thumbs.db`) or `*` and a plain suffix (`*.png`):
 * having no slash inside, gitignore matches them against the name of the path and of each
 * parent directory; a trailing slash limits them to directories.
 */
class NamePatterns {
  private static readonly SHAPE = /^(\*)?([\w.-]+)(\/)?$/;
  private readonly names = new Set<string>();
  private readonly directoryNames = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly directorySuffixes: string[] = [];

  static accepts(line: string): boolean {
    return NamePatterns.SHAPE.test(line);
  }

  static from(lines: readonly string[]): NamePatterns {
    const patterns = new NamePatterns();
    for (const line of lines) {
      const shape = NamePatterns.SHAPE.exec(line);
      if (!shape) continue;
      const [, star, body = '', slash] = shape;
      if (star) (slash ? patterns.directorySuffixes : patterns.suffixes).push(body);
      else (slash ? patterns.directoryNames : patterns.names).add(body);
    }
    return patterns;
  }

  matchesPath(relativePath: string, isDirectory: boolean): boolean {
    let start = 0;
    for (;;) {
      const end = relativePath.indexOf('/', start);
      const last = end === -1;
      const name = relativePath.slice(start, last ? undefined : end);
      if (this.matchesName(name, last ? isDirectory : true)) return true;
      if (last) return false;
      start = end + 1;
    }
  }

  matchesName(name: string, isDirectory: boolean): boolean {
    if (this.names.has(name) || endsWithAny(name, this.suffixes)) return true;
    if (!isDirectory) return false;
    return this.directoryNames.has(name) || endsWithAny(name, this.directorySuffixes);
  }
}

/** A loop rather than `some`: asked for every entry of a tree, a closure per call adds up. */
function endsWithAny(name: string, suffixes: readonly string[]): boolean {
  for (const suffix of suffixes) if (name.endsWith(suffix)) return true;
  return false;
}

/** Blank lines and comments, which gitignore skips. */
function isBlank(line: string): boolean {
  return line.trim() === '' || line.startsWith('#');
}

/**
 * Gitignore patterns never start with `./` or `../`: git would silently match nothing, which
 * here would ship files the user meant to leave out.
 */
function refuseOutsidePattern(line: string): void {
  const body = line.startsWith('!') ? line.slice(1) : line;
  if (body.startsWith('./') || body.startsWith('../') || body === '.' || body === '..') {
    throw new InputError(`ignore pattern "${line}" is relative to the current directory`, {
      hint: 'ignore-paths use .gitignore syntax relative to the packed directory: write "docs/" for any docs directory or "/docs/" for the top-level one',
    });
  }
}
