// 案件: the cases the caller may see, searched by party, credit code or product; regulators raise clues here.
import { get, post, query } from '../api.js';
import { h, table, daysLeft, daysText, dateTime, label, STAGES, SOURCES, panel, searchForm } from '../ui.js';

export async function render({ params, me }) {
  const q = params.get('q') || '';
  const stage = params.get('stage') || '';
  const page = q ? (await get('/api/v1/enforcement/cases/search' + query({ q, stage, size: 50 }))).items
    : await get('/api/v1/enforcement/cases' + query({ stage, size: 50 }));
  const form = searchForm('case-search', 'cases', '搜索',
    h('input', { name: 'q', value: q, placeholder: '当事人名称、统一社会信用代码或产品', size: 36 }),
    h('select', { name: 'stage' }, h('option', { value: '' }, '全部阶段'),
      Object.entries(STAGES).map(([k, v]) => h('option', { value: k, selected: k === stage }, v))));
  return h('div', {},
    h('h1', {}, '案件'),
    panel(null, form, table([
      ['案件编号', c => h('a', { href: '#/cases/' + encodeURIComponent(c.caseId), className: 'case-link' }, c.caseId)],
      ['阶段', c => label(STAGES, c.stage)],
      ['来源', c => label(SOURCES, c.source)],
      ['管辖地', c => c.competentRegion],
      ['当事人', c => c.partyName],
      ['产品', c => c.product],
      ['下一期限', c => c.nextDueOn ? c.nextDueOn + '（' + daysText(daysLeft(c.nextDueOn)) + '）' : '—'],
      ['最近变更', c => dateTime(c.lastChangedAt)],
    ], page, c => c.overdue ? 'overdue' : null, 'cases')),
    me.role === 'REGULATOR' ? clueForm() : null);
}

function clueForm() {
  const form = h('form', { id: 'clue-form', className: 'search' },
    h('select', { name: 'source' }, ['REPORT', 'COMPLAINT'].map(s => h('option', { value: s }, SOURCES[s]))),
    h('input', { name: 'name', placeholder: '当事人名称', required: true }),
    h('input', { name: 'creditCode', placeholder: '统一社会信用代码', required: true, size: 20 }),
    h('input', { name: 'product', placeholder: '产品', required: true }),
    h('input', { name: 'description', placeholder: '线索描述', required: true, size: 30 }),
    h('button', { type: 'submit', id: 'raise-clue' }, '登记线索'));
  const result = h('div', { id: 'clue-result' });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const raised = await post('/api/v1/enforcement/clues', { source: form.source.value,
        party: { name: form.elements['name'].value, creditCode: form.creditCode.value }, product: form.product.value,
        description: form.description.value });
      location.hash = '#/cases/' + encodeURIComponent(raised.caseId);
    } catch (err) {
      result.replaceChildren(h('p', { className: 'message' }, '未能登记：' + err.message));
    }
  });
  return panel('登记线索', form, result);
}
