/*
 * Reading preferences (D7): font size 大/中/小 and elder mode, remembered per site in
 * localStorage. Loaded as a classic external script in <head> (CSP script-src 'self'), so the
 * stored choice is on <html> before the first paint. Everything else is progressive
 * enhancement: without JavaScript the page reads the same at the default size.
 */
(function () {
  var root = document.documentElement;
  var FONT = 'jiyue.font';
  var ELDER = 'jiyue.elder';

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try {
      if (value) window.localStorage.setItem(key, value);
      else window.localStorage.removeItem(key);
    } catch (e) { /* private mode: the choice lasts for this page only */ }
  }

  function apply() {
    var font = load(FONT);
    if (font === 'large' || font === 'small') root.setAttribute('data-font', font);
    else root.removeAttribute('data-font');
    if (load(ELDER) === '1') root.setAttribute('data-elder', '');
    else root.removeAttribute('data-elder');
  }

  function sync() {
    var font = root.getAttribute('data-font') || 'medium';
    var elder = root.hasAttribute('data-elder');
    var buttons = document.querySelectorAll('[data-set-font], [data-toggle-elder]');
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      var pressed = b.hasAttribute('data-toggle-elder') ? elder : b.getAttribute('data-set-font') === font;
      b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    }
  }

  root.setAttribute('data-js', '');
  apply();

  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('[data-set-font], [data-toggle-elder], [data-print]') : null;
    if (!button) return;
    if (button.hasAttribute('data-print')) return window.print();
    if (button.hasAttribute('data-toggle-elder')) save(ELDER, root.hasAttribute('data-elder') ? '' : '1');
    else save(FONT, button.getAttribute('data-set-font') === 'medium' ? '' : button.getAttribute('data-set-font'));
    apply();
    sync();
  });
  document.addEventListener('DOMContentLoaded', sync);
  // Another tab of the same site changed the setting.
  window.addEventListener('storage', function () { apply(); sync(); });
})();
