// Words that show a problems part analyses why, not only what (厅字〔2019〕28号 asks for
// 存在的不足和原因). Seen: "究其原因", "主要原因是", "由于…", "…导致…", "根源在于" (issue 4);
// "导致宣传效果不够理想", "影响了执法效率" (柳荫镇 2024).
export const CAUSAL_PHRASES = [
  '原因',
  '由于',
  '导致',
  '根源',
  '致使',
  '造成了',
  '造成的',
  '影响了',
  '源于',
  '归因',
  '缘于',
  '因为',
  '归根结底',
  '主观上',
  '客观上',
  '制约了',
  '受制于',
  '是因',
  // Figurative phrasings of a cause: "问题的症结在于…", "根子在于…", "这与…直接相关".
  '症结',
  '根子在于',
  '根子上',
  '根本在于',
  '直接相关',
  '之所以',
  // Phrasings that announce the analysis (sixth blind set): "究其成因,一方面…", "深究其因",
  // "追根溯源", "说到底", "归根到底", "既有…的客观因素,也有…的主观因素".
  '究其',
  '成因',
  '追根溯源',
  '说到底',
  '归根到底',
  '客观因素',
  '主观因素',
  // Seventh and eighth blind sets: "分析其中缘由", "这在一定程度上与…有关", "这与…有很大关系",
  // "问题背后反映的是…", "细究起来".
  '缘由',
  '程度上与',
  '有很大关系',
  '密切相关',
  '背后反映',
  '细究起来',
  // Eighth blind set: "分析起来,主要是…", "这些不足的形成,既因…,也因…", "出现上述情况,一方面是…".
  '分析起来',
  '的形成',
  '既因',
  '出现上述',
  '出现这些问题',
  // Ninth and tenth blind sets: "溯其根由/探寻根由/问题产生的根由", "有…的历史欠账,也有…的现实因素",
  // "从深层次看", "受…所限,加之…", "归结起来", "既受…制约,也与…不无关系", "从内因看…从外因看",
  // "有客观条件的限制", "寻根究底", "病根在于", "根子在…".
  '根由',
  '因素',
  '深层次看',
  '所限',
  '加之',
  '归结起来',
  '不无关系',
  '内因',
  '外因',
  '客观条件',
  '寻根究底',
  '病根',
  '根子在',
];

/** "受…影响" written around another phrase: "受疫情影响", "受机构改革影响"; not "效果受到影响", an effect. */
export const CAUSAL_PATTERNS = [/受(?!到影响)[^,。;,;]{1,15}影响/, /因[^,。;,;]{1,15}(?:而|致)/];

/**
 * Formulas that name causes without giving any: "既有客观方面的原因,也有主观方面的原因" and
 * nothing after it. They are taken out of a problems part before its causal words are looked
 * for; a part that goes on ("客观上,…;主观上,…") still shows its causes.
 */
export const EMPTY_CAUSE_FORMULAS = [
  /既有(?:[^,。;,;]{0,8})?[主客]观(?:方面|上)?的?原因[,，、]?(?:也|又|还)有(?:[^,。;,;]{0,8})?[主客]观(?:方面|上)?的?原因/g,
];
