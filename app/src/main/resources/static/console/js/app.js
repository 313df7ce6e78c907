// The console's router: #/<view>/<id>?<params> picks a screen; each screen reads the API and draws itself.
import { get, logout } from './api.js';
import { h, message, label, ROLES } from './ui.js';
import * as queue from './views/queue.js';
import * as cases from './views/cases.js';
import * as caseView from './views/case.js';
import * as certificates from './views/certificates.js';
import * as spotcheck from './views/spotcheck.js';
import * as verification from './views/verification.js';
import * as livestream from './views/livestream.js';
import * as odr from './views/odr.js';
import * as traceability from './views/traceability.js';

const views = { queue, cases, certificates, spotcheck, verification, livestream, odr, traceability };
const details = { cases: caseView, certificates: certificates.detail, livestream: livestream.detail,
  spotcheck: spotcheck.sample, odr: odr.detail };

let me;

function route() {
  const hash = location.hash.replace(/^#\/?/, '') || 'queue';
  const [path, search] = hash.split('?');
  const [name, ...rest] = path.split('/');
  return { name, id: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(search || '') };
}

async function show() {
  const { name, id, params } = route();
  const view = id ? details[name] : views[name];
  const main = document.getElementById('view');
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.view === name));
  main.dataset.view = 'loading';
  main.replaceChildren(h('p', { className: 'muted' }, '加载中…'));
  if (!view) {
    main.replaceChildren(h('div', { id: 'view-error' }, message('没有这个页面：' + name)));
    main.dataset.view = 'error';
    return;
  }
  try {
    const content = await view.render({ id, params, me });
    main.replaceChildren(content);
    main.dataset.view = name + (id ? '-detail' : '');
  } catch (e) {
    main.replaceChildren(h('div', { id: 'view-error' }, message(e.status === 404 ? '未找到，或您无权查看。' : e.message)));
    main.dataset.view = 'error';
  }
}

async function start() {
  me = await get('/api/v1/me');
  document.body.dataset.role = me.role;
  document.getElementById('caller').textContent =
    me.id + '（' + label(ROLES, me.role) + (me.region ? ' · ' + me.region : '') + '）';
  document.getElementById('logout').addEventListener('click', e => { e.preventDefault(); logout(); });
  window.addEventListener('hashchange', show);
  await show();
}

start().catch(e => {
  document.getElementById('view').replaceChildren(message('控制台无法启动：' + e.message));
});
