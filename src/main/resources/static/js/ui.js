// Small DOM helpers shared by the pages. Text always goes in as text, never as HTML.
import { api, qs } from './api.js';

/** h('div', {class: 'x', onclick: fn}, 'text', child...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const svgNs = 'http://www.w3.org/2000/svg';
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, v);
  append(el, children);
  return el;
}

export function clear(el) { el.replaceChildren(); return el; }

export function spinner(label = 'Loading…') {
  return h('div', { class: 'spinner', role: 'status' }, label);
}

/** An API error in words: the problem's title and detail. */
export function errorBox(err) {
  const title = err?.title || 'Something went wrong';
  const detail = err?.detail || (err?.title ? '' : String(err?.message || err));
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, title), detail);
}

export function notice(text) { return h('div', { class: 'notice', role: 'status' }, text); }

/** Runs a slow thing inside `box`, with a spinner meanwhile and the error in words if it fails. */
export async function load(box, label, work) {
  clear(box).append(spinner(label));
  box.setAttribute('aria-busy', 'true');
  try {
    const result = await work();
    return result;
  } catch (e) {
    if (e?.name === 'AbortError') return undefined;
    clear(box).append(errorBox(e));
    return undefined;
  } finally {
    box.removeAttribute('aria-busy');
    box.querySelector(':scope > .spinner')?.remove();
  }
}

export function announce(text) {
  const live = document.getElementById('live');
  if (live) { live.textContent = ''; setTimeout(() => { live.textContent = text; }, 30); }
}

export const pct = x => `${Math.round((x || 0) * 100)}%`;
export const num = (x, d = 0) => (x === null || x === undefined || Number.isNaN(x)) ? '–'
  : Number(x).toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: 0 });

let uid = 0;
export const nextId = p => `${p}-${++uid}`;

export function field(label, control, hint) {
  const id = control.id || (control.id = nextId('f'));
  const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

/**
 * A type-ahead person picker (ARIA combobox) backed by GET /api/people?q=.
 * onPick(person) gets {id, name, ...}.
 */
export function personSearch({ label = 'Person', placeholder = 'Type a name', onPick, value } = {}) {
  const id = nextId('person');
  const listId = `${id}-list`;
  const input = h('input', { type: 'search', id, role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': listId, placeholder, value: value || null });
  const list = h('ul', { role: 'listbox', id: listId, hidden: true, 'aria-label': `${label} suggestions` });
  const status = h('span', { class: 'hint', 'aria-live': 'polite' });
  let items = [];
  let active = -1;
  let timer;
  let controller;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const highlight = i => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = p => {
    input.value = p.name || p.id;
    close();
    status.textContent = `Chosen: ${p.name || p.id}`;
    onPick?.(p);
  };
  const search = async () => {
    const q = input.value.trim();
    if (q.length < 2) { close(); status.textContent = ''; return; }
    controller?.abort();
    controller = new AbortController();
    status.textContent = 'Searching…';
    try {
      const page = await api(`/api/people${qs({ q, size: 10 })}`, { signal: controller.signal });
      items = page.items || [];
      list.replaceChildren(...items.map((p, i) => h('li', { role: 'option', id: `${listId}-${i}`, 'aria-selected': 'false',
        dataset: { personId: p.id }, onmousedown: e => { e.preventDefault(); pick(p); } },
      h('strong', {}, p.name || p.id), ' ', h('span', { class: 'muted' }, [p.grade, p.specialty, p.region].filter(Boolean).join(' · ')))));
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', String(items.length > 0));
      status.textContent = items.length ? `${items.length} people found; use the arrow keys to choose` : 'Nobody found';
      active = -1;
    } catch (e) {
      if (e.name !== 'AbortError') status.textContent = e.message;
    }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) search(); else highlight(Math.min(items.length - 1, active + 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(Math.max(0, active - 1)); }
    else if (e.key === 'Enter') { if (!list.hidden && items.length) { e.preventDefault(); pick(items[Math.max(0, active)]); } }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), h('div', { class: 'combo' }, input, list), status);
  wrap.input = input;
  return wrap;
}

/** A person's name with grade / specialty / region. */
/**
 * A modal form that sends one request: its fields, a Send and a Cancel button, a spinner
 * while sending, then the answer's notice (Send hidden, Cancel becomes Close) or the
 * problem (Send again). `send()` posts and resolves to the answer; `sent(answer)` words
 * the notice; the dialog removes itself when closed. Ids are `${id}-dialog`,
 * `${id}-title` and `${id}-send`.
 */
export function requestDialog({ id, title, intro, fields, focus, send, sent, onDone }) {
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', id: `${id}-send` }, 'Send request');
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, 'Cancel');
  const form = h('form', { method: 'dialog' }, h('h2', { id: `${id}-title` }, title), intro, ...fields,
    out, h('div', { class: 'actions' }, button, cancel));
  const dialog = h('dialog', { id: `${id}-dialog`, 'aria-labelledby': `${id}-title` }, form);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    button.disabled = true;
    clear(out).append(spinner('Sending…'));
    try {
      const answer = await send();
      clear(out).append(notice(sent(answer)));
      button.hidden = true;
      cancel.textContent = 'Close';
      onDone?.(answer);
    } catch (err) {
      clear(out).append(errorBox(err));
      button.disabled = false;
    }
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  focus?.focus();
  return dialog;
}

export function personLine(p) {
  return [p.grade, p.specialty, p.region].filter(Boolean).join(' · ');
}

/** A part-of-a-whole bar with its value in words for screen readers. */
export function bar(value, label) {
  const v = Math.max(0, Math.min(1, value || 0));
  return h('div', { class: 'bar', role: 'img', 'aria-label': `${label}: ${pct(v)}` }, h('span', { style: { width: `${v * 100}%` } }));
}

/**
 * A warmest path drawn as a chain: person, tie (strength, context, since), person...
 * `path` is an IntroductionPath {people, hops, warmth, steps}. `firstHopAction(step)` may
 * return an element placed on the first tie (the "ask for an introduction" button).
 */
export function chain(path, { vertical = false, firstHopAction } = {}) {
  const steps = path.steps || [];
  const ol = h('ol', { class: `chain${vertical ? ' vertical' : ''}`, 'aria-label': `Path of ${path.hops} ${path.hops === 1 ? 'tie' : 'ties'}, warmth ${pct(path.warmth)}` });
  const personItem = p => {
    if (!p || !p.id) {
      return h('li', { class: 'person hidden-person' }, h('span', { class: 'pname' }, 'Someone'),
        h('span', { class: 'pmeta' }, [p?.grade, p?.specialty].filter(Boolean).join(' · ') || 'not visible to you'));
    }
    return h('li', { class: 'person', dataset: { personId: p.id } }, h('span', { class: 'pname' }, p.name || p.id),
      h('span', { class: 'pmeta' }, personLine(p)));
  };
  steps.forEach((step, i) => {
    if (i === 0) ol.append(personItem(step.from));
    ol.append(h('li', { class: 'tie', dataset: { strength: step.strength } },
      h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
      h('span', { class: 'strength' }, `strength ${Number(step.strength).toFixed(2)}`),
      h('span', {}, step.context || 'no context given'),
      step.since ? h('span', {}, `since ${step.since}`) : null,
      (i === 0 && firstHopAction) ? firstHopAction(step) : null));
    ol.append(personItem(step.to));
  });
  return ol;
}

/** Colours for categories (colour-blind friendly first, then more). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#332288',
  '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499', '#6699CC', '#AA4466'];
export function colourMap(values) {
  const m = new Map();
  [...new Set(values.map(v => v || 'unknown'))].sort().forEach((v, i) => m.set(v, PALETTE[i % PALETTE.length]));
  return m;
}
