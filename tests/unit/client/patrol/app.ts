// The patrol modules these tests drive, imported in one place (the one file that climbs).
export { jpegSegments, metadataSegments, stripJpegMetadata } from '#client/patrol/photos/jpeg';
export { fitWithin } from '#client/patrol/photos/resize';
export { sha256Hex } from '#client/patrol/photos/hash';
export { locate } from '#client/patrol/data/position';
export { getAttachmentErrorKind } from '#client/platform/sync/photo-errors';
export { HttpApiError, networkError } from '#client/platform/api/errors';
export { rememberChoices } from '#client/patrol/data/activities';
export { applyFix, emptyValues, orderTypes, toFields } from '#client/patrol/ui/capture/values';
export { describeAccuracy, describeLocateFailure } from '#client/patrol/ui/capture/location-text';
export { StorageFullError } from '#client/app/contract';
