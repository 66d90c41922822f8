import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { cleanUpOnExit } from './exit-cleanup.js';

export interface RegistryProcess {
  /** Resolves with the exit code (or null after a signal) whenever the process ends. */
  exited: Promise<number | null>;
  hasExited(): boolean;
  kill(): Promise<void>;
}

/**
 * Starts `docker-registry serve` as the leader of its own process group, its output going to
 * `logPath` rather than a pipe so a forgotten registry cannot keep the test process alive.
 */
export function spawnRegistry(configPath: string, logPath: string): RegistryProcess {
  const log = openSync(logPath, 'w');
  const child = spawn('docker-registry', ['serve', configPath], {
    detached: true,
    stdio: ['ignore', log, log],
    env: withoutRegistryOverrides(process.env),
  });
  closeSync(log);
  child.unref();

  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  void exited.then(() => {
    done = true;
    forget();
  });

  // SIGKILL, not SIGTERM: storage is a temp dir about to be deleted, so there is nothing to flush.
  const killGroup = (): void => {
    if (done || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  const forget = cleanUpOnExit(killGroup);

  return {
    exited,
    hasExited: () => done,
    kill: async () => {
      killGroup();
      await exited;
    },
  };
}

/** distribution lets REGISTRY_* variables override the config file; the harness config must win. */
function withoutRegistryOverrides(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('REGISTRY_')));
}
