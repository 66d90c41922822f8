/**
 * The workflow context the runner passes in the environment. Read here rather than through
 * @actions/github so that actions which never call the API do not load Octokit at start-up.
 * GitHub Enterprise Server works through GITHUB_SERVER_URL and GITHUB_API_URL.
 */
export interface GitHubContext {
  serverUrl: string;
  apiUrl: string;
  repository: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  refName: string | undefined;
  headRef: string | undefined;
  eventName: string | undefined;
  eventPath: string | undefined;
  actor: string | undefined;
  runId: string | undefined;
  workspace: string;
}

export function githubContextFromEnv(env: NodeJS.ProcessEnv, cwd: string): GitHubContext {
  const nonEmpty = (name: string) => (env[name] ? env[name] : undefined);
  return {
    serverUrl: (nonEmpty('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (nonEmpty('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
    repository: nonEmpty('GITHUB_REPOSITORY'),
    sha: nonEmpty('GITHUB_SHA'),
    ref: nonEmpty('GITHUB_REF'),
    refName: nonEmpty('GITHUB_REF_NAME'),
    headRef: nonEmpty('GITHUB_HEAD_REF'),
    eventName: nonEmpty('GITHUB_EVENT_NAME'),
    eventPath: nonEmpty('GITHUB_EVENT_PATH'),
    actor: nonEmpty('GITHUB_ACTOR'),
    runId: nonEmpty('GITHUB_RUN_ID'),
    workspace: nonEmpty('GITHUB_WORKSPACE') ?? cwd,
  };
}
