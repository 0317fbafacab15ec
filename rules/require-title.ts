import type { LoadedRule } from '../src/rule-api.js';
import { PROVINCIAL_GUIDANCE } from '../src/data/legal-basis.js';

const rule: LoadedRule = {
  meta: {
    id: 'require-title',
    type: 'checklist',
    docs: {
      description: {
        zh: '报告须有标题,写明报告主体、年度和“法治政府建设……报告”',
        en: 'The report has a title naming the issuer, the year and the report',
      },
      rationale: {
        zh: '标题让审核人一眼看出是哪个单位哪一年的年度报告;网页抓取的正文常常只剩导航、发布日期或元数据表格,没有标题。',
        en: 'A title tells a reviewer whose report for which year it is; scraped pages often keep only navigation, dates or a metadata table.',
      },
      basis: PROVINCIAL_GUIDANCE,
      label: { zh: '标题', en: 'title' },
      recommended: true,
    },
    messages: {
      missing: {
        zh: '缺少标题:应在正文前写明“××(单位)××年法治政府建设年度报告”',
        en: 'No title: start with "<issuer> <year> 法治政府建设年度报告"',
      },
      'weak-no-year': {
        zh: '标题“{{title}}”未写明报告年度',
        en: 'The title "{{title}}" does not state the year reported on',
      },
    },
  },
  create(context) {
    return {
      'root:exit'() {
        const { title } = context.outline;
        if (!title) {
          context.report({ messageId: 'missing', loc: { line: 1, column: 1 } });
          return;
        }
        // The outline read the year from the title, in any width, spacing or numerals
        // ("２０２１年", "2 0 2 4 年 度", "二〇二〇年度"), or found none there.
        if (context.outline.yearSource !== 'title') {
          context.report({
            messageId: 'weak-no-year',
            data: { title: title.text },
            loc: {
              line: title.span.start.line,
              column: title.span.start.column,
              endLine: title.span.end.line,
              endColumn: title.span.end.column,
            },
          });
        }
      },
    };
  },
};

export default rule;
