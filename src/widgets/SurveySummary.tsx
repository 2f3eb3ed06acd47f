import type { Surveys } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import { fill, useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import type { KeepProps } from './shell/keep';
import { GroupSection } from './surveys/GroupSection';
import { OverallTable } from './surveys/OverallTable';
import { surveysOf } from './stores/surveys';

interface Props {
  /** The mark, for saving its answers to a file. */
  keep: KeepProps;
  markId: string;
  surveys: Surveys;
  /** The checklists of the mark's levels, where it has any: their link and what the mark calls a level. */
  checklists?: { href: string; levelNoun: string };
  clear: { label: string; what: string };
  text: TextMap;
}

/** Survey figures per stakeholder group, typed in or imported from a form's CSV, with response rates and shares agreeing. */
export default function SurveySummary({ markId, surveys, checklists, clear, text, keep }: Props) {
  const store = surveysOf(markId);
  return (
    <ToolShell keep={keep} className="survey-tool" text={text} saved={[store]} clear={{ id: 'surveys', ...clear, onClear: () => store.reset() }}>
      <OverallTable markId={markId} surveys={surveys} />
      {surveys.groups.map((group) => (
        <GroupSection key={group.id} markId={markId} surveys={surveys} group={group} />
      ))}
      {checklists && <NextStep {...checklists} />}
    </ToolShell>
  );
}

function NextStep({ href, levelNoun }: { href: string; levelNoun: string }) {
  const t = useText();
  return <p>{fill(t('surveys.next', { noun: levelNoun }), { link: <a href={href}>{t('surveys.checklists', { noun: levelNoun })}</a> })}</p>;
}
