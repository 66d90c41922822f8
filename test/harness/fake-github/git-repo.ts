import { makeBlob, makeCommit, makeTree } from './git-objects.js';
import type {
  BlobObject,
  CommitObject,
  GitObject,
  GitSignature,
  TreeEntry,
  TreeObject,
} from './git-objects.js';
import { commitOf, type RepoRecord } from './state.js';

/** A non-tree entry addressed by its full path inside a tree. */
export interface FlatEntry {
  mode: string;
  type: 'blob' | 'commit';
  sha: string;
}

export type FlatTree = Map<string, FlatEntry>;

export function store<T extends GitObject>(repo: RepoRecord, object: T): T {
  repo.objects.set(object.sha, object);
  return object;
}

export function writeBlob(repo: RepoRecord, content: Buffer): BlobObject {
  return store(repo, makeBlob(content));
}

export function treeOf(repo: RepoRecord, sha: string): TreeObject | undefined {
  const object = repo.objects.get(sha);
  return object?.type === 'tree' ? object : undefined;
}

export function flattenTree(
  repo: RepoRecord,
  treeSha: string,
  prefix = '',
  into: FlatTree = new Map(),
): FlatTree {
  for (const entry of treeOf(repo, treeSha)?.entries ?? []) {
    const path = `${prefix}${entry.name}`;
    if (entry.type === 'tree') flattenTree(repo, entry.sha, `${path}/`, into);
    else into.set(path, { mode: entry.mode, type: entry.type, sha: entry.sha });
  }
  return into;
}

/** Stores the nested trees for a flat path map and returns the root tree. */
export function writeFlatTree(repo: RepoRecord, flat: FlatTree): TreeObject {
  const files = new Map<string, FlatEntry>();
  const directories = new Map<string, FlatTree>();
  for (const [path, entry] of flat) {
    const slash = path.indexOf('/');
    if (slash === -1) {
      files.set(path, entry);
      continue;
    }
    const directory = path.slice(0, slash);
    const children = directories.get(directory) ?? new Map<string, FlatEntry>();
    children.set(path.slice(slash + 1), entry);
    directories.set(directory, children);
  }
  const entries: TreeEntry[] = [...files].map(([name, entry]) => ({ name, ...entry }));
  for (const [name, children] of directories) {
    entries.push({ name, mode: '040000', type: 'tree', sha: writeFlatTree(repo, children).sha });
  }
  return store(repo, makeTree(entries));
}

export function writeCommit(
  repo: RepoRecord,
  fields: {
    tree: string;
    parents: string[];
    message: string;
    author: GitSignature;
    committer?: GitSignature;
  },
): CommitObject {
  return store(repo, makeCommit({ ...fields, committer: fields.committer ?? fields.author }));
}

export function isAncestor(repo: RepoRecord, ancestor: string, descendant: string): boolean {
  return ancestors(repo, descendant).has(ancestor);
}

/** Resolves what GitHub accepts as `{ref}`: a sha, `heads/x`, `refs/tags/x`, or a bare branch or tag. */
export function resolveCommitish(repo: RepoRecord, ref: string): string | undefined {
  if (/^[0-9a-f]{40}$/.test(ref)) return commitOf(repo, ref)?.sha;
  const candidates = ref.startsWith('refs/')
    ? [ref]
    : [`refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const candidate of candidates) {
    const sha = repo.refs.get(candidate);
    if (sha) return sha;
  }
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    const matches = [...repo.objects.values()].filter((o) => o.type === 'commit' && o.sha.startsWith(ref));
    if (matches.length === 1) return matches[0]?.sha;
  }
  return undefined;
}

/** Content of `path` at a commit, or undefined when the file does not exist there. */
export function readFileAt(repo: RepoRecord, commitSha: string, path: string): string | undefined {
  const commit = commitOf(repo, commitSha);
  if (!commit) return undefined;
  const entry = flattenTree(repo, commit.tree).get(path);
  const blob = entry ? repo.objects.get(entry.sha) : undefined;
  return blob?.type === 'blob' ? blob.content.toString('utf8') : undefined;
}

export interface DiffStats {
  commits: number;
  changedFiles: number;
  additions: number;
  deletions: number;
}

/** What a pull request from `head` into `base` would show, with a line-multiset diff. */
export function diffStats(repo: RepoRecord, baseSha: string, headSha: string): DiffStats {
  const baseHistory = ancestors(repo, baseSha);
  const commits = [...ancestors(repo, headSha)].filter((sha) => !baseHistory.has(sha)).length;
  const before = filesAt(repo, baseSha);
  const after = filesAt(repo, headSha);
  let changedFiles = 0;
  let additions = 0;
  let deletions = 0;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(path);
    const now = after.get(path);
    if (old?.sha === now?.sha) continue;
    changedFiles += 1;
    const oldLines = blobLines(repo, old?.sha);
    const newLines = blobLines(repo, now?.sha);
    additions += countMissing(newLines, oldLines);
    deletions += countMissing(oldLines, newLines);
  }
  return { commits, changedFiles, additions, deletions };
}

function ancestors(repo: RepoRecord, sha: string): Set<string> {
  const seen = new Set<string>();
  const pending = [sha];
  while (pending.length > 0) {
    const next = pending.pop() as string;
    const commit = commitOf(repo, next);
    if (seen.has(next) || !commit) continue;
    seen.add(next);
    pending.push(...commit.parents);
  }
  return seen;
}

function filesAt(repo: RepoRecord, commitSha: string): FlatTree {
  const commit = commitOf(repo, commitSha);
  return commit ? flattenTree(repo, commit.tree) : new Map();
}

function blobLines(repo: RepoRecord, sha: string | undefined): string[] {
  const blob = sha ? repo.objects.get(sha) : undefined;
  if (blob?.type !== 'blob' || blob.content.length === 0) return [];
  return blob.content.toString('utf8').replace(/\n$/, '').split('\n');
}

/** Lines of `lines` left over after pairing each with an equal line of `other`. */
function countMissing(lines: string[], other: string[]): number {
  const available = new Map<string, number>();
  for (const line of other) available.set(line, (available.get(line) ?? 0) + 1);
  let missing = 0;
  for (const line of lines) {
    const count = available.get(line) ?? 0;
    if (count > 0) available.set(line, count - 1);
    else missing += 1;
  }
  return missing;
}

/** Points a ref at a commit; open pull requests follow their head branch, as on GitHub. */
export function moveRef(repo: RepoRecord, ref: string, sha: string, now: string): void {
  repo.refs.set(ref, sha);
  repo.pushedAt = now;
  for (const issue of repo.issues.values()) {
    if (issue.pull && `refs/heads/${issue.pull.head}` === ref) issue.pull.headSha = sha;
  }
}
