// Loaded by Admin as a custom script (see config.js, customScripts).
//
// The Camunda 8 migration banner concerns the system administrators only (the group
// camunda-admin): styles/user-styles.css hides it, and this script shows it again when the
// signed-in user belongs to camunda-admin. Anyone else with access to Admin never sees it.
(function () {
  // The webapps' REST API beside the app: /camunda/app/admin/… → /camunda/api.
  const API = window.location.pathname.split('/app/')[0] + '/api';

  function getJson(url) {
    return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        return response.ok ? response.json() : null;
      });
  }

  function check() {
    getJson(API + '/admin/auth/user/default')
      .then(function (user) {
        if (!user || !user.userId) {
          return [];
        }
        return getJson(API + '/engine/engine/default/group?member=' + encodeURIComponent(user.userId));
      })
      .then(function (groups) {
        const administrator = (groups || []).some(function (group) { return group.id === 'camunda-admin'; });
        document.body.classList.toggle('camunda-administrator', administrator);
      })
      .catch(function () {
        document.body.classList.remove('camunda-administrator');
      });
  }

  check();
  // A sign-in or sign-out inside Admin changes who is looking.
  window.addEventListener('hashchange', check);
})();
