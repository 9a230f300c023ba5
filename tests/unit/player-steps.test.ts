import { describe, expect, it } from 'vitest';
import { phasesOf, quizStep, scenarioStep, type ScenarioPhase } from '../../src/lib/player-steps';

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
  it('reveals, goes to the next question, ends on what to remember, then leaves', () => {
    expect(quizStep({ index: 0, total: 2, revealed: false }, 1)).toEqual({ do: 'reveal' });
    expect(quizStep({ index: 0, total: 2, revealed: true }, 1)).toEqual({ do: 'show', index: 1 });
    expect(quizStep({ index: 1, total: 2, revealed: true }, 1)).toEqual({ do: 'show', index: 2 });
    expect(quizStep({ index: 2, total: 2, revealed: false }, 1)).toEqual({ do: 'leave' });
  });
  it('hides a revealed answer, then goes to the previous question, then leaves', () => {
    expect(quizStep({ index: 1, total: 2, revealed: true }, -1)).toEqual({ do: 'hide' });
    expect(quizStep({ index: 1, total: 2, revealed: false }, -1)).toEqual({ do: 'show', index: 0 });
    expect(quizStep({ index: 0, total: 2, revealed: false }, -1)).toEqual({ do: 'leave' });
  });
});
