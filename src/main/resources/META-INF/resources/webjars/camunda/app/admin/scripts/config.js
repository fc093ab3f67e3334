// Admin configuration: the shipped Camunda 7.24 default, with Traditional
// Chinese (Taiwan) added to the available locales and used as the fallback.
export default {
  // The Camunda 8 migration banner only for the group camunda-admin (see the script).
  customScripts: ['scripts/banner-for-administrators.js'],

  locales: {
    availableLocales: ['zh-TW', 'zh', 'en'],
    fallbackLocale: 'zh-TW'
  }
};
