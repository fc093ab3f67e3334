'use strict';
// Signs in to the Camunda webapps (the session Tasklist and Cockpit use) and opens the page asked for.
(function () {
  const AUTH = '/camunda/api/admin/auth/user/default';
  const form = document.getElementById('sign-in-form');
  const result = document.getElementById('sign-in-result');
  const button = form.querySelector('button[type=submit]');

  // The webapps hand out a session's CSRF token once, on its first read (a new session after sign-in gets a new one);
  // a session that already has one gets it in the page (data-csrf).
  let token = form.dataset.csrf || '';
  async function csrfToken() {
    const answer = await fetch(AUTH, { credentials: 'same-origin', cache: 'no-store' });
    token = answer.headers.get('X-XSRF-TOKEN') || token;
    return token;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    result.className = 'result';
    result.textContent = '登入中…';
    button.disabled = true;
    try {
      const body = new URLSearchParams({ username: form.elements.username.value, password: form.elements.password.value });
      const answer = await fetch(AUTH + '/login/tasklist', {
        method: 'POST', credentials: 'same-origin', body,
        headers: { 'X-XSRF-TOKEN': await csrfToken(), 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      if (answer.ok) {
        await csrfToken();
        result.textContent = '登入成功，開啟頁面中…';
        window.location.assign(form.dataset.next || '/');
        return;
      }
      result.className = 'result error';
      if (answer.status === 401) {
        result.textContent = '帳號或密碼不正確，請再試一次。';
      } else if (answer.status === 403) {
        result.textContent = '登入頁面已逾時，請重新整理本頁後再登入。';
      } else {
        result.textContent = '登入失敗（HTTP ' + answer.status + '），請稍後再試。';
      }
    } catch (failure) {
      result.className = 'result error';
      result.textContent = '無法連線到系統，請檢查網路後再試。';
    } finally {
      button.disabled = false;
    }
  });
})();
