// Records every script error of the page (window.consoleErrors): shown to the user, read by the browser tests.
window.consoleErrors = [];
window.addEventListener('error', function (e) {
  window.consoleErrors.push(String(e.message || e.type) + (e.filename ? ' @ ' + e.filename + ':' + e.lineno : ''));
}, true);
window.addEventListener('unhandledrejection', function (e) {
  window.consoleErrors.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
});
(function () {
  var original = console.error;
  console.error = function () {
    window.consoleErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return original.apply(console, arguments);
  };
})();
