import { FaultQueue, type FaultSpec } from './faults.js';
import { readFileAt, resolveCommitish } from './git-repo.js';
import { handleCall, type LoggedRequest, type PipelineContext, type ResponseMutator } from './pipeline.js';
import { checkRoutes } from './routes-checks.js';
import { gitRoutes } from './routes-git.js';
import { issueRoutes } from './routes-issues.js';
import { pullRoutes } from './routes-pulls.js';
import { repoRoutes } from './routes-repos.js';
import { statusRoutes } from './routes-statuses.js';
import type { RouteTable } from './routing.js';
import {
  seedCommit,
  seedIssue,
  seedRepository,
  type SeedCommitOptions,
  type SeedIssueOptions,
  type SeedRepoOptions,
} from './seed.js';
import { listen, type ListeningServer } from './server.js';
import { loadGitHubSpec } from './spec.js';
import {
  FakeStore,
  type FakeUser,
  type IssueRecord,
  type PullFields,
  type RepoRecord,
  type UserType,
} from './state.js';
import { formatViolations, type Violation } from './violations.js';

export { faults, type FaultSpec } from './faults.js';
export type { LoggedRequest } from './pipeline.js';
export type { Violation } from './violations.js';
export type { FakeStore, IssueRecord, RepoRecord } from './state.js';

export interface FakeGitHubOptions {
  /**
   * Known tokens and who they act as; any other token is refused with
   * "Bad credentials". When omitted, every token acts as `github-actions[bot]`.
   */
  tokens?: Record<string, { login: string; type?: UserType }>;
}

const ROUTES: RouteTable = {
  ...repoRoutes,
  ...gitRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...statusRoutes,
  ...checkRoutes,
};

/**
 * A local GitHub REST API whose every request and response is checked against
 * GitHub's OpenAPI description. Call `assertNoViolations()` in `afterEach`.
 */
export class FakeGitHub {
  readonly state = new FakeStore();
  readonly requests: LoggedRequest[] = [];
  readonly violations: Violation[] = [];
  private readonly faultQueue = new FaultQueue();
  private readonly corruptions: { operationId: string | undefined; mutate: ResponseMutator }[] = [];
  private readonly seenTokens = new Set<string>();
  private readonly context: PipelineContext = {
    store: this.state,
    routes: ROUTES,
    faults: this.faultQueue,
    actorFor: (token) => this.actorFor(token),
    takeCorruption: (operationId) => this.takeCorruption(operationId),
    record: (violation) => this.violations.push(violation),
    log: (entry) => this.requests.push(entry),
  };

  /** Assigned by start(), the only way to obtain an instance. */
  private server!: ListeningServer;

  private constructor(private readonly options: FakeGitHubOptions) {}

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    loadGitHubSpec();
    const fake = new FakeGitHub(options);
    fake.server = await listen((call) => handleCall(fake.context, call));
    return fake;
  }

  /** Dotcom-style API root, e.g. `http://127.0.0.1:4123`. */
  get url(): string {
    return this.server.origin;
  }

  /** GitHub Enterprise Server-style API root (`<url>/api/v3`). */
  get ghesUrl(): string {
    return `${this.server.origin}/api/v3`;
  }

  /** Distinct tokens in the order clients first presented them. */
  get tokensSeen(): string[] {
    return [...this.seenTokens];
  }

  seedRepo(options: SeedRepoOptions): RepoRecord {
    return seedRepository(this.state, options);
  }

  /** Commits files to a branch (creating it from `from` or the default branch); returns the sha. */
  seedCommit(options: SeedCommitOptions): string {
    return seedCommit(this.state, this.repo(options.owner, options.repo), options);
  }

  seedIssue(options: SeedIssueOptions): IssueRecord {
    return seedIssue(this.state, this.repo(options.owner, options.repo), options);
  }

  repo(owner: string, name: string): RepoRecord {
    const repo = this.state.findRepo(owner, name);
    if (!repo) throw new Error(`The fake has no repository ${owner}/${name}; seed it first`);
    return repo;
  }

  /** Refs as `{ 'refs/heads/main': sha }`. */
  refs(owner: string, name: string): Record<string, string> {
    return Object.fromEntries(this.repo(owner, name).refs);
  }

  pulls(owner: string, name: string): (IssueRecord & { pull: PullFields })[] {
    return [...this.repo(owner, name).issues.values()].filter(
      (issue): issue is IssueRecord & { pull: PullFields } => issue.pull !== undefined,
    );
  }

  /** File content at a branch, ref or sha; undefined when the file or ref is missing. */
  fileAt(owner: string, name: string, ref: string, path: string): string | undefined {
    const repo = this.repo(owner, name);
    const sha = resolveCommitish(repo, ref);
    return sha ? readFileAt(repo, sha, path) : undefined;
  }

  injectFault(spec: FaultSpec): void {
    this.faultQueue.add(spec);
  }

  /** Faults that have not fired yet (with their remaining `times`). */
  get unusedFaults(): FaultSpec[] {
    return this.faultQueue.unused;
  }

  /**
   * Test hook: rewrites the body of the next response (optionally only for one
   * operationId) before it is validated and sent, to prove response checks bite.
   */
  corruptNextResponse(mutate: ResponseMutator, operationId?: string): void {
    this.corruptions.push({ operationId, mutate });
  }

  /** Returns and clears the recorded violations, for tests that provoke them on purpose. */
  takeViolations(): Violation[] {
    return this.violations.splice(0);
  }

  assertNoViolations(): void {
    const found = this.takeViolations();
    if (found.length > 0) {
      throw new Error(`The fake GitHub saw ${found.length} spec violation(s):\n${formatViolations(found)}`);
    }
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  private takeCorruption(operationId: string): ResponseMutator | undefined {
    const index = this.corruptions.findIndex(
      (c) => c.operationId === undefined || c.operationId === operationId,
    );
    return index === -1 ? undefined : this.corruptions.splice(index, 1)[0]?.mutate;
  }

  private actorFor(token: string): FakeUser | undefined {
    this.seenTokens.add(token);
    if (!this.options.tokens) return this.state.user('github-actions[bot]', 'Bot');
    const known = this.options.tokens[token];
    return known ? this.state.user(known.login, known.type ?? 'User') : undefined;
  }
}

export function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return FakeGitHub.start(options);
}
