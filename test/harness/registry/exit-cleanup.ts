type Cleanup = () => void;

const pending = new Set<Cleanup>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function runPending(): void {
  for (const cleanup of pending) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is going away and one failure must not stop the rest.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  runPending();
  uninstall();
  // Re-raise so the process still dies the way the sender meant once our listener is gone.
  process.kill(process.pid, signal);
}

function install(): void {
  process.on('exit', runPending);
  for (const signal of signals) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off('exit', runPending);
  for (const signal of signals) process.off(signal, onSignal);
}

/**
 * Runs a synchronous cleanup if the process exits or is signalled before the caller undoes it,
 * so a test that never reaches `stop()` still leaves no registry or temp dir behind.
 * Returns the function that unregisters it. Listeners exist only while something is registered.
 */
export function cleanUpOnExit(cleanup: Cleanup): () => void {
  if (pending.size === 0) install();
  pending.add(cleanup);
  return () => {
    if (pending.delete(cleanup) && pending.size === 0) uninstall();
  };
}
