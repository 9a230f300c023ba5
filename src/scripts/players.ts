/**
 * Starts the scenario and quiz players present on the page. The players are
 * separate chunks, fetched only when the page has one; a player inside a
 * closed <details> (a lesson step) starts when it is first opened.
 */
function start(root: HTMLElement) {
  if (root.matches('[data-scenario-player]')) {
    void import('./scenario-player').then((m) => m.initScenarioPlayer(root));
  } else {
    void import('./quiz-player').then((m) => m.initQuizPlayer(root));
  }
}

document.querySelectorAll<HTMLElement>('[data-scenario-player], [data-quiz-player]').forEach((root) => {
  const details = root.closest('details');
  if (!details || details.open) return start(root);
  details.addEventListener('toggle', () => details.open && start(root), { once: false });
});
