/**
 * Starts the scenario and quiz players present on the page. The players are
 * separate chunks, fetched only when the page has one; a player folded in a
 * lesson step (<details data-embed>) is fetched from its own page and started
 * when the step's <details> is first opened.
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

document.querySelectorAll<HTMLDetailsElement>('details[data-embed]').forEach((details) => {
  let loading: Promise<unknown> | undefined;
  const open = () => {
    if (!details.open || loading) return;
    loading = import('./embed-load')
      .then((m) => m.loadEmbed(details))
      .then((root) => {
        if (root) start(root);
        else loading = undefined;
      });
  };
  details.addEventListener('toggle', open);
  open();
});
