// 在线消费纠纷解决（ODR）: regional statistics, enterprises and their scorecards, complaints awaiting acceptance.
import { get, query } from '../api.js';
import { h, table, facts, panel, chart, dateTime, daysLeft, daysText } from '../ui.js';

const STATUS = { APPLIED: '申请中', ACTIVE: '在线', WARNED: '已警示', EXITED: '已退出' };
const rate = r => r && r.denominator ? (r.value * 100).toFixed(1) + '%（' + r.numerator + '/' + r.denominator + '）' : '—';

export async function render({ params, me }) {
  const region = params.get('region') || (me.region && me.region !== '000000' ? me.region : '');
  const [stats, enterprises, waiting] = await Promise.all([
    get('/api/v1/odr/statistics' + query({ region })),
    get('/api/v1/odr/enterprises' + query({ region })),
    get('/api/v1/odr/complaints?stage=AWAITING_ACCEPTANCE').catch(() => ({ items: [] }))]);
  return h('div', {},
    h('h1', {}, '在线消费纠纷解决（ODR）'),
    h('div', { className: 'cols' },
      panel('地区统计 ' + (stats.region || '全国') + '（' + stats.from + ' 至 ' + stats.to + '）', facts([
        ['收到投诉', stats.received], ['转企业', stats.toEnterprises], ['企业办结', stats.concludedAtEnterprises],
        ['转监管', stats.toRegulators], ['受理', stats.accepted], ['不予受理', stats.rejected],
        ['和解率', rate(stats.settlementRate)], ['按时率', rate(stats.onTimeRate)],
        ['满意率', rate(stats.satisfactionRate)], ['调解成功率', rate(stats.mediationAgreementRate)],
        ['平均用时（工作日）', stats.averageWorkingDays]])),
      panel('投诉去向', chart('odr-chart', {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: [
          { name: '企业办结', value: stats.concludedAtEnterprises }, { name: '转监管', value: stats.toRegulators },
          { name: '受理', value: stats.accepted }, { name: '不予受理', value: stats.rejected }] }] }, 260))),
    panel('待受理的升级投诉', table([
      ['投诉', c => c.complaintId], ['企业', c => c.respondent && c.respondent.name], ['产品', c => c.product && c.product.name],
      ['升级时间', c => dateTime(c.escalatedAt)], ['受理期限', c => c.dueBy ? daysText(daysLeft(c.dueBy)) : '—'],
    ], waiting.items, c => c.dueBy && daysLeft(c.dueBy) < 0 ? 'overdue' : null, 'odr-waiting')),
    panel('ODR 企业', table([
      ['企业', e => h('a', { href: '#/odr/' + encodeURIComponent(e.creditCode) }, e.name)], ['统一社会信用代码', e => e.creditCode],
      ['地区', e => e.region], ['状态', e => STATUS[e.status] || e.status], ['入驻', e => e.activeSince],
    ], enterprises.items, null, 'odr-enterprises')));
}

export const detail = {
  async render({ id }) {
    const s = await get('/api/v1/odr/enterprises/' + encodeURIComponent(id) + '/scorecard');
    return h('div', { id: 'scorecard' },
      h('h1', {}, s.name, ' ', h('span', { className: 'tag' }, STATUS[s.status] || s.status)),
      panel('企业评分卡（' + s.from + ' 至 ' + s.to + '）', facts([
        ['统一社会信用代码', s.creditCode], ['收到', s.received], ['办结', s.concluded],
        ['和解率', rate(s.settlementRate)], ['按时率', rate(s.onTimeRate)], ['满意率', rate(s.satisfactionRate)],
        ['平均用时（工作日）', s.averageWorkingDays]])));
  }
};
