// Small DOM and formatting helpers. Data from tests only ever reaches the page as text nodes or
// attribute values (never as markup), so nothing a test prints can inject HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

const STATUS = {
  p: { label: 'passed', color: 'var(--pass-bar)' },
  k: { label: 'flaky', color: 'var(--flaky-bar)' },
  s: { label: 'skipped', color: 'var(--skip-bar)' },
  f: { label: 'failed', color: 'var(--fail-bar)' },
  e: { label: 'error', color: 'var(--error-bar)' },
  l: { label: 'lost', color: 'var(--lost-bar)' }
};

function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// Appends the children that are not null (Node.append would write "null").
function add(parent, ...children) {
  for (const child of children) if (child !== null && child !== undefined) parent.append(child);
  return parent;
}

function readJson(id) {
  const node = document.getElementById(id);
  return node ? JSON.parse(node.textContent) : null;
}

function fmtInt(n) {
  return Number(n).toLocaleString('en-US');
}

function fmtSeconds(s) {
  if (s === null || s === undefined || isNaN(s)) return '–';
  if (s < 1) return Math.round(s * 1000) + ' ms';
  if (s < 60) return s.toFixed(s < 10 ? 2 : 1) + ' s';
  if (s < 3600) return Math.floor(s / 60) + ' min ' + String(Math.round(s % 60)).padStart(2, '0') + ' s';
  return Math.floor(s / 3600) + ' h ' + String(Math.round((s % 3600) / 60)).padStart(2, '0') + ' min';
}

function fmtInstant(iso) {
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

function pill(code) {
  return el('span', { class: 'pill ' + code, text: STATUS[code].label });
}

function dot(code) {
  return el('span', { class: 'dot ' + code, title: STATUS[code].label });
}

function simpleName(className) {
  return className.slice(className.lastIndexOf('.') + 1);
}

function packageOf(className) {
  const dotAt = className.lastIndexOf('.');
  return dotAt < 0 ? '(default package)' : className.slice(0, dotAt);
}

// A card section with a heading and an optional count badge; returns its body element.
function section(app, id, title, count, countClass) {
  const heading = el('h2', {}, title);
  if (count !== undefined) heading.append(el('span', { class: 'count ' + (countClass || ''), text: fmtInt(count) }));
  const body = el('div', { class: 'section-body' });
  app.append(el('section', { class: 'card', id: id }, heading, body));
  return body;
}

// Renders items into container a page at a time, with a "Show more" button for the rest.
function paged(container, items, pageSize, render) {
  let shown = 0;
  const more = el('button', { class: 'more', type: 'button' });
  function next(upTo) {
    const end = Math.min(items.length, Math.max(shown + pageSize, upTo || 0));
    const fragment = document.createDocumentFragment();
    for (; shown < end; shown++) fragment.append(render(items[shown], shown));
    container.append(fragment);
    if (shown < items.length) {
      more.textContent = 'Show ' + fmtInt(Math.min(pageSize, items.length - shown)) + ' more of ' +
        fmtInt(items.length - shown);
      container.append(more);
    } else {
      more.remove();
    }
  }
  more.addEventListener('click', () => next());
  next();
  return { showUpTo: index => { if (index >= shown) next(index + 1); } };
}

// A copyable command line.
function command(text, note) {
  const code = el('code', { text: text });
  const button = el('button', { type: 'button', title: 'Copy to clipboard', text: 'Copy' });
  button.addEventListener('click', () => copy(text).then(
    () => flash(button, 'Copied'), () => flash(button, 'Select and copy')));
  const box = el('div', { class: 'command' }, code, button);
  return note ? el('div', {}, box, el('div', { class: 'command-note', text: note })) : box;
}

function copy(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = el('textarea', { style: 'position:fixed;top:-1000px' });
  area.value = text;
  document.body.append(area);
  area.select();
  const ok = document.execCommand && document.execCommand('copy');
  area.remove();
  return ok ? Promise.resolve() : Promise.reject(new Error('copy failed'));
}

function flash(button, text) {
  button.textContent = text;
  setTimeout(() => { button.textContent = 'Copy'; }, 1500);
}

function details(summary, text, open) {
  if (!text) return null;
  return el('details', { open: !!open }, el('summary', { text: summary }), el('pre', { class: 'block', text: text }));
}
