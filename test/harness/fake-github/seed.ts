import { moveRef, flattenTree, writeBlob, writeCommit, writeFlatTree, resolveCommitish } from './git-repo.js';
import type { GitSignature } from './git-objects.js';
import {
  commitOf,
  ensureLabel,
  nextIssueNumber,
  type FakeStore,
  type IssueRecord,
  type RepoRecord,
  type UserType,
} from './state.js';

export interface SeedRepoOptions {
  owner: string;
  repo: string;
  ownerType?: UserType;
  defaultBranch?: string;
  private?: boolean;
  /** Files of the initial commit on the default branch. */
  files?: Record<string, string>;
}

export interface SeedCommitOptions {
  owner: string;
  repo: string;
  branch: string;
  /** New file contents by path; `null` deletes the file. */
  files: Record<string, string | null>;
  message?: string;
  /** Where a new branch starts (branch, ref or sha); defaults to the default branch. */
  from?: string;
}

export interface SeedIssueOptions {
  owner: string;
  repo: string;
  title: string;
  body?: string;
  labels?: string[];
}

export function seedRepository(store: FakeStore, options: SeedRepoOptions): RepoRecord {
  const owner = store.user(options.owner, options.ownerType ?? 'Organization');
  const defaultBranch = options.defaultBranch ?? 'main';
  const repo = store.addRepo(owner, options.repo, { defaultBranch, private: options.private ?? false });
  seedCommit(store, repo, {
    branch: defaultBranch,
    files: options.files ?? { 'README.md': `# ${options.repo}\n` },
    message: 'Initial commit',
  });
  return repo;
}

/** Commits files on a branch (creating it if needed) as the repository owner; returns the new sha. */
export function seedCommit(
  store: FakeStore,
  repo: RepoRecord,
  options: Pick<SeedCommitOptions, 'branch' | 'files' | 'message' | 'from'>,
): string {
  const ref = `refs/heads/${options.branch}`;
  const parent = repo.refs.get(ref) ?? resolveCommitish(repo, options.from ?? repo.defaultBranch);
  const files = parent ? flattenTree(repo, commitOf(repo, parent)?.tree ?? '') : new Map();
  for (const [path, content] of Object.entries(options.files)) {
    if (content === null) files.delete(path);
    else files.set(path, { mode: '100644', type: 'blob', sha: writeBlob(repo, Buffer.from(content)).sha });
  }
  const author: GitSignature = {
    name: repo.owner.login,
    email: `${repo.owner.id}+${repo.owner.login}@users.noreply.github.com`,
    date: store.now(),
  };
  const commit = writeCommit(repo, {
    tree: writeFlatTree(repo, files).sha,
    parents: parent ? [parent] : [],
    message: options.message ?? `Update ${Object.keys(options.files).join(', ')}`,
    author,
  });
  moveRef(repo, ref, commit.sha, store.now());
  return commit.sha;
}

export function seedIssue(
  store: FakeStore,
  repo: RepoRecord,
  options: Omit<SeedIssueOptions, 'owner' | 'repo'>,
): IssueRecord {
  const now = store.now();
  const issue: IssueRecord = {
    number: nextIssueNumber(repo),
    id: store.nextId(),
    title: options.title,
    body: options.body ?? null,
    author: repo.owner,
    state: 'open',
    labels: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  for (const name of options.labels ?? []) issue.labels.push(ensureLabel(store, repo, name).name);
  repo.issues.set(issue.number, issue);
  return issue;
}
