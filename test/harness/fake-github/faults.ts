import picomatch from 'picomatch';

export interface FaultSpec {
  /** HTTP method to match, any when omitted. */
  method?: string;
  /**
   * A spec template (`/repos/{owner}/{repo}/pulls`), or a glob or literal path
   * (`/repos/o/r/git/refs/**`); matches any request when omitted. Paths never
   * include the `/api/v3` prefix.
   */
  path?: string;
  /** How many matching requests fail before the fault is used up (default 1). */
  times?: number;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FiredFault {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface PendingFault {
  spec: FaultSpec;
  remaining: number;
  matchesPath: (path: string, template: string) => boolean;
}

/** Injected failures, consumed in the order they were added. */
export class FaultQueue {
  private pending: PendingFault[] = [];

  add(spec: FaultSpec): void {
    const pattern = spec.path;
    let matchesPath: PendingFault['matchesPath'] = () => true;
    if (pattern?.includes('{')) matchesPath = (_path, template) => template === pattern;
    else if (pattern !== undefined) {
      const glob = picomatch(pattern);
      matchesPath = (path) => glob(path);
    }
    this.pending.push({ spec, remaining: spec.times ?? 1, matchesPath });
  }

  /** Consumes one use of the first fault that matches the request, if any. */
  take(method: string, path: string, template: string): FiredFault | undefined {
    const fault = this.pending.find(
      (candidate) =>
        (candidate.spec.method === undefined ||
          candidate.spec.method.toUpperCase() === method.toUpperCase()) &&
        candidate.matchesPath(path, template),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.pending = this.pending.filter((candidate) => candidate !== fault);
    return { status: fault.spec.status, headers: fault.spec.headers ?? {}, body: fault.spec.body };
  }

  /** Faults not yet (fully) consumed; a test can assert its client used them all. */
  get unused(): FaultSpec[] {
    return this.pending.map(({ spec, remaining }) => ({ ...spec, times: remaining }));
  }

  clear(): void {
    this.pending = [];
  }
}

type FaultResponse = Pick<FaultSpec, 'status' | 'headers' | 'body'>;

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

/** Ready-made GitHub failure responses to spread into `injectFault`. */
export const faults = {
  serverError(status = 502): FaultResponse {
    return { status, body: { message: 'Server Error' } };
  },

  secondaryRateLimit({ retryAfter = 60 }: { retryAfter?: number } = {}): FaultResponse {
    return {
      status: 403,
      headers: { 'retry-after': String(retryAfter) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          'If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.',
        documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
        status: '403',
      },
    };
  },

  /** `resetInSeconds` counts from the moment the fault is created. */
  primaryRateLimit({
    resetInSeconds = 60,
    status = 403,
  }: { resetInSeconds?: number; status?: 403 | 429 } = {}): FaultResponse {
    return {
      status,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: `${RATE_LIMIT_DOCS}#about-the-primary-rate-limit`,
        status: String(status),
      },
    };
  },

  /** A lost race, e.g. the branch moved between read and write. */
  conflict(message = 'Reference update failed'): FaultResponse {
    return {
      status: 409,
      body: { message, documentation_url: 'https://docs.github.com/rest', status: '409' },
    };
  },

  unprocessable(message = 'Reference update failed'): FaultResponse {
    return {
      status: 422,
      body: { message, documentation_url: 'https://docs.github.com/rest', status: '422' },
    };
  },
};
