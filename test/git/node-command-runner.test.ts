import { describe, expect, it } from 'vitest';
import { CommandFailedError } from '../../src/exec/command.js';
import { LazyCommandRunner } from '../../src/exec/lazy-command-runner.js';
import { NodeCommandRunner } from '../../src/exec/node-command-runner.js';
import { silentLog, type Log } from '../../src/runtime/log.js';
import { UserError } from '../../src/runtime/user-error.js';

// The Node that runs the tests is the one program certain to exist, so the scripts are Node.
const node = process.execPath;
const runner = new NodeCommandRunner();

describe('NodeCommandRunner', () => {
  it('captures stdout and stderr separately and reports exit code 0', async () => {
    const result = await runner.run(node, ['-e', 'process.stdout.write("out"); process.stderr.write("err")']);
    expect(result).toEqual({ exitCode: 0, stdout: 'out', stderr: 'err' });
  });

  it('passes arguments verbatim, without a shell', async () => {
    const tricky = ['$HOME', 'a b', '"quoted"', '; echo injected', '*'];
    const result = await runner.run(node, [
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      ...tricky,
    ]);
    expect(JSON.parse(result.stdout)).toEqual(tricky);
  });

  it('throws on a non-zero exit, naming the command, its arguments, the exit code and the last stderr lines', async () => {
    const script = 'for (let i = 1; i <= 30; i++) console.error("line " + i); process.exit(3)';
    const error = await runner.run(node, ['-e', script, 'extra-arg']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandFailedError);
    const failure = error as CommandFailedError;
    expect(failure.exitCode).toBe(3);
    expect(failure.message).toContain(node);
    expect(failure.message).toContain('extra-arg');
    expect(failure.message).toContain('exit code 3');
    expect(failure.message).toContain('line 30');
    expect(failure.message).toContain('line 21');
    expect(failure.message).not.toContain('line 20');
    expect(failure.stderr).toContain('line 1\n');
  });

  it('returns a non-zero exit instead of throwing with allowFailure', async () => {
    const result = await runner.run(node, ['-e', 'console.log("partial"); process.exit(7)'], {
      allowFailure: true,
    });
    expect(result).toEqual({ exitCode: 7, stdout: 'partial\n', stderr: '' });
  });

  it('writes the input to stdin', async () => {
    const echo = 'process.stdin.pipe(process.stdout)';
    expect((await runner.run(node, ['-e', echo], { input: 'line one\nline two' })).stdout).toBe(
      'line one\nline two',
    );
    expect((await runner.run(node, ['-e', echo], { input: Buffer.from('bytes') })).stdout).toBe('bytes');
  });

  it('gives a program that reads stdin an immediate end of input when there is none', async () => {
    const result = await runner.run(node, [
      '-e',
      'process.stdin.on("data", () => {}).on("end", () => console.log("eof"))',
    ]);
    expect(result.stdout).toBe('eof\n');
  });

  it('adds env to the inherited environment', async () => {
    const script = 'console.log(JSON.stringify([process.env.ADDED, typeof process.env.PATH]))';
    const result = await runner.run(node, ['-e', script], { env: { ADDED: 'yes' } });
    expect(JSON.parse(result.stdout)).toEqual(['yes', 'string']);
  });

  it('never puts env values in the error message', async () => {
    const error = await runner
      .run(node, ['-e', 'process.exit(1)'], { env: { GIT_CONFIG_VALUE_0: 'secret-value' } })
      .catch((e: unknown) => e);
    expect((error as Error).message).not.toContain('secret-value');
  });

  it('runs in cwd', async () => {
    const result = await runner.run(node, ['-e', 'console.log(process.cwd())'], { cwd: '/' });
    expect(result.stdout).toBe('/\n');
  });

  it('reports a missing program as a user error', async () => {
    const error = await runner.run('no-such-program-xyz', ['--version']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('no-such-program-xyz was not found on PATH');
  });

  it('reports a missing working directory as such, not as a missing program', async () => {
    const error = await runner.run(node, ['--version'], { cwd: '/no/such/dir' }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('the directory /no/such/dir does not exist');
  });

  it('reports a signal as exit code 128 + signal number', async () => {
    const result = await runner.run(node, ['-e', 'process.kill(process.pid, "SIGTERM")'], {
      allowFailure: true,
    });
    expect(result.exitCode).toBe(128 + 15);
  });

  it('logs the command line at debug level, quoting arguments that need it', async () => {
    const debug: string[] = [];
    const log: Log = { ...silentLog, debug: (message) => debug.push(message) };
    await new NodeCommandRunner(log).run(node, ['-e', 'process.exit(0)', 'plain-arg']);
    expect(debug).toEqual([`$ ${node} -e "process.exit(0)" plain-arg`]);
  });
});

describe('LazyCommandRunner', () => {
  it('runs commands as NodeCommandRunner does, input and failures included', async () => {
    const lazy = new LazyCommandRunner(silentLog);
    const echoed = await lazy.run(node, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'piped' });
    expect(echoed).toEqual({ exitCode: 0, stdout: 'piped', stderr: '' });
    await expect(lazy.run(node, ['-e', 'process.exit(4)'])).rejects.toThrow(CommandFailedError);
    const allowed = await lazy.run(node, ['-e', 'process.exit(5)'], { allowFailure: true });
    expect(allowed.exitCode).toBe(5);
  });
});
