// 追溯: a product (GTIN), a code's trace (its EPCIS events), and a recall's progress per level.
import { get, query } from '../api.js';
import { h, table, facts, panel, chart, dateTime } from '../ui.js';

const LEVELS = { MANUFACTURER: '生产者', DISTRIBUTOR: '经销商', RETAILER: '零售商', CONSUMER: '消费者' };

export async function render({ params }) {
  const epc = params.get('epc') || '';
  const recall = params.get('recall') || '';
  const form = h('form', { className: 'search', id: 'trace-search' },
    h('input', { name: 'epc', value: epc, placeholder: '追溯码（GS1 Digital Link 或 EPC URI）', size: 44 }),
    h('input', { name: 'recall', value: recall, placeholder: '召回编号', size: 24 }),
    h('button', { type: 'submit' }, '查询'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = '#/traceability' + query({ epc: form.epc.value.trim(), recall: form.recall.value.trim() });
  });
  const parts = [h('h1', {}, '产品追溯与召回'), panel(null, form)];
  if (epc) {
    const doc = await get('/api/v1/traceability/epcis/events' + query({ MATCH_anyEPC: epc }));
    const events = doc.epcisBody.queryResults.resultsBody.eventList || [];
    parts.push(panel('追溯链（' + events.length + ' 个事件）', table([
      ['时间', e => dateTime(e.eventTime)], ['类型', e => e.type], ['业务步骤', e => e.bizStep || '—'],
      ['地点', e => (e.bizLocation && e.bizLocation.id) || (e.readPoint && e.readPoint.id) || '—'],
      ['状态', e => e.disposition || '—'],
    ], events, null, 'trace')));
  }
  if (recall) {
    const r = await get('/api/v1/traceability/recalls/' + encodeURIComponent(recall));
    parts.push(panel('召回 ' + r.recallId, facts([
      ['产品', r.model + '（GTIN ' + r.gtin + '）'], ['生产者', r.manufacturerName], ['危害', r.hazard], ['措施', r.remedy],
      ['批次', (r.lots || []).join('、')], ['涉及数量', r.affectedUnits], ['发布', dateTime(r.announcedAt)],
      ['完成率', r.correctionRate ? (r.correctionRate.value * 100).toFixed(1) + '%' : '—'],
      ['逾期未报', (r.overdueReports || []).join('、') || '无']])));
    parts.push(panel('各环节进度', chart('recall-chart', {
      tooltip: { trigger: 'axis' }, legend: { data: ['已报告', '追溯事件', '已纠正'] },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: r.levels.map(l => LEVELS[l.level] || l.level) }, yAxis: { type: 'value' },
      series: [{ name: '已报告', type: 'bar', data: r.levels.map(l => l.reported) },
        { name: '追溯事件', type: 'bar', data: r.levels.map(l => l.fromEvents) },
        { name: '已纠正', type: 'bar', data: r.levels.map(l => l.corrected) }] }, 280)));
  }
  if (!epc && !recall) parts.push(h('p', { className: 'muted' }, '输入追溯码查看其追溯链，或输入召回编号查看召回进度。'));
  return h('div', {}, parts);
}
