import { ActionPlan } from './plan/ActionPlan';
import { itemSource } from './plan/itemSource';
import { levelSource } from './plan/levelSource';

type Props = Omit<Parameters<typeof ActionPlan>[0], 'sources'>;

/** The action plan of a mark with levels and rated items. */
export default function ActionPlanForBoth(props: Props) {
  return <ActionPlan {...props} sources={[levelSource, itemSource]} />;
}
