import { readFileSync } from 'node:fs';
import { UserError } from '../runtime/user-error.js';
import { checkProtected, type BumpRequest } from './bump-request.js';
import { closestCandidates } from './closest-candidates.js';
import { planFileBump, type FileBump, type FilePlan } from './plan-file-bump.js';
import { workspacePath } from './value-files.js';

export interface BumpPlan {
  /** Files whose text changes, in the order given. */
  bumps: FileBump[];
  /** Files read, for the summary. */
  fileCount: number;
}

/**
 * Plans the whole run before anything is written: every file is read and planned, and any
 * problem in any file fails the run (all or nothing), with every problem listed at once.
 */
export async function planBump(
  workspace: string,
  files: readonly string[],
  request: BumpRequest,
): Promise<BumpPlan> {
  checkProtected(request);
  const problems: UserError[] = [];
  let plans = planFiles(workspace, files, request, problems);
  if (problems.length === 0 && request.missing === 'error' && nothingFound(plans, request)) {
    // Files the pre-check skipped hold the candidates the error should name: read them all.
    plans = planFiles(workspace, files, request, problems, { exhaustive: true });
  }
  if (problems.length === 0 && request.missing === 'error') problems.push(...notFound(plans, request));
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    throw new UserError(
      `${problems.length} problems, nothing was written:\n${problems.map((p) => `  - ${p.message.replace(/\n/g, '\n    ')}`).join('\n')}`,
      { location: problems.find((p) => p.location)?.location },
    );
  }
  return { bumps: plans.flatMap((plan) => (plan.bump ? [plan.bump] : [])), fileCount: files.length };
}

function planFiles(
  workspace: string,
  files: readonly string[],
  request: BumpRequest,
  problems: UserError[],
  options: { exhaustive?: boolean } = {},
): FilePlan[] {
  const plans: FilePlan[] = [];
  for (const file of files) {
    // Synchronous on purpose: planning is CPU-bound and one awaited read per file costs about
    // twenty times more in round trips than the read itself (measured on 1,000 files).
    const text = readFileSync(workspacePath(workspace, file), 'utf8');
    try {
      plans.push(planFileBump(file, text, request, options));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(error);
    }
  }
  return plans;
}

function nothingFound(plans: FilePlan[], request: BumpRequest): boolean {
  return (
    (request.image !== undefined && !plans.some((p) => p.found.image)) ||
    (request.marker !== undefined && !plans.some((p) => p.found.marker))
  );
}

/**
 * An explicit path must exist in every file listed: the user named both. An image or marker
 * only has to be found somewhere: a glob over an environment also matches files about other things.
 */
function notFound(plans: FilePlan[], request: BumpRequest): UserError[] {
  const problems: UserError[] = [];
  const hint = 'check the spelling, or set missing: create to add it (missing: ignore to skip)';
  if (request.explicit) {
    for (const plan of plans.filter((p) => !p.found.explicit)) {
      const near = closestCandidates(request.explicit.path, plan.candidates.explicit);
      problems.push(
        new UserError(
          `${plan.file}: path '${request.explicit.path}' not found${near.length ? `; closest: ${near.join(', ')}` : ''}`,
          { hint, location: { file: plan.file } },
        ),
      );
    }
  }
  if (request.image && !plans.some((p) => p.found.image)) {
    const wanted = request.image.image.original;
    const near = closestCandidates(
      wanted,
      plans.flatMap((p) => p.candidates.image),
    );
    problems.push(
      new UserError(
        `image '${wanted}' not found in ${describeFiles(plans)}${near.length ? `; images seen: ${near.join(', ')}` : ''}`,
        { hint },
      ),
    );
  }
  if (request.marker && !plans.some((p) => p.found.marker)) {
    const near = closestCandidates(
      request.marker.policy,
      plans.flatMap((p) => p.candidates.marker),
    );
    problems.push(
      new UserError(
        `no setter marker for image policy '${request.marker.policy}' in ${describeFiles(plans)}${near.length ? `; policies seen: ${near.join(', ')}` : ''}`,
        { hint: 'markers look like # {"$imagepolicy": "namespace:policy"} at the end of the line to update' },
      ),
    );
  }
  return problems;
}

function describeFiles(plans: FilePlan[]): string {
  return plans.length === 1 ? (plans[0]?.file ?? '') : `any of ${plans.length} files`;
}
