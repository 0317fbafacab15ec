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

// ---- Report-quality rules (issue 5) ----

/** 《党政机关公文处理工作条例》(中办发〔2012〕14号), art. 9: the parts of a document. */
export const DOCUMENT_HANDLING_REGULATION: LegalBasis = {
  zh: '《党政机关公文处理工作条例》(中办发〔2012〕14号)第九条:公文一般由……发文机关署名、成文日期、印章……组成',
  en: 'Regulations on the Handling of Party and Government Documents (Zhongbanfa [2012] No. 14), art. 9: a document carries the issuing body\'s signature and the date of issue',
  source: 'gov.cn, 中共中央办公厅 国务院办公厅印发《党政机关公文处理工作条例》(2012-04-16), 第九条',
};

/** GB/T 9704-2012《党政机关公文格式》 7.2.5: 发文字号. */
export const DOCUMENT_NUMBER_FORMAT: LegalBasis = {
  zh: 'GB/T 9704-2012《党政机关公文格式》7.2.5(发文字号的年份标全称,用六角括号“〔〕”括入)',
  en: 'GB/T 9704-2012 Layout key for official documents, 7.2.5 (the full year of a document number, in 〔〕)',
  source: 'GB/T 9704-2012 section 7.2.5 发文字号 (7.2.4 is 发文机关标志; national standard, in force 2012-07-01)',
};

/** GB/T 9704-2012《党政机关公文格式》 7.3.3: 结构层次序数. */
export const HEADING_NUMBERING_FORMAT: LegalBasis = {
  zh: 'GB/T 9704-2012《党政机关公文格式》7.3.3(结构层次序数依次用“一、”“（一）”“1.”“（1）”标注)',
  en: 'GB/T 9704-2012 Layout key for official documents, 7.3.3 (heading numbers 一、 （一） 1. （1）, in that order)',
  source: 'GB/T 9704-2012 section 7.3.3 (national standard, in force 2012-07-01); see src/data/heading-markers.ts',
};

/** GB/T 15834-2011《标点符号用法》. */
export const PUNCTUATION_STANDARD: LegalBasis = {
  zh: 'GB/T 15834-2011《标点符号用法》',
  en: 'GB/T 15834-2011 General rules for punctuation',
  source: 'GB/T 15834-2011 (national standard, in force 2012-06-01): 4.8 引号, 4.9 括号, 4.15 书名号, and the marks\' forms',
};

/** 《政府信息公开条例》(国务院令第711号, 2019 revision), art. 15: no personal privacy in published information. */
export const GOV_INFO_DISCLOSURE_ART15: LegalBasis = {
  zh: '《中华人民共和国政府信息公开条例》第十五条(涉及个人隐私等公开会对第三方合法权益造成损害的政府信息不予公开);报告公开前须经保密审查',
  en: 'Regulations on the Disclosure of Government Information, art. 15 (information involving personal privacy is not disclosed); reports pass a confidentiality review before publication',
  source: '《中华人民共和国政府信息公开条例》(国务院令第711号, 2019-04-03 revision) 第十五条, gov.cn; 保密审查: scfzw.net (shared guide legal-basis.md)',
};
