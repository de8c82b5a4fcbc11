import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A redis-server of the test's own, on a Unix socket in a temp folder (no port to clash). */
export interface LocalRedis {
  /** ioredis connection options for BullMQ. */
  readonly connection: { readonly path: string; readonly maxRetriesPerRequest: null };
  /** Stops the server (the process this helper started, by its id). */
  stop(): Promise<void>;
}

const onPath = (): boolean => spawnSync('redis-server', ['--version']).status === 0;

/**
 * Finds redis-server, installing Debian's package when it is missing and the test may
 * (root with apt-get, as in CI); gives the reason when it cannot.
 */
export function findRedisServer():
  | { readonly ok: true }
  | { readonly ok: false; readonly why: string } {
  if (onPath()) return { ok: true };
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (canInstall) {
    const install = () =>
      spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], {
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status === 0;
    if (!install()) {
      spawnSync('apt-get', ['update', '-qq'], { timeout: 180_000 });
      install();
    }
    if (onPath()) return { ok: true };
  }
  return {
    ok: false,
    why: canInstall
      ? 'redis-server is not installed and `apt-get install -y redis-server` failed'
      : 'redis-server is not installed, and this machine cannot install it (no root or no apt-get); install it (Debian: apt-get install -y redis-server) to run this test',
  };
}

async function waitFor(path: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (server.exitCode !== null)
      throw new Error(`redis-server stopped (exit code ${server.exitCode}).`);
    if (existsSync(path)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('redis-server did not start within 5 seconds.');
}

/** Starts a redis-server with nothing saved to disk; stop it when the tests are done. */
export async function startRedis(): Promise<LocalRedis> {
  const folder = mkdtempSync(join(tmpdir(), 'gt-redis-'));
  const socket = join(folder, 'redis.sock');
  const server = spawn(
    'redis-server',
    [
      '--port',
      '0',
      '--unixsocket',
      socket,
      '--dir',
      folder,
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  await waitFor(socket, server);
  return {
    connection: { path: socket, maxRetriesPerRequest: null },
    stop: async () => {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}
