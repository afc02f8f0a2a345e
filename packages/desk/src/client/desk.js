// The desk in the browser: Decap CMS with our configuration, the checks shown next to the fields
// they are about, and a preview with the 草稿 banner. Bundled by bundle.ts (esbuild) into one file
// served by the desk server; nothing is loaded from another host. Plain JavaScript: React's and
// Decap's types are not part of the workspace, and this file only wires their public APIs.
import CMS from 'decap-cms-app';
import { Component, createElement as h } from 'react';

/** The last check's messages, by field path ("policy.docNumber", "body", "" for the whole item). */
const store = { key: '', problems: [], listeners: new Set(), timer: 0 };

const problemsAt = (path) => store.problems.filter((p) => p.path === path);
const notify = () => {
  for (const l of store.listeners) l();
  renderPanel();
};

/** Asks the desk server to check the item as it is in the form (debounced; same state, no new check). */
function scheduleCheck(entry) {
  const collection = /#\/collections\/([^/]+)\//.exec(location.hash)?.[1];
  if (!entry || !collection) return;
  const data = entry.get('data');
  const body = { collection, path: entry.get('newRecord') ? undefined : entry.get('path'), data: data ? data.toJS() : {} };
  const key = JSON.stringify(body);
  if (key === store.key) return;
  store.key = key;
  clearTimeout(store.timer);
  store.timer = setTimeout(async () => {
    const response = await fetch('/desk/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: key });
    if (store.key !== key) return; // edited again meanwhile
    store.problems = response.ok ? (await response.json()).problems : [{ path: '', severity: 'error', rule: 'desk/check', message: '检查服务暂时无法使用', hint: '确认 pnpm desk 仍在运行后刷新页面。' }];
    notify();
  }, 400);
}

const text = (p) => `${p.message}${p.hint ? `（${p.hint}）` : ''} [${p.rule}]`;

/**
 * A leaf widget with the checks' messages for its field under it; on save, an error there makes
 * the field invalid, so Decap refuses to save and marks the field, before the server is asked.
 */
function withChecks(Control) {
  return class Checked extends Component {
    inner = null;
    componentDidMount() {
      this.listener = () => this.forceUpdate();
      store.listeners.add(this.listener);
    }
    componentWillUnmount() {
      store.listeners.delete(this.listener);
    }
    path() {
      return this.props.field.get('jiyuePath') ?? '';
    }
    isValid = () => {
      const own = this.inner?.isValid ? this.inner.isValid() : true;
      if (own !== true && own !== undefined && !(own && own.error === false)) return own;
      const errors = problemsAt(this.path()).filter((p) => p.severity === 'error');
      return errors.length ? { error: { type: 'CUSTOM', message: errors.map(text).join('；') } } : true;
    };
    focus = (...args) => this.inner?.focus?.(...args);
    getValidateValue = () => this.inner?.getValidateValue?.();
    render() {
      scheduleCheck(this.props.entry);
      const messages = problemsAt(this.path());
      return h('div', { className: 'jiyue-checked' },
        h(Control, { ...this.props, ref: (r) => { this.inner = r; } }),
        messages.length ? h('ul', { className: 'jiyue-check-messages', 'data-field': this.path() },
          messages.map((p) => h('li', { key: p.rule + p.line + p.column, className: `jiyue-check-${p.severity}` }, text(p)))) : null);
    }
  };
}

/** The desk's own element `id` (a `tag` with `attributes`), added to the page the first time. */
function ownElement(id, tag, attributes) {
  let element = document.getElementById(id);
  if (!element) {
    element = document.createElement(tag);
    element.id = id;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.body.append(element);
  }
  return element;
}

/** Every message of the last check in one list, for those whose field is folded away or is a block. */
function renderPanel() {
  const panel = ownElement('jiyue-check-panel', 'section', { 'aria-live': 'polite' });
  panel.replaceChildren();
  const errors = store.problems.filter((p) => p.severity === 'error').length;
  const title = document.createElement('h2');
  title.textContent = store.problems.length ? `检查发现 ${store.problems.length} 个问题（${errors} 个须改正后才能保存）` : '检查通过';
  panel.append(title);
  for (const p of store.problems) {
    const li = document.createElement('p');
    li.className = `jiyue-check-${p.severity}`;
    li.textContent = `${p.label || '整篇文章'}：${text(p)}`;
    panel.append(li);
  }
  panel.hidden = !location.hash.includes('/entries/') && !location.hash.includes('/new');
}
window.addEventListener('hashchange', () => {
  store.key = '';
  store.problems = [];
  renderPanel();
});

/**
 * The status line (bottom left): where the saves went — pushed to the remote, kept on this machine
 * only, or a push refused and what to do. From the server's answer to each save (it waits for the
 * push), and from /desk/status when the desk opens.
 */
function showPush(push, pull = '') {
  const line = ownElement('jiyue-push-status', 'p', { role: 'status' });
  line.dataset.state = push.state;
  const time = push.at ? new Date(push.at).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' }) : '';
  line.textContent = `${pull ? `${pull}\n` : ''}${push.message}${time ? `（${time}）` : ''}`;
}
const deskFetch = window.fetch.bind(window);
window.fetch = async (...args) => {
  const response = await deskFetch(...args);
  const url = String(args[0]?.url ?? args[0]);
  if (url.endsWith('/api/v1') && response.ok) response.clone().json().then((j) => typeof j?.push === 'object' && showPush(j.push), () => {});
  return response;
};

/** The preview pane: the page as it will read, with the 草稿 banner until the approver has signed. */
function Preview({ entry, widgetFor }) {
  scheduleCheck(entry); // the preview sees every change of the form, also where a widget keeps its own state
  const data = entry.get('data');
  const signoff = data.get('signoff');
  const signed = ['editor', 'reviewer', 'approver'].filter((r) => signoff && signoff.get(r));
  const scheduled = data.get('scheduled');
  const banner = signed.length < 3
    ? `草稿：尚未完成三审（已签 ${signed.length} / 3），不会发布`
    : scheduled ? `定时发布：${data.get('date')} 之后的第一次构建上线` : null;
  return h('article', { className: 'jiyue-preview' },
    banner ? h('p', { className: 'jiyue-draft-banner', role: 'status' }, banner) : null,
    h('h1', null, data.get('title')),
    h('p', { className: 'jiyue-meta' }, `发布时间：${data.get('date') ?? ''}　来源：${data.get('source') ?? ''}`),
    widgetFor('body'));
}

const previewCss = `
.jiyue-preview { font: 18px/1.8 "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; max-width: 48rem; margin: 1rem auto; color: #1a1a1a; }
.jiyue-draft-banner { border: 3px dashed #b00020; color: #b00020; background: #fff4f4; padding: .5rem 1rem; font-weight: 700; font-size: 1.25rem; }
.jiyue-meta { color: #555; font-size: 15px; }`;

/** In the desk a save is not a publication (that takes the three sign-offs and a build): say 保存. */
function saveWords() {
  const zh = CMS.getLocale('zh_Hans');
  const toolbar = zh.editor.editorToolbar;
  CMS.registerLocale('zh_Hans', {
    ...zh,
    editor: { ...zh.editor, editor: { ...zh.editor.editor, onPublishing: '确定保存吗？' }, editorToolbar: { ...toolbar, publish: '保存', published: '已保存', publishing: '正在保存…', publishAndCreateNew: '保存并新建', publishAndDuplicate: '保存并复制', publishNow: '立即保存' } },
  });
}

async function start() {
  const config = await (await fetch('/config.json')).json();
  fetch('/desk/status').then((r) => r.json()).then((j) => showPush(j.push, j.pull), () => {});
  saveWords();
  for (const name of ['string', 'text', 'select', 'boolean', 'markdown', 'file']) {
    // Decap spreads the remaining options over the entry, so the original control must not be among them.
    const { control, preview, ...options } = CMS.getWidget(name);
    CMS.registerWidget({ ...options, name, controlComponent: withChecks(control), previewComponent: preview });
  }
  CMS.registerPreviewStyle(previewCss, { raw: true });
  for (const c of config.collections) CMS.registerPreviewTemplate(c.name, Preview);
  CMS.init({ config });
}

start();
