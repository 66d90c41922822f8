import { notFound } from './github-errors.js';
import type { FakeStore, FakeUser, RepoRecord } from './state.js';
import type { ApiUrls } from './urls.js';

export interface RouteRequest {
  /** Decoded path parameters named as in the spec template. */
  params: Record<string, string>;
  /** Query parameters already converted to the spec's types. */
  query: Record<string, unknown>;
  /** JSON body, already validated against the operation's request schema. */
  body: unknown;
  actor: FakeUser;
  urls: ApiUrls;
  store: FakeStore;
  /** Full request URL, for pagination links. */
  url: URL;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (request: RouteRequest) => RouteResponse;

/** Handlers keyed by the spec's operationId. */
export type RouteTable = Record<string, RouteHandler>;

export function requireRepo(request: RouteRequest): RepoRecord {
  const repo = request.store.findRepo(request.params['owner'] ?? '', request.params['repo'] ?? '');
  if (!repo) throw notFound();
  return repo;
}

export function integerParam(request: RouteRequest, name: string): number {
  return Number(request.params[name]);
}

export function json(status: number, body: unknown): RouteResponse {
  return { status, body };
}

/**
 * Slices a list the way GitHub pages it and adds the `link` header clients follow;
 * `wrap` shapes endpoints that nest the page, like `{ total_count, check_runs }`.
 */
export function paginated<T>(
  request: RouteRequest,
  items: T[],
  wrap: (page: T[]) => unknown = (page) => page,
): RouteResponse {
  const perPage = Math.min(Number(request.query['per_page'] ?? 30), 100);
  const page = Math.max(Number(request.query['page'] ?? 1), 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const linkTo = (target: number): string => {
    const url = new URL(request.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const links: string[] = [];
  if (page < lastPage) links.push(`<${linkTo(page + 1)}>; rel="next"`, `<${linkTo(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${linkTo(1)}>; rel="first"`, `<${linkTo(page - 1)}>; rel="prev"`);
  return {
    status: 200,
    body: wrap(items.slice((page - 1) * perPage, page * perPage)),
    ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}),
  };
}
