// nianbao dashboard: the live feed, one report drawn as the 2021 format prints its tables, and a region's overview.
// Plain browser JavaScript served by query-service (no build step, nothing from the network). Report text is only ever
// set as textContent, never as HTML.
'use strict';

const STATUS = {
  PASSED: '通过', WARNINGS: '有警告', INCOMPLETE: '未读全', ERRORS: '有错误', REJECTED: '已拒收', PARSED: '待校验', PENDING: '待解析'
};
const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
const COLUMNS = [['naturalPerson', '自然人'], ['commercial', '商业企业'], ['research', '科研机构'],
  ['socialWelfare', '社会公益组织'], ['legalService', '法律服务机构'], ['other', '其他'], ['total', '总计']];
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'];
const OUTCOME_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

// Table 三 as the 2021 format prints it: each row's label cells (text, colspan, rowspan) and its contract row.
const TABLE_3 = [
  [[['一、本年新收政府信息公开申请数量', 3]], 'newReceived'],
  [[['二、上年结转政府信息公开申请数量', 3]], 'carriedOver'],
  [[['三、本年度办理结果', 1, 'GROUP3'], ['（一）予以公开', 2]], 'granted'],
  [[['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2]], 'partiallyGranted'],
  [[['（三）不予公开', 1, 8], ['1.属于国家秘密']], 'denied.stateSecret'],
  [[['2.其他法律行政法规禁止公开']], 'denied.prohibitedByLaw'],
  [[['3.危及“三安全一稳定”']], 'denied.endangersSafetyStability'],
  [[['4.保护第三方合法权益']], 'denied.thirdPartyRights'],
  [[['5.属于三类内部事务信息']], 'denied.internalAffairs'],
  [[['6.属于四类过程性信息']], 'denied.processInformation'],
  [[['7.属于行政执法案卷']], 'denied.enforcementFiles'],
  [[['8.属于行政查询事项']], 'denied.administrativeQuery'],
  [[['（四）无法提供', 1, 3], ['1.本机关不掌握相关政府信息']], 'unableToProvide.notHeld'],
  [[['2.没有现成信息需要另行制作']], 'unableToProvide.needsCreation'],
  [[['3.补正后申请内容仍不明确']], 'unableToProvide.unclearAfterCorrection'],
  [[['（五）不予处理', 1, 5], ['1.信访举报投诉类申请']], 'notProcessed.complaintPetition'],
  [[['2.重复申请']], 'notProcessed.duplicate'],
  [[['3.要求提供公开出版物']], 'notProcessed.publication'],
  [[['4.无正当理由大量反复申请']], 'notProcessed.massRepeated'],
  [[['5.要求行政机关确认或重新出具已获取信息']], 'notProcessed.confirmation'],
  [[['（六）其他处理', 1, 3], ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']], 'otherHandling.overdueCorrection'],
  [[['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']], 'otherHandling.unpaidFee'],
  [[['3.其他']], 'otherHandling.other'],
  [[['（七）总计', 2]], 'totalHandled'],
  [[['四、结转下年度继续办理', 3]], 'carriedForward']
];

const state = { rows: new Map(), filters: { region: '', year: '', status: '' }, source: null, charts: [] };

// ---- small helpers ----

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && body.detail) || ('HTTP ' + response.status));
  }
  return body;
}

function showError(error) {
  const box = document.getElementById('error');
  box.textContent = error ? '出错了 (error): ' + error.message : '';
  box.hidden = !error;
}

function statusBadge(status) {
  return el('span', { class: 'status status-' + status, 'data-status': status, text: (STATUS[status] || status) + ' ' + status });
}

function regionText(r) {
  return [r.province, r.city, r.county].filter(Boolean).join(' · ');
}

function number(value) {
  return value === null || value === undefined ? '' : String(value);
}

function pathValue(object, path) {
  return path.split('.').reduce((node, key) => (node === null || node === undefined ? undefined : node[key]), object);
}

// ---- routing ----

function route() {
  showError(null);
  state.charts.forEach(chart => chart.dispose());
  state.charts = [];
  const hash = decodeURIComponent(location.hash || '#/');
  const views = { feed: 'feed-view', report: 'report-view', overview: 'overview-view' };
  let view = 'feed';
  if (hash.startsWith('#/report/')) view = 'report';
  else if (hash.startsWith('#/overview')) view = 'overview';
  for (const [name, id] of Object.entries(views)) document.getElementById(id).hidden = name !== view;
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.nav === view));
  if (view === 'report') showReport(hash.slice('#/report/'.length)).catch(showError);
  if (view === 'overview') showOverview(hash.slice('#/overview'.length).split('/').filter(Boolean)).catch(showError);
}

// ---- 1. live feed ----

function rowOf(item) {
  return {
    reportId: item.reportId, agency: item.agency, year: item.year, province: item.province, city: item.city,
    county: item.county, status: item.status, errors: item.errors, warnings: item.warnings, cellsRead: item.cellsRead,
    cellsExpected: item.cellsExpected, fileName: item.fileName, reason: item.reason,
    at: item.receivedAt || item.occurredAt
  };
}

function matchesFilters(row) {
  const f = state.filters;
  if (f.region && ![row.province, row.city, row.county].includes(f.region)) return false;
  if (f.year && String(row.year) !== String(f.year)) return false;
  return !f.status || row.status === f.status;
}

function feedRow(row, fresh) {
  const cells = row.cellsRead !== null && row.cellsRead !== undefined ? row.cellsRead + '/' + number(row.cellsExpected) : '';
  return el('tr', { 'data-report-id': row.reportId, 'data-status': row.status, class: fresh ? 'fresh' : null,
      onclick: () => { location.hash = '#/report/' + encodeURIComponent(row.reportId); } },
    el('td', {}, statusBadge(row.status)),
    el('td', { text: row.agency || '（未识别）', title: row.reason || null }),
    el('td', { text: regionText(row) }),
    el('td', { class: 'num', text: number(row.year) }),
    el('td', { class: 'num', text: number(row.errors) }),
    el('td', { class: 'num', text: number(row.warnings) }),
    el('td', { class: 'num', 'data-cells-read': cells, text: cells }),
    el('td', { text: row.fileName || '' }),
    el('td', { text: row.at ? new Date(row.at).toLocaleString('zh-CN') : '' }));
}

function renderFeed() {
  const body = document.querySelector('#feed tbody');
  const rows = [...state.rows.values()].filter(matchesFilters);
  body.replaceChildren(...rows.map(row => feedRow(row, row.fresh)));
  rows.forEach(row => { row.fresh = false; });
  document.getElementById('feed-empty').hidden = rows.length > 0;
  document.getElementById('feed-count').textContent = rows.length + ' 份报告 reports';
  const regions = new Set();
  state.rows.forEach(row => [row.province, row.city, row.county].filter(Boolean).forEach(r => regions.add(r)));
  document.getElementById('known-regions').replaceChildren(...[...regions].sort().map(r => el('option', { value: r })));
}

async function loadFeed() {
  const params = new URLSearchParams({ sort: '-receivedAt', size: '200' });
  for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
  const page = await api('reports?' + params);
  state.rows = new Map(page.items.map(item => [item.reportId, rowOf(item)]));
  renderFeed();
}

function onFeedEvent(message) {
  const event = JSON.parse(message.data);
  if (event.kind === 'reset') {
    loadFeed().catch(showError);
    return;
  }
  const row = rowOf(event);
  row.fresh = true;
  state.rows.delete(row.reportId);
  state.rows = new Map([[row.reportId, row], ...state.rows]);
  renderFeed();
}

function connect() {
  const badge = document.getElementById('connection');
  const source = new EventSource('events');
  source.onopen = () => { badge.dataset.state = 'open'; badge.textContent = '实时连接 live'; };
  source.onerror = () => { badge.dataset.state = 'error'; badge.textContent = '重新连接中… reconnecting'; };
  source.onmessage = onFeedEvent;
  state.source = source;
}

function setUpFeed() {
  const form = document.getElementById('feed-filters');
  const apply = () => {
    state.filters = { region: form.region.value.trim(), year: form.year.value.trim(), status: form.status.value };
    loadFeed().catch(showError);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', e => { e.preventDefault(); apply(); });
  form.addEventListener('reset', () => setTimeout(apply));
}

// ---- 2. one report ----

function severities(findings) {
  const rank = { error: 3, warning: 2, info: 1 };
  const byCell = new Map();
  for (const finding of findings) {
    for (const cell of finding.cells || []) {
      const before = byCell.get(cell);
      if (!before || rank[finding.severity] > rank[before.severity]) byCell.set(cell, { severity: finding.severity, messages: [] });
      byCell.get(cell).messages.push(finding.ruleId + ' ' + (finding.message || ''));
    }
  }
  return byCell;
}

function cellTd(report, marks, path, attrs) {
  const reading = report.reading || {};
  const value = pathValue(report, path);
  const td = el('td', Object.assign({ 'data-cell': path }, attrs || {}));
  if (value !== null && value !== undefined) {
    td.textContent = String(value);
  } else if ((reading.unread || []).includes(path)) {
    td.textContent = '—';
    td.className = 'unread';
    td.title = '未能读取 unread';
  } else if ((reading.absent || []).includes(path)) {
    td.className = 'absent';
    td.title = '报告中无此项 absent';
  } else {
    td.title = '报告留空 blank';
  }
  const mark = marks.get(path);
  if (mark && (mark.severity === 'error' || mark.severity === 'warning')) {
    td.dataset.severity = mark.severity;
    td.title = mark.messages.join('\n');
  }
  return td;
}

function activeDisclosureTable(report, marks) {
  const head = (...labels) => el('tr', {}, labels.map(([text, span]) => el('th', { colspan: span || null, text })));
  const one = (label, path) => el('tr', {}, el('th', { class: 'label', text: label }), cellTd(report, marks, path, { colspan: 3 }));
  const docs = (label, kind) => el('tr', {}, el('th', { class: 'label', text: label }),
    ['issued', 'repealed', 'inForce'].map(c => cellTd(report, marks, 'activeDisclosure.' + kind + '.' + c)));
  return el('table', { class: 'format', id: 'table-2' }, el('tbody', {},
    head(['信息内容'], ['本年制发件数'], ['本年废止件数'], ['现行有效件数']),
    docs('规章', 'regulations'), docs('行政规范性文件', 'normativeDocuments'),
    head(['信息内容'], ['本年处理决定数量', 3]), one('行政许可', 'activeDisclosure.licensing'),
    head(['信息内容'], ['本年处理决定数量', 3]), one('行政处罚', 'activeDisclosure.punishment'),
    one('行政强制', 'activeDisclosure.compulsion'),
    head(['信息内容'], ['本年收费金额（万元）', 3]), one('行政事业性收费', 'activeDisclosure.feesTenThousandYuan')));
}

function applicationsTable(report, marks) {
  const combined = pathValue(report, 'applications.otherHandling.combined');
  const printsCombined = combined && Object.values(combined).some(v => v !== null);
  let rows = TABLE_3;
  if (printsCombined) {
    const at = rows.findIndex(r => r[1] === 'otherHandling.overdueCorrection');
    rows = [...rows.slice(0, at), [[['（六）其他处理', 2]], 'otherHandling.combined'], ...rows.slice(at + 3)];
  }
  const groupRows = rows.length - 3;
  const thead = el('thead', {},
    el('tr', {}, el('th', { colspan: 3, rowspan: 3, text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' }),
      el('th', { colspan: 7, text: '申请人情况' })),
    el('tr', {}, el('th', { rowspan: 2, text: '自然人' }), el('th', { colspan: 5, text: '法人或其他组织' }),
      el('th', { rowspan: 2, text: '总计' })),
    el('tr', {}, COLUMNS.slice(1, 6).map(([, label]) => el('th', { text: label }))));
  const tbody = el('tbody', {}, rows.map(([labels, row]) => el('tr', { 'data-row': 'applications.' + row },
    labels.map(([text, colspan, rowspan]) => el('th', { class: 'label', text, colspan: colspan > 1 ? colspan : null,
      rowspan: rowspan === 'GROUP3' ? groupRows : (rowspan > 1 ? rowspan : null) })),
    COLUMNS.map(([column]) => cellTd(report, marks, 'applications.' + row + '.' + column)))));
  return el('table', { class: 'format', id: 'table-3' }, thead, tbody);
}

function reviewsTable(report, marks) {
  const kinds = ['review', 'lawsuitDirect', 'lawsuitAfterReview'];
  return el('table', { class: 'format', id: 'table-4' },
    el('thead', {},
      el('tr', {}, el('th', { colspan: 5, text: '行政复议' }), el('th', { colspan: 10, text: '行政诉讼' })),
      el('tr', {}, OUTCOME_LABELS.map(text => el('th', { rowspan: 2, text })),
        el('th', { colspan: 5, text: '未经复议直接起诉' }), el('th', { colspan: 5, text: '复议后起诉' })),
      el('tr', {}, [1, 2].map(() => OUTCOME_LABELS.map(text => el('th', { text }))))),
    el('tbody', {}, el('tr', {}, kinds.map(kind => OUTCOMES.map(o => cellTd(report, marks, 'reviewsAndLawsuits.' + kind + '.' + o))))));
}

function findingItem(finding) {
  const expected = finding.expected !== null && finding.expected !== undefined
    ? ' 应为 expected ' + finding.expected + '，实为 actual ' + finding.actual : '';
  const item = el('li', { 'data-severity': finding.severity, 'data-rule': finding.ruleId },
    el('span', { class: 'rule', text: finding.ruleId + ' ' + (SEVERITY[finding.severity] || finding.severity) }),
    el('span', { text: (finding.message || finding.messageEn || '') + expected }));
  const cells = finding.cells || [];
  item.addEventListener('mouseenter', () => cells.forEach(c => document.querySelectorAll('[data-cell="' + CSS.escape(c) + '"]')
    .forEach(td => td.classList.add('pointed'))));
  item.addEventListener('mouseleave', () => document.querySelectorAll('td.pointed').forEach(td => td.classList.remove('pointed')));
  return item;
}

function tableBlock(title, table, findings) {
  return el('div', { class: 'table-block' },
    el('div', {}, el('h3', { text: title }), table),
    el('aside', { class: 'findings' }, el('h3', {}, '本表问题 ', el('small', { text: 'findings in this table' })),
      findings.length ? el('ul', {}, findings.map(findingItem)) : el('p', { class: 'muted', text: '无 none' })));
}

async function showReport(reportId) {
  const view = document.getElementById('report-view');
  view.replaceChildren(el('p', { class: 'muted', text: '加载中… loading' }));
  const report = await api('reports/' + encodeURIComponent(reportId));
  const validation = report.validation || {};
  const findings = validation.findings || [];
  const marks = severities(findings);
  const inTable = prefix => findings.filter(f => (f.cells || []).some(c => c.startsWith(prefix)));
  const general = findings.filter(f => !(f.cells || []).some(c => /^(activeDisclosure|applications|reviewsAndLawsuits)\./.test(c)));
  const source = report.source || {};
  const coverage = validation.coverage;
  const facts = [
    ['文件 file', report.fileName || source.fileName],
    ['格式 format', [source.mediaType, source.sizeBytes ? source.sizeBytes + ' bytes' : null, report.template ? '模板 ' + report.template : null].filter(Boolean).join(' · ')],
    ['收到 received', source.receivedAt ? new Date(source.receivedAt).toLocaleString('zh-CN') : null],
    ['来源 source', source.sourceUrl && /^https?:\/\//.test(source.sourceUrl)
      ? el('a', { href: source.sourceUrl, rel: 'noopener noreferrer', target: '_blank', text: source.sourceUrl }) : null],
    ['地区 region', report.region ? regionText(report.region) : null],
    ['发布日期 published', report.publication ? report.publication.date + '（' + report.publication.basis + '）' : null],
    ['已读单元格 cells read', coverage ? coverage.cellsRead + '/' + coverage.cellsExpected
      + (coverage.identitiesUnchecked ? '，' + coverage.identitiesUnchecked + ' 项勾稽关系未能核对 identities not checked' : '') : null],
    ['规则版本 rule set', validation.ruleSetVersion],
    ['报告编号 report id', report.reportId]
  ].filter(([, value]) => value);
  const rejection = report.rejection
    ? el('div', { class: 'rejection', id: 'rejection' }, el('b', { text: '拒收原因 rejected: ' }),
      el('span', { text: report.rejection.reason || '' }), el('small', { text: ' （' + (report.rejection.stage || '') + '）' }))
    : null;
  const unchecked = coverage && coverage.unchecked && coverage.unchecked.length
    ? el('details', {}, el('summary', { text: '未能核对的检查 checks not made (' + coverage.unchecked.length + ')' }),
      el('ul', {}, coverage.unchecked.map(u => el('li', { text: u.rule + ' ' + (u.scope || '') + ': ' + (u.missing || []).join(', ') }))))
    : null;
  const hasTables = report.activeDisclosure || report.applications || report.reviewsAndLawsuits;
  view.replaceChildren(
    el('div', { class: 'report-head' },
      el('p', {}, el('a', { href: '#/', text: '← 返回动态 back to the feed' })),
      el('h2', {}, statusBadge(report.status), ' ', report.title || ((report.agency || '（未识别机关）') + ' ' + number(report.year) + ' 年度报告')),
      el('dl', { class: 'facts' }, facts.map(([label, value]) => [el('dt', { text: label }), el('dd', {}, value)])),
      rejection,
      (report.deadLetters || []).length ? el('details', {}, el('summary', { text: '处理失败记录 dead letters (' + report.deadLetters.length + ')' }),
        el('ul', {}, report.deadLetters.map(d => el('li', { text: d.topic + ': ' + d.reason })))) : null,
      unchecked,
      general.length ? el('div', { class: 'findings-general' }, el('h3', { text: '其他问题 other findings' }),
        el('ul', {}, general.map(findingItem))) : null,
      el('p', { class: 'legend' },
        el('span', {}, el('i', { style: 'background:#fde7e7' }), '错误 error'),
        el('span', {}, el('i', { style: 'background:#fff4cc' }), '警告 warning'),
        el('span', {}, el('i', { class: 'unread-key', style: 'background:#f0f0f0' }), '— 未能读取 unread'),
        el('span', {}, el('i', { style: 'background:#eaeef2' }), '报告中无此项 absent'),
        el('span', {}, el('i', { style: 'background:#fff' }), '空白 = 报告留空 blank'))),
    ...(hasTables ? [
      tableBlock('二、主动公开政府信息情况', activeDisclosureTable(report, marks), inTable('activeDisclosure.')),
      tableBlock('三、收到和处理政府信息公开申请情况', applicationsTable(report, marks), inTable('applications.')),
      tableBlock('四、政府信息公开行政复议、行政诉讼情况', reviewsTable(report, marks), inTable('reviewsAndLawsuits.'))
    ] : [el('p', { class: 'muted', text: '没有读出表格 no tables were read' })]));
}

// ---- 3. overview of a region and year ----

function sum(sums, paths) {
  return paths.reduce((total, path) => total + Number(sums[path] || 0), 0);
}

const OUTCOME_SERIES = [
  ['予以公开', ['granted']], ['部分公开', ['partiallyGranted']],
  ['不予公开', ['stateSecret', 'prohibitedByLaw', 'endangersSafetyStability', 'thirdPartyRights', 'internalAffairs',
    'processInformation', 'enforcementFiles', 'administrativeQuery'].map(r => 'denied.' + r)],
  ['无法提供', ['notHeld', 'needsCreation', 'unclearAfterCorrection'].map(r => 'unableToProvide.' + r)],
  ['不予处理', ['complaintPetition', 'duplicate', 'publication', 'massRepeated', 'confirmation'].map(r => 'notProcessed.' + r)],
  ['其他处理', ['overdueCorrection', 'unpaidFee', 'other', 'combined'].map(r => 'otherHandling.' + r)]
].map(([name, rows]) => [name, rows.map(r => 'applications.' + r + '.total')]);

function chart(id, title, option) {
  const box = document.getElementById(id);
  const instance = echarts.init(box);
  instance.setOption(Object.assign({ animation: false, title: { text: title, left: 8, top: 6, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' }, legend: { top: 30, type: 'scroll' }, grid: { top: 70, left: 50, right: 20, bottom: 40 } }, option));
  instance.setOption({ series: (option.series || []).map(() => ({ barMaxWidth: 48 })) });
  state.charts.push(instance);
}

function card(label, value, key) {
  return el('div', { class: 'card', 'data-figure': key }, el('small', { text: label }), el('b', { text: number(value) }));
}

async function showOverview(parts) {
  const form = document.getElementById('overview-form');
  const target = document.getElementById('overview');
  const region = parts[0] || form.region.value.trim();
  const year = Number(parts[1] || form.year.value || new Date().getFullYear() - 1);
  form.region.value = region;
  form.year.value = year;
  if (!region) {
    target.replaceChildren(el('p', { class: 'muted', text: '请输入地区和年度。Enter a region and a year.' }));
    return;
  }
  target.replaceChildren(el('p', { class: 'muted', text: '加载中… loading' }));
  const q = new URLSearchParams({ region, year: String(year) });
  const years = [year - 4, year - 3, year - 2, year - 1, year];
  const [received, stats, coverage, ...history] = await Promise.all([
    api('reports?' + new URLSearchParams({ region, year: String(year), size: '1' })),
    api('stats?' + q + '&groupBy=subregion'),
    api('coverage?' + q),
    ...years.map(y => api('stats?' + new URLSearchParams({ region, year: String(y) })))
  ]);
  const byStatus = (stats.overall && stats.overall.reportsByStatus) || {};
  const missing = coverage.withoutReport || [];
  const chartIds = ['chart-received', 'chart-outcomes', 'chart-reviews', 'chart-years'];
  target.replaceChildren(...[
    el('h2', { text: region + ' ' + year + ' 年度 overview' }),
    el('div', { class: 'cards' },
      card('收到报告 received', received.total, 'received'),
      card('通过 passed', byStatus.PASSED || 0, 'passed'),
      card('有警告 warnings', byStatus.WARNINGS || 0, 'warnings'),
      card('有错误 with errors', byStatus.ERRORS || 0, 'errors'),
      card('未读全 incomplete', byStatus.INCOMPLETE || 0, 'incomplete'),
      card('尚未发布 not yet published', coverage.withoutReportTotal, 'unpublished'),
      card('已知机关 agencies known', coverage.agenciesKnown, 'agencies')),
    missing.length ? el('details', {}, el('summary', { text: '尚未发布本年度报告的机关 agencies without a report (' + coverage.withoutReportTotal + ')' }),
      el('ul', { class: 'missing-list' }, missing.map(m => el('li', { text: m.agency + '（最近 latest ' + m.latestYear + '）' })))) : null,
    // every box in place before any chart measures its own
    el('div', { class: 'charts', id: 'charts' }, chartIds.map(id => el('div', { class: 'chart', id, 'data-chart': id })))
  ].filter(Boolean));
  const groups = stats.groups || [];
  const names = groups.map(g => g.key);
  chart('chart-received', '本年新收申请 applications received（按下级地区）', {
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } }, yAxis: { type: 'value' },
    series: [{ name: '新收申请', type: 'bar', data: groups.map(g => sum(g.sums, ['applications.newReceived.total'])) }]
  });
  chart('chart-outcomes', '办理结果 outcomes（按下级地区）', {
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } }, yAxis: { type: 'value' },
    series: OUTCOME_SERIES.map(([name, paths]) => ({ name, type: 'bar', stack: 'outcomes', data: groups.map(g => sum(g.sums, paths)) }))
  });
  chart('chart-reviews', '行政复议与诉讼 reviews and lawsuits（按下级地区）', {
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } }, yAxis: { type: 'value' },
    series: [['行政复议', 'review'], ['直接起诉', 'lawsuitDirect'], ['复议后起诉', 'lawsuitAfterReview']].map(([name, kind]) => ({
      name, type: 'bar', data: groups.map(g => sum(g.sums, ['reviewsAndLawsuits.' + kind + '.total']))
    }))
  });
  // a year without any current report in the region is no point on the line, not a zero
  const overall = history.map(h => (h.overall && h.overall.sums) || null);
  chart('chart-years', '历年 across years（' + region + '）', {
    xAxis: { type: 'category', data: years.map(String) }, yAxis: { type: 'value' },
    series: [['新收申请', ['applications.newReceived.total']], ['办结总计', ['applications.totalHandled.total']],
      ['予以公开', ['applications.granted.total']], ['行政复议', ['reviewsAndLawsuits.review.total']],
      ['行政诉讼', ['reviewsAndLawsuits.lawsuitDirect.total', 'reviewsAndLawsuits.lawsuitAfterReview.total']]]
      .map(([name, paths]) => ({ name, type: 'line', connectNulls: false, data: overall.map(s => (s ? sum(s, paths) : null)) }))
  });
}

function setUpOverview() {
  const form = document.getElementById('overview-form');
  form.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = '#/overview/' + encodeURIComponent(form.region.value.trim()) + '/' + encodeURIComponent(form.year.value);
  });
}

window.addEventListener('hashchange', route);
window.addEventListener('resize', () => state.charts.forEach(c => c.resize()));
document.addEventListener('DOMContentLoaded', () => {
  setUpFeed();
  setUpOverview();
  connect();
  loadFeed().catch(showError);
  route();
});
