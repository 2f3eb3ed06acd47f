import { INPUT_MAX_BYTES, limitInWords, sizeInWords } from '~/frameworks/limits';
import type { Refusal } from '~/frameworks/markFile/readMarkFile';
import type { useText } from '../shell/text';

/** Why a file was refused, in a sentence that says what to do instead. */
export function refusalText(t: ReturnType<typeof useText>, refusal: Refusal, markName: string): string {
  switch (refusal.kind) {
    case 'tooLarge':
      return t('files.refused.tooLarge', { size: sizeInWords(refusal.bytes), limit: limitInWords(INPUT_MAX_BYTES) });
    case 'otherMark':
      return t('files.refused.otherMark', { other: refusal.markName, mark: markName });
    case 'damaged':
      return t('files.refused.damaged', { where: refusal.where });
    default:
      return t(`files.refused.${refusal.kind}`);
  }
}
