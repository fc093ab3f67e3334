// The upload page: signed in like every page (a signed-out browser is sent to /sign-in and back; the
// Camunda webapps' session, no password on this page), sends the application's own API calls with the
// session's CSRF token, and shows progress and the answers in Traditional Chinese.
(function () {
  let session = null;

  const signedIn = document.getElementById('signed-in');
  const signedOut = document.getElementById('signed-out');
  const signInResult = document.getElementById('sign-in-result');

  loadSession();

  async function loadSession() {
    try {
      let answer = await fetchSession();
      if (answer && !answer.csrfToken) {
        // Just signed in: the webapps give the session its CSRF token on their next request.
        await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
        answer = await fetchSession();
      }
      session = answer;
    } catch (unreachable) {
      show(signInResult, false, '無法連線到系統，請稍後重新整理本頁。');
      return;
    }
    if (!session) {
      signedOut.hidden = false;
      return;
    }
    document.getElementById('user-name').textContent = session.name;
    document.getElementById('user-id').textContent = session.userId;
    signedIn.hidden = false;
    for (const select of document.querySelectorAll('select[name=unit]')) {
      for (const unit of session.units) {
        select.add(new Option(unit.name, unit.id));
      }
      if (session.units.length === 1) {
        select.value = session.units[0].id;
      }
    }
  }

  async function fetchSession() {
    const answer = await fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' });
    if (answer.status === 401) {
      return null;
    }
    if (!answer.ok) {
      throw new Error('session ' + answer.status);
    }
    return answer.json();
  }

  for (const form of document.querySelectorAll('form[data-action]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      send(form);
    });
  }

  function send(form) {
    const section = form.closest('section');
    const result = section.querySelector('.result');
    const progress = section.querySelector('progress');
    if (!session) {
      show(result, false, '請先在待辦清單登入，再重新整理本頁。');
      return;
    }
    const data = new FormData();
    let path = form.dataset.action;
    for (const field of form.elements) {
      if (!field.name) {
        continue;
      }
      if (field.name === 'id') {
        path = path.replace('{id}', encodeURIComponent(field.value));
      } else if (field.type === 'file') {
        for (const file of field.files) {
          data.append(field.name, file);
        }
      } else if (field.value !== '') {
        data.append(field.name, field.value);
      }
    }
    const request = new XMLHttpRequest();
    request.open(form.dataset.method, path);
    request.setRequestHeader('X-XSRF-TOKEN', session.csrfToken || '');
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        progress.value = Math.round(e.loaded * 100 / e.total);
      }
    };
    request.onload = () => {
      progress.hidden = true;
      if (request.status >= 200 && request.status < 300) {
        show(result, true, done(form.dataset.done, request.responseText));
        const unit = form.querySelector('select[name=unit]');
        const chosen = unit ? unit.value : null;
        form.reset();
        if (unit) {
          unit.value = chosen;
        }
      } else if (request.status === 401) {
        show(result, false, '登入已逾時，請在待辦清單重新登入後重新整理本頁；檔案沒有送出。');
      } else {
        showProblem(result, request.status, request.responseText);
      }
    };
    request.onerror = () => {
      progress.hidden = true;
      show(result, false, '無法連線到系統，檔案沒有送出，請稍後再試。');
    };
    progress.value = 0;
    progress.hidden = false;
    show(result, true, '上傳中…');
    request.send(data);
  }

  function done(kind, text) {
    const body = text ? JSON.parse(text) : {};
    switch (kind) {
      case 'publication':
        return '已送出公告複核，編號 ' + body.id + '。系統檢查完成後，複核人員會在待辦清單收到「複核上網資訊」。';
      case 'replaced':
        return '附件已更換。請回待辦清單完成「修正公告內容」，系統會重新檢查。';
      default:
        return '證據已登錄，編號 ' + body.id + '，SHA-256：' + body.sha256;
    }
  }

  function showProblem(element, status, text) {
    let problem = {};
    try {
      problem = JSON.parse(text);
    } catch (notJson) {
      problem = {};
    }
    const message = problem.title || (status === 413 ? '檔案過大' : '送出失敗');
    element.className = 'result error';
    element.textContent = message + '：' + (problem.detail || '請檢查輸入後再試。');
    if (Array.isArray(problem.errors) && problem.errors.length > 1) {
      const list = document.createElement('ul');
      for (const error of problem.errors) {
        const item = document.createElement('li');
        item.textContent = error.message;
        list.appendChild(item);
      }
      element.textContent = message + '：';
      element.appendChild(list);
    }
  }

  function show(element, ok, text) {
    element.className = 'result ' + (ok ? 'ok' : 'error');
    element.textContent = text;
  }
})();
