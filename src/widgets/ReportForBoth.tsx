import { AssessorReport, type Props } from './plan/AssessorReport';
import { itemSource } from './plan/itemSource';
import { levelSource } from './plan/levelSource';
import { ReportLevels } from './plan/ReportLevels';
import { ReportRatings } from './plan/ReportRatings';

/** The report for the assessor, with the sections this kind of mark has. */
export default function ReportForBoth(props: Props) {
  return (
    <AssessorReport {...props} sources={[levelSource, itemSource]}>
      <ReportLevels mark={props.mark} rules={props.rules} />
      <ReportRatings mark={props.mark} />
    </AssessorReport>
  );
}
