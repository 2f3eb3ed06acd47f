import { AssessorReport, type Props } from './plan/AssessorReport';
import { levelSource } from './plan/levelSource';
import { ReportLevels } from './plan/ReportLevels';

/** The report for the assessor, with the sections this kind of mark has. */
export default function ReportForLevels(props: Props) {
  return (
    <AssessorReport {...props} sources={[levelSource]}>
      <ReportLevels mark={props.mark} rules={props.rules} />
    </AssessorReport>
  );
}
