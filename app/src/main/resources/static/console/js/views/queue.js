// 待办: everything with a legal clock in the caller's region, soonest first; overdue in red; each a link.
import { get } from '../api.js';
import { h, table, daysLeft, daysText, label, STAGES, CLOCKS, REASONS, CERT_STATUS, panel } from '../ui.js';

const sources = [
  ['案件', async () => (await get('/api/v1/enforcement/cases?sort=deadline&size=200'))
    .filter(c => c.nextDueOn)
    .map(c => ({ kind: '案件 · ' + label(STAGES, c.stage), title: (c.partyName || '') + ' ' + (c.product || ''),
      region: c.competentRegion, due: c.nextDueOn, href: '#/cases/' + encodeURIComponent(c.caseId), id: c.caseId }))],
  ['逾期下架通知', async () => (await get('/api/v1/takedown-notices/overdue')).items
    .map(n => ({ kind: '下架通知 · ' + label(CERT_STATUS, n.reason), title: n.platform + ' · 商品 ' + n.listingId,
      region: '—', due: n.dueBy, href: '#/certificates/' + encodeURIComponent(n.certificateNumber), id: n.id }))],
  ['直播电商复核', async () => (await get('/api/v1/livestream/reverification-overdue')).items
    .map(o => ({ kind: '直播主体复核 · ' + o.kind, title: o.name + ' · ' + o.platform + ' ' + o.account,
      region: '—', due: o.dueOn, href: '#/livestream/' + encodeURIComponent(o.subjectId), id: o.subjectId }))],
  ['抽查样品', async () => (await get('/api/v1/spotcheck/open-samples')).items
    .map(x => ({ kind: '抽查样品 · ' + (x.stage === 'RESULT_DELIVERED' ? '异议期' : '结果送达'), title: x.productName || x.sampleId,
      region: x.organisingRegion, due: x.dueOn, href: '#/spotcheck/' + encodeURIComponent(x.sampleId), id: x.sampleId }))],
  ['ODR 待受理', async () => (await get('/api/v1/odr/complaints?stage=AWAITING_ACCEPTANCE')).items
    .filter(c => c.dueBy)
    .map(c => ({ kind: 'ODR 升级投诉待受理', title: (c.respondent ? c.respondent.name : '') + ' · ' + (c.product ? c.product.name : ''),
      region: c.region, due: c.dueBy, href: '#/odr', id: c.complaintId }))],
];

export async function render() {
  const settled = await Promise.allSettled(sources.map(([, load]) => load()));
  const items = [];
  const notes = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') items.push(...result.value);
    else notes.push(sources[i][0] + '：' + result.reason.message);
  });
  items.forEach(item => { item.days = daysLeft(item.due); });
  items.sort((a, b) => a.days - b.days);
  const overdue = items.filter(i => i.days < 0).length;
  return h('div', {},
    h('h1', {}, '待办（按剩余天数）'),
    h('p', { className: 'muted' }, `共 ${items.length} 项，其中逾期 `, h('b', { className: 'overdue', id: 'overdue-count' }, overdue), ' 项。'),
    notes.length ? h('p', { className: 'muted' }, '未能读取：' + notes.join('；')) : null,
    panel(null, table([
      ['剩余', i => h('span', { className: i.days < 0 ? 'overdue' : '' }, daysText(i.days))],
      ['到期日', i => i.due.substring(0, 10)],
      ['事项', i => h('a', { href: i.href, className: 'queue-link' }, i.kind)],
      ['内容', i => i.title],
      ['编号', i => h('span', { className: 'muted' }, i.id)],
    ], items, i => i.days < 0 ? 'overdue' : null, 'queue')));
}
