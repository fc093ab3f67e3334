// Admin configuration: the shipped Camunda 7.24 default, with Traditional
// Chinese (Taiwan) added to the available locales and used as the fallback.
export default {
  // The header and the window title: 「安全維護會報 系統管理」 instead of 「Camunda Admin」.
  app: {
    name: '系統管理',
    vendor: '安全維護會報'
  },

  // The Camunda 8 migration banner only for the group camunda-admin (see the script).
  customScripts: ['scripts/banner-for-administrators.js'],

  locales: {
    availableLocales: ['zh-TW', 'zh', 'en'],
    fallbackLocale: 'zh-TW'
  }
};
