/**
 * Turns a scenario's linked text (ScenarioView) into a player:
 * - individual mode: one moment at a time, back, restart, the path taken;
 * - class mode (?mode=classe): large type, lettered choices, vote counters the
 *   facilitator taps, "show what happens" for the most voted choice, and a
 *   facilitator view (?vue=animateur, own window) that alone shows the notes
 *   and stays in step with the projected screen through a BroadcastChannel
 *   (same browser, same device: nothing leaves it);
 * - chat view: the conversation builds up message by message, choices are replies.
 * State lives in memory only.
 */
import { guessCountry } from '../lib/countries';
import {
  back,
  choose,
  current,
  mostVoted,
  restart,
  startRun,
  vote,
  type RunState,
} from '../lib/scenario-run';
import { phasesOf, scenarioStep, type ScenarioPhase } from '../lib/player-steps';
import { fillModeSwitch, showMode, showProjection, type Mode } from './player-modes';
import { onDeckStep, keepDeckKeys } from './deck-steps';
import { uiStrings } from './ui-strings';

export function initScenarioPlayer(root: HTMLElement): void {
  if (root.dataset['ready']) return;
  root.dataset['ready'] = 'true';
  const t = uiStrings();
  const text = root.querySelector<HTMLElement>('.scenario-text')!;
  const sections = new Map<string, HTMLElement>();
  text.querySelectorAll<HTMLElement>('[data-node]').forEach((s) => sections.set(s.dataset['node']!, s));
  const start = text.querySelector<HTMLElement>('.moment')!.dataset['node']!;
  const embedded = root.hasAttribute('data-embedded');
  const printing = new URLSearchParams(location.search).has('print-pdf');
  // In a slide there is room for one moment at a time: no growing transcript.
  const chat = text.dataset['view'] === 'chat' && root.dataset['mode'] !== 'classe';
  const params = new URLSearchParams(location.search);
  let mode: Mode =
    (root.dataset['mode'] as Mode) ?? (params.get('mode') === 'classe' ? 'classe' : 'individuel');
  const facilitatorView = !embedded && params.get('vue') === 'animateur';
  const channel =
    !embedded && 'BroadcastChannel' in window
      ? new BroadcastChannel(`parlons-en:${location.pathname}`)
      : null;
  let state: RunState = startRun(start);
  // In a slide, one step of the current moment at a time (see player-steps).
  let phase: ScenarioPhase = 'situation';
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  // Choices become buttons: they change the page in place, they do not navigate.
  for (const section of sections.values()) {
    section.querySelectorAll<HTMLAnchorElement>('a[data-to]').forEach((link, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.dataset['to'] = link.dataset['to']!;
      button.dataset['index'] = String(i);
      const letter = document.createElement('span');
      letter.className = 'choice__letter';
      letter.textContent = String.fromCharCode(65 + i);
      letter.setAttribute('aria-hidden', 'true');
      button.append(letter, ' ', link.textContent!.trim());
      const votes = document.createElement('span');
      votes.className = 'votes';
      votes.innerHTML = `<button type="button" class="vote" data-vote="-1"></button><output aria-live="off">0</output><button type="button" class="vote" data-vote="1"></button>`;
      const [minus, plus] = votes.querySelectorAll('button');
      minus!.setAttribute('aria-label', t('scenario.voteLess', { letter: letter.textContent }));
      minus!.textContent = '−';
      plus!.setAttribute('aria-label', t('scenario.voteMore', { letter: letter.textContent }));
      plus!.textContent = '+';
      link.replaceWith(button, votes);
    });
    section.querySelectorAll('[data-restart]').forEach((el) => el.closest('p')?.remove());
    const heading = section.querySelector<HTMLElement>('.moment__title, .ending__title');
    if (heading) heading.tabIndex = -1;
  }

  // Toolbar: mode, back, restart, path; a live region for announcements.
  const bar = document.createElement('div');
  bar.className = 'player-bar';
  bar.innerHTML = `
    <div class="player-bar__modes" role="group"></div>
    <div class="player-bar__actions">
      <button type="button" class="button" data-action="back"></button>
      <button type="button" class="button" data-action="restart"></button>
      <button type="button" class="button button--primary" data-action="reveal"></button>
      <button type="button" class="button" data-action="facilitator"></button>
    </div>
    <p class="player-path"></p>
    <p class="visually-hidden" role="status" aria-live="polite"></p>`;
  const modes = bar.querySelector<HTMLElement>('.player-bar__modes')!;
  fillModeSwitch(modes, t);
  const actions = new Map(
    [...bar.querySelectorAll<HTMLButtonElement>('[data-action]')].map((b) => [b.dataset['action']!, b]),
  );
  const button = (action: string) => actions.get(action)!;
  button('back').textContent = t('player.back');
  button('restart').textContent = t('player.restart');
  if (embedded && root.closest('.reveal, [data-deck]')) {
    // In a slide: back and restart are small signs beside the title; the reveal follows the choices.
    for (const [action, sign] of [
      ['back', '←'],
      ['restart', '↺'],
    ] as const) {
      button(action).setAttribute('aria-label', button(action).textContent!.replace(/^← /, ''));
      button(action).title = button(action).getAttribute('aria-label')!;
      button(action).textContent = sign;
    }
  }
  button('reveal').textContent = t('scenario.reveal');
  button('facilitator').textContent = t('scenario.openFacilitator');
  const pathLine = bar.querySelector<HTMLElement>('.player-path')!;
  const live = bar.querySelector<HTMLElement>('[role="status"]')!;
  root.prepend(bar);
  if (embedded) root.append(button('reveal'));
  root.classList.add('is-playing', chat ? 'is-chat' : 'is-story');
  if (facilitatorView) root.classList.add('is-facilitator');

  // One help box, moved under whichever ending is reached.
  const help = root.parentElement?.querySelector<HTMLElement>('[data-ending-help]') ?? null;
  const select = help?.querySelector<HTMLSelectElement>('[data-country-select]');
  if (help && select) {
    const guessed = guessCountry(navigator.languages);
    if (guessed && [...select.options].some((o) => o.value === guessed)) select.value = guessed;
    const showCountry = () =>
      help.querySelectorAll<HTMLElement>('[data-country]').forEach((list) => {
        list.hidden = list.dataset['country'] !== select.value;
      });
    select.addEventListener('change', showCountry);
    showCountry();
  }

  const titleOf = (id: string) =>
    sections.get(id)?.querySelector('.moment__title, .ending__title')?.textContent?.trim() ?? id;

  function render(focus: boolean) {
    const here = current(state);
    const onPath = new Set(state.path);
    for (const [id, section] of sections) {
      const visible = chat ? onPath.has(id) : id === here;
      section.hidden = !visible;
      section.classList.toggle('is-current', id === here);
      // In the chat transcript, earlier moments keep only the reply that was chosen.
      const next = state.path[state.path.indexOf(id) + 1];
      section.querySelectorAll<HTMLElement>('.choices > li').forEach((li) => {
        const choice = li.querySelector<HTMLButtonElement>('.choice')!;
        const isPast = id !== here;
        li.hidden = isPast && choice.dataset['to'] !== next;
        choice.disabled = isPast;
        choice.classList.toggle('is-chosen', isPast && choice.dataset['to'] === next);
        const output = li.querySelector('output');
        const index = Number(choice.dataset['index']);
        if (output) output.textContent = String(id === here ? (state.votes[index] ?? 0) : 0);
      });
      const ask = section.querySelector<HTMLElement>('.moment__ask');
      if (ask) ask.hidden = id !== here;
    }
    const section = sections.get(here)!;
    const ending = section.hasAttribute('data-ending');
    // Printed (?print-pdf), the slide keeps the whole first moment: no steps.
    if (embedded && !printing) {
      root.dataset['phase'] = phase;
      root.dataset['phases'] = phasesHere().join(' ');
    }
    if (help) {
      help.hidden = !ending;
      if (ending) section.append(help);
    }
    button('back').disabled = state.path.length === 1;
    button('reveal').hidden = mode !== 'classe' || ending;
    button('reveal').disabled = mostVoted(state.votes) === undefined;
    button('facilitator').hidden = mode !== 'classe' || embedded || facilitatorView || !channel;
    showMode(modes, mode);
    showProjection(root, mode);
    root.classList.toggle('mode-classe', mode === 'classe');
    pathLine.textContent = t('player.path', { path: state.path.map(titleOf).join(' → ') });
    if (chat && focus) revealMessages(section);
    if (focus) {
      live.textContent = ending
        ? t('scenario.reached', {
            title: titleOf(here),
            outcome: section.querySelector('.ending__kind')?.textContent?.trim() ?? '',
          })
        : titleOf(here);
      section.querySelector<HTMLElement>('.moment__title, .ending__title')?.focus({ preventScroll: chat });
      if (chat) section.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
    }
  }

  // Chat view: the new moment's bubbles appear one after the other.
  function revealMessages(section: HTMLElement) {
    const bubbles = [...section.querySelectorAll<HTMLElement>('.bubble')];
    const choices = section.querySelector<HTMLElement>('.choices');
    if (reduceMotion || bubbles.length === 0) return;
    bubbles.forEach((b) => b.classList.add('is-waiting'));
    choices?.classList.add('is-waiting');
    bubbles.forEach((b, i) =>
      setTimeout(
        () => {
          b.classList.remove('is-waiting');
          if (i === bubbles.length - 1) choices?.classList.remove('is-waiting');
        },
        450 * (i + 1),
      ),
    );
  }

  function update(next: RunState, focus = true, broadcast = true) {
    // A new moment starts on its first step; votes alone keep the step.
    const moved = current(next) !== current(state) || next.path.length !== state.path.length;
    state = next;
    if (moved) phase = phasesHere()[0]!;
    render(focus);
    if (broadcast) channel?.postMessage({ path: state.path, votes: state.votes, mode });
  }

  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const voteButton = target.closest<HTMLButtonElement>('.vote');
    if (voteButton) {
      const choice = voteButton.closest('li')!.querySelector<HTMLButtonElement>('.choice')!;
      update(vote(state, Number(choice.dataset['index']), Number(voteButton.dataset['vote'])), false);
      return;
    }
    const choice = target.closest<HTMLButtonElement>('.choice');
    if (choice && !choice.disabled) return update(choose(state, choice.dataset['to']!));
    // Only the switch's buttons: an embedded player's root carries data-mode too.
    const modeButton = target.closest<HTMLButtonElement>('button[data-mode]');
    if (modeButton) {
      mode = modeButton.dataset['mode'] as Mode;
      return update(state, false);
    }
    switch (target.closest<HTMLElement>('[data-action]')?.dataset['action']) {
      case 'back':
        return update(back(state));
      case 'restart':
        return update(restart(state));
      case 'reveal':
        return reveal();
      case 'facilitator': {
        const url = new URL(location.href);
        url.searchParams.set('mode', 'classe');
        url.searchParams.set('vue', 'animateur');
        window.open(url.href, 'parlons-en-animateur', 'popup,width=900,height=700');
        channel?.postMessage({ path: state.path, votes: state.votes, mode });
        return;
      }
    }
  });

  function reveal() {
    const best = mostVoted(state.votes);
    const section = sections.get(current(state))!;
    const to = section.querySelector<HTMLElement>(`.choice[data-index="${best}"]`)?.dataset['to'];
    if (to) update(choose(state, to));
  }

  /** The steps of the current node, from what it holds. */
  function phasesHere(): ScenarioPhase[] {
    const section = sections.get(current(state))!;
    return phasesOf({
      ending: section.hasAttribute('data-ending'),
      text: section.querySelector(':scope > p:not(.moment__ask, .ending__kind)') !== null,
      messages: section.querySelector(':scope > .chat') !== null,
    });
  }

  keepDeckKeys(root);
  if (embedded) {
    onDeckStep(root, (direction) => {
      const step = scenarioStep(
        {
          phases: phasesHere(),
          phase,
          hasVotes: mostVoted(state.votes) !== undefined,
          atStart: state.path.length === 1,
        },
        direction,
      );
      if (step.do === 'leave') return false;
      if (step.do === 'phase') {
        phase = step.phase;
        update(state, false);
      } else if (step.do === 'reveal') reveal();
      else {
        update(back(state), false);
        phase = phasesHere().at(-1)!;
        update(state, false);
      }
      return true;
    });
  }

  channel?.addEventListener(
    'message',
    (event: MessageEvent<{ path: string[]; votes: number[]; mode: Mode; hello?: true }>) => {
      const data = event.data;
      // A window that just opened asks where the others are.
      if (data?.hello) return channel.postMessage({ path: state.path, votes: state.votes, mode });
      if (!data?.path?.every((id) => sections.has(id))) return;
      mode = data.mode;
      update({ path: data.path, votes: data.votes }, false, false);
    },
  );

  render(false);
  channel?.postMessage({ hello: true });
}
