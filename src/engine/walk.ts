// One walk over the tree for every rule: handlers are grouped by node type up front, so a
// node costs one map lookup however many rules are on. "type:exit" handlers run on leaving.
import type { Nodes, Root } from 'mdast';

export type Handler = (node: Nodes, parent: Nodes | undefined) => void;

export class HandlerTable {
  private readonly enter = new Map<string, Handler[]>();
  private readonly exit = new Map<string, Handler[]>();

  add(selector: string, handler: Handler): void {
    const isExit = selector.endsWith(':exit');
    const table = isExit ? this.exit : this.enter;
    const type = isExit ? selector.slice(0, -':exit'.length) : selector;
    const list = table.get(type);
    if (list) list.push(handler);
    else table.set(type, [handler]);
  }

  walk(tree: Root): void {
    // An explicit stack rather than recursion: a pathological tree must not overflow.
    type Frame = { node: Nodes; parent: Nodes | undefined; leaving: boolean };
    const stack: Frame[] = [{ node: tree, parent: undefined, leaving: false }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const handlers = (frame.leaving ? this.exit : this.enter).get(frame.node.type);
      if (handlers) for (const handler of handlers) handler(frame.node, frame.parent);
      if (frame.leaving) continue;
      frame.leaving = true; // the same frame comes back on leaving: no copy per node
      stack.push(frame);
      if ('children' in frame.node) {
        const children = frame.node.children as Nodes[];
        for (let i = children.length - 1; i >= 0; i--) {
          stack.push({ node: children[i]!, parent: frame.node, leaving: false });
        }
      }
    }
  }
}
