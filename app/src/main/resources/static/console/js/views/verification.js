// 核验统计: listing checks and interceptions per day, and interceptions per day by reason.
import { get, query } from '../api.js';
import { h, panel, chart, table, label, REASONS, searchForm } from '../ui.js';

export async function render({ params }) {
  const stats = await get('/api/v1/verification/check-statistics' + query({ from: params.get('from'), to: params.get('to') }));
  const days = stats.days.map(d => d.day.substring(5));
  const reasons = [...new Set(stats.days.flatMap(d => d.reasons.map(r => r.reason)))];
  const form = searchForm('period', 'verification', '查询',
    h('label', {}, '自 ', h('input', { type: 'date', name: 'from', value: stats.from })),
    h('label', {}, '至 ', h('input', { type: 'date', name: 'to', value: stats.to })));
  const total = stats.days.reduce((s, d) => s + d.checks, 0);
  const intercepted = stats.days.reduce((s, d) => s + d.intercepted, 0);
  return h('div', {},
    h('h1', {}, '上架核验统计'),
    panel(null, form, h('p', {}, `期间共核验 ${total} 次，拦截 `, h('b', { id: 'intercepted-total' }, intercepted), ' 次。')),
    h('div', { className: 'cols' },
      panel('每日核验与拦截', chart('checks-chart', {
        tooltip: { trigger: 'axis' }, legend: { data: ['核验', '拦截'] },
        grid: { left: 50, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: days }, yAxis: { type: 'value' },
        series: [{ name: '核验', type: 'bar', data: stats.days.map(d => d.checks), itemStyle: { color: '#6b8fc7' } },
          { name: '拦截', type: 'line', data: stats.days.map(d => d.intercepted), itemStyle: { color: '#b3261e' } }],
      })),
      panel('每日拦截原因', chart('reasons-chart', {
        tooltip: { trigger: 'axis' }, legend: { type: 'scroll', data: reasons.map(r => label(REASONS, r)) },
        grid: { left: 50, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: days }, yAxis: { type: 'value' },
        series: (reasons.length ? reasons : ['CERTIFICATE_MISSING']).map(r => ({ name: label(REASONS, r), type: 'bar',
          stack: 'reasons', data: stats.days.map(d => (d.reasons.find(x => x.reason === r) || { count: 0 }).count) })),
      }))),
    panel('按原因汇总', table([['原因', r => label(REASONS, r[0])], ['次数', r => r[1]]],
      Object.entries(stats.days.flatMap(d => d.reasons).reduce((m, r) => ({ ...m, [r.reason]: (m[r.reason] || 0) + r.count }), {}))
        .sort((a, b) => b[1] - a[1]), null, 'reason-totals')));
}
