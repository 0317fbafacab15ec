// Checks shared by the reader tests: every position in a tree must point at its source.
import type { Nodes, Root } from 'mdast';
import { expect } from 'vitest';
import { LineIndex } from '../../src/read/positions.js';

const BLANK = /[\s\u00a0\u3000\u2000-\u200b\ufeff]/;

export function allNodes(node: Nodes, out: Nodes[] = []): Nodes[] {
  out.push(node);
  if ('children' in node) for (const child of node.children) allNodes(child as Nodes, out);
  return out;
}

/**
 * Every node has a position whose line/column agree with its offsets; block nodes start and end
 * on content (no surrounding blanks); recovered text nodes hold exactly their source slice.
 * `exactText` limits the slice check to nodes for which it must hold (all, in the text reader).
 */
export function expectExactPositions(tree: Root, text: string, exactText: (node: Nodes) => boolean = () => true): void {
  const lines = new LineIndex(text);
  for (const node of allNodes(tree)) {
    const position = node.position;
    expect(position, node.type).toBeDefined();
    const { start, end } = position!;
    expect(lines.positionAt(start.offset!), `${node.type} start`).toEqual(start);
    expect(lines.positionAt(end.offset!), `${node.type} end`).toEqual(end);
    expect(end.offset!).toBeGreaterThanOrEqual(start.offset!);
    if (node.type === 'root') continue;
    expect(BLANK.test(text[start.offset!]!), `${node.type} starts on a blank`).toBe(false);
    expect(BLANK.test(text[end.offset! - 1]!), `${node.type} ends on a blank`).toBe(false);
    if (node.type === 'text' && exactText(node)) expect(node.value).toBe(text.slice(start.offset, end.offset));
  }
  for (const debris of tree.data?.debris ?? []) {
    expect(debris.text).toBe(text.slice(debris.position.start.offset, debris.position.end.offset));
    expect(lines.positionAt(debris.position.start.offset!)).toEqual(debris.position.start);
  }
}

/** The source text of a node. */
export function sourceOf(node: Nodes, text: string): string {
  return text.slice(node.position!.start.offset, node.position!.end.offset);
}
