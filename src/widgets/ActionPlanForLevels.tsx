import { ActionPlan } from './plan/ActionPlan';
import { levelSource } from './plan/levelSource';

type Props = Omit<Parameters<typeof ActionPlan>[0], 'sources'>;

/** The action plan of a mark with levels: its unmet criteria. */
export default function ActionPlanForLevels(props: Props) {
  return <ActionPlan {...props} sources={[levelSource]} />;
}
