import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSnapshot, loadDataset } from '../../src/dataset/index.js';

// The build writes a snapshot of the validated bundled records (scripts/snapshot-dataset.mjs); loading must
// give exactly what validating the CSV files gives, and never trust a snapshot of other files.
describe('dataset snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chipcheck-snapshot-'));
  const fresh = loadDataset({ snapshot: false });

  it('a current snapshot gives the same dataset as validating the files', () => {
    const path = join(dir, 'current.json');
    writeFileSync(path, JSON.stringify(bundledSnapshot()));
    const fromSnapshot = loadDataset({ snapshot: path });
    expect(fromSnapshot.version).toBe(fresh.version);
    expect(fromSnapshot.figures.length).toBe(fresh.figures.length);
    expect(JSON.stringify(fromSnapshot.records)).toBe(JSON.stringify(fresh.records));
  });

  it('a snapshot of these files is what is loaded (nothing is parsed or validated again)', () => {
    const snapshot = bundledSnapshot();
    const [first] = Object.values(snapshot.files);
    first![0] = { ...first![0]!, note: 'read from the snapshot' };
    const path = join(dir, 'marked.json');
    writeFileSync(path, JSON.stringify(snapshot));
    expect(loadDataset({ snapshot: path }).records.some((r) => r.note === 'read from the snapshot')).toBe(true);
  });

  it('a snapshot of other files is ignored, whatever its records say', () => {
    const snapshot = bundledSnapshot();
    const [first] = Object.values(snapshot.files);
    first![0] = { ...first![0]!, value: '1' };
    const path = join(dir, 'stale.json');
    writeFileSync(path, JSON.stringify({ ...snapshot, sourceHash: 'not-these-files' }));
    expect(JSON.stringify(loadDataset({ snapshot: path }).records)).toBe(JSON.stringify(fresh.records));
  });

  it('a missing or unreadable snapshot falls back to validating', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ not json');
    expect(loadDataset({ snapshot: path }).version).toBe(fresh.version);
    expect(loadDataset({ snapshot: join(dir, 'missing.json') }).version).toBe(fresh.version);
  });
});
