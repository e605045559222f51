/**
 * Colour is on only when asked for. The colour level is fixed when chalk loads, so this file forces colour
 * before Ink is imported (vitest gives each test file its own module graph).
 */
import { afterEach, expect, test } from 'vitest';
import { fixtureDataset, loadFixture, waitForFrame } from './helpers.js';

process.env['FORCE_COLOR'] = '1';
const { render, cleanup } = await import('ink-testing-library');
const { App } = await import('../../src/tui/app.js');
const { colorsEnabled } = await import('../../src/tui/index.js');

afterEach(() => cleanup());

const result = loadFixture('002-contradiction.json');

async function frameWith(colors: boolean): Promise<string> {
  const app = render(<App paths={[result.path]} check={async () => result} dataset={fixtureDataset()} colors={colors} />);
  return waitForFrame(app.lastFrame, (f) => f.includes('contradiction ('), 'the claim list');
}

test('verdicts are coloured when colours are on (red contradiction, green match)', async () => {
  const frame = await frameWith(true);
  expect(frame).toMatch(/\u001B\[31m✗ 5 contradiction/);
  expect(frame).toMatch(/\u001B\[32m✓ 1 match/);
  expect(frame).toContain('\u001B[31m✗ contradiction');
});

test('NO_COLOR: the same screen without colour codes, symbols intact', async () => {
  const frame = await frameWith(false);
  expect(frame).not.toMatch(/\u001B\[3\dm/);
  expect(frame).toContain('✗ 5 contradiction');
  expect(frame).toContain('✓ 1 match');
});

test.each([
  [{}, true],
  [{ NO_COLOR: '1' }, false],
  [{ NO_COLOR: '' }, true],
])('colorsEnabled(%j) is %s', (env, expected) => {
  expect(colorsEnabled(env)).toBe(expected);
});
