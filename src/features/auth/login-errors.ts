import { t } from '@/i18n/translator';
import { isApiError } from '@/lib/api-error';
import { serverName } from '@/lib/config';

/** Words for a failed login. Rocket.Chat reports every wrong credential as one 401 "Unauthorized". */
export function describeLoginError(error: unknown): string {
  if (!isApiError(error)) return t('auth.unexpected', { detail: String(error) });
  if (error.kind === 'network') return t('auth.unreachable', { server: serverName() });
  if (error.errorType === 'error-user-is-not-activated') return t('auth.notActivated');
  if (error.isUnauthorized) return t('auth.wrongCredentials');
  return t('auth.unexpected', { detail: error.serverMessage ?? error.message });
}

export const needsSecondFactor = (error: unknown): boolean => isApiError(error) && error.errorType === 'totp-required';
export const isInvalidSecondFactor = (error: unknown): boolean =>
  isApiError(error) && error.errorType === 'totp-invalid';
