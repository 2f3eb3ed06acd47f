import type { Level } from '~/frameworks/schema';
import { percent } from '~/frameworks/surveys/summariseSurvey';
import { responseLabel } from '~/frameworks/criteria';
import { teamFileName, type TeamFile } from '~/frameworks/team/readTeamFiles';
import type { ToAddress } from '~/frameworks/team/toAddress';
import { useText } from '../shell/text';

interface Props {
  /** The level's own heading for the list. */
  heading: string;
  items: ToAddress[];
  files: readonly TeamFile[];
  level: Level;
}

/** The criteria a group of schools does not agree it meets, met least first, each with the schools not meeting it: the start of its action plan. */
export function PlanList({ heading, items, files, level }: Props) {
  const t = useText();
  const label = (id: string) => responseLabel(level, id);
  return (
    <section className="team__plan" aria-labelledby="team-plan" data-testid="team-plan">
      <h3 id="team-plan">{heading}</h3>
      {items.length === 0 ? (
        <p>{t('team.plan.none')}</p>
      ) : (
        <>
          <p>{t('team.plan.lede', { count: items.length })}</p>
          <ol>
            {items.map(({ criterion, notMeeting }) => (
              <li key={criterion.entry.statement.id} data-criterion={criterion.entry.statement.id}>
                {criterion.entry.role && <span className="team__role">{criterion.entry.role}: </span>}
                {criterion.entry.statement.text}
                <span className="team__plan-spread">
                  {criterion.share === undefined
                    ? t('team.plan.noAnswers')
                    : t('team.plan.meeting', { share: percent(criterion.share), meeting: criterion.meeting, answered: criterion.answered })}{' '}
                  {notMeeting.length > 0 &&
                    t('team.plan.notMeeting', {
                      files: notMeeting
                        .map((i) =>
                          t('team.plan.fileAnswer', { file: teamFileName(files[i]!, true), answer: criterion.byFile[i]!.map(label).join(', ') }),
                        )
                        .join('; '),
                    })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
