// 抽查: plans, published results, samples and the platform ranking with its Wilson 95% intervals as a chart.
import { get, query } from '../api.js';
import { h, table, facts, panel, chart, dateTime, searchForm } from '../ui.js';

const pct = x => Math.round(x * 1000) / 10;

export async function render({ params }) {
  const planId = params.get('planId') || '';
  const q = params.get('q') || '';
  const [ranking, results, plan] = await Promise.all([
    get('/api/v1/spotcheck/rankings' + query({ planId })),
    get('/api/v1/spotcheck/results' + query({ q, planId, size: 50 })),
    planId ? get('/api/v1/spotcheck/plans/' + encodeURIComponent(planId)) : Promise.resolve(null)]);
  const form = searchForm('spotcheck-search', 'spotcheck', '查询',
    h('input', { name: 'planId', value: planId, placeholder: '抽查计划编号', size: 30 }),
    h('input', { name: 'q', value: q, placeholder: '产品、生产者或销售者', size: 26 }));
  return h('div', {},
    h('h1', {}, '网络抽查'),
    panel(null, form),
    plan ? panel('抽查计划 ' + plan.plan.name, facts([
      ['计划编号', plan.plan.planId], ['组织地区', plan.plan.organisingRegion], ['年度', plan.plan.year],
      ['产品', (plan.plan.products || []).join('、')], ['已抽中商品', (plan.selection || []).length],
      ['随机种子', plan.plan.seed]])) : null,
    panel('平台不合格率排名（含 Wilson 95% 置信区间）', ranking.length
      ? chart('ranking-chart', rankingChart(ranking), 90 + 50 * ranking.length) : h('p', { className: 'muted empty' }, '尚无已公布的抽查结果'),
    table([
      ['名次', r => r.position], ['平台', r => r.platform], ['抽样', r => r.sampled], ['不合格', r => r.failed],
      ['不合格率 %', r => pct(r.rate)], ['95% 区间 %', r => pct(r.wilsonLow) + ' – ' + pct(r.wilsonHigh)],
      ['按产品结构调整 %', r => pct(r.adjustedRate)],
    ], ranking, null, 'ranking')),
    panel('已公布结果（共 ' + results.total + ' 条）', table([
      ['样品', r => h('a', { href: '#/spotcheck/' + encodeURIComponent(r.sampleId) }, r.sampleId)],
      ['产品', r => r.productName], ['型号', r => r.model], ['生产者', r => r.producerName], ['销售者', r => r.sellerName],
      ['平台', r => r.platform],
      ['结论', r => h('span', { className: 'tag ' + (r.conforming ? 'good' : 'bad') }, r.conforming ? '合格' : '不合格')],
      ['不合格项目', r => (r.failedItems || []).map(f => f.item || f.name || JSON.stringify(f)).join('、')],
      ['公布时间', r => dateTime(r.finalAt)],
    ], results.items, r => r.conforming ? null : 'overdue', 'results')));
}

function rankingChart(ranking) {
  const rows = [...ranking].reverse(); // the best placed at the top of a horizontal chart
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: ['不合格率', '按产品结构调整', '95% 区间'] },
    grid: { left: 110, right: 40, top: 40, bottom: 40 },
    xAxis: { type: 'value', name: '%', min: 0, max: 100 },
    yAxis: { type: 'category', data: rows.map(r => r.platform) },
    series: [
      { name: 'low', type: 'bar', stack: 'ci', silent: true, itemStyle: { color: 'transparent' },
        tooltip: { show: false }, data: rows.map(r => pct(r.wilsonLow)) },
      { name: '95% 区间', type: 'bar', stack: 'ci', barWidth: 12, itemStyle: { color: '#9db8de' },
        data: rows.map(r => Math.round((pct(r.wilsonHigh) - pct(r.wilsonLow)) * 10) / 10) },
      { name: '不合格率', type: 'scatter', symbolSize: 14, itemStyle: { color: '#b3261e' }, z: 3,
        data: rows.map(r => [pct(r.rate), r.platform]) },
      { name: '按产品结构调整', type: 'scatter', symbol: 'diamond', symbolSize: 12, itemStyle: { color: '#1d3b64' }, z: 3,
        data: rows.map(r => [pct(r.adjustedRate), r.platform]) },
    ],
  };
}

export const sample = {
  async render({ id }) {
    const s = await get('/api/v1/spotcheck/samples/' + encodeURIComponent(id));
    return h('div', { id: 'sample' },
      h('h1', {}, '样品 ', s.sampleId, ' ', h('span', { className: 'tag' }, s.stage)),
      panel('样品', facts([
        ['计划', h('a', { href: '#/spotcheck?planId=' + encodeURIComponent(s.planId) }, s.planId)],
        ['产品', s.purchase && s.purchase.productName], ['型号', s.purchase && s.purchase.model],
        ['购买时间', dateTime(s.purchase && s.purchase.at)], ['通知销售者', dateTime(s.sellerNotifiedAt)],
        ['结果送达期限', s.resultDueToSellerOn], ['送达', dateTime(s.deliveredAt)],
        ['异议期限', s.objectionDueOn], ['结果公布', dateTime(s.finalAt)]])),
      panel('保管链', table([['时间', c => dateTime(c.at)], ['环节', c => c.step || c.kind || ''],
        ['经手', c => c.by || c.holder || '']], s.custody, null, 'custody')));
  }
};
