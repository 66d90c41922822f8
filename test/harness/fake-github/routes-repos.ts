import { renderRepository } from './render-repos.js';
import { json, requireRepo, type RouteTable } from './routing.js';
import type { RateLimitRecord } from './state.js';

export const repoRoutes: RouteTable = {
  'repos/get': (request) => json(200, renderRepository(request.urls, requireRepo(request))),

  'rate-limit/get': (request) => {
    const core = rateLimitView(request.store.rateLimit);
    const idle = { limit: 30, used: 0, remaining: 30, reset: core.reset };
    return json(200, {
      resources: { core, search: idle, graphql: { ...core, used: 0, remaining: core.limit } },
      rate: core,
    });
  },
};

export function rateLimitView(rateLimit: RateLimitRecord) {
  return {
    limit: rateLimit.limit,
    used: rateLimit.used,
    remaining: Math.max(rateLimit.limit - rateLimit.used, 0),
    reset: rateLimit.reset,
  };
}
