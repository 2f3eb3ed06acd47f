import answers from 'virtual:qmh/saved-shape/answers';
import audit from 'virtual:qmh/saved-shape/audit';
import envelope from 'virtual:qmh/saved-shape/markFile';
import questionnaire from 'virtual:qmh/saved-shape/questionnaire';
import responses from 'virtual:qmh/saved-shape/responses';
import surveys from 'virtual:qmh/saved-shape/surveys';
import plan from 'virtual:qmh/saved-shape/plan';
import snapshots from 'virtual:qmh/saved-shape/snapshots';
import team from 'virtual:qmh/saved-shape/team';
import type { MarkFileShapes } from '~/frameworks/markFile/readMarkFile';

/** The file's shapes as the build serves them: what opening a file or a shared link reads with. */
export const markFileShapes: MarkFileShapes = { envelope, kinds: { answers, audit, questionnaire, responses, surveys, plan, snapshots, team } };
