import { setTimeout as sleep } from 'node:timers/promises';
import { send } from './http-client.js';
import type { RegistryProcess } from './registry-process.js';

export interface AnsweringOptions {
  ca?: string;
  timeoutMs?: number;
  intervalMs?: number;
  /** Called for the failure message, so it can carry the registry's own explanation. */
  diagnostics: () => string;
}

/** Polls `/v2/` until it answers 200, or 401 for registries that require auth. */
export async function waitUntilAnswering(
  url: string,
  registry: RegistryProcess,
  options: AnsweringOptions,
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (registry.hasExited()) {
      const code = await registry.exited;
      throw new Error(`docker-registry exited (code ${code}) before answering:\n${options.diagnostics()}`);
    }
    try {
      const { status } = await send(`${url}/v2/`, { ca: options.ca });
      if (status === 200 || status === 401) return;
    } catch {
      // Not listening yet.
    }
    await sleep(options.intervalMs ?? 50);
  }
  throw new Error(
    `docker-registry did not answer ${url}/v2/ within ${timeoutMs} ms:\n${options.diagnostics()}`,
  );
}
