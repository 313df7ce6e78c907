// 证书与商品: search certificates; a certificate's page with its status history and the takedown notices it caused.
import { get, query } from '../api.js';
import { h, table, facts, panel, dateTime, daysLeft, label, CERT_STATUS, searchForm } from '../ui.js';

const statusTag = s => h('span', { className: 'tag ' + (s === 'VALID' ? 'good' : 'bad') }, label(CERT_STATUS, s));

export async function render({ params }) {
  const q = params.get('q') || '';
  const status = params.get('status') || '';
  const page = await get('/api/v1/certificates' + query({ q, status, size: 50 }));
  const form = searchForm('certificate-search', 'certificates', '搜索',
    h('input', { name: 'q', value: q, placeholder: '证书编号、持证人、生产者或产品', size: 36 }),
    h('select', { name: 'status' }, h('option', { value: '' }, '全部状态'),
      Object.entries(CERT_STATUS).map(([k, v]) => h('option', { value: k, selected: k === status }, v))));
  return h('div', {},
    h('h1', {}, '证书与商品'),
    panel(null, form, h('p', { className: 'muted' }, `共 ${page.total} 张证书`), table([
      ['证书编号', c => h('a', { href: '#/certificates/' + c.number, className: 'certificate-link' }, c.number)],
      ['状态', c => statusTag(c.status)], ['产品', c => c.productName], ['持证人', c => c.holder && c.holder.name],
      ['生产者', c => c.manufacturer && c.manufacturer.name], ['有效期至', c => c.validUntil],
    ], page.items, null, 'certificates')));
}

export const detail = {
  async render({ id }) {
    const n = encodeURIComponent(id);
    const c = await get('/api/v1/certificates/' + n);
    const [events, notices] = await Promise.allSettled([get('/api/v1/audit/certificate/' + n + '/events'),
      get('/api/v1/certificates/' + n + '/takedown-notices')]);
    return h('div', { id: 'certificate', 'data-number': c.number },
      h('h1', {}, '证书 ', c.number, ' ', statusTag(c.status)),
      panel('证书信息', facts([
        ['产品', c.productName], ['目录代码', c.catalogueCode], ['持证人', c.holder && c.holder.name],
        ['生产者', c.manufacturer && c.manufacturer.name], ['型号', (c.models || []).join('、')],
        ['标准', (c.standards || []).join('、')], ['发证日期', c.issuedOn], ['有效期至', c.validUntil],
        ['发证机构', c.issuingBody], ['状态原因', c.statusReason]])),
      panel('状态变化', events.status === 'fulfilled' ? table([
        ['时间', e => dateTime(e.timestamp)], ['事件', e => e.type],
        ['状态', e => e.payload && e.payload.status ? label(CERT_STATUS, e.payload.status) : (e.type.includes('Issued') ? '有效' : '—')],
        ['理由', e => (e.payload && e.payload.reason) || e.metadata.reason], ['操作方', e => e.metadata.actor],
      ], events.value, null, 'status-history') : h('p', { className: 'muted' }, '无法读取：' + events.reason.message)),
      panel('由此发出的下架通知', notices.status === 'fulfilled' ? table([
        ['平台', t => t.platform], ['商品', t => t.listingId], ['原因', t => label(CERT_STATUS, t.reason)],
        ['发出', t => dateTime(t.issuedAt)], ['期限', t => dateTime(t.dueBy)], ['状态', t => t.status],
        ['下架时间', t => dateTime(t.removedAt)],
      ], notices.value.items, t => t.status !== 'ACKNOWLEDGED' && daysLeft(t.dueBy) < 0 ? 'overdue' : null, 'notices')
        : h('p', { className: 'muted' }, '无法读取：' + notices.reason.message)));
  }
};
