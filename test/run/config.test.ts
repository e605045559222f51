import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, configDatasets, findConfig, readConfig } from '../../src/run/config.js';

const root = mkdtempSync(join(tmpdir(), 'chipcheck-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('config', () => {
  it('is found upwards from the working directory, and its paths resolve against its folder', () => {
    const dir = folder({ 'chipcheck.config.json': { dataset: 'data', failLevel: 'warning' }, 'a/b/.keep': '' });
    const loaded = findConfig(join(dir, 'a/b'));
    expect(loaded.file).toBe(join(dir, 'chipcheck.config.json'));
    expect(loaded.config.failLevel).toBe('warning');
    expect(configDatasets(loaded)).toEqual([join(dir, 'data')]);
  });

  it('a chipcheck key in package.json counts; a package.json without one does not', () => {
    const dir = folder({ 'package.json': { name: 'site', chipcheck: { rules: { 'chipcheck/unverifiable': 'off' } } }, 'sub/package.json': { name: 'inner' } });
    expect(findConfig(join(dir, 'sub')).config.rules).toEqual({ 'chipcheck/unverifiable': 'off' });
  });

  it('no config anywhere is an empty config', () => {
    const dir = folder({ 'x.txt': '' });
    expect(findConfig(dir).config).toEqual({});
  });

  it.each([
    ['a bad fail level', { failLevel: 'fatal' }, '"failLevel" is invalid', 'expected "error", "warning", "info" or "none"'],
    ['a bad rule severity', { rules: { 'chipcheck/typo': 'loud' } }, '"rules.chipcheck/typo" is invalid', 'expected an object of rule id to'],
    ['an unknown key', { failLevl: 'error' }, 'unknown key "failLevl"', 'known keys: dataset'],
    ['ignore not an array', { ignore: 'drafts/**' }, '"ignore" is invalid', 'expected an array of glob strings'],
  ])('%s names the key and the expected shape', (_name, config, key, shape) => {
    const dir = folder({ 'chipcheck.config.json': config });
    expect(() => readConfig(join(dir, 'chipcheck.config.json'))).toThrow(ConfigError);
    try {
      readConfig(join(dir, 'chipcheck.config.json'));
    } catch (error) {
      expect((error as Error).message).toContain(key);
      expect((error as Error).message).toContain(shape);
    }
  });

  it('a key in package.json is named with its chipcheck. prefix', () => {
    const dir = folder({ 'package.json': { chipcheck: { failLevel: 1 } } });
    expect(() => findConfig(dir)).toThrow('"chipcheck.failLevel" is invalid');
  });

  it('broken JSON says so', () => {
    const dir = folder({ 'chipcheck.config.json': '{ "failLevel": ' });
    expect(() => findConfig(dir)).toThrow(/not valid JSON/u);
  });
});
