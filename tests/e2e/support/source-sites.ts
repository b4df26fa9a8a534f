import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../../support/feed-server';

export interface SourceSites extends TestServer {
  /** Chromium flags that send these hosts to the local server and every other host nowhere. */
  chromiumArgs: string[];
}

/**
 * A local HTTPS server that stands in for real sites under their real host names: Chromium
 * resolves those names to 127.0.0.1 (--host-resolver-rules), so the extension's real host
 * permissions and match patterns are exercised and nothing leaves the machine. The
 * certificate is made for the test run and accepted with --ignore-certificate-errors.
 */
export async function startSourceSites(hosts: readonly string[]): Promise<SourceSites> {
  const dir = await mkdtemp(join(tmpdir(), 'quorum-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=quorum-test',
    ],
    { stdio: 'ignore' },
  );
  const server = await startTestServer({ key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') });
  await rm(dir, { recursive: true, force: true });
  const rules = [...new Set(hosts)].map((host) => `MAP ${host} 127.0.0.1:${server.port}`);
  return {
    ...server,
    chromiumArgs: [`--host-resolver-rules=${[...rules, 'MAP * ~NOTFOUND'].join(', ')}`, '--ignore-certificate-errors'],
  };
}
