// The "ask for an introduction" form, opened from a path's first hop or a mutual connection.
import { api } from './api.js';
import { h, field, requestDialog } from './ui.js';

/**
 * Opens the request form. `via` and `target` are {id, name}; `path` (person ids from the
 * requester to the target) is sent when every id on it is known. When someone on the path
 * is hidden (a private member), the request is blind: WarmPath routes it and asks each
 * introducer on the member's behalf, and their names show once they accept.
 */
export function askForIntroduction({ requester, via, target, path, onDone }) {
  const blind = Array.isArray(path) && path.length >= 3 && !path.every(Boolean);
  const goal = h('textarea', { id: 'intro-goal', maxlength: '500', required: true });
  goal.value = `I would like to ask ${target.name || target.id} about mentoring.`;
  const message = h('textarea', { id: 'intro-message', maxlength: '2000' });
  message.value = blind
    ? `Hello, would you be willing to help me reach ${target.name || target.id}?`
    : `Hello ${via.name || via.id}, would you be willing to introduce me to ${target.name || target.id}?`;
  return requestDialog({
    id: 'intro',
    title: 'Ask for an introduction',
    intro: blind
      ? h('p', { id: 'intro-blind' }, 'Some people on this path keep their connections private. WarmPath will ask them for you, one at a time; you see each name once that person accepts. Your request to reach ',
        h('strong', {}, target.name || target.id), ' goes along the warmest route WarmPath finds.')
      : h('p', {}, 'Ask ', h('strong', {}, via.name || via.id), ' to introduce you to ', h('strong', {}, target.name || target.id), '.'),
    fields: [field('Why you want to meet them', goal, 'Up to 500 characters'),
      field('Note to the introducer', message, 'Up to 2000 characters')],
    focus: goal,
    send: () => {
      const body = blind ? { target: target.id, goal: goal.value.trim(), message: message.value.trim() }
        : { target: target.id, via: via.id, goal: goal.value.trim(), message: message.value.trim() };
      if (!blind && path && path.length >= 3 && path.every(Boolean)) body.path = path;
      if (requester) body.requester = requester;
      return api(blind ? '/api/introductions/blind' : '/api/introductions', { method: 'POST', body });
    },
    sent: intro => intro.introducer?.anonymous
      ? `Request sent to a private member on the way: status ${intro.status}. Their name shows once they accept.`
      : `Request sent to ${intro.introducer?.name || via.name}: status ${intro.status}.`,
    onDone,
  });
}
