/** A one-line progress bar on a terminal's stderr, redrawn in place; cleared when done. */
export interface Progress {
  update(done: number, total: number, path: string): void;
  clear(): void;
}

export function createProgress(write: (s: string) => void, columns = 80): Progress {
  let drawn = false;
  return {
    update(done, total, path) {
      const width = 20;
      const filled = Math.round((done / total) * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      const count = ` ${done}/${total} `;
      // One column spare, so the line never wraps (a wrapped line cannot be redrawn in place).
      const room = Math.max(0, columns - width - count.length - 1);
      const name = path.length > room ? '…' + path.slice(path.length - room + 1) : path;
      write(`\r\u001B[2K${bar}${count}${name}`);
      drawn = true;
    },
    clear() {
      if (drawn) write('\r\u001B[2K');
      drawn = false;
    },
  };
}
