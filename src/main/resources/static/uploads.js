// The upload page: signs in with the same account as Tasklist (HTTP Basic, kept only in this page's memory)
// and sends the application's own API calls, showing progress and the answers in Traditional Chinese.
(function () {
  let credentials = null;

  const signInForm = document.getElementById('sign-in-form');
  const signInResult = document.getElementById('sign-in-result');

  signInForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const user = signInForm.user.value.trim();
    const candidate = 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(user + ':' + signInForm.password.value)));
    const answer = await fetch('/api/publications?status=IN_REVIEW',
      { headers: { Authorization: candidate, 'X-Requested-With': 'XMLHttpRequest' } });
    if (answer.status === 401) {
      show(signInResult, false, '帳號或密碼不正確。');
      return;
    }
    credentials = candidate;
    signInForm.hidden = true;
    signInForm.password.value = '';
    document.getElementById('user-name').textContent = user;
    document.getElementById('signed-in').hidden = false;
    show(signInResult, true, '');
  });

  document.getElementById('sign-out').addEventListener('click', () => {
    credentials = null;
    signInForm.hidden = false;
    document.getElementById('signed-in').hidden = true;
  });

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
    if (!credentials) {
      show(result, false, '請先登入。');
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
    request.setRequestHeader('Authorization', credentials);
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        progress.value = Math.round(e.loaded * 100 / e.total);
      }
    };
    request.onload = () => {
      progress.hidden = true;
      if (request.status >= 200 && request.status < 300) {
        show(result, true, done(form.dataset.done, request.responseText));
        form.reset();
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
        return '已送出公告複核，編號 ' + body.id + '。系統檢查完成後，複核人員會在任務清單收到「複核上網資訊」。';
      case 'replaced':
        return '附件已更換。請回任務清單完成「修正公告內容」，系統會重新檢查。';
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
