import { ActionPlan } from './plan/ActionPlan';
import { itemSource } from './plan/itemSource';

type Props = Omit<Parameters<typeof ActionPlan>[0], 'sources'>;

/** The action plan of a mark with rated items: its priorities, weakest first. */
export default function ActionPlanForItems(props: Props) {
  return <ActionPlan {...props} sources={[itemSource]} />;
}
