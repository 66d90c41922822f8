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
  private readonly matcher: ReturnType<typeof ignorePackage.default>;

  constructor(patterns: readonly string[]) {
    const lines = patterns.flatMap((pattern) => pattern.split(/\r?\n/));
    lines.forEach(refuseOutsidePattern);
    this.patterns = lines;
    // `ignore` ships CommonJS with its factory on `default` too; NodeNext types only that one.
    this.matcher = ignorePackage.default({ ignorecase: false }).add(lines);
  }

  ignores(relativePath: string, isDirectory: boolean): boolean {
    return this.matcher.ignores(isDirectory ? `${relativePath}/` : relativePath);
  }
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
