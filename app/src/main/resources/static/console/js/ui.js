// Small DOM helpers and the console's Chinese labels.

import { query } from './api.js';

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k.startsWith('on')) el.addEventListener(k.substring(2), v);
    else if (k === 'className') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach(c => {
    if (c === undefined || c === null || c === false) return;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return el;
}

/** A table: columns are [label, row => cell]; rowClass(row) may mark a row (e.g. 'overdue'). */
export function table(columns, rows, rowClass, id) {
  if (!rows || rows.length === 0) return h('p', { className: 'muted empty' }, '暂无数据');
  return h('table', { id },
    h('thead', {}, h('tr', {}, columns.map(([label]) => h('th', {}, label)))),
    h('tbody', {}, rows.map(row => h('tr', { className: rowClass ? rowClass(row) : null },
      columns.map(([, cell]) => h('td', {}, cell(row)))))));
}

export function facts(pairs) {
  return h('dl', { className: 'facts' }, pairs.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '—')]));
}

export function panel(title, ...children) {
  return h('section', { className: 'panel' }, title ? h('h2', {}, title) : null, ...children);
}

export function message(text) {
  return h('p', { className: 'message' }, text);
}

const CHINA = { timeZone: 'Asia/Shanghai' };
export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString('zh-CN', { ...CHINA, hour12: false }) : '—';
}

/** Today in China as YYYY-MM-DD. */
export function todayInChina() {
  return new Date().toLocaleDateString('sv-SE', CHINA);
}

/** Whole days from today (China) to a YYYY-MM-DD or an instant; negative when past. */
export function daysLeft(due) {
  if (!due) return null;
  const day = due.length > 10 ? new Date(due).toLocaleDateString('sv-SE', CHINA) : due;
  return Math.round((Date.parse(day) - Date.parse(todayInChina())) / 86400000);
}

export function daysText(days) {
  if (days === null || days === undefined) return '—';
  if (days < 0) return '已逾期 ' + (-days) + ' 天';
  if (days === 0) return '今天到期';
  return '剩 ' + days + ' 天';
}

export const STAGES = {
  CLUE: '线索', NOT_FILED: '不予立案', FILED: '已立案', INVESTIGATING: '调查中', PENALTY_PROPOSED: '已告知拟处罚',
  DECIDED: '已作出处罚决定', PUBLICIZED: '已公示', CLOSED: '已结案', TRANSFERRED_TO_POLICE: '已移送公安'
};
export const CLOCKS = {
  FILING_DECISION: '立案决定', STATEMENT: '陈述申辩', DECISION: '处罚决定', PUBLICITY: '公示',
  ASSISTANCE_ANSWER: '协查答复', POLICE_DECISION: '移送决定', POLICE_HANDOVER: '移送公安'
};
export const SOURCES = {
  REPORT: '举报/监管发现', COMPLAINT: '消费者投诉', OVERDUE_TAKEDOWN: '逾期未下架', SPOT_CHECK_FAILURE: '抽查不合格',
  LIVE_MARKETING: '直播营销监测', COUNTERFEIT_SCAN: '扫码发现假冒'
};
export const CERT_STATUS = { VALID: '有效', SUSPENDED: '暂停', REVOKED: '撤销', CANCELLED: '注销', EXPIRED: '过期' };
export const REASONS = {
  CERTIFICATE_MISSING: '未标注证书', CERTIFICATE_NOT_FOUND: '证书不存在', CERTIFICATE_SUSPENDED: '证书暂停',
  CERTIFICATE_REVOKED: '证书撤销', CERTIFICATE_CANCELLED: '证书注销', CERTIFICATE_EXPIRED: '证书过期',
  MODEL_NOT_COVERED: '型号不在覆盖范围', CATEGORY_MISMATCH: '类别不符', MERCHANT_LISTED: '严重违法失信名单',
  SPOT_CHECK_FAILED: '抽查不合格'
};
export const ROLES = { REGULATOR: '监管人员', AUDITOR: '审计人员', ADMIN: '管理员' };

export const label = (map, key) => (key && map[key]) || key || '—';

/** Draws an ECharts chart into a new element and remembers it on the element (tests read it from there). */
export function chart(id, option, height) {
  const el = h('div', { className: 'chart', id, style: height ? 'height:' + Math.max(height, 200) + 'px' : null });
  requestAnimationFrame(() => {
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    instance.setOption({ animation: false, ...option }); // drawn at once: screenshots and tests see the final chart
    window.addEventListener('resize', () => instance.resize());
  });
  return el;
}

/** A search form: on submit, the view's route with each named field's trimmed value as a query parameter. */
export function searchForm(id, route, button, ...fields) {
  const form = h('form', { className: 'search', id }, ...fields, h('button', { type: 'submit' }, button));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const values = [...form.elements].filter(field => field.name).map(field => [field.name, field.value.trim()]);
    location.hash = '#/' + route + query(Object.fromEntries(values));
  });
  return form;
}
