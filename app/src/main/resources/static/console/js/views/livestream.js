// 直播电商: search operators, hosts and MCNs; a subject's full picture (ID numbers and phones masked by the API).
import { get, query } from '../api.js';
import { h, table, facts, panel, dateTime, searchForm } from '../ui.js';

export async function render({ params }) {
  const q = params.get('q') || '';
  const hits = await get('/api/v1/livestream/subjects' + query({ q }));
  const form = searchForm('subject-search', 'livestream', '搜索',
    h('input', { name: 'q', value: q, placeholder: '主体名称、账号或统一社会信用代码', size: 36 }));
  return h('div', {},
    h('h1', {}, '直播电商主体'),
    panel(null, form, table([
      ['主体', s => h('a', { href: '#/livestream/' + encodeURIComponent(s.subjectId), className: 'subject-link' }, s.name)],
      ['类型', s => s.kind], ['平台', s => (s.platforms || []).join('、')],
      ['黑名单至', s => s.blacklistedUntil || '—'],
    ], hits.items, s => s.blacklistedUntil ? 'overdue' : null, 'subjects')));
}

export const detail = {
  async render({ id }) {
    const s = await get('/api/v1/livestream/subjects/' + encodeURIComponent(id));
    return h('div', { id: 'subject' },
      h('h1', {}, s.name, ' ', h('span', { className: 'tag' }, s.kind)),
      panel('主体', facts([['主体编号', s.subjectId], ['统一社会信用代码', s.creditCode],
        ['身份证号（已脱敏）', s.idNumber], ['电话（已脱敏）', s.phone],
        ['黑名单', s.blacklist ? (s.blacklist.active ? '至 ' + s.blacklist.until + '：' + s.blacklist.reason : '已结束') : '无']])),
      panel('账号', table([['平台', a => a.platform], ['账号', a => a.account], ['角色', a => a.role],
        ['地区', a => a.region], ['核验日', a => a.verifiedOn], ['已关闭', a => a.closed ? '是' : '否']], s.accounts, null, 'accounts')),
      panel('直播场次', table([['场次', x => x.sessionId], ['平台', x => x.platform], ['开始', x => dateTime(x.startedAt)],
        ['身份', x => x.as], ['拦截', x => x.intercepted]], s.sessions, null, 'sessions')),
      panel('监测发现', table([['时间', f => dateTime(f.at)], ['类型', f => f.kind], ['描述', f => f.description],
        ['地区', f => f.region]], s.findings, null, 'findings')),
      panel('平台处置', table([['时间', m => dateTime(m.at)], ['平台', m => m.platform], ['措施', m => m.measure],
        ['理由', m => m.reason], ['期限', m => m.until]], s.measures, null, 'measures')),
      panel('查看明文记录', table([['时间', r => dateTime(r.at)], ['查看人', r => r.by], ['字段', r => r.field],
        ['目的', r => r.purpose]], s.reveals, null, 'reveals')));
  }
};
