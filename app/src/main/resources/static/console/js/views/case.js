// 案件详情: stage, deadlines, party, evidence, cooperation; its event history (who, when, why), the integrity
// check and the state as of any instant.
import { get, query } from '../api.js';
import { h, table, facts, panel, dateTime, daysLeft, daysText, label, STAGES, SOURCES, CLOCKS } from '../ui.js';

export async function render({ id, params }) {
  const asOf = params.get('asOf') || '';
  const path = '/api/v1/enforcement/cases/' + encodeURIComponent(id);
  const c = await get(path + query({ asOf }));
  const [events, integrity] = await Promise.allSettled([
    get('/api/v1/audit/case/' + encodeURIComponent(id) + '/events'),
    get('/api/v1/audit/case/' + encodeURIComponent(id) + '/integrity')]);
  return h('div', { id: 'case', 'data-case': c.caseId },
    h('h1', {}, '案件 ', c.caseId, ' ', h('span', { className: 'tag', id: 'case-stage' }, label(STAGES, c.stage))),
    asOf ? h('p', { className: 'ok', id: 'as-of' }, '以下为 ', dateTime(asOf), ' 时的状态（仅由该时刻及以前的事件重建）。 ',
      h('a', { href: '#/cases/' + encodeURIComponent(id) }, '查看当前状态')) : null,
    panel('基本情况', facts([
      ['当事人', c.party && c.party.name], ['统一社会信用代码', c.party && c.party.creditCode],
      ['产品', c.product], ['来源', label(SOURCES, c.source)],
      ['管辖地', c.competentRegion], ['牵头地区', c.leadRegion],
      ['共享地区', (c.sharedRegions || []).join('、') || '—'], ['收到时间', dateTime(c.raisedAt)],
      ['线索描述', c.description], ['最近变更', dateTime(c.lastChangedAt)],
    ])),
    panel('法定期限', table([
      ['期限', d => label(CLOCKS, d.clock)], ['到期日', d => d.dueOn],
      ['剩余', d => d.open ? daysText(daysLeft(d.dueOn)) : '—'],
      ['状态', d => d.status + (d.missed ? '（曾逾期）' : '')],
    ], c.deadlines, d => d.overdue ? 'overdue' : null, 'deadlines')),
    c.decisionClock ? panel('处罚决定时限', facts([
      ['立案日', c.decisionClock.filedOn], ['已延长', c.decisionClock.extended ? '是' : '否'],
      ['中止天数', c.decisionClock.suspendedDays], ['正在中止', c.decisionClock.suspended ? '是' : '否']])) : null,
    panel('证据', table([
      ['证据', e => e.description], ['SHA-256', e => h('code', {}, e.sha256.substring(0, 16) + '…')],
      ['提供地区', e => e.suppliedByRegion], ['提供人', e => e.suppliedBy],
      ['保管链', e => (e.custody || []).map(k => k.region || JSON.stringify(k)).join(' → ')], ['时间', e => dateTime(e.addedAt)],
    ], c.evidence, null, 'evidence')),
    panel('协查与联合办案', table([
      ['请求地区', a => a.fromRegion], ['协查地区', a => a.toRegion], ['请求', a => a.request],
      ['答复期限', a => a.dueOn], ['答复', a => a.answer || (a.open ? '待答复' : '—')],
    ], c.assistance, a => a.open && daysLeft(a.dueOn) < 0 ? 'overdue' : null, 'assistance')),
    c.penalty ? panel('处罚', facts([
      ['拟罚款', money(c.penalty.proposedFine)], ['依据', c.penalty.grounds],
      ['陈述期限', c.penalty.statementDueOn], ['陈述', c.penalty.statement],
      ['罚款', money(c.penalty.fine)], ['决定', c.penalty.decision]])) : null,
    history(id, events, integrity));
}

function money(m) {
  return m ? (m.amount ?? '') + ' ' + (m.currency ?? '') : '—';
}

function history(id, events, integrity) {
  if (events.status === 'rejected') {
    return panel('事件历史', h('p', { className: 'muted' }, '无法读取事件历史：' + events.reason.message));
  }
  const report = integrity.status === 'fulfilled' ? integrity.value : null;
  const picker = h('form', { className: 'search', id: 'as-of-form' },
    h('label', {}, '查看某一时刻的状态 ', h('input', { name: 'at', type: 'datetime-local', step: 1 })),
    h('button', { type: 'submit' }, '重建'));
  picker.addEventListener('submit', e => {
    e.preventDefault();
    if (picker.at.value) location.hash = '#/cases/' + encodeURIComponent(id) + '?asOf=' + new Date(picker.at.value).toISOString();
  });
  return panel('事件历史（审计）',
    report ? h('p', { id: 'integrity', className: report.intact ? 'ok' : 'message' },
      report.intact ? `完整性校验通过：已校验 ${report.eventsChecked} 个事件的哈希链` +
        (report.checkpoint ? `，与检查点 ${report.checkpoint} 一致` : '') + '。'
        : `完整性校验失败：自第 ${report.firstBrokenSequence} 个事件起哈希链断裂` + (report.truncated ? '，事件被截断' : '') + '。')
      : null,
    picker,
    table([
      ['#', e => e.sequence], ['时间', e => dateTime(e.timestamp)], ['事件', e => e.type],
      ['操作人', e => e.metadata.actor], ['角色', e => e.metadata.role], ['地区', e => e.metadata.region],
      ['理由', e => e.metadata.reason],
      ['', e => h('a', { href: '#/cases/' + encodeURIComponent(id) + '?asOf=' + encodeURIComponent(e.timestamp),
        className: 'as-of-link' }, '此时状态')],
    ], events.value, null, 'events'));
}
