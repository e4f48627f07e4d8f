// The patrol modules these tests drive, imported in one place (the one file that climbs).
export { jpegSegments, metadataSegments, stripJpegMetadata } from '../../../../src/client/photos/jpeg';
export { fitWithin } from '../../../../src/client/photos/resize';
export { sha256Hex } from '../../../../src/client/photos/hash';
export { locate } from '../../../../src/client/geo/position';
export { getAttachmentErrorKind } from '../../../../src/client/sync/photo-errors';
export { HttpApiError, networkError } from '../../../../src/client/api/errors';
export { rememberChoices } from '../../../../src/client/db/activities';
export { applyFix, emptyValues, orderTypes, toFields } from '../../../../src/client/ui/patrol/capture/values';
export {
  describeAccuracy,
  describeLocateFailure,
} from '../../../../src/client/ui/patrol/capture/location-text';
export { StorageFullError } from '../../../../src/client/services';
