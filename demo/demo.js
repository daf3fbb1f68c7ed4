// The demo page's language and theme switches: they set `lang` and `theme` on every widget.
const widgets = () => document.querySelectorAll('cg-readiness-quiz, cg-partner-finder, cg-funding-list, cg-door-openers, cg-insights');
const lang = document.getElementById('lang');
const theme = document.getElementById('theme');
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
});
theme.addEventListener('change', () => {
  document.body.dataset.theme = theme.value;
  for (const widget of widgets()) widget.setAttribute('theme', theme.value);
});
