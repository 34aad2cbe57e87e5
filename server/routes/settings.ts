import type { Api } from '../http/api.ts';
import { ApiError } from '../http/api-error.ts';
import { inTransaction } from '../db/open.ts';
import { isKnownSetting, readSetting, writeSetting, type SettingValue } from '../domain/settings.ts';
import { findUserById } from '../domain/users.ts';
import { checkSecondFactor } from './second-factor.ts';

/** `API.v1.failure()` with no argument. */
const noSuchSetting = () => new ApiError(400, { success: false });

/**
 * `GET`/`POST settings/:_id` (apps/meteor/app/api/server/v1/settings.ts), admin only through
 * `view-privileged-setting` / `edit-privileged-setting`. A setting this server does not have, or a POST body without
 * `value`, gets `API.v1.failure()` with no message: 400 `{"success":false}`. The value is stored as sent, unchecked,
 * as Rocket.Chat's `updateValueNotHiddenById` does. POST is `twoFactorRequired` (see second-factor.ts).
 */
export function registerSettingRoutes(api: Api): void {
  api.get('settings/:_id', { auth: true, permissions: ['view-privileged-setting'] }, ({ params }, { db }) => {
    const id = params._id ?? '';
    if (!isKnownSetting(id)) throw noSuchSetting();
    return { _id: id, value: readSetting(db, id) };
  });

  api.post(
    'settings/:_id',
    { auth: true, permissions: ['edit-privileged-setting'] },
    async ({ user, params, body, header }, { db }) => {
      // `twoFactorRequired`, checked after the permission, before the setting is looked up.
      const record = findUserById(db, user._id);
      if (record) await checkSecondFactor(db, { record, authToken: header('x-auth-token') ?? '', header });
      const id = params._id ?? '';
      if (!isKnownSetting(id) || !('value' in body)) throw noSuchSetting();
      inTransaction(db, () => writeSetting(db, id, body.value as SettingValue));
      return {};
    },
  );
}
