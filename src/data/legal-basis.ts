// The documents rules cite. Each entry says where it was seen (see shared guide legal-basis.md).
import type { LegalBasis } from '../rule-api.js';

/** 《法治政府建设与责任落实督察工作规定》, 厅字〔2019〕28号, announced May 2019. */
export const INSPECTION_RULE: LegalBasis = {
  zh: '《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号)',
  en: 'Provisions on Inspecting Rule-of-Law Government Building and the Fulfilment of Responsibilities (Tingzi [2019] No. 28)',
  source: 'hnhs.gov.cn 主动公开事项目录; scfzw.net 司法局通知 (annual report contents, five items)',
};

/** Article 24: publish by 1 April through newspapers, websites and other media. */
export const INSPECTION_RULE_ART24: LegalBasis = {
  zh: '《法治政府建设与责任落实督察工作规定》第二十四条',
  en: 'Article 24 of the Provisions on Inspecting Rule-of-Law Government Building (Tingzi [2019] No. 28)',
  source: 'hnhs.gov.cn, quoting the article',
};

/** 国办发〔2018〕118号 on the three systems of administrative law enforcement. */
export const THREE_SYSTEMS_OPINION: LegalBasis = {
  zh: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》(国办发〔2018〕118号)',
  en: 'General Office of the State Council, Guiding Opinions on the three law-enforcement systems (Guobanfa [2018] No. 118)',
  source: 'shared guide legal-basis.md',
};

/** Provincial guidance naming the report 法治政府建设年度报告. */
export const PROVINCIAL_GUIDANCE: LegalBasis = {
  zh: '省级法治政府建设年度报告工作指引(依据中发〔2021〕33号、厅字〔2019〕28号)',
  en: 'Provincial work guidance for the annual reports (based on Zhongfa [2021] No. 33 and Tingzi [2019] No. 28)',
  source: 'zgtc.gov.cn, Sept 2023',
};
