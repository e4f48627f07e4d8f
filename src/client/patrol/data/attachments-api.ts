// Photo bytes by content hash (ARCHITECTURE.md, Attachments): PUT is idempotent and the force
// database checks the hash, size and that no metadata is left; GET is allowed to whoever may read
// a record that refers to the photo.
import type { ApiClient } from '#client/platform/api/client';

function path(sha256: string): string {
  return `/api/attachments/${encodeURIComponent(sha256)}`;
}

/** Uploads the bytes; a repeat of an upload already held succeeds too. Throws ApiError. */
export async function putAttachment(
  api: ApiClient,
  sha256: string,
  bytes: ArrayBuffer,
  mime: string,
): Promise<void> {
  const response = await api.send('PUT', path(sha256), { body: bytes, contentType: mime });
  // Drain the reply so the connection can be reused; its content is not needed.
  await response.arrayBuffer().catch(() => undefined);
}

/** The stored bytes and their type. Throws ApiError (403 or 404 when not available to this user). */
export async function getAttachment(
  api: ApiClient,
  sha256: string,
): Promise<{ bytes: ArrayBuffer; mime: string }> {
  const response = await api.send('GET', path(sha256));
  const mime = (response.headers.get('Content-Type') ?? 'image/jpeg').split(';')[0]?.trim() ?? 'image/jpeg';
  return { bytes: await response.arrayBuffer(), mime };
}
