import type { GitHubContext } from './github-context.js';
import type { Log } from './log.js';

/** Everything an action's entry gets besides its typed inputs. */
export interface RunContext {
  log: Log;
  github: GitHubContext;
  env: NodeJS.ProcessEnv;
}

export interface ActionResult<O extends string = string> {
  /** Every output the schema declares, as the strings written to GITHUB_OUTPUT. */
  outputs: Record<O, string>;
  /**
   * Markdown for the job summary; the CLI prints the same text. A function when rendering costs
   * enough to skip where nobody reads it (the CLI with `--json`).
   */
  report: string | (() => string);
  /** Set when the action completed but its verdict is a failure (outputs are still written). */
  failure?: string;
}

/** An action's code: inputs arrive parsed and validated against its schema. */
export interface ActionDefinition<I = unknown, O extends string = string> {
  run(inputs: I, context: RunContext): Promise<ActionResult<O>>;
}

export function reportText(result: Pick<ActionResult, 'report'>): string {
  return typeof result.report === 'function' ? result.report() : result.report;
}
