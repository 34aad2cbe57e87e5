import { isApiError } from '@/lib/api-error';
import { serverName } from '@/lib/config';
import { messages } from './messages';

/** Words for a failed login. Rocket.Chat reports every wrong credential as one 401 "Unauthorized". */
export function describeLoginError(error: unknown): string {
  if (!isApiError(error)) return messages.unexpected(String(error));
  if (error.kind === 'network') return messages.unreachable(serverName());
  if (error.errorType === 'error-user-is-not-activated') return messages.notActivated;
  if (error.isUnauthorized) return messages.wrongCredentials;
  return messages.unexpected(error.serverMessage ?? error.message);
}

export const needsSecondFactor = (error: unknown): boolean => isApiError(error) && error.errorType === 'totp-required';
export const isInvalidSecondFactor = (error: unknown): boolean =>
  isApiError(error) && error.errorType === 'totp-invalid';
