/**
 * Where the package's language data lives (corpus/lexicon), found from this module's own location so the
 * same code works from src/ (tests), dist/ (the library) and the bundled command (dist/cli).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

export function lexiconDir(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'corpus', 'lexicon');
    if (existsSync(candidate)) return (found = candidate);
    dir = dirname(dir);
  }
  throw new Error('chipcheck: corpus/lexicon not found next to the package; reinstall chipcheck.');
}
