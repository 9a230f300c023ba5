/**
 * The speaker view (?vue=orateur), in French, opened by S or the toolbar in
 * its own window: the slide shown to the class, its lesson step and minutes,
 * the notes in large type, what comes next, and a timer. It reads the slides
 * from its own copy of the page and follows the deck through deck-channel.
 */
import { stepsBySlide } from '../lib/slide-steps';
import { deckChannel, type DeckMessage } from './deck-channel';
import { uiStrings } from './ui-strings';

export function initSpeakerView(root: HTMLElement): void {
  const t = uiStrings();
  document.documentElement.classList.add('speaker-mode');
  const slides = [...root.querySelectorAll<HTMLElement>('.slides > section')];
  const ids = slides.map((s, i) => s.id || String(i));
  const lessonSteps = JSON.parse(document.querySelector('[data-lesson-steps]')?.textContent || '[]') as {
    title: string;
    minutes: number;
    slide?: string;
  }[];
  const steps = stepsBySlide(ids, lessonSteps);
  const titleOf = (slide: HTMLElement | undefined) =>
    slide?.querySelector('h1, h2')?.textContent?.trim() ?? '';

  const view = document.createElement('div');
  view.className = 'speaker';
  view.innerHTML = `
    <header class="speaker__head">
      <h1 class="speaker__title"></h1>
      <p class="speaker__count" data-count></p>
      <p class="speaker__timer"><span data-elapsed-label></span> <output data-elapsed>0:00</output>
        <button type="button" class="button" data-reset></button></p>
    </header>
    <p class="speaker__step" data-step></p>
    <h2 class="speaker__slide" data-slide-title></h2>
    <section class="speaker__notes" aria-labelledby="speaker-notes-h">
      <h3 id="speaker-notes-h" data-notes-title></h3>
      <div data-notes></div>
    </section>
    <p class="speaker__next" data-next></p>
    <p class="speaker__nav">
      <button type="button" class="button" data-go="-1"></button>
      <button type="button" class="button button--primary" data-go="1"></button>
    </p>
    <p class="speaker__waiting" data-waiting></p>`;
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => view.querySelector<T>(sel)!;
  $('.speaker__title').textContent = t('speaker.title');
  $('[data-elapsed-label]').textContent = t('speaker.elapsed');
  $('[data-reset]').textContent = t('speaker.reset');
  $('[data-notes-title]').textContent = t('speaker.notes');
  $('[data-go="-1"]').textContent = t('speaker.prev');
  $('[data-go="1"]').textContent = t('speaker.nextButton');
  $('[data-waiting]').textContent = t('speaker.waiting');
  document.body.prepend(view);
  document.title = `${t('speaker.title')} · ${document.title}`;

  const show = (index: number) => {
    const slide = slides[index];
    if (!slide) return;
    $('[data-waiting]').hidden = true;
    $('[data-count]').textContent = t('speaker.slide', { number: index + 1, total: slides.length });
    const step = steps[ids[index]!];
    $('[data-step]').textContent = step
      ? `${t('speaker.step', { number: step.number, title: step.title })} · ${t('speaker.minutes', { minutes: step.minutes })}`
      : t('speaker.noStep');
    $('[data-slide-title]').textContent = titleOf(slide);
    const notes = slide.querySelector(':scope > aside.notes');
    $('[data-notes]').innerHTML = notes ? notes.innerHTML : `<p>${t('speaker.noNotes')}</p>`;
    const following = slides[index + 1];
    $('[data-next]').textContent = following
      ? t('speaker.next', { title: titleOf(following) })
      : t('speaker.end');
  };

  let started = Date.now();
  const tick = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    $('[data-elapsed]').textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  };
  setInterval(tick, 1000);
  $('[data-reset]').addEventListener('click', () => {
    started = Date.now();
    tick();
  });

  const channel = deckChannel();
  channel?.addEventListener('message', (event: MessageEvent<DeckMessage>) => {
    if (typeof event.data.slide === 'number') show(event.data.slide);
  });
  view.addEventListener('click', (event) => {
    const go = (event.target as HTMLElement).closest<HTMLElement>('[data-go]')?.dataset['go'];
    if (go) channel?.postMessage({ go: Number(go) as 1 | -1 } satisfies DeckMessage);
  });
  document.addEventListener('keydown', (event) => {
    if (['ArrowRight', 'PageDown', ' '].includes(event.key)) channel?.postMessage({ go: 1 });
    if (['ArrowLeft', 'PageUp'].includes(event.key)) channel?.postMessage({ go: -1 });
  });
  channel?.postMessage({ hello: true } satisfies DeckMessage);
}
