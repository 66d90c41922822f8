import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { skipIntegration } from '../skip-integration.js';

/** The registry itself, plus the tools the harness uses to make certificates and password files. */
const requiredTools = ['docker-registry', 'openssl', 'htpasswd'] as const;

export function missingRegistryTools(): string[] {
  return requiredTools.filter((tool) => !onPath(tool));
}

export function registryAvailable(): boolean {
  return missingRegistryTools().length === 0;
}

/**
 * Decides whether registry integration tests run. A missing tool skips them with a visible notice,
 * except under REQUIRE_INTEGRATION=1 (CI), where a silent skip would hide a broken setup.
 */
export function registryTestsEnabled(): boolean {
  const missing = missingRegistryTools();
  if (missing.length === 0) return true;
  const notice = `registry integration tests need ${missing.join(', ')} on PATH (apt-get install docker-registry apache2-utils openssl)`;
  return skipIntegration(notice);
}

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
