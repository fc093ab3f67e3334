'use strict';
// What every page of the application shares: the signed-in session, sending changes to /api with the
// session's CSRF token, problem answers in Chinese, the current entry of the navigation bar, sign-out.
window.Pages = (function () {
  let session;

  /** The signed-in user, their units and the CSRF token (GET /api/session), read once per page. */
  function currentSession() {
    if (!session) {
      session = fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' })
        .then((answer) => (answer.ok ? answer.json() : Promise.reject(new Error('請重新登入。'))));
    }
    return session;
  }

  /** Sends a change (JSON body, or FormData as is) and answers { ok, status, data }. */
  async function send(method, url, body) {
    const own = await currentSession();
    const headers = { Accept: 'application/json' };
    if (own.csrfToken) {
      headers['X-XSRF-TOKEN'] = own.csrfToken;
    }
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const answer = await fetch(url, { method, credentials: 'same-origin', headers, body: payload });
    const text = await answer.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (notJson) {
      data = null;
    }
    return { ok: answer.ok, status: answer.status, data };
  }

  /** The Chinese text of a refusal: its title, detail and each field's problem. */
  function problemText(answer) {
    const problem = answer.data || {};
    const lines = [(problem.title || '送出失敗') + '：' + (problem.detail || '請檢查輸入後再試。')];
    if (Array.isArray(problem.errors) && problem.errors.length > 1) {
      problem.errors.forEach((error) => lines.push('・' + error.field + '：' + error.message));
    }
    return lines.join('\n');
  }

  async function signOut() {
    const auth = '/camunda/api/admin/auth/user/default';
    const read = await fetch(auth, { credentials: 'same-origin', cache: 'no-store' });
    await fetch(auth + '/logout', {
      method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': read.headers.get('X-XSRF-TOKEN') || '' },
    });
    window.location.assign('/sign-in');
  }

  document.addEventListener('DOMContentLoaded', () => {
    const here = window.location.pathname;
    document.querySelectorAll('header.site nav a').forEach((link) => {
      const path = link.getAttribute('href');
      if (path === here || (path !== '/' && here.startsWith(path))) {
        link.setAttribute('aria-current', 'page');
      }
    });
    const button = document.getElementById('sign-out');
    if (button) {
      button.addEventListener('click', signOut);
    }
  });

  return { currentSession, send, problemText };
})();
