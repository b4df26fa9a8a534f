// Runs one command of a script, showing it first, and returns its exit code.
import { spawnSync } from 'node:child_process';

export function run(command, args, env = {}) {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}
