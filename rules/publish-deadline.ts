import type { LoadedRule } from '../src/rule-api.js';
import { INSPECTION_RULE_ART24 } from '../src/data/legal-basis.js';

/** 厅字〔2019〕28号 art. 24: reports on a year are published by 1 April of the next. */
const DEFAULT_DEADLINE = '04-01';
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const rule: LoadedRule = {
  meta: {
    id: 'publish-deadline',
    type: 'quality',
    docs: {
      description: {
        zh: '落款或发布日期应在报告年度结束之后、次年公开期限(默认4月1日)之前',
        en: 'The signature or publication date falls after the reported year and by the deadline of the next year (1 April by default)',
      },
      rationale: {
        zh: '厅字〔2019〕28号第二十四条要求每年4月1日之前通过报刊、网站等新闻媒体向社会公开上一年度的报告;有的省份要求政府部门在3月1日前报送(可在配置 settings.deadline 或本规则的 deadline 选项中写“03-01”)。日期晚于期限说明报告迟报迟发;日期早于报告年度结束,多半是年份写错,或把上一年的落款照搬了过来。日期取落款,没有落款时取网页的发布日期。',
        en: 'Article 24 of Tingzi [2019] No. 28 has last year\'s report published by 1 April; some provinces ask departments for theirs by 1 March (set "03-01" in settings.deadline or this rule\'s deadline option). A later date means the report came late; a date before the reported year ended is usually a wrong year or a signature copied from last year. The date is the signature\'s, else the page\'s publication date.',
      },
      basis: INSPECTION_RULE_ART24,
      recommended: true,
    },
    messages: {
      late: {
        zh: '{{source}}{{date}}晚于{{year}}年度报告的公开期限{{deadline}}',
        en: 'The {{source}} {{date}} is after the deadline {{deadline}} for reports on {{year}}',
      },
      'before-year-end': {
        zh: '{{source}}{{date}}早于报告年度({{year}}年)结束,请核对年份',
        en: 'The {{source}} {{date}} is before the reported year {{year}} ended; check the year',
      },
    },
    schema: {
      type: 'object',
      properties: {
        deadline: {
          type: 'string',
          default: '',
          description: 'Month and day (MM-DD) of the year after the report year by which it is published; empty: settings.deadline, else "04-01".',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const configured = context.options.deadline || context.settings.deadline || DEFAULT_DEADLINE;
    if (typeof configured !== 'string' || !MONTH_DAY.test(configured)) {
      throw new Error(`deadline 应为“月-日”格式,如 "04-01",实为 ${JSON.stringify(configured)}`);
    }
    return {
      'root:exit'() {
        const { date, year } = context.outline;
        if (!date || year === null) return;
        const source = date.source === 'signature'
          ? { zh: '落款日期', en: 'signature date' }[context.locale]
          : { zh: '发布日期', en: 'publication date' }[context.locale];
        const deadline = `${year + 1}-${configured}`;
        const loc = { line: date.line, column: date.span.start.column, endLine: date.span.end.line, endColumn: date.span.end.column };
        const data = { source, date: date.text, year, deadline };
        if (date.iso > deadline) context.report({ messageId: 'late', data, loc });
        else if (date.iso < `${year + 1}-01-01`) context.report({ messageId: 'before-year-end', data, loc });
      },
    };
  },
};

export default rule;
