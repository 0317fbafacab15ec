// A page's list of links to other articles, numbered a line each ("1. ××市2021年法治政府建设年度报告",
// "2. ××市2022年政府信息公开工作年度报告"): its lines carry heading markers, but they are page
// debris, not the parts of a report. Found after the lines are read, as a run of numbered headings.
import type { Heading, RootContent } from 'mdast';
import { LINK_ITEM_ENDINGS } from '../data/page-debris.js';
import type { PageDebris } from './types.js';

const DATE_AT_END = /\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?$/;
const ITEM_ENDING = new RegExp(`(?:${LINK_ITEM_ENDINGS.join('|')})$`);

function itemText(heading: Heading, text: string): string {
  const { start, end } = heading.position!;
  return text.slice(start.offset!, end.offset!).slice(heading.data?.numbering?.marker.length ?? 0).trim();
}

/** Whether a line names a document or a news item: it ends as one, or with a date. */
function isLinkItem(item: string): boolean {
  return !/[。;；]/.test(item) && (DATE_AT_END.test(item) || ITEM_ENDING.test(item.trimEnd()));
}

/**
 * Moves each numbered link list out of `children` into `debris`: two or more headings in a row of
 * one style numbered 1, 2, 3…, most of whose lines name documents.
 */
export function takeLinkLists(children: RootContent[], debris: PageDebris[], text: string): RootContent[] {
  const kept: RootContent[] = [];
  for (let i = 0; i < children.length; ) {
    const run: Heading[] = [];
    for (let j = i; j < children.length; j++) {
      const node = children[j]!;
      const numbering = node.type === 'heading' ? node.data?.numbering : undefined;
      if (!numbering || numbering.value !== run.length + 1 || (run.length > 0 && numbering.style !== run[0]!.data!.numbering!.style)) break;
      run.push(node as Heading);
    }
    const links = run.filter((heading) => isLinkItem(itemText(heading, text))).length;
    if (run.length >= 2 && links * 2 > run.length) {
      for (const heading of run) {
        const { start, end } = heading.position!;
        debris.push({ kind: 'navigation', text: text.slice(start.offset!, end.offset!), position: { start, end } });
      }
      i += run.length;
    } else {
      kept.push(children[i]!);
      i++;
    }
  }
  return kept;
}
