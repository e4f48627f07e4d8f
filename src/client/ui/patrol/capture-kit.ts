// What the capture screens in ./capture use from the rest of the app's screens: the data-layer
// contract, the signed-in workspace and the labelled form controls. (Screens sit one folder
// below ui/, and the lint rule against ../../ climbs keeps them there; this is the one bridge.)
export { useWorkspace } from '../app-context';
export {
  ActivityNotEditableError,
  PhotoUnreadableError,
  StorageFullError,
  ValidationError,
  type CapturedPhoto,
  type LocateResult,
  type PatrolServices,
  type RecentChoices,
  type Workspace,
} from '../contract';
export { Field, fieldAria } from '../form/Field';
export { Select, TextArea, TextInput } from '../form/controls';
