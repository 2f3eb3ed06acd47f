import { describe, expect, it } from 'vitest';
import { describeChanges } from '~/frameworks/markFile/changes';
import { problemText } from '~/widgets/team/problemText';
import { checkLine, markDefinition, teamAgreedFrom, words } from '../fixtures/adapters';
import { teamExamples } from '../fixtures/team.examples';

const mark = markDefinition('wiltshire-lsqm');

describe('Team examples', () => {
  it.each(teamExamples)('$name', (example) => {
    const { expected } = example;
    const team = teamAgreedFrom('wiltshire-lsqm', example.level, example.files);
    expect(words('team.added', { count: team.read.added })).toBe(expected.added);
    expect(team.read.problems.map((p) => problemText(words, p, mark.name))).toEqual(expected.problems);
    // Every statement answered in a file has its agreed answer; a tie has none, for the leader to choose.
    const answered = Object.fromEntries(
      team.spread.criteria.filter((c) => c.answered > 0).map((c) => [c.entry.statement.id, team.agreed[c.entry.statement.id] ?? []]),
    );
    expect(answered).toEqual(expected.agreed);
    expect(describeChanges({}, { answers: team.answers, plan: team.plan }).map(checkLine)).toEqual(expected.check);
    const level = team.answers.levels[example.level]!;
    for (const [id, boxes] of Object.entries(expected.boxes)) expect(level.criteria[id]!.texts).toEqual(boxes);
    for (const [id, owner] of Object.entries(expected.owners ?? {})) expect(team.plan.rows[id]?.owner).toBe(owner);
    expect(Object.keys(team.plan.rows).sort()).toEqual(Object.keys(expected.owners ?? {}).sort());
  });

  it.each(teamExamples)('every note and action written is in the agreed set, attributed: $name', (example) => {
    const team = teamAgreedFrom('wiltshire-lsqm', example.level, example.files);
    const level = team.answers.levels[example.level]!;
    for (const file of team.read.files)
      for (const [id, answer] of Object.entries(file.answers.levels[example.level]?.criteria ?? {}))
        for (const [field, text] of Object.entries(answer.texts)) {
          const box = level.criteria[id]!.texts[field]!;
          const line = box.split('\n').find((l) => l.endsWith(`: ${text}`));
          expect(line, `${file.name}'s ${field} for ${id}`).toBeDefined();
          expect(line).toContain(file.person.name || file.name);
        }
  });
});
