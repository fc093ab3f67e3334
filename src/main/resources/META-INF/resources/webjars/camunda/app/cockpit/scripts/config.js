// Cockpit configuration: the shipped Camunda 7.24 default, with Traditional
// Chinese (Taiwan) added to the available locales and used as the fallback.
export default {
  // The header and the window title: 「安全維護會報 監控」 instead of 「Camunda Cockpit」.
  app: {
    name: '監控',
    vendor: '安全維護會報'
  },

  locales: {
    availableLocales: ['zh-TW', 'zh', 'en'],
    fallbackLocale: 'zh-TW'
  }
};
