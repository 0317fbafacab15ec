// The page's script: send a file's name and bytes (or pasted text) to the local server, show
// what the engine found. Every piece of report text goes in through textContent, never as HTML.
'use strict';

const TEXT = {
  zh: {
    title: '法治政府建设年度报告检查',
    subtitle: '检查报告是否写全了必备内容,并标出问题所在',
    switchTo: 'English',
    drop: '把报告文件拖到这里',
    pick: '选择文件',
    formats: '支持 .docx、.txt、.md 文件。文件只在本机检查,不会上传到互联网,也不会被保存。',
    pasteSummary: '或者粘贴报告全文',
    pastePlaceholder: '在此粘贴报告全文',
    pasteFormat: '文本格式',
    formatText: '纯文本',
    formatMarkdown: 'Markdown',
    check: '检查',
    copyFixed: '复制修正后的文本',
    downloadAnnotated: '下载带批注的 Word 文档',
    annotating: '正在生成带批注和修订的 Word 文档…',
    copied: '已复制到剪贴板',
    copyFailed: '无法复制,请手动选择文本',
    checklistTitle: '必备内容检查',
    textTitle: '报告原文与问题标注',
    textHint: '带颜色的文字和编号是检查发现的问题;把鼠标移到上面或点击可查看说明。',
    findingsTitle: '问题列表',
    rulesTitle: '当前规则集',
    ruleId: '规则',
    ruleLevel: '级别',
    ruleChecks: '检查内容',
    ruleOptions: '选项',
    footer: 'fazhi-lint · 在本机运行,不连接互联网',
    checking: (name) => `正在检查 ${name} …`,
    failed: '无法检查:',
    network: '无法连接本机检查服务,请确认 fazhi-lint serve 仍在运行。',
    tooLarge: (mb) => `文件过大:上限为 ${mb} MB`,
    pastedName: '粘贴的文本',
    emptyPaste: '请先粘贴报告全文。',
    summary: (e, w) => (e === 0 && w === 0 ? '没有发现问题。' : `发现 ${e} 个错误、${w} 个警告。`),
    fixable: (n) => `其中 ${n} 个可以自动修正。`,
    status: { ok: '符合', weak: '不足', missing: '缺失' },
    icons: { ok: '✓', weak: '⚠', missing: '✗' },
    basis: '依据:',
    noText: '没有发现问题,无需标注。',
    noChecklist: '当前规则集中没有必备内容检查规则。',
    where: (line, column, unit) => (unit === 'paragraph' ? `第 ${line} 段` : `第 ${line} 行第 ${column} 列`),
    severity: { 1: '警告', 2: '错误' },
    levels: { off: '关闭', warn: '警告', error: '错误' },
    configFile: (file) => (file ? `配置文件:${file}` : '未找到配置文件,使用内置推荐规则。'),
    pickFinding: '点击文中的标记查看问题说明。',
    fixableTag: '可自动修正',
    general: '全文',
  },
  en: {
    title: 'Annual rule-of-law government report check',
    subtitle: 'Checks that the report has every required part and marks where it falls short',
    switchTo: '中文',
    drop: 'Drop a report file here',
    pick: 'Choose a file',
    formats: '.docx, .txt and .md files. The file is checked on this computer only: it is not sent to the internet and not saved.',
    pasteSummary: 'Or paste the report’s full text',
    pastePlaceholder: 'Paste the full report here',
    pasteFormat: 'Text format',
    formatText: 'Plain text',
    formatMarkdown: 'Markdown',
    check: 'Check',
    copyFixed: 'Copy fixed text',
    downloadAnnotated: 'Download the Word document with comments',
    annotating: 'Writing the Word document with comments and tracked changes…',
    copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy; please select the text by hand',
    checklistTitle: 'Required parts',
    textTitle: 'The report, with findings marked',
    textHint: 'Coloured text and numbers are findings; hover over or click them for an explanation.',
    findingsTitle: 'Findings',
    rulesTitle: 'Active rule set',
    ruleId: 'Rule',
    ruleLevel: 'Level',
    ruleChecks: 'Checks',
    ruleOptions: 'Options',
    footer: 'fazhi-lint · runs on this computer, no internet needed',
    checking: (name) => `Checking ${name} …`,
    failed: 'Could not check: ',
    network: 'Cannot reach the local checking service; is fazhi-lint serve still running?',
    tooLarge: (mb) => `The file is too large: the limit is ${mb} MB`,
    pastedName: 'pasted text',
    emptyPaste: 'Paste the report’s text first.',
    summary: (e, w) => (e === 0 && w === 0 ? 'No problems found.' : `${e} error(s), ${w} warning(s).`),
    fixable: (n) => `${n} can be fixed automatically.`,
    status: { ok: 'present', weak: 'falls short', missing: 'missing' },
    icons: { ok: '✓', weak: '⚠', missing: '✗' },
    basis: 'Basis: ',
    noText: 'No problems found; nothing to mark.',
    noChecklist: 'The active rule set has no required-part rules.',
    where: (line, column, unit) => (unit === 'paragraph' ? `paragraph ${line}` : `line ${line}, column ${column}`),
    severity: { 1: 'warning', 2: 'error' },
    levels: { off: 'off', warn: 'warning', error: 'error' },
    configFile: (file) => (file ? `Config file: ${file}` : 'No config file found: the built-in recommended rules.'),
    pickFinding: 'Click a mark in the text to read the finding.',
    fixableTag: 'fixable',
    general: 'whole report',
  },
};

const state = {
  lang: 'zh',
  maxUploadBytes: 20 * 1024 * 1024,
  /** The last upload, kept in the page's memory so the language switch can re-check it. */
  upload: null,
  report: null,
  selected: null,
};

const $ = (id) => document.getElementById(id);
const t = () => TEXT[state.lang];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function applyLanguage() {
  const words = t();
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${words.title} · fazhi-lint`;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const value = words[node.dataset.i18n];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
    node.placeholder = words[node.dataset.i18nPlaceholder];
  }
  $('lang-switch').textContent = words.switchTo;
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
}

function clearMessages() {
  $('error').hidden = true;
  $('error').textContent = '';
  $('status').textContent = '';
}

async function loadRules() {
  try {
    const response = await fetch(`/api/config?locale=${state.lang}`);
    const config = await response.json();
    state.maxUploadBytes = config.maxUploadBytes;
    renderRules(config);
    return config;
  } catch {
    showError(t().network);
    return null;
  }
}

function renderRules(config) {
  $('config-file').textContent = t().configFile(config.configFile);
  const body = $('rules').querySelector('tbody');
  body.replaceChildren();
  for (const rule of config.rules) {
    const row = el('tr');
    const id = el('td');
    id.append(el('code', '', rule.id));
    row.append(id);
    row.append(el('td', rule.severity, t().levels[rule.severity]));
    const checks = el('td', '', rule.description);
    if (rule.basis) checks.append(el('div', 'basis', t().basis + rule.basis));
    row.append(checks);
    const options = el('td');
    if (Object.keys(rule.options).length) options.append(el('code', '', JSON.stringify(rule.options)));
    row.append(options);
    body.append(row);
  }
}

async function check(upload) {
  state.upload = upload;
  clearMessages();
  if (upload.blob.size > state.maxUploadBytes) {
    showError(t().failed + t().tooLarge(Math.round(state.maxUploadBytes / 1024 / 1024)));
    return;
  }
  $('status').textContent = t().checking(upload.name);
  let response;
  let body;
  try {
    response = await fetch(`/api/lint?name=${encodeURIComponent(upload.name)}&locale=${state.lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: upload.blob,
    });
    body = await response.json();
  } catch {
    $('status').textContent = '';
    showError(t().network);
    return;
  }
  $('status').textContent = '';
  if (!response.ok) {
    $('results').hidden = true;
    showError(t().failed + body.error);
    return;
  }
  state.report = body;
  renderReport(body);
}

function renderReport(report) {
  const words = t();
  $('results').hidden = false;
  $('report-name').textContent = report.fileName;
  $('summary').textContent =
    words.summary(report.errorCount, report.warningCount) + (report.fixableCount ? ' ' + words.fixable(report.fixableCount) : '');
  $('fix-row').hidden = report.fixedText === null;
  $('copy-status').textContent = '';
  $('annotate-row').hidden = !/\.docx$/i.test(report.fileName);
  $('annotate-status').textContent = '';
  renderChecklist(report);
  renderText(report);
  renderFindings(report);
  select(null);
}

function renderChecklist(report) {
  const words = t();
  const list = $('checklist');
  list.replaceChildren();
  if (report.checklist.length === 0) list.append(el('li', '', words.noChecklist));
  for (const item of report.checklist) {
    const li = el('li', `status-${item.status}`);
    li.dataset.rule = item.ruleId;
    li.dataset.status = item.status;
    li.append(el('span', 'icon', words.icons[item.status]));
    const body = el('div');
    const head = el('div');
    head.append(el('strong', '', item.description), el('span', 'status-word', words.status[item.status]));
    body.append(head);
    for (const reason of item.reasons) body.append(el('p', 'reason', reason));
    if (item.basis) body.append(el('p', 'basis', words.basis + item.basis));
    li.append(body);
    if (item.firstFinding !== null) {
      li.classList.add('has-finding');
      li.addEventListener('click', () => select(item.firstFinding, true));
    }
    list.append(li);
  }
}

/** Splits the text at every finding's start and end; each piece knows which findings cover it. */
function renderText(report) {
  const words = t();
  const pre = $('report-text');
  pre.replaceChildren();
  if (report.text === null) {
    pre.textContent = words.noText;
    return;
  }
  const text = report.text;
  const cuts = new Set([0, text.length]);
  for (const f of report.findings) cuts.add(f.start).add(f.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pinsAt = new Map();
  report.findings.forEach((f, index) => {
    if (!pinsAt.has(f.start)) pinsAt.set(f.start, []);
    pinsAt.get(f.start).push(index);
  });
  for (let i = 0; i < points.length; i++) {
    const from = points[i];
    for (const index of pinsAt.get(from) ?? []) pre.append(pin(report.findings[index], index));
    if (i === points.length - 1) break;
    const to = points[i + 1];
    const covering = [];
    report.findings.forEach((f, index) => {
      if (f.start < f.end && f.start <= from && f.end >= to) covering.push(index);
    });
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      pre.append(document.createTextNode(piece));
      continue;
    }
    const severity = Math.max(...covering.map((index) => report.findings[index].severity));
    const mark = el('span', `mark sev-${severity}`, piece);
    mark.dataset.findings = covering.join(' ');
    mark.title = covering.map((index) => `${index + 1}. ${report.findings[index].reason}`).join('\n');
    mark.addEventListener('click', () => select(covering[0]));
    pre.append(mark);
  }
}

function pin(finding, index) {
  const button = el('button', `pin sev-${finding.severity}`, String(index + 1));
  button.type = 'button';
  button.dataset.finding = String(index);
  button.title = finding.reason;
  button.addEventListener('click', () => select(index));
  button.addEventListener('mouseenter', () => select(index));
  return button;
}

function renderFindings(report) {
  const words = t();
  const list = $('findings');
  list.replaceChildren();
  report.findings.forEach((f, index) => {
    const li = el('li');
    li.dataset.finding = String(index);
    li.append(el('span', `sev-label sev-${f.severity}`, words.severity[f.severity]));
    li.append(el('span', 'where', words.where(f.line, f.column, report.locationUnit)));
    li.append(document.createTextNode(f.reason + ' '));
    if (f.ruleId) li.append(el('span', 'rule-id', f.ruleId));
    if (f.fixable) li.append(el('span', 'hint', ` · ${words.fixableTag}`));
    if (f.basis) li.append(el('div', 'basis', words.basis + f.basis));
    li.addEventListener('click', () => select(index, true));
    list.append(li);
  });
}

/** Shows one finding's explanation beside the text and highlights it everywhere. */
function select(index, scroll = false) {
  const words = t();
  state.selected = index;
  const detail = $('finding-detail');
  detail.replaceChildren();
  detail.className = '';
  for (const node of document.querySelectorAll('.selected')) node.classList.remove('selected');
  if (index === null || !state.report) {
    detail.textContent = state.report && state.report.findings.length ? words.pickFinding : '';
    return;
  }
  const f = state.report.findings[index];
  detail.className = `sev-${f.severity}`;
  const head = el('p');
  head.append(el('strong', '', `${index + 1}. `), el('span', `sev-label sev-${f.severity}`, words.severity[f.severity]));
  head.append(el('span', 'where', words.where(f.line, f.column, state.report.locationUnit)));
  detail.append(head, el('p', '', f.reason));
  if (f.basis) detail.append(el('p', 'basis', words.basis + f.basis));
  if (f.ruleId) detail.append(el('p', 'rule-id', f.ruleId));
  for (const node of document.querySelectorAll(`[data-finding="${index}"]`)) node.classList.add('selected');
  for (const node of document.querySelectorAll('.mark')) {
    if (node.dataset.findings.split(' ').includes(String(index))) node.classList.add('selected');
  }
  if (scroll) document.querySelector(`#report-text [data-finding="${index}"]`)?.scrollIntoView({ block: 'center' });
}

async function copyFixed() {
  const words = t();
  const text = state.report?.fixedText;
  if (typeof text !== 'string') return;
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = words.copied;
  } catch {
    // Outside a secure context (e.g. --host on a LAN address) the clipboard API is refused.
    const area = el('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    $('copy-status').textContent = ok ? words.copied : words.copyFailed;
  }
}

// The uploaded .docx again, answered in itself by the server (findings as comments, fixes as
// tracked changes), saved as a download; nothing is kept on either side.
async function downloadAnnotated() {
  const upload = state.upload;
  if (!upload) return;
  const words = t();
  $('annotate-status').textContent = words.annotating;
  let response;
  try {
    response = await fetch(`/api/annotate?name=${encodeURIComponent(upload.name)}&locale=${state.lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: upload.blob,
    });
  } catch {
    $('annotate-status').textContent = words.network;
    return;
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({ error: response.statusText }));
    $('annotate-status').textContent = words.failed + body.error;
    return;
  }
  const link = el('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = upload.name.replace(/\.[^.]*$/, '') + '.reviewed.docx';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  $('annotate-status').textContent = '';
}

function fromFile(file) {
  if (file) check({ name: file.name, blob: file });
}

function wire() {
  $('file-input').addEventListener('change', (event) => {
    fromFile(event.target.files[0]);
    event.target.value = '';
  });
  const zone = $('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    fromFile(event.dataTransfer.files[0]);
  });
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') $('file-input').click();
  });
  // A file dropped outside the zone must not replace the page.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());

  $('paste-check').addEventListener('click', () => {
    const text = $('paste-text').value;
    if (text.trim() === '') {
      clearMessages();
      showError(t().emptyPaste);
      return;
    }
    const ext = $('paste-format').value === 'md' ? '.md' : '.txt';
    check({ name: t().pastedName + ext, blob: new Blob([text], { type: 'text/plain;charset=utf-8' }) });
  });
  $('copy-fixed').addEventListener('click', copyFixed);
  $('download-annotated').addEventListener('click', downloadAnnotated);
  $('lang-switch').addEventListener('click', async () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    try {
      localStorage.setItem('fazhi-lint-lang', state.lang);
    } catch {
      // Storage may be disabled; the switch still works for this visit.
    }
    applyLanguage();
    await loadRules();
    if (state.upload) await check(state.upload);
  });
}

async function start() {
  let saved = null;
  try {
    saved = localStorage.getItem('fazhi-lint-lang');
  } catch {
    saved = null;
  }
  if (saved === 'zh' || saved === 'en') state.lang = saved;
  wire();
  applyLanguage();
  const config = await loadRules();
  // Without a choice of the writer's own, follow the server's locale (config or --locale).
  if (config && saved === null && config.locale !== state.lang) {
    state.lang = config.locale;
    applyLanguage();
    await loadRules();
  }
}

start();
