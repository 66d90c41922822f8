import { randomBytes } from 'node:crypto';
import type { FaultQueue } from './faults.js';
import { GitHubError, errorBody } from './github-errors.js';
import { findOperation } from './operations.js';
import { rateLimitView } from './routes-repos.js';
import type { RouteResponse, RouteTable } from './routing.js';
import type { FakeStore, FakeUser } from './state.js';
import { ApiUrls } from './urls.js';
import { validateRequest, validateResponse } from './validation.js';
import type { Violation } from './violations.js';

/** The GitHub Enterprise Server REST prefix; the fake serves the same API with and without it. */
const GHES_PREFIX = '/api/v3';

export interface IncomingCall {
  /** `http://<Host header>`, so response URLs use the address the client dialled. */
  origin: string;
  method: string;
  /** Raw request target (`/api/v3/repos/o/r?x=1`), still percent-encoded. */
  target: string;
  authorization: string | undefined;
  bodyText: string;
}

export interface OutgoingCall {
  status: number;
  headers: Record<string, string>;
  /** JSON value to send, `undefined` for an empty body. */
  body: unknown;
}

export interface LoggedRequest {
  method: string;
  /** Path without the GHES prefix and query. */
  path: string;
  ghes: boolean;
  query: Record<string, string>;
  body: unknown;
  token: string | undefined;
  operationId: string | undefined;
  status: number;
  fault: boolean;
}

export type ResponseMutator = (body: unknown) => unknown;

export interface PipelineContext {
  store: FakeStore;
  routes: RouteTable;
  faults: FaultQueue;
  /** Resolves a token to its user, or undefined when the fake must answer "Bad credentials". */
  actorFor(token: string): FakeUser | undefined;
  takeCorruption(operationId: string): ResponseMutator | undefined;
  record(violation: Violation): void;
  log(entry: LoggedRequest): void;
}

interface ParsedCall {
  method: string;
  url: URL;
  ghes: boolean;
  /** Path without the GHES prefix. */
  path: string;
  token: string | undefined;
  origin: string;
  bodyText: string;
}

/** What the log needs to know about how far a request got. */
interface Trace {
  operationId?: string;
  body?: unknown;
  fault: boolean;
}

/** One request through the fake: auth, spec match and validation, faults, handler, response validation. */
export function handleCall(context: PipelineContext, call: IncomingCall): OutgoingCall {
  const url = new URL(call.target, call.origin);
  const ghes = url.pathname === GHES_PREFIX || url.pathname.startsWith(`${GHES_PREFIX}/`);
  const parsed: ParsedCall = {
    method: call.method,
    url,
    ghes,
    path: ghes ? url.pathname.slice(GHES_PREFIX.length) || '/' : url.pathname,
    token: /^(?:token|bearer)\s+(\S+)$/i.exec(call.authorization ?? '')?.[1],
    origin: call.origin,
    bodyText: call.bodyText,
  };
  const trace: Trace = { fault: false };
  let reply: RouteResponse;
  try {
    reply = respond(context, parsed, trace);
  } catch (error) {
    // A bug in the fake itself must fail the test, not masquerade as a GitHub outage.
    const problem = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const { method, path } = parsed;
    context.record({
      kind: 'fake-error',
      method,
      path,
      operationId: trace.operationId,
      status: 500,
      problems: [problem],
    });
    reply = { status: 500, body: errorBody(500, 'Server Error') };
  }
  context.log({
    method: parsed.method,
    path: parsed.path,
    ghes,
    query: Object.fromEntries(url.searchParams),
    body: trace.body,
    token: parsed.token,
    operationId: trace.operationId,
    status: reply.status,
    fault: trace.fault,
  });
  return {
    status: reply.status,
    headers: { ...standardHeaders(context.store), ...reply.headers },
    body: reply.body,
  };
}

function respond(context: PipelineContext, call: ParsedCall, trace: Trace): RouteResponse {
  const where = { method: call.method, path: call.path };
  if (!call.token) return { status: 401, body: errorBody(401, 'Requires authentication') };
  const actor = context.actorFor(call.token);
  if (!actor) return { status: 401, body: errorBody(401, 'Bad credentials') };

  const match = findOperation(call.method, call.path);
  if (!match) {
    const problems = ["no operation in GitHub's OpenAPI description matches"];
    context.record({ kind: 'unknown-endpoint', ...where, status: 404, problems });
    return { status: 404, body: errorBody(404, 'Not Found') };
  }
  const { operation } = match;
  const operationId = operation.operationId;
  trace.operationId = operationId;
  if (operationId !== 'rate-limit/get') context.store.rateLimit.used += 1;

  try {
    trace.body = call.bodyText.trim() === '' ? undefined : JSON.parse(call.bodyText);
  } catch {
    trace.body = call.bodyText;
    context.record({
      kind: 'invalid-request',
      ...where,
      operationId,
      status: 400,
      problems: ['body is not JSON'],
    });
    return { status: 400, body: errorBody(400, 'Problems parsing JSON') };
  }

  const checked = validateRequest(operation, {
    pathParams: match.pathParams,
    query: call.url.searchParams,
    body: trace.body,
  });
  if (checked.problems.length > 0) {
    context.record({
      kind: 'invalid-request',
      ...where,
      operationId,
      status: 422,
      problems: checked.problems,
    });
    return { status: 422, body: errorBody(422, `Invalid request.\n\n${checked.problems.join('\n')}`) };
  }

  const fired = context.faults.take(call.method, call.path, operation.template);
  if (fired) {
    trace.fault = true;
    return fired;
  }

  const handler = context.routes[operationId];
  if (!handler) {
    context.record({
      kind: 'unimplemented',
      ...where,
      operationId,
      status: 501,
      problems: ['the fake has no handler'],
    });
    return { status: 501, body: errorBody(501, `The fake does not implement ${operationId}`) };
  }

  let reply: RouteResponse;
  try {
    reply = handler({
      params: match.pathParams,
      query: checked.query,
      body: trace.body,
      actor,
      urls: new ApiUrls(`${call.origin}${call.ghes ? GHES_PREFIX : ''}`, call.origin),
      store: context.store,
      url: call.url,
    });
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    reply = { status: error.status, body: error.body };
  }

  const mutate = context.takeCorruption(operationId);
  const body = mutate ? mutate(reply.body) : reply.body;
  const problems = validateResponse(operation, reply.status, body);
  if (problems.length > 0) {
    context.record({ kind: 'invalid-response', ...where, operationId, status: reply.status, problems });
  }
  return { ...reply, body };
}

function standardHeaders(store: FakeStore): Record<string, string> {
  const rate = rateLimitView(store.rateLimit);
  return {
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': String(rate.limit),
    'x-ratelimit-remaining': String(rate.remaining),
    'x-ratelimit-used': String(rate.used),
    'x-ratelimit-reset': String(rate.reset),
    'x-ratelimit-resource': 'core',
  };
}
