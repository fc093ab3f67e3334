// Cockpit configuration: the shipped Camunda 7.24 default, with Traditional
// Chinese (Taiwan) added to the available locales and used as the fallback.
export default {
  locales: {
    availableLocales: ['zh-TW', 'zh', 'en'],
    fallbackLocale: 'zh-TW'
  }
};
