import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { UserError } from '../../runtime/user-error.js';
import type { IgnoreRules } from './ignore-rules.js';
import { compareUtf8 } from './utf8-order.js';

/**
 * `refuse` (the default): a symlink anywhere in the tree is an error naming it, since what it
 * points at differs between machines. `follow-inside`: a link is packed as a copy of its target
 * when the target lies inside the packed directory; a link leading outside is still an error.
 */
export type SymlinkPolicy = 'refuse' | 'follow-inside';

export interface TreeEntry {
  /** POSIX path relative to the packed directory, without a trailing slash. */
  readonly path: string;
  readonly type: 'file' | 'directory';
  /** Where the content is read from: the file itself, or the target of a followed symlink. */
  readonly source: string;
}

/**
 * What gets packed, in archive order: bytewise (UTF-8) by archive name, where a directory's name
 * carries its trailing slash — `a-b` sorts before `a/` ('-' < '/'), and a directory comes right
 * before its contents. Reading `entries` may walk the disk lazily, so archiving starts while the
 * walk goes on; the walk's errors (a refused symlink, an empty tree) surface while iterating.
 */
export interface SourceTree {
  /** The directory as the caller named it (for a single file, its directory), for messages. */
  readonly root: string;
  readonly entries: Iterable<TreeEntry>;
}

export interface ReadTreeOptions {
  ignore: IgnoreRules;
  symlinks?: SymlinkPolicy;
  /** Pack a single file as a one-entry tree (what `flux push artifact --path=file.yaml` does). */
  allowSingleFile?: boolean;
}

/** Opens a directory for packing: ignored paths left out, symlinks per the policy. */
export function readSourceTree(root: string, options: ReadTreeOptions): SourceTree {
  const absoluteRoot = resolve(root);
  const rootStat = statOrExplain(absoluteRoot, root);
  if (rootStat.isFile() && options.allowSingleFile) {
    // The file's directory stands as the root, so messages name the file as the user did.
    return { root: dirname(root), entries: [{ path: basename(root), type: 'file', source: absoluteRoot }] };
  }
  if (!rootStat.isDirectory()) {
    throw new UserError(`${root} is not a directory`, {
      hint: 'point the path input at the directory to package',
    });
  }
  const realRoot = realpathSync(absoluteRoot);
  return {
    root,
    entries: { [Symbol.iterator]: () => new TreeWalk(root, realRoot, options).walk(absoluteRoot) },
  };
}

/** The tree, recording the paths of its files as an archive writer walks them. */
export function recordingFiles(tree: SourceTree): { tree: SourceTree; files: string[] } {
  const files: string[] = [];
  const entries = {
    *[Symbol.iterator]() {
      for (const entry of tree.entries) {
        if (entry.type === 'file') files.push(entry.path);
        yield entry;
      }
    },
  };
  return { tree: { root: tree.root, entries }, files };
}

/** Walks the whole tree now: for packers that inspect the entries before archiving them. */
export function listSourceTree(tree: SourceTree): SourceTree {
  return { root: tree.root, entries: [...tree.entries] };
}

interface Child {
  /** Relative to the packed directory, as the entry's path. */
  relative: string;
  path: string;
  type: 'file' | 'directory';
  /** Real path of a directory, to catch symlink loops. */
  realPath: string;
  /** Archive order key: the name, with a trailing slash for directories. */
  key: string;
}

class TreeWalk {
  private files = 0;
  private ignored = 0;
  private readonly policy: SymlinkPolicy;
  /**
   * Real paths of the directories being walked, root first, so a followed link back up the tree
   * is caught instead of recursing forever.
   */
  private readonly ancestors: string[];

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
    private readonly options: ReadTreeOptions,
  ) {
    this.policy = options.symlinks ?? 'refuse';
    this.ancestors = [realRoot];
  }

  /**
   * Depth first, with a stack of the directories being listed rather than a generator per level,
   * through which every entry of a deep tree would otherwise be handed up one level at a time.
   */
  *walk(absoluteRoot: string): Generator<TreeEntry> {
    const open = [{ children: this.sortedChildren(absoluteRoot, '', this.realRoot), next: 0 }];
    while (open.length > 0) {
      const directory = open[open.length - 1] as (typeof open)[number];
      const child = directory.children[directory.next++];
      if (child === undefined) {
        open.pop();
        // The root's own real path stays: it is where every followed link must lead.
        if (open.length > 0) this.ancestors.pop();
        continue;
      }
      yield { path: child.relative, type: child.type, source: child.path };
      if (child.type === 'directory') {
        this.ancestors.push(child.realPath);
        open.push({ children: this.sortedChildren(child.path, child.relative, child.realPath), next: 0 });
      } else {
        this.files++;
      }
    }
    if (this.files > 0) return;
    throw new UserError(
      this.ignored > 0
        ? `nothing to package in ${this.root}: every file in it is ignored (${this.ignored} paths matched)`
        : `nothing to package in ${this.root}: it contains no files`,
      {
        hint:
          this.ignored > 0
            ? `check ignore-paths; the rules in effect are: ${this.options.ignore.patterns.join(', ')}`
            : 'point the path input at the directory that holds the files',
      },
    );
  }

  private sortedChildren(path: string, relative: string, realPath: string): Child[] {
    return this.children(path, relative, realPath).sort((a, b) => compareUtf8(a.key, b.key));
  }

  /** The directory's entries that get packed, symlinks resolved (or refused), unsorted. */
  private children(path: string, relative: string, realPath: string): Child[] {
    const children: Child[] = [];
    for (const dirent of this.list(path, relative)) {
      const childRelative = relative === '' ? dirent.name : `${relative}/${dirent.name}`;
      const childPath = `${path}${sep}${dirent.name}`;
      const isDirectory = dirent.isDirectory();
      // Git records a symlink as a file, so directory-only patterns do not match the link itself.
      if (this.skip(dirent.name, childRelative, isDirectory)) continue;
      if (isDirectory) {
        children.push(
          child(dirent.name, childRelative, childPath, 'directory', `${realPath}${sep}${dirent.name}`),
        );
      } else if (dirent.isFile()) {
        children.push(child(dirent.name, childRelative, childPath, 'file', ''));
      } else if (dirent.isSymbolicLink()) {
        const target = this.followLink(childPath, childRelative);
        if (target) children.push(child(dirent.name, childRelative, target.path, target.type, target.path));
      } else {
        throw new UserError(`${this.display(childRelative)} is not a regular file, directory or symlink`, {
          hint: 'sockets, pipes and devices cannot be packaged: add the path to ignore-paths',
        });
      }
    }
    return children;
  }

  /** The target to pack in the link's place; undefined when it is a directory that is ignored. */
  private followLink(path: string, relative: string) {
    const shown = `${this.display(relative)} -> ${readlinkSync(path)}`;
    if (this.policy === 'refuse') {
      throw new UserError(`symlink ${shown} is not packaged by default`, {
        hint: 'replace the link with the file it points at, add it to ignore-paths, or allow links that stay inside the directory (follow-symlinks)',
      });
    }
    let target: string;
    try {
      target = realpathSync(path);
    } catch (error) {
      throw new UserError(`symlink ${shown} points at nothing`, {
        hint: 'fix or remove the dangling link, or add it to ignore-paths',
        cause: error,
      });
    }
    // A link to the root itself stays inside; it is refused below as a loop.
    if (target !== this.realRoot && !target.startsWith(`${this.realRoot}${sep}`)) {
      throw new UserError(`symlink ${shown} leads outside ${this.root}`, {
        hint: 'only links to files inside the packaged directory are followed: copy the target in, or add the link to ignore-paths',
      });
    }
    if (!statSync(target).isDirectory()) return { path: target, type: 'file' as const };
    if (this.skip(basename(relative), relative, true)) return undefined;
    if (this.ancestors.includes(target)) {
      throw new UserError(`symlink ${shown} points back at a directory that contains it`, {
        hint: 'remove the loop or add the link to ignore-paths',
      });
    }
    return { path: target, type: 'directory' as const };
  }

  private list(path: string, relative: string): Dirent[] {
    try {
      return readdirSync(path, { withFileTypes: true });
    } catch (error) {
      throw explainFileError(error, relative === '' ? this.root : this.display(relative));
    }
  }

  /** Only for an entry of a directory the walk entered: its parents are kept. */
  private skip(name: string, relative: string, isDirectory: boolean): boolean {
    const ignored = this.options.ignore.ignoresChild(name, relative, isDirectory);
    if (ignored) this.ignored++;
    return ignored;
  }

  private display(relative: string): string {
    return shownPath(this.root, relative);
  }
}

function child(
  name: string,
  relative: string,
  path: string,
  type: 'file' | 'directory',
  realPath: string,
): Child {
  return { relative, path, type, realPath, key: type === 'directory' ? `${name}/` : name };
}

/** A path inside the tree as the user would type it: the root they named, then the entry. */
export function shownPath(root: string, relative: string): string {
  return `${root.replace(/[\\/]+$/, '')}/${relative}`;
}

function statOrExplain(path: string, shown: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw explainFileError(error, shown);
  }
}

/** Turns the file-system errors a user can fix into messages that name the path and the fix. */
export function explainFileError(error: unknown, shown: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new UserError(`${shown} does not exist`, {
        hint: 'check the path input; relative paths start at the workspace',
        cause: error,
      });
    case 'EACCES':
    case 'EPERM':
      return new UserError(`${shown} cannot be read (permission denied)`, {
        hint: 'make it readable (chmod a+r, and a+x for directories) or add it to ignore-paths',
        cause: error,
      });
    case 'ENOTDIR':
    case 'ELOOP':
      return new UserError(`${shown} cannot be read (${code})`, { hint: 'check the path', cause: error });
    default:
      return error;
  }
}
