/**
 * The help slide shows the class's country: the presenter picks it, and the
 * choice stays on this device (localStorage), guessed from the browser's
 * language the first time. Services that work everywhere always show.
 */
import { guessCountry } from '../lib/countries';

const KEY = 'parlons-en:pays-de-la-classe';

export function initDeckCountry(root: HTMLElement): void {
  const picker = root.querySelector<HTMLElement>('[data-help-countries]');
  if (!picker) return;
  const buttons = [...picker.querySelectorAll<HTMLButtonElement>('[data-country-pick]')];
  const known = buttons.map((b) => b.dataset['countryPick']!);
  const stored = readStored();
  const guessed = guessCountry(navigator.languages);
  const first = [stored, guessed].find((c) => c && known.includes(c)) ?? known[0]!;
  const pick = (country: string, remember: boolean) => {
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['countryPick'] === country)));
    root.querySelectorAll<HTMLElement>('[data-help-country]').forEach((group) => {
      // A group may serve several countries ("BE FR" for a shared 112).
      const served = (group.dataset['helpCountry'] ?? '').split(' ');
      group.hidden = !served.includes(country) && !served.includes('intl');
    });
    if (remember) {
      try {
        localStorage.setItem(KEY, country);
      } catch {
        // Private browsing: the choice lasts for this page only.
      }
    }
  };
  picker.hidden = false;
  picker.addEventListener('click', (event) => {
    const country = (event.target as HTMLElement).closest<HTMLElement>('[data-country-pick]')?.dataset[
      'countryPick'
    ];
    if (country) pick(country, true);
  });
  pick(first, false);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
