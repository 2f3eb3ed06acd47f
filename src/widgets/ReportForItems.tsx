import { AssessorReport, type Props } from './plan/AssessorReport';
import { itemSource } from './plan/itemSource';
import { ReportRatings } from './plan/ReportRatings';

/** The report for the assessor, with the sections this kind of mark has. */
export default function ReportForItems(props: Props) {
  return (
    <AssessorReport {...props} sources={[itemSource]}>
      <ReportRatings mark={props.mark} />
    </AssessorReport>
  );
}
