// Loaded by Tasklist as a custom script (see config.js, customScripts).
//
// Camunda Forms (form-js 1.8.7 inside Tasklist 7.24) show their own messages in English and have
// no translation hook (bpmn-io/form-js#443): 「Field is required.」, 「Select」, 「Search」, the
// date picker's months and weekdays, the placeholders of dates and times. This script watches the
// forms (and their date pickers) and rewrites each of these texts into Traditional Chinese as
// soon as form-js writes it. Beside a chosen date it shows the date in ROC years
// (「民國115年12月3日」). The form's values are never touched: what is submitted stays as it was.
(function () {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  const MONTHS_SHORT = MONTHS.map(function (m) { return m.substring(0, 3); });
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const CHINESE_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

  // Whole texts (trimmed) as form-js writes them, and what a civil servant reads instead.
  const TEXTS = [
    [/^Field is required\.$/, '此欄位必須填寫。'],
    [/^Field must have minimum length of (\d+)\.$/, '至少須填寫$1個字。'],
    [/^Field must have maximum length of (\d+)\.$/, '最多只能填寫$1個字。'],
    [/^Field must have minimum value of (.+)\.$/, '不得小於$1。'],
    [/^Field must have maximum value of (.+)\.$/, '不得大於$1。'],
    [/^Field must match pattern .*$/, '格式不正確。'],
    [/^Field must be a valid\s+international phone number\..*$/, '請填寫有效的國際電話號碼（例如 +886223456789）。'],
    [/^Field must be a valid email\.$/, '請填寫有效的電子郵件地址。'],
    [/^Value is not a number\.$/, '請填寫數字。'],
    [/^Value is expected to be an integer\.$/, '請填寫整數。'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, '小數最多$1位。'],
    [/^Please select a valid value, the two nearest valid values are (\S+) and (\S+)\.$/, '數值不符合間隔，最接近的有效值為$1或$2。'],
    [/^Select$/, '請選擇'],
    [/^Search$/, '搜尋'],
    [/^No results$/, '查無符合的選項'],
    [/^All values selected$/, '已全部選取'],
    [/^Nothing to show\.$/, '沒有資料。'],
    [/^Add new$/, '新增一筆'],
    [/^Collapse$/, '收合'],
    [/^Expand all \((\d+)\)$/, '全部展開（$1）'],
    [/^Remove tag$/, '移除'],
    [/^hh:mm$/, '時:分'],
    [/^hh:mm \?m$/, '時:分 上午或下午'],
    [/^(AM|am)$/, '上午'],
    [/^(PM|pm)$/, '下午']
  ];
  MONTHS.forEach(function (month, i) {
    TEXTS.push([new RegExp('^' + month + '$'), (i + 1) + '月']);
    TEXTS.push([new RegExp('^' + MONTHS_SHORT[i] + '$'), (i + 1) + '月']);
  });
  WEEKDAYS.forEach(function (day, i) {
    TEXTS.push([new RegExp('^' + day + '$'), CHINESE_WEEKDAYS[i]]);
  });

  const ATTRIBUTES = ['placeholder', 'title'];
  const SCOPE = '.fjs-container, .flatpickr-calendar';

  /** The Chinese for one text form-js wrote, or null when it is not one of its own. */
  function translate(text) {
    const trimmed = text.trim();
    if (!trimmed) {
      return null;
    }
    for (let i = 0; i < TEXTS.length; i++) {
      if (TEXTS[i][0].test(trimmed)) {
        return text.replace(trimmed, trimmed.replace(TEXTS[i][0], TEXTS[i][1]));
      }
    }
    // The date picker's placeholder follows the browser's date format: mm/dd/yyyy, yyyy/mm/dd, …
    if (/^[dmy]+([./-][dmy]+)+$/.test(trimmed) && /yy/.test(trimmed)) {
      return trimmed.replace(/y+/, '西元年').replace(/m+/, '月').replace(/d+/, '日');
    }
    return null;
  }

  function inScope(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return !!(element && element.closest(SCOPE));
  }

  function rewriteText(node) {
    const chinese = translate(node.data);
    if (chinese !== null && chinese !== node.data) {
      node.data = chinese;
    }
  }

  function rewriteAttributes(element) {
    ATTRIBUTES.forEach(function (name) {
      const value = element.getAttribute(name);
      const chinese = value && translate(value);
      if (chinese && chinese !== value) {
        element.setAttribute(name, chinese);
      }
    });
  }

  function rewrite(root) {
    if (root.nodeType === Node.TEXT_NODE) {
      if (inScope(root)) {
        rewriteText(root);
      }
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    const within = root.closest(SCOPE) ? [root] : Array.prototype.slice.call(root.querySelectorAll(SCOPE));
    within.forEach(function (element) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      let node = element;
      while (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          rewriteText(node);
        } else {
          rewriteAttributes(node);
        }
        node = walker.nextNode();
      }
    });
  }

  /** 「民國115年12月3日」 for a date of the Gregorian calendar. */
  function rocDate(date) {
    return '民國' + (date.getFullYear() - 1911) + '年' + (date.getMonth() + 1) + '月' + date.getDate() + '日';
  }

  /** Beside each date picker with a date: the date in ROC years (drawn by CSS from data-roc-date). */
  function showRocDates() {
    document.querySelectorAll('.fjs-container .fjs-datepicker input.fjs-input').forEach(function (input) {
      const picker = input._flatpickr;
      const section = input.closest('.fjs-datetime-subsection');
      if (!section) {
        return;
      }
      const date = picker && input.value && picker.selectedDates[0];
      const hint = date ? rocDate(date) : '';
      if ((section.getAttribute('data-roc-date') || '') !== hint) {
        if (hint) {
          section.setAttribute('data-roc-date', hint);
        } else {
          section.removeAttribute('data-roc-date');
        }
      }
    });
  }

  let pending = false;
  function later() {
    if (!pending) {
      pending = true;
      window.setTimeout(function () {
        pending = false;
        showRocDates();
      }, 0);
    }
  }

  const observer = new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(rewrite);
      } else if (mutation.type === 'characterData') {
        if (inScope(mutation.target)) {
          rewriteText(mutation.target);
        }
      } else if (mutation.type === 'attributes' && inScope(mutation.target)) {
        rewriteAttributes(mutation.target);
      }
    });
    later();
  });

  function start() {
    rewrite(document.body);
    observer.observe(document.body, {
      childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
    });
    ['input', 'change', 'focusout', 'click', 'keyup'].forEach(function (type) {
      document.addEventListener(type, later, true);
    });
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
