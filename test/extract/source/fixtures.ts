import { join } from 'node:path';

/** test/fixtures/sources/<name> */
export function fixture(name: string): string {
  return join(import.meta.dirname, '../../fixtures/sources', name);
}
