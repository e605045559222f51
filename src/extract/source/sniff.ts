/** Which reader a file gets: by extension, and for `.txt` and unknown extensions by content. */

import type { SourceKind } from '../../types.js';

/** Enough of the start of a file to recognise its shape without scanning a huge file. */
const SNIFF_LENGTH = 65536;

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mkdn']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);

const DOCUMENT = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
// A tag (open or close) of an element that shows up in articles pasted from the web.
const TAG =
  /<\/?(?:p|div|br|hr|table|tr|td|th|span|a|img|h[1-6]|ul|ol|li|strong|em|b|i|u|section|article|blockquote|figure|figcaption|font|center|pre|code|sup|sub)(?:\s[^<>]*)?\/?>/i;
const FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)/;

/** Decide how to read a file from its path and (decoded) content. */
export function sniffKind(path: string, text: string): SourceKind {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const extension = dot > slash ? path.slice(dot + 1).toLowerCase() : '';
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'markdown';
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  let head = text.slice(0, SNIFF_LENGTH).trimStart();
  // Comments may precede the doctype.
  while (head.startsWith('<!--')) {
    const close = head.indexOf('-->');
    if (close < 0) break;
    head = head.slice(close + 3).trimStart();
  }
  if (DOCUMENT.test(head)) return 'html';
  if (FRONT_MATTER.test(head) || TAG.test(head)) return 'markdown';
  return 'plain';
}
