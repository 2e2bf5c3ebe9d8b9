// Runs before the first paint (a classic script in <head>; the CSP allows no inline script):
// marks the page as scripted (buttons that need a script are hidden without one), applies the
// stored theme, and hides the prerendered default view under a link with a query string, so a
// shared link never flashes the default view before the app shows its own.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-scripted', '');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) { /* storage blocked: follow the system */ }
  if (location.search.length > 1) root.setAttribute('data-pending', '');
})();
