import * as toolCache from '@actions/tool-cache';
import { ToolDownloadError, type ToolInstaller } from '../policy/rego/opa-binary.js';
import { UserError } from './user-error.js';

/**
 * The runner's tool cache (`RUNNER_TOOL_CACHE`, kept across runs on self-hosted runners and within
 * a job on hosted ones) through @actions/tool-cache; the only module that imports it.
 */
export class ActionsToolInstaller implements ToolInstaller {
  find(tool: string, version: string, arch: string): string | undefined {
    requireRunnerDirectories();
    return toolCache.find(tool, version, arch) || undefined;
  }

  async download(url: string): Promise<string> {
    requireRunnerDirectories();
    try {
      return await toolCache.downloadTool(url);
    } catch (error) {
      const status = error instanceof toolCache.HTTPError ? error.httpStatusCode : undefined;
      throw new ToolDownloadError(url, status, { cause: error });
    }
  }

  cacheFile(file: string, fileName: string, tool: string, version: string, arch: string): Promise<string> {
    return toolCache.cacheFile(file, fileName, tool, version, arch);
  }
}

/** tool-cache asserts on these with a bare message; outside a runner (the CLI) say what to do. */
function requireRunnerDirectories(): void {
  const missing = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new UserError(`installing a tool needs ${missing.join(' and ')}, which only a runner sets`, {
      hint: 'put the tool on PATH, or set RUNNER_TOOL_CACHE and RUNNER_TEMP to writable directories',
    });
  }
}
