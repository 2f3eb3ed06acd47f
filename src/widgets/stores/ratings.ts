import auditShape from 'virtual:qmh/saved-shape/audit';
import questionnaireShape from 'virtual:qmh/saved-shape/questionnaire';
import responsesShape from 'virtual:qmh/saved-shape/responses';
import type { AuditRatings, QuestionnaireAnswers } from '~/frameworks/saved/auditRatings';
import type { CollectedResponses } from '~/frameworks/saved/collectedResponses';
import { migrations } from '~/frameworks/saved/migrations';
import { auditOnScale, questionnaireOnScale, responsesOnScale } from '~/frameworks/saved/onScale';
import type { Ratings } from '~/frameworks/schema';
import { saved } from './saved';

const scaleOf = (ratings: Pick<Ratings, 'scale'>) => ratings.scale.map((point) => point.value);

/** The leaders' audit: ratings on the mark's scale, with evidence. */
export const auditOf = (markId: string, ratings: Pick<Ratings, 'scale'>) =>
  saved<AuditRatings>('audit', markId, auditShape, { migrations: migrations.audit, check: auditOnScale(scaleOf(ratings)) });

/** A member of staff's own questionnaire answers, on their own device. */
export const questionnaireOf = (markId: string, ratings: Pick<Ratings, 'scale'>) =>
  saved<QuestionnaireAnswers>('questionnaire', markId, questionnaireShape, {
    migrations: migrations.questionnaire,
    check: questionnaireOnScale(scaleOf(ratings)),
  });

/** Questionnaire responses a leader has collected from staff files. */
export const collectedOf = (markId: string, ratings: Pick<Ratings, 'scale'>) =>
  saved<CollectedResponses>('responses', markId, responsesShape, { check: responsesOnScale(scaleOf(ratings)) });
