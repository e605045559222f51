// Issue 9, adversarial time: every regular expression literal in src/ has star height 1 — no quantified
// group that itself holds an unbounded quantifier, the shape behind catastrophic backtracking ((a+)+,
// (?:\s*x)*). The fuzz suite checks the running time; this check finds the shape before an input does.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/u.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every regex literal of a file, with its line. */
function regexLiterals(file: string): Array<{ pattern: string; line: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ pattern: string; line: number }> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      found.push({ pattern: text.slice(1, text.lastIndexOf('/')), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * True when a group that can repeat without bound contains something that can repeat without bound.
 * Escapes and character classes are skipped; a lookaround counts as a group.
 */
function nestedQuantifier(pattern: string): boolean {
  const stack: boolean[] = [false]; // per open group: does it hold an unbounded quantifier?
  let lastGroupUnbounded = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    let closedGroup = false;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      stack.push(false);
      continue;
    } else if (c === ')') {
      lastGroupUnbounded = stack.pop() ?? false;
      closedGroup = true;
    }
    // The quantifier after this atom, if any.
    const rest = pattern.slice(i + 1);
    const q = /^(?:[*+]|\{\d+,\})/u.exec(rest);
    if (q) {
      if (closedGroup && lastGroupUnbounded) return true;
      stack[stack.length - 1] = true;
      i += q[0].length;
      if (pattern[i + 1] === '?' || pattern[i + 1] === '+') i++;
    } else if (closedGroup && lastGroupUnbounded) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

/**
 * Nested quantifiers that cannot backtrack: each repetition of the outer group ends with something its
 * inner quantifier cannot match, so there is one way to split the input. Reviewed by hand; keyed by pattern.
 */
const UNAMBIGUOUS: Record<string, string> = {
  '^(?:[ \\t]*(?:\\r\\n|\\r|\\n))+(?=---[ \\t]*(?:\\r\\n|\\r|\\n))': 'every blank line ends with a line break, which [ \\t]* does not match',
};

describe('regular expressions are linear-time', () => {
  it.each([
    ['(a+)+', true],
    ['(?:\\s*,\\s*\\d+)*', true],
    ['(?:a|b+)*x', true],
    ['((?:ab)+c)*', true],
    ['(?:"((?:[^"]|"")*)"|([^,\\r\\n"]*))(,|\\r\\n|\\n|\\r|$)', false],
    ['[(+*]+\\d+(?:\\.\\d+)?', false],
    ['(?:ab){2,5}c*', false],
  ])('the check itself: %s → %s', (pattern, nested) => {
    expect(nestedQuantifier(pattern)).toBe(nested);
  });

  it('no regex literal in src/ nests unbounded quantifiers (except those shown unambiguous)', () => {
    const offenders = sourceFiles(src).flatMap((file) =>
      regexLiterals(file)
        .filter((r) => nestedQuantifier(r.pattern) && !(r.pattern in UNAMBIGUOUS))
        .map((r) => `${relative(src, file)}:${r.line} /${r.pattern}/`),
    );
    expect(offenders).toEqual([]);
  });
});
