// Loaded by Tasklist as a custom script (see config.js, customScripts).
//
// Camunda 7.24 Tasklist keeps the 完成 / 啟動 button disabled for good once a field inside a
// form-js dynamic list (e.g. the items of 「登錄會報決議事項」) has been edited: form-js records
// the validation of a repeated field as errors[fieldId] = [] (one slot per repetition, empty when
// valid) and Tasklist counts the keys of that object. This re-checks after form-js has rendered:
// the form stays invalid only while a field actually shows an error. Completing still runs
// form-js' full validation first, and the engine checks everything again.
const angular = window.angular;

angular.module('cam.tasklist.form').config([
  '$provide',
  function ($provide) {
    $provide.decorator('camTasklistFormDirective', [
      '$delegate',
      function ($delegate) {
        const directive = $delegate[0];
        const original = directive.controller;
        const construct = original[original.length - 1];
        directive.controller = original.slice(0, -1).concat([
          '$element',
          '$timeout',
          function () {
            const args = Array.prototype.slice.call(arguments, 0, original.length - 1);
            const $element = arguments[original.length - 1];
            const $timeout = arguments[original.length];
            construct.apply(this, args);
            const scope = args[0];
            const notify = this.notifyFormValidated;
            const controller = this;
            this.notifyFormValidated = function (invalid) {
              notify.call(controller, invalid);
              const form = scope.tasklistForm;
              if (invalid && form && form.type === 'camunda-forms' && !form.$error) {
                $timeout(function () {
                  if (scope.$invalid && !$element[0].querySelector('.fjs-form .fjs-has-errors')) {
                    notify.call(controller, false);
                  }
                }, 0);
              }
            };
          }
        ]);
        return $delegate;
      }
    ]);
  }
]);
