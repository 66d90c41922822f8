import type { ImageQuery, MarkerQuery } from './targets/target.js';
import type { PathSegment } from './yaml-path.js';
import { UserError } from '../runtime/user-error.js';
import { isPinned } from './version-rules.js';

export type MissingPolicy = 'error' | 'ignore' | 'create';

/** What one bump run changes; any mix of the three modes applies to every file. */
export interface BumpRequest {
  image?: ImageQuery;
  marker?: MarkerQuery;
  explicit?: { path: string; segments: PathSegment[]; value: string };
  missing: MissingPolicy;
  allowDowngrade: boolean;
  /** Production: only exact versions or digests may be written. */
  protected: boolean;
}

/** Refuses, before any file is read, values a protected environment must never receive. */
export function checkProtected(request: BumpRequest): void {
  if (!request.protected) return;
  const refused: string[] = [];
  for (const query of [request.image, request.marker]) {
    if (query?.tag !== undefined && !isPinned(query.tag) && query.digest === undefined) {
      refused.push(`tag '${query.tag}'`);
    }
  }
  if (request.explicit && !isPinned(request.explicit.value))
    refused.push(`value '${request.explicit.value}'`);
  if (refused.length > 0) {
    throw new UserError(
      `protected: ${refused.join(' and ')} is not an exact version or digest; a protected environment only receives pinned versions`,
      {
        hint: "write an exact version such as 1.4.2 (or v1.4.2), or a digest (sha256:...); 'latest', branch tags and ranges like ~1.4 are refused",
      },
    );
  }
}
