import { spawn } from 'node:child_process';

/**
 * Runs a helper tool (openssl, htpasswd) with an argument array. Secrets go through `stdin`,
 * never argv, because argv is visible to every process on the machine.
 */
export function runTool(command: string, args: readonly string[], stdin = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args[0] ?? ''} exited with ${code}: ${stderr.trim()}`));
    });
    child.stdin.end(stdin);
  });
}
