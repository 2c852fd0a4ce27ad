// The optional reasons for "Send anyway", as the dialog offers them and the activity log shows them.
import type { OverrideReason } from '../../utils/model/messages';
import type { MessageKey } from '../i18n';

export const REASON_LABEL: Record<OverrideReason, MessageKey> = {
  'on-the-deal': 'caution_reason_onTheDeal',
  'deal-public': 'caution_reason_dealPublic',
  'not-this-company': 'caution_reason_notThisCompany',
  other: 'caution_reason_other',
};
