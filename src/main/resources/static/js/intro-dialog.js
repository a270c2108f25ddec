// The "ask for an introduction" form, opened from a path's first hop or a mutual connection.
import { api } from './api.js';
import { h, field, errorBox, notice, spinner, clear } from './ui.js';

/**
 * Opens the request form. `via` and `target` are {id, name}; `path` (person ids from the
 * requester to the target) is sent when every id on it is known.
 */
export function askForIntroduction({ requester, via, target, path, onDone }) {
  const goal = h('textarea', { id: 'intro-goal', maxlength: '500', required: true });
  goal.value = `I would like to ask ${target.name || target.id} about mentoring.`;
  const message = h('textarea', { id: 'intro-message', maxlength: '2000' });
  message.value = `Hello ${via.name || via.id}, would you be willing to introduce me to ${target.name || target.id}?`;
  const out = h('div', { 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', id: 'intro-send' }, 'Send request');
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, 'Cancel');
  const form = h('form', { method: 'dialog' },
    h('h2', { id: 'intro-title' }, 'Ask for an introduction'),
    h('p', {}, 'Ask ', h('strong', {}, via.name || via.id), ' to introduce you to ', h('strong', {}, target.name || target.id), '.'),
    field('Why you want to meet them', goal, 'Up to 500 characters'),
    field('Note to the introducer', message, 'Up to 2000 characters'),
    out, h('div', { class: 'actions' }, send, cancel));
  const dialog = h('dialog', { id: 'intro-dialog', 'aria-labelledby': 'intro-title' }, form);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    send.disabled = true;
    clear(out).append(spinner('Sending…'));
    const body = { target: target.id, via: via.id, goal: goal.value.trim(), message: message.value.trim() };
    if (path && path.length >= 3 && path.every(Boolean)) body.path = path;
    if (requester) body.requester = requester;
    try {
      const intro = await api('/api/introductions', { method: 'POST', body });
      clear(out).append(notice(`Request sent to ${intro.introducer?.name || via.name}: status ${intro.status}.`));
      send.hidden = true;
      cancel.textContent = 'Close';
      onDone?.(intro);
    } catch (err) {
      clear(out).append(errorBox(err));
      send.disabled = false;
    }
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  goal.focus();
  return dialog;
}
