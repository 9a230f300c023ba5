/**
 * Turns a quiz's readable version (QuizView) into a quiz played one question
 * at a time. Individual mode: answer, read the feedback for what you chose
 * and the explanation, go on. Class mode (?mode=classe): the room votes, the
 * facilitator taps the counters, then reveals the answer. The end shows what
 * to remember, never a grade. Answers stay in memory; nothing is stored.
 */
import { isAnswerRight, tallyQuiz, type NormalizedQuestion } from '../lib/quiz';
import { quizStep, rememberPages, type QuizStage } from '../lib/player-steps';
import { keepDeckKeys, onDeckStep } from './deck-steps';
import { fillModeSwitch, showMode, showProjection, type Mode } from './player-modes';
import { uiStrings } from './ui-strings';

export function initQuizPlayer(root: HTMLElement): void {
  if (root.dataset['ready']) return;
  root.dataset['ready'] = 'true';
  const t = uiStrings();
  const items = [...root.querySelectorAll<HTMLElement>('.question')];
  const remember = root.querySelector<HTMLElement>('.quiz-remember')!;
  let mode: Mode =
    (root.dataset['mode'] as Mode) ??
    (new URLSearchParams(location.search).get('mode') === 'classe' ? 'classe' : 'individuel');
  let index = 0;
  // In a deck, each question shows its options, then its answer, then its explanation.
  let stage: QuizStage = 'question';
  const embedded = root.hasAttribute('data-embedded');
  const points = [...remember.querySelectorAll<HTMLElement>(':scope > ul > li')];
  const pages = embedded
    ? rememberPages(points.map((li) => li.textContent ?? ''))
    : [points.map((_, i) => i)];
  let page = 0;
  const answers = new Map<string, string[]>();

  // The same shape the tally needs, read back from the page.
  const questions: NormalizedQuestion[] = items.map((item) => ({
    id: item.dataset['question']!,
    kind: 'single',
    prompt: item.querySelector('.question__prompt')!.textContent!,
    explanation: '',
    multiple: item.hasAttribute('data-multiple'),
    options: [...item.querySelectorAll<HTMLElement>('.options > li')].map((li) => ({
      value: li.dataset['value']!,
      label: { text: li.textContent!.trim() },
      correct: li.hasAttribute('data-correct'),
      feedback: li.dataset['feedback']!,
    })),
  }));

  // Each option list becomes a form: buttons for one answer, boxes for several.
  items.forEach((item, qi) => {
    const q = questions[qi]!;
    const list = item.querySelector<HTMLElement>('.options')!;
    const form = document.createElement('form');
    form.className = 'answer-form';
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'visually-hidden';
    legend.textContent = q.prompt;
    fieldset.append(legend);
    q.options.forEach((o, oi) => {
      const row = document.createElement('div');
      row.className = 'option';
      row.dataset['value'] = o.value;
      const letter = String.fromCharCode(65 + oi);
      const label = (o.label as { text: string }).text;
      if (q.multiple) {
        row.innerHTML = `<label><input type="checkbox" name="${q.id}" value="${o.value}"> <span class="choice__letter" aria-hidden="true">${letter}</span> </label>`;
        row.querySelector('label')!.append(label);
      } else {
        const b = document.createElement('button');
        b.type = 'submit';
        b.className = 'choice';
        b.value = o.value;
        b.innerHTML = `<span class="choice__letter" aria-hidden="true">${letter}</span> `;
        b.append(label);
        row.append(b);
      }
      const votes = document.createElement('span');
      votes.className = 'votes';
      votes.innerHTML = `<button type="button" class="vote" data-vote="-1">−</button><output>0</output><button type="button" class="vote" data-vote="1">+</button>`;
      votes.querySelector('[data-vote="-1"]')!.setAttribute('aria-label', t('scenario.voteLess', { letter }));
      votes.querySelector('[data-vote="1"]')!.setAttribute('aria-label', t('scenario.voteMore', { letter }));
      const verdict = document.createElement('p');
      verdict.className = 'option__verdict';
      verdict.hidden = true;
      row.append(votes, verdict);
      fieldset.append(row);
    });
    form.append(fieldset);
    if (q.multiple) {
      const submit = document.createElement('button');
      submit.type = 'submit';
      submit.className = 'button button--primary';
      submit.dataset['submit'] = '';
      submit.textContent = t('quiz.check');
      form.append(submit);
    }
    const reveal = document.createElement('button');
    reveal.type = 'button';
    reveal.className = 'button button--primary';
    reveal.dataset['reveal'] = '';
    reveal.textContent = t('quiz.reveal');
    form.append(reveal);
    list.replaceWith(form);
    const details = item.querySelector<HTMLDetailsElement>('details.answer')!;
    details.hidden = true;
    const next = document.createElement('button');
    next.type = 'button';
    next.className = 'button button--primary';
    next.dataset['next'] = '';
    next.hidden = true;
    next.textContent = qi === items.length - 1 ? t('quiz.finish') : t('quiz.next');
    item.append(next);
    const heading = item.querySelector<HTMLElement>('.question__prompt')!;
    heading.tabIndex = -1;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (mode === 'classe') return;
      const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      const chosen = q.multiple
        ? [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)
        : submitter?.value
          ? [submitter.value]
          : [];
      if (chosen.length === 0) {
        live.textContent = t('quiz.pickOne');
        return;
      }
      answers.set(q.id, chosen);
      showAnswer(qi, chosen);
    });
    reveal.addEventListener('click', () => showAnswer(qi, []));
    form.addEventListener('click', (event) => {
      const v = (event.target as HTMLElement).closest<HTMLButtonElement>('.vote');
      if (!v) return;
      const output = v.parentElement!.querySelector('output')!;
      output.textContent = String(Math.max(0, Number(output.textContent) + Number(v.dataset['vote'])));
    });
    next.addEventListener('click', () => (embedded ? move(1) : show(qi + 1)));
  });

  function showAnswer(qi: number, chosen: string[]) {
    const item = items[qi]!;
    const q = questions[qi]!;
    const form = item.querySelector('form')!;
    form.querySelectorAll<HTMLElement>('.option').forEach((row) => {
      const option = q.options.find((o) => o.value === row.dataset['value'])!;
      const picked = chosen.includes(option.value);
      const verdict = row.querySelector<HTMLElement>('.option__verdict')!;
      row.classList.toggle('is-right', option.correct);
      row.classList.toggle('is-picked', picked);
      // Words and a sign, not colour alone.
      const mark = option.correct ? `✓ ${t('quiz.right')}` : picked ? `✗ ${t('quiz.notThis')}` : '';
      verdict.textContent =
        picked || mode === 'classe' ? `${mark}${mark ? ' ' : ''}${option.feedback}` : mark;
      verdict.hidden = verdict.textContent === '';
    });
    form
      .querySelectorAll<HTMLButtonElement | HTMLInputElement>('button.choice, input')
      .forEach((el) => (el.disabled = true));
    form.querySelectorAll<HTMLElement>('[data-submit], [data-reveal]').forEach((el) => (el.hidden = true));
    item.dataset['revealed'] = '';
    setStage(item, 'answer');
    const details = item.querySelector<HTMLDetailsElement>('details.answer')!;
    details.hidden = false;
    details.open = true;
    details.querySelector('summary')!.hidden = true;
    details.querySelector(':scope > ul')?.setAttribute('hidden', '');
    item.querySelector<HTMLElement>('[data-next]')!.hidden = false;
    live.textContent =
      chosen.length > 0
        ? `${isAnswerRight(q, chosen) ? t('quiz.liveRight') : t('quiz.liveOther')} ${details.querySelector('.explanation')!.textContent}`
        : details.querySelector('.explanation')!.textContent!;
    item.querySelector<HTMLElement>('[data-next]')!.focus();
  }

  function setStage(item: HTMLElement, to: QuizStage) {
    stage = to;
    item.dataset['stage'] = to;
    // In a deck the answer is followed by its explanation, which the button then announces.
    const next = item.querySelector<HTMLElement>('[data-next]')!;
    const last = item === items[items.length - 1];
    next.textContent = embedded && to === 'answer' ? t('quiz.why') : last ? t('quiz.finish') : t('quiz.next');
  }

  function reset(qi: number) {
    const item = items[qi]!;
    delete item.dataset['revealed'];
    setStage(item, 'question');
    item.querySelectorAll<HTMLElement>('.option').forEach((row) => {
      row.classList.remove('is-right', 'is-picked');
      row.querySelector<HTMLElement>('.option__verdict')!.hidden = true;
      row.querySelector('output')!.textContent = '0';
    });
    item.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button.choice, input').forEach((el) => {
      el.disabled = false;
      if (el instanceof HTMLInputElement) el.checked = false;
    });
    item.querySelector<HTMLElement>('[data-reveal]')!.hidden = mode !== 'classe';
    item.querySelector<HTMLElement>('[data-submit]')?.toggleAttribute('hidden', mode === 'classe');
    item.querySelector<HTMLDetailsElement>('details.answer')!.hidden = true;
    item.querySelector<HTMLElement>('[data-next]')!.hidden = true;
  }

  const bar = document.createElement('div');
  bar.className = 'player-bar';
  bar.innerHTML = `<div class="player-bar__modes" role="group"></div><p class="player-path" data-progress></p><p class="visually-hidden" role="status" aria-live="polite"></p>`;
  const modes = bar.querySelector<HTMLElement>('.player-bar__modes')!;
  fillModeSwitch(modes, t, (m) => {
    mode = m;
    show(Math.min(index, items.length - 1), false);
  });
  const live = bar.querySelector<HTMLElement>('[role="status"]')!;
  const progress = bar.querySelector<HTMLElement>('[data-progress]')!;
  root.prepend(bar);
  root.classList.add('is-playing');

  const summary = document.createElement('p');
  summary.className = 'quiz-summary';
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'button';
  again.textContent = t('player.restart');
  again.addEventListener('click', () => {
    answers.clear();
    show(0);
  });
  remember.prepend(summary);
  remember.append(again);
  remember.querySelector<HTMLElement>('.quiz-remember__title')!.tabIndex = -1;

  keepDeckKeys(root);
  /** One step of the deck's keys (or of the "next" button in a deck); false when the slide should move. */
  function move(direction: 1 | -1): boolean {
    const step = quizStep({ index, total: items.length, stage, page, pages: pages.length }, direction);
    if (step.do === 'leave') return false;
    if (step.do === 'page') showPage(step.page);
    else if (step.do === 'show') {
      show(step.index, false);
      if (step.index < items.length && step.stage !== 'question') showAnswer(step.index, []);
      if (step.index < items.length && step.stage === 'explanation')
        setStage(items[step.index]!, 'explanation');
    } else if (step.stage === 'question') show(index, false);
    else if (step.stage === 'answer') {
      if (!items[index]!.hasAttribute('data-revealed')) showAnswer(index, []);
      setStage(items[index]!, 'answer');
    } else setStage(items[index]!, 'explanation');
    return true;
  }
  if (embedded) onDeckStep(root, move);

  function showPage(p: number) {
    page = p;
    const shown = new Set(pages[p]);
    points.forEach((li, i) => (li.hidden = !shown.has(i)));
    // The closing words and the restart button on the last page only.
    summary.hidden = p !== 0;
    again.hidden = p !== pages.length - 1;
  }

  function show(i: number, focus = true) {
    index = i;
    root.classList.toggle('mode-classe', mode === 'classe');
    showMode(modes, mode);
    showProjection(root, mode);
    const done = i >= items.length;
    items.forEach((item, qi) => {
      item.hidden = qi !== i;
      if (qi === i) reset(qi);
    });
    remember.hidden = !done;
    showPage(0);
    progress.textContent = done ? '' : t('quiz.count', { number: i + 1, total: items.length });
    if (done) {
      const tally = tallyQuiz(questions, answers);
      summary.textContent =
        mode === 'classe' || tally.answered === 0
          ? t('quiz.doneClass')
          : t('quiz.done', { count: tally.answered });
      if (focus) remember.querySelector<HTMLElement>('.quiz-remember__title')!.focus();
      live.textContent = summary.textContent;
    } else if (focus) {
      items[i]!.querySelector<HTMLElement>('.question__prompt')!.focus();
      live.textContent = progress.textContent;
    }
  }
  show(0, false);
}
