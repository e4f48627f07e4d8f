// One catalogue of stable error codes. The server sends `{ error: { code, message } }` with
// `errorMessages[code]`; the app words the code from its own catalogues (src/client/i18n/errors.ts).
// Codes never change meaning once shipped. The codes are listed apart from the messages so the app,
// which needs only the codes, does not download the server's English.

export const errorCodes = [
  'invalid_request',
  'invalid_record',
  'read_only_field',
  'unknown_collection',
  'mutation_id_reused',
  'record_deleted',
  'base_version_ahead',
  'unauthenticated',
  'session_expired',
  'invalid_credentials',
  'account_locked',
  'device_locked',
  'local_passwords_off',
  'forbidden',
  'not_found',
  'payload_too_large',
  'too_deeply_nested',
  'rate_limited',
  'duplicate_user',
  'duplicate_team',
  'unknown_team',
  'unknown_role',
  'weak_password',
  'unknown_user',
  'unknown_area',
  'invalid_areas',
  'own_account',
  'sign_off_not_allowed',
  'stage_gate_blocked',
  'read_only_record',
  'good_practice_not_allowed',
  'publish_not_closed',
  'publish_not_nominated',
  'personal_data_unreviewed',
  'nothing_to_withdraw',
  'attachment_hash_mismatch',
  'attachment_too_large',
  'unsupported_media_type',
  'attachment_type_mismatch',
  'attachment_has_metadata',
  'attachment_not_found',
  'attachment_trailing_bytes',
  'attachment_too_many_pixels',
  'attachment_quota_exceeded',
  'evaluation_id_mismatch',
  'linked_problem_unknown',
  'record_erased',
  'retention_not_closed',
  'not_ready',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** The server's English for each code (the app words codes from its own catalogues). */
export const errorMessages: { readonly [C in ErrorCode]: string } = {
  invalid_request: 'The request was not in the expected form.',
  invalid_record: 'Some details are missing or not valid.',
  read_only_field: 'That detail is set by the force database and cannot be changed here.',
  unknown_collection: 'This kind of record is not known to the force database.',
  mutation_id_reused: 'A change was sent twice with different contents, so the second copy was refused.',
  record_deleted: 'This record has been deleted.',
  base_version_ahead: 'This change was made from a newer copy than the force database holds.',
  unauthenticated: 'Please sign in.',
  session_expired: 'Your session has ended. Please sign in again; your unsynced work is kept.',
  invalid_credentials: 'Username or password is not correct.',
  account_locked:
    'Too many wrong passwords for this account from other places, so it is locked on new devices for a while. Sign in on a device you have used before, or ask your supervisor.',
  device_locked: 'Too many wrong passwords from this device. Wait, then try again, or ask your supervisor.',
  local_passwords_off: 'Beatbook passwords are turned off here. Sign in with your force account instead.',
  forbidden: 'You do not have access to this.',
  not_found: 'Not found.',
  payload_too_large: 'That is too large to send.',
  too_deeply_nested: 'The request nests its data too deeply to be read.',
  rate_limited: 'Too many requests. Try again shortly.',
  duplicate_user: 'A user with that username already exists.',
  duplicate_team: 'A team with that id already exists.',
  unknown_team: 'There is no team with that id.',
  unknown_role: 'That role does not exist.',
  weak_password: 'The password is too short.',
  unknown_user: 'There is no user with that id.',
  unknown_area: 'There is no area with that id.',
  invalid_areas: 'The areas file could not be imported. Each problem is listed with the feature it is in.',
  own_account: 'You cannot disable your own account or take away your own admin role.',
  sign_off_not_allowed:
    'Only a supervisor of the team that owns this problem can record a review or sign it off.',
  stage_gate_blocked: 'The problem cannot move to that stage yet. The reasons are listed with it.',
  read_only_record: 'This record cannot be changed once saved. Add a new one instead.',
  good_practice_not_allowed: 'Only a prevention lead can publish good practice or return a nomination.',
  publish_not_closed: 'Only a closed problem can be published as good practice.',
  publish_not_nominated: 'Only a problem its team has nominated can be published as good practice.',
  personal_data_unreviewed:
    'The copy still holds details that may identify someone and were neither removed nor kept. Review them, then publish again.',
  nothing_to_withdraw: 'There is no published copy of this problem to withdraw.',
  attachment_hash_mismatch: 'The photo changed on the way: its contents do not match its reference.',
  attachment_too_large: 'The photo is too large for the force database.',
  unsupported_media_type: 'The force database accepts photos as JPEG, PNG or WebP only.',
  attachment_type_mismatch: 'The photo is not the kind of image it says it is.',
  attachment_has_metadata: 'The photo still carries location or camera details, so it was refused.',
  attachment_not_found:
    'This photo is not available to you: it may not have reached the force database yet, or it is not on a record you can see.',
  attachment_trailing_bytes: 'The photo has extra data after the end of the picture, so it was refused.',
  attachment_too_many_pixels:
    'The photo is too big a picture (too many pixels) for the force database. Take it again from the app.',
  attachment_quota_exceeded:
    'You have used up your photo allowance on the force database, so this photo was not sent. It is kept on this device; ask your force IT team to raise the allowance.',
  evaluation_id_mismatch: 'An evaluation belongs to one problem and must carry that problem’s id.',
  linked_problem_unknown:
    'This links to a problem you cannot see, or one the force database does not hold. Choose another problem or remove the link.',
  record_erased:
    'This record was erased under the retention rules. Its details cannot be changed or added to.',
  retention_not_closed: 'Only a closed problem can be reviewed for retention.',
  not_ready: 'The force database is starting up or cannot reach its database. Try again shortly.',
  internal_error: 'Something went wrong on the force database. Your work is kept on this device.',
};

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

const codes: ReadonlySet<string> = new Set(errorCodes);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && codes.has(value);
}

/** Plain-English text for a code, falling back to the generic failure text. */
export function describeError(code: string): string {
  return isErrorCode(code) ? errorMessages[code] : errorMessages.internal_error;
}
