import type { CommitObject, GitObject } from './git-objects.js';

/** In-memory GitHub data for one fake server; tests read it directly for assertions. */

export type UserType = 'User' | 'Bot' | 'Organization';

export interface FakeUser {
  login: string;
  id: number;
  type: UserType;
}

export interface TeamRecord {
  id: number;
  slug: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface PullFields {
  id: number;
  /** Branch name in the same repository. */
  head: string;
  /** Last known tip of `head`, kept when the branch is deleted. */
  headSha: string;
  base: string;
  draft: boolean;
  maintainerCanModify: boolean;
  merged: boolean;
  requestedReviewers: string[];
  requestedTeams: string[];
}

/** Issues and pull requests share one number space, as on GitHub. */
export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  author: FakeUser;
  state: 'open' | 'closed';
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullFields;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export type StatusState = 'error' | 'failure' | 'pending' | 'success';

export interface StatusRecord {
  id: number;
  sha: string;
  state: StatusState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: FakeUser;
  createdAt: string;
}

export interface AnnotationRecord {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunRecord {
  id: number;
  checkSuiteId: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string | null;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationRecord[];
}

export interface RepoRecord {
  id: number;
  owner: FakeUser;
  name: string;
  defaultBranch: string;
  private: boolean;
  description: string | null;
  createdAt: string;
  pushedAt: string;
  objects: Map<string, GitObject>;
  /** Full ref name (`refs/heads/main`) to commit sha. */
  refs: Map<string, string>;
  issues: Map<number, IssueRecord>;
  labels: Map<string, LabelRecord>;
  comments: Map<number, CommentRecord>;
  statuses: StatusRecord[];
  checkRuns: Map<number, CheckRunRecord>;
}

export interface RateLimitRecord {
  limit: number;
  used: number;
  /** Epoch seconds at which `used` would reset on GitHub. */
  reset: number;
}

export class FakeStore {
  readonly repos = new Map<string, RepoRecord>();
  readonly rateLimit: RateLimitRecord = { limit: 5000, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
  readonly users = new Map<string, FakeUser>();
  readonly teams = new Map<string, TeamRecord>();
  private lastId = 0;

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** GitHub reports second-precision UTC timestamps. */
  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  user(login: string, type: UserType = 'User'): FakeUser {
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (!user) {
      user = { login, id: this.nextId(), type };
      this.users.set(key, user);
    }
    return user;
  }

  team(slug: string): TeamRecord {
    const key = slug.toLowerCase();
    let team = this.teams.get(key);
    if (!team) {
      team = { id: this.nextId(), slug };
      this.teams.set(key, team);
    }
    return team;
  }

  /** Owner and name are case-insensitive on GitHub. */
  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(repoKey(owner, name));
  }

  addRepo(owner: FakeUser, name: string, options: { defaultBranch: string; private: boolean }): RepoRecord {
    const created = this.now();
    const repo: RepoRecord = {
      id: this.nextId(),
      owner,
      name,
      defaultBranch: options.defaultBranch,
      private: options.private,
      description: null,
      createdAt: created,
      pushedAt: created,
      objects: new Map(),
      refs: new Map(),
      issues: new Map(),
      labels: new Map(),
      comments: new Map(),
      statuses: [],
      checkRuns: new Map(),
    };
    this.repos.set(repoKey(owner.login, name), repo);
    return repo;
  }
}

export function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}

export function nextIssueNumber(repo: RepoRecord): number {
  return Math.max(0, ...repo.issues.keys()) + 1;
}

export function commitOf(repo: RepoRecord, sha: string): CommitObject | undefined {
  const object = repo.objects.get(sha);
  return object?.type === 'commit' ? object : undefined;
}

/** Using an unknown label name creates the label, as GitHub does. */
export function ensureLabel(
  store: FakeStore,
  repo: RepoRecord,
  name: string,
  details: { color?: string; description?: string } = {},
): LabelRecord {
  const key = name.toLowerCase();
  let label = repo.labels.get(key);
  if (!label) {
    label = {
      id: store.nextId(),
      name,
      color: details.color ?? 'ededed',
      description: details.description ?? null,
      default: false,
    };
    repo.labels.set(key, label);
  }
  return label;
}
