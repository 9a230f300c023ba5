import { describe, expect, it } from 'vitest';
import {
  phasesOf,
  quizStep,
  rememberPages,
  scenarioStep,
  type QuizStage,
  type ScenarioPhase,
} from '../../src/lib/player-steps';

describe('scenario steps in a slide', () => {
  const moment = phasesOf({ ending: false, text: true, messages: true });
  const ending = phasesOf({ ending: true, text: true, messages: false });
  const at = (phase: ScenarioPhase, hasVotes = false, atStart = true, phases = moment) => ({
    phases,
    phase,
    hasVotes,
    atStart,
  });
  it('gives a moment with text and a chat three steps, and a plain moment two', () => {
    expect(moment).toEqual(['situation', 'messages', 'choices']);
    expect(phasesOf({ ending: false, text: true, messages: false })).toEqual(['situation', 'choices']);
    expect(phasesOf({ ending: false, text: false, messages: true })).toEqual(['messages', 'choices']);
    expect(ending).toEqual(['ending', 'debrief', 'questions', 'help']);
  });
  it('shows the messages and choices after the situation, then reveals the most voted choice', () => {
    expect(scenarioStep(at('situation'), 1)).toEqual({ do: 'phase', phase: 'messages' });
    expect(scenarioStep(at('messages'), 1)).toEqual({ do: 'phase', phase: 'choices' });
    expect(scenarioStep(at('choices', true), 1)).toEqual({ do: 'reveal' });
  });
  it('leaves the slide from the choices when nobody voted, so a clicker is never stuck', () => {
    expect(scenarioStep(at('choices', false), 1)).toEqual({ do: 'leave' });
  });
  it('shows the debrief, the questions and the help after the ending, then leaves, votes or not', () => {
    expect(scenarioStep(at('ending', true, false, ending), 1)).toEqual({ do: 'phase', phase: 'debrief' });
    expect(scenarioStep(at('debrief', true, false, ending), 1)).toEqual({ do: 'phase', phase: 'questions' });
    expect(scenarioStep(at('questions', true, false, ending), 1)).toEqual({ do: 'phase', phase: 'help' });
    expect(scenarioStep(at('help', true, false, ending), 1)).toEqual({ do: 'leave' });
  });
  it('goes back step by step, then to the previous moment, then off the slide', () => {
    expect(scenarioStep(at('choices'), -1)).toEqual({ do: 'phase', phase: 'messages' });
    expect(scenarioStep(at('debrief', false, false, ending), -1)).toEqual({ do: 'phase', phase: 'ending' });
    expect(scenarioStep(at('ending', false, false, ending), -1)).toEqual({ do: 'back' });
    expect(scenarioStep(at('situation', false, false), -1)).toEqual({ do: 'back' });
    expect(scenarioStep(at('situation', true, true), -1)).toEqual({ do: 'leave' });
  });
});

describe('quiz steps in a slide', () => {
  const at = (index: number, stage: QuizStage, page = 0, pages = 1) => ({
    index,
    total: 2,
    stage,
    page,
    pages,
  });
  it('walks question, answer, explanation, next question, every page of what to remember, then leaves', () => {
    expect(quizStep(at(0, 'question'), 1)).toEqual({ do: 'stage', stage: 'answer' });
    expect(quizStep(at(0, 'answer'), 1)).toEqual({ do: 'stage', stage: 'explanation' });
    expect(quizStep(at(0, 'explanation'), 1)).toEqual({ do: 'show', index: 1, stage: 'question', page: 0 });
    expect(quizStep(at(1, 'explanation'), 1)).toEqual({ do: 'show', index: 2, stage: 'question', page: 0 });
    expect(quizStep(at(2, 'question', 0, 2), 1)).toEqual({ do: 'page', page: 1 });
    expect(quizStep(at(2, 'question', 1, 2), 1)).toEqual({ do: 'leave' });
  });
  it('walks back the same steps, to the previous explanation, then leaves', () => {
    expect(quizStep(at(2, 'question', 1, 2), -1)).toEqual({ do: 'page', page: 0 });
    expect(quizStep(at(2, 'question', 0, 2), -1)).toEqual({
      do: 'show',
      index: 1,
      stage: 'explanation',
      page: 0,
    });
    expect(quizStep(at(1, 'explanation'), -1)).toEqual({ do: 'stage', stage: 'answer' });
    expect(quizStep(at(1, 'answer'), -1)).toEqual({ do: 'stage', stage: 'question' });
    expect(quizStep(at(1, 'question'), -1)).toEqual({ do: 'show', index: 0, stage: 'explanation', page: 0 });
    expect(quizStep(at(0, 'question'), -1)).toEqual({ do: 'leave' });
    expect(quizStep({ index: 0, total: 0, stage: 'question', page: 0, pages: 1 }, -1)).toEqual({
      do: 'leave',
    });
  });
});

describe('pages of what to remember', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ');
  it('keeps whole points in order, each page within the budget', () => {
    expect(rememberPages([words(10), words(20), words(15), words(5)], 40)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(rememberPages([words(10), words(30)], 40)).toEqual([[0, 1]]);
  });
  it('gives a long point a page alone and always at least one page', () => {
    expect(rememberPages([words(50), words(3)], 40)).toEqual([[0], [1]]);
    expect(rememberPages([], 40)).toEqual([[]]);
  });
});

describe('phases of a moment and pages of points, edges', () => {
  it('gives an ending its own phases, whatever else it has', () => {
    expect(phasesOf({ ending: true, text: true, messages: true })).toEqual([
      'ending',
      'debrief',
      'questions',
      'help',
    ]);
  });
  it('shows the situation, then the messages, of a moment that has both', () => {
    expect(phasesOf({ ending: false, text: true, messages: true })).toEqual([
      'situation',
      'messages',
      'choices',
    ]);
    expect(phasesOf({ ending: false, text: false, messages: true })).toEqual(['messages', 'choices']);
    expect(phasesOf({ ending: false, text: false, messages: false })).toEqual(['situation', 'choices']);
  });
  it('counts words, not the spaces around them, nor an empty point', () => {
    expect(rememberPages(['  un  deux', 'trois'], 3)).toEqual([[0, 1]]);
    expect(rememberPages(['un deux trois', ''], 3)).toEqual([[0, 1]]);
    expect(rememberPages(['un deux', 'trois quatre'], 3)).toEqual([[0], [1]]);
  });
});
