// Tasklist configuration: the shipped Camunda 7.24 default, with Traditional
// Chinese (Taiwan) added to the available locales and used as the fallback.
export default {
  // The header and the window title: 「安全維護會報 待辦清單」 instead of 「Camunda Tasklist」.
  app: {
    name: '待辦清單',
    vendor: '安全維護會報'
  },

  // Keeps 完成 / 啟動 usable after editing a dynamic list; Camunda Forms' own messages,
  // date pickers and placeholders in Traditional Chinese (see each script).
  customScripts: ['scripts/dynamic-list-validity.js', 'scripts/forms-in-chinese.js'],

  locales: {
    availableLocales: ['zh-TW', 'zh', 'en'],
    fallbackLocale: 'zh-TW'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
