import type { TeamProblem } from '~/frameworks/team/readTeamFiles';
import { refusalText } from '../markFile/refusalText';
import type { useText } from '../shell/text';

/** Why a file was left out of the combined view, naming it and what stands in its place. */
export function problemText(t: ReturnType<typeof useText>, problem: TeamProblem, markName: string): string {
  switch (problem.kind) {
    case 'duplicate':
      return t(problem.name === problem.of ? 'team.problem.again' : 'team.problem.duplicate', { file: problem.name, other: problem.of });
    case 'earlier':
      return t('team.problem.earlier', { file: problem.name, other: problem.by, person: problem.person });
    case 'empty':
      return t('team.problem.empty', { file: problem.name });
    default:
      return t('team.problem.refused', { file: problem.name, reason: refusalText(t, problem.refusal, markName) });
  }
}
