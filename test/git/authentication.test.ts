import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandOptions, CommandResult, CommandRunner } from '../../src/exec/command.js';
import { NodeCommandRunner } from '../../src/exec/node-command-runner.js';
import { authorizationHeader, gitAuthEnv } from '../../src/git/auth-env.js';
import { commitAndPush } from '../../src/git/commit-and-push.js';
import { Git } from '../../src/git/git.js';
import { silentLog } from '../../src/runtime/log.js';
import { UserError } from '../../src/runtime/user-error.js';
import {
  git,
  GitRemote,
  gitHttpTestsEnabled,
  isolateFromUserGitConfig,
  serveOverHttp,
  type GitHttpServer,
} from '../harness/git-remote.js';

const TOKEN = 'ghs_0123456789abcdefSECRET';

describe('gitAuthEnv', () => {
  it('clears inherited extra headers for the server, then adds the token header', () => {
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    expect(gitAuthEnv({ serverUrl: 'https://ghes.example.com/', token: TOKEN }, {})).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://ghes.example.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://ghes.example.com/.extraheader',
      GIT_CONFIG_VALUE_1: header,
    });
    expect(authorizationHeader(TOKEN)).toBe(header);
  });

  it('appends after config entries the process already passes through the environment', () => {
    const env = gitAuthEnv({ serverUrl: 'https://github.com', token: TOKEN }, { GIT_CONFIG_COUNT: '1' });
    expect(env.GIT_CONFIG_COUNT).toBe('3');
    expect(env.GIT_CONFIG_KEY_1).toBe('http.https://github.com/.extraheader');
    expect(env.GIT_CONFIG_KEY_2).toBe('http.https://github.com/.extraheader');
    expect(env.GIT_CONFIG_KEY_0).toBeUndefined();
  });
});

describe.skipIf(!gitHttpTestsEnabled())('pushing over HTTPS-style remotes with a token', () => {
  let remote: GitRemote;
  let server: GitHttpServer;

  beforeEach(async () => {
    isolateFromUserGitConfig();
    remote = await GitRemote.create({ 'values.yaml': 'tag: 1.0.0\n', 'other.yaml': 'a: 1\n' });
    server = await serveOverHttp(remote, TOKEN);
    await git(remote.work, 'remote', 'set-url', 'origin', server.repositoryUrl);
  });

  afterEach(async () => {
    await server.close();
    await remote.cleanup();
    vi.unstubAllEnvs();
  });

  it('sends the token only through the environment, and the server accepts it', async () => {
    const calls: { args: readonly string[]; env: Record<string, string> }[] = [];
    const inner = new NodeCommandRunner();
    const recording: CommandRunner = {
      run(command: string, args: readonly string[], options?: CommandOptions): Promise<CommandResult> {
        calls.push({ args, env: options?.env ?? {} });
        return inner.run(command, args, options);
      },
    };
    const secrets: string[] = [];
    const repo = new Git(recording, remote.work, {
      auth: { serverUrl: server.serverUrl, token: TOKEN },
      log: { ...silentLog, setSecret: (value) => secrets.push(value) },
    });
    // The remote moved ahead, so the fetch is authenticated too.
    await remote.pushConcurrentCommit({ 'other.yaml': 'a: 2\n' });
    await writeFile(join(remote.work, 'values.yaml'), 'tag: 1.1.0\n');

    const result = await commitAndPush({ git: repo, paths: ['values.yaml'], message: 'bump: 1.1.0' });

    expect(result.attempts).toBe(2);
    expect(result.sha).toBe(await remote.remoteHead());
    const encoded = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    for (const call of calls) {
      for (const arg of call.args) {
        expect(arg).not.toContain(TOKEN);
        expect(arg).not.toContain(encoded);
      }
    }
    const network = calls.filter((call) => call.args[0] === 'push' || call.args[0] === 'fetch');
    expect(network.map((call) => call.args[0])).toEqual(['push', 'fetch', 'push']);
    for (const call of network) {
      expect(call.env.GIT_CONFIG_KEY_1).toBe(`http.${server.serverUrl}/.extraheader`);
      expect(call.env.GIT_CONFIG_VALUE_1).toBe(`AUTHORIZATION: basic ${encoded}`);
    }
    const local = calls.filter((call) => call.args[0] !== 'push' && call.args[0] !== 'fetch');
    expect(local.every((call) => !Object.values(call.env).some((value) => value.includes(encoded)))).toBe(
      true,
    );
    expect(secrets).toEqual([TOKEN, `AUTHORIZATION: basic ${encoded}`]);
    expect(server.authorizations.length).toBeGreaterThan(0);
    expect(await git(remote.work, 'config', '--list', '--show-origin')).not.toContain(encoded);
  });

  it('replaces a header that actions/checkout persisted for the same server instead of sending two', async () => {
    await git(
      remote.work,
      'config',
      `http.${server.serverUrl}/.extraheader`,
      'AUTHORIZATION: basic c3RhbGU=',
    );
    await writeFile(join(remote.work, 'values.yaml'), 'tag: 1.1.0\n');

    const result = await commitAndPush({
      git: new Git(new NodeCommandRunner(), remote.work, {
        auth: { serverUrl: server.serverUrl, token: TOKEN },
      }),
      paths: ['values.yaml'],
      message: 'bump: 1.1.0',
    });

    expect(result.sha).toBe(await remote.remoteHead());
    expect(server.authorizations.every((headers) => headers.length === 1)).toBe(true);
  });

  it('reports refused credentials as a user error that says which permission to grant', async () => {
    await writeFile(join(remote.work, 'values.yaml'), 'tag: 1.1.0\n');
    const error = await commitAndPush({
      git: new Git(new NodeCommandRunner(), remote.work, {
        auth: { serverUrl: server.serverUrl, token: 'wrong-token' },
      }),
      paths: ['values.yaml'],
      message: 'bump: 1.1.0',
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('the server refused the credentials');
    expect((error as Error).message).toContain('contents: write');
    expect((error as Error).message).not.toContain('wrong-token');
  });
});
