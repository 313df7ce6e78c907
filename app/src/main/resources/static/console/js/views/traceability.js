// 追溯: a code's trace (its EPCIS events) and where it was scanned (a map of its scans), a recall's progress per level.
import { get, query } from '../api.js';
import { h, table, facts, panel, chart, dateTime, searchForm } from '../ui.js';

const LEVELS = { MANUFACTURER: '生产者', DISTRIBUTOR: '经销商', RETAILER: '零售商', CONSUMER: '消费者' };

export async function render({ params }) {
  const epc = params.get('code') || '';
  const recall = params.get('recall') || '';
  const form = searchForm('trace-search', 'traceability', '查询',
    h('input', { name: 'code', value: epc, placeholder: '追溯码（GS1 Digital Link 或 EPC URI）', size: 44 }),
    h('input', { name: 'recall', value: recall, placeholder: '召回编号', size: 24 }));
  const parts = [h('h1', {}, '产品追溯与召回'), panel(null, form)];
  if (epc) {
    const [trace, scans] = await Promise.allSettled([
      get('/api/v1/traceability/epcis/events' + query({ MATCH_anyEPC: epc })),
      get('/api/v1/traceability/scans' + query({ uri: epc }))]);
    if (trace.status === 'fulfilled') {
      const events = trace.value.epcisBody.queryResults.resultsBody.eventList || [];
      parts.push(panel('追溯链（' + events.length + ' 个事件）', table([
        ['时间', e => dateTime(e.eventTime)], ['类型', e => e.type], ['业务步骤', e => e.bizStep || '—'],
        ['地点', e => (e.bizLocation && e.bizLocation.id) || (e.readPoint && e.readPoint.id) || '—'],
        ['状态', e => e.disposition || '—'],
      ], events, null, 'trace')));
    } else {
      parts.push(panel('追溯链', h('p', { className: 'muted' }, '无法读取：' + trace.reason.message)));
    }
    if (scans.status === 'fulfilled') {
      const items = scans.value.items;
      parts.push(panel('扫码地图（' + items.length + ' 次扫码，按时间连线）',
        items.length ? chart('scan-map', scanMap(items), 360) : null,
        table([['时间', x => dateTime(x.scannedAt)], ['纬度', x => x.lat], ['经度', x => x.lon], ['设备', x => x.device],
          ['平台', x => x.platform]], items, null, 'scans')));
    } else {
      parts.push(panel('扫码地图', h('p', { className: 'muted' }, '无法读取：' + scans.reason.message)));
    }
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
  if (!epc && !recall) parts.push(h('p', { className: 'muted' }, '输入追溯码查看其追溯链和扫码地图，或输入召回编号查看召回进度。'));
  return h('div', {}, parts);
}

function scanMap(scans) {
  const points = scans.map(x => [x.lon, x.lat, dateTime(x.scannedAt)]);
  return {
    tooltip: { formatter: p => p.data[2] + '<br>' + p.data[1] + ', ' + p.data[0] },
    grid: { left: 60, right: 40, top: 40, bottom: 40 },
    xAxis: { type: 'value', name: '经度', scale: true }, yAxis: { type: 'value', name: '纬度', scale: true },
    series: [{ type: 'line', data: points, symbol: 'none', lineStyle: { type: 'dashed', color: '#8fa9cc' }, silent: true },
      { type: 'scatter', data: points, symbolSize: 14, itemStyle: { color: '#b3261e' },
        label: { show: true, position: 'right', formatter: p => String(p.dataIndex + 1) } }],
  };
}
