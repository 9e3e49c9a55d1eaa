// The review page: sends the draft to this computer's commslint server as the person types and
// shows what comes back. Plain script, no build step; the server renders all draft-derived HTML.
/* global document, window, navigator, fetch, Blob, URL, AbortController, setTimeout, clearTimeout */
'use strict';

const MAX_TEXT_BYTES = 1024 * 1024;
const MAX_DOCX_BYTES = 10 * 1024 * 1024;
const DEBOUNCE_MS = 250;

const WORDS = {
  en: {
    open: 'Open a file…', language: 'Messages', auto: 'draft’s language', fixAll: 'Apply all fixes', copy: 'Copy text',
    download: 'Download text', editor: 'Your draft', highlighted: 'Findings in place', summary: 'Summary', findings: 'Findings',
    placeholder: 'Paste a draft here, or drop a .md, .txt or .docx file.', hint: 'Checked as you type. Nothing leaves this computer.',
    checking: 'Checking…', clean: 'No findings', found: (n) => `${n} finding${n === 1 ? '' : 's'}`, copied: 'Copied',
    tooLarge: (name, mb) => `${name} is too large (the limit is ${mb} MB).`, unsupported: (name) => `${name}: open a .md, .txt or .docx file.`,
    offline: 'The commslint server is not answering: is `commslint serve` still running?',
  },
  zh: {
    open: '打开文件…', language: '提示语言', auto: '跟随草稿', fixAll: '全部修改', copy: '复制文本',
    download: '下载文本', editor: '草稿', highlighted: '问题标注', summary: '概览', findings: '发现的问题',
    placeholder: '在此粘贴草稿，或拖入 .md、.txt、.docx 文件。', hint: '边写边查，内容不会离开这台电脑。',
    checking: '检查中…', clean: '没有发现问题', found: (n) => `发现 ${n} 个问题`, copied: '已复制',
    tooLarge: (name, mb) => `${name} 太大（上限 ${mb} MB）。`, unsupported: (name) => `${name}：请打开 .md、.txt 或 .docx 文件。`,
    offline: 'commslint 服务没有响应：`commslint serve` 还在运行吗？',
  },
};
const words = navigator.language.toLowerCase().startsWith('zh') ? WORDS.zh : WORDS.en;

// Draft-derived HTML reaches the page only through this policy (the CSP requires Trusted Types).
// The server escapes every character of the draft; this is the one place its HTML is inserted.
const policy = window.trustedTypes
  ? window.trustedTypes.createPolicy('commslint', { createHTML: (html) => html })
  : { createHTML: (html) => html };

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const view = { draft: $('draft'), summary: $('summary'), findings: $('findings'), status: $('status'), error: $('error') };

/** The last answer and the text it is about: fixes apply only to that exact text. */
let current;
let fileName = 'draft.md';
let timer;
let inFlight;
const hiddenCategories = new Set();

function localize() {
  document.documentElement.lang = words === WORDS.zh ? 'zh' : 'en';
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const text = words[element.dataset.i18n];
    const target = element.firstChild && element.firstChild.nodeType === 3 ? element.firstChild : element;
    if (typeof text === 'string') target.textContent = text;
  }
  for (const element of document.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = words[element.dataset.i18nPlaceholder];
}

function showError(message) {
  view.error.textContent = message || '';
}

async function postJson(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: inFlight.signal });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error);
  return data;
}

function request() {
  return { text: editor.value, name: fileName, locale: $('locale').value || undefined };
}

async function lintNow() {
  clearTimeout(timer);
  if (inFlight) inFlight.abort();
  inFlight = new AbortController();
  const body = request();
  if (new Blob([body.text]).size > MAX_TEXT_BYTES) {
    showError(words.tooLarge(fileName, 1));
    return;
  }
  view.status.textContent = words.checking;
  try {
    const data = await postJson('/api/lint', body);
    current = { text: body.text, messages: data.messages };
    render(data);
    showError('');
  } catch (error) {
    if (error.name === 'AbortError') return;
    showError(error instanceof TypeError ? words.offline : error.message);
  }
}

function scheduleLint() {
  clearTimeout(timer);
  timer = setTimeout(lintNow, DEBOUNCE_MS);
}

function render(data) {
  view.draft.innerHTML = policy.createHTML(data.draft);
  view.summary.innerHTML = policy.createHTML(data.summary);
  view.findings.innerHTML = policy.createHTML(data.findings);
  for (const box of view.summary.querySelectorAll('input.filter')) box.checked = !hiddenCategories.has(box.dataset.category);
  view.status.textContent = data.messages.length ? words.found(data.messages.length) : words.clean;
  $('fix-all').disabled = !data.messages.some((m) => m.fix);
}

/** Opens finding `id`'s explanation and outlines its words in the draft. */
function select(id, scrollTo) {
  for (const element of document.querySelectorAll('.selected')) element.classList.remove('selected');
  const item = view.findings.querySelector(`li[data-id="${id}"]`);
  if (!item) return;
  item.classList.add('selected');
  item.querySelector('details').open = true;
  const marks = [...view.draft.querySelectorAll('mark')].filter((m) => m.dataset.ids.split(' ').includes(String(id)));
  for (const mark of marks) mark.classList.add('selected');
  if (scrollTo === 'text') marks[0]?.scrollIntoView({ block: 'nearest' });
  else item.scrollIntoView({ block: 'start' });
}

function applyFix(id) {
  const message = current && current.messages[id];
  if (!message || !message.fix || editor.value !== current.text) return;
  const [start, end] = message.fix.range;
  editor.value = current.text.slice(0, start) + message.fix.text + current.text.slice(end);
  lintNow();
}

async function applyAllFixes() {
  if (inFlight) inFlight.abort();
  inFlight = new AbortController();
  try {
    editor.value = (await postJson('/api/fix', request())).text;
    lintNow();
  } catch (error) {
    if (error.name !== 'AbortError') showError(error.message);
  }
}

function fixedName() {
  const stem = fileName.replace(/\.(md|markdown|txt|docx)$/i, '');
  return `${stem}.checked.${/\.docx$/i.test(fileName) ? 'txt' : /\.txt$/i.test(fileName) ? 'txt' : 'md'}`;
}

function download() {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([editor.value], { type: 'text/plain;charset=utf-8' }));
  link.download = fixedName();
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function copyText() {
  await navigator.clipboard.writeText(editor.value);
  view.status.textContent = words.copied;
}

/** Reads a dropped or chosen file into the editor: text as is, Word through the server. */
async function openFile(file) {
  const isDocx = /\.docx$/i.test(file.name);
  if (!isDocx && !/\.(md|markdown|txt)$/i.test(file.name)) return showError(words.unsupported(file.name));
  const limit = isDocx ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (file.size > limit) return showError(words.tooLarge(file.name, limit / 1024 / 1024));
  let text = '';
  if (isDocx) {
    const response = await fetch('/api/docx', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-Draft-Name': encodeURIComponent(file.name) }, body: file });
    const data = await response.json();
    if (!response.ok) return showError(data.error);
    text = data.text;
  } else {
    text = (await file.text()).replace(/^\uFEFF/, '');
  }
  fileName = file.name;
  editor.value = text;
  showError('');
  return lintNow();
}

function wire() {
  editor.addEventListener('input', scheduleLint);
  $('locale').addEventListener('change', lintNow);
  $('fix-all').addEventListener('click', applyAllFixes);
  $('copy').addEventListener('click', copyText);
  $('download').addEventListener('click', download);
  $('file').addEventListener('change', (event) => {
    const [file] = event.target.files;
    if (file) openFile(file);
    event.target.value = '';
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const [file] = event.dataTransfer.files;
    if (file) openFile(file);
  });
  // A marked phrase is a link (Tab, then Enter, from the keyboard): open its explanation here.
  view.draft.addEventListener('click', (event) => {
    const link = event.target.closest('a.finding-link');
    if (!link) return;
    event.preventDefault();
    select(link.querySelector('mark').dataset.ids.split(' ')[0], 'list');
  });
  view.findings.addEventListener('click', (event) => {
    const button = event.target.closest('button.apply-fix');
    if (button) return applyFix(Number(button.dataset.id));
    const show = event.target.closest('a.show');
    if (show) {
      event.preventDefault();
      select(show.closest('li').dataset.id, 'text');
    }
  });
  view.summary.addEventListener('change', (event) => {
    const box = event.target;
    if (!box.matches('input.filter')) return;
    if (box.checked) hiddenCategories.delete(box.dataset.category);
    else hiddenCategories.add(box.dataset.category);
  });
}

localize();
wire();
if (editor.value) lintNow();
