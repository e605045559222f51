import { readFileSync } from 'node:fs';

/** chipcheck's own version, from its package.json (two folders up from src/report, dist/report and the bundle in dist/cli). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
