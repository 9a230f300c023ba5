/**
 * A scenario or quiz folded in a lesson step is not in the lesson's HTML (it weighed up to a
 * third of the page): the first time its <details> opens, the player is taken from the
 * activity's own page (saved with the lesson by "Préparer hors ligne"), its ids prefixed so two
 * players never share one, its headings moved under the step's. Without JavaScript, or if the
 * page cannot be fetched, the link to the full page stays.
 */
const REFS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];

function prefixIds(root: Element, prefix: string) {
  const ids = new Set<string>();
  for (const el of [root, ...root.querySelectorAll('[id]')]) {
    if (!el.id) continue;
    ids.add(el.id);
    el.id = `${prefix}${el.id}`;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[href^="#"]')) {
    const id = el.getAttribute('href')!.slice(1);
    if (ids.has(id)) el.setAttribute('href', `#${prefix}${id}`);
  }
  for (const name of REFS)
    for (const el of root.querySelectorAll(`[${name}]`)) {
      const value = el.getAttribute(name)!.split(/\s+/);
      el.setAttribute(name, value.map((id) => (ids.has(id) ? `${prefix}${id}` : id)).join(' '));
    }
}

/** Page headings start at h2; under a lesson step (h3) they start at h4. */
function demoteHeadings(root: Element, by: number) {
  for (const h of [...root.querySelectorAll('h2, h3, h4')]) {
    const level = Math.min(6, Number(h.tagName[1]) + by);
    const next = document.createElement(`h${level}`);
    for (const { name, value } of h.attributes) next.setAttribute(name, value);
    next.append(...h.childNodes);
    h.replaceWith(next);
  }
}

/** Adds the page's stylesheets this page lacks (players.css), once loaded. */
function addStyles(page: Document): Promise<unknown> {
  const have = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
  );
  const added = [...page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
    .map((l) => new URL(l.getAttribute('href')!, location.href).href)
    .filter((href) => !have.has(href))
    .map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
      return new Promise((done) => {
        link.addEventListener('load', done);
        link.addEventListener('error', done);
      });
    });
  return Promise.all(added);
}

/** Fills the embed from its page; resolves with the player's root, or undefined. */
export async function loadEmbed(details: HTMLDetailsElement): Promise<HTMLElement | undefined> {
  const slot = details.querySelector<HTMLElement>('[data-embed-slot]');
  const url = details.dataset['embed'];
  if (!slot || !url) return undefined;
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const player = page.querySelector<HTMLElement>('[data-scenario-player], [data-quiz-player]');
    if (!player) return undefined;
    player.querySelector('[data-facilitator]')?.remove();
    player.setAttribute('data-embedded', '');
    const ending = page.querySelector('[data-ending-help]');
    const parts = ending ? [player, ending] : [player];
    for (const part of parts) {
      prefixIds(part, `${details.dataset['embedPrefix']}--`);
      demoteHeadings(part, 2);
    }
    await addStyles(page);
    slot.replaceChildren(...parts.map((p) => document.adoptNode(p)));
    return slot.querySelector<HTMLElement>('[data-scenario-player], [data-quiz-player]') ?? undefined;
  } catch {
    return undefined;
  }
}
