// Screen files that still hold English literals (tests/unit/lint/i18n-literals.test.ts).
// The list only shrinks: convert a file to t() messages, then delete its line.
export const allowlist: readonly string[] = [
  'src/client/patrol/ui/CaptureScreen.tsx',
  'src/client/patrol/ui/MyActivity.tsx',
  'src/client/patrol/ui/PhotoView.tsx',
  'src/client/patrol/ui/TodayScreen.tsx',
  'src/client/patrol/ui/capture/ActivityDetails.tsx',
  'src/client/patrol/ui/capture/CaptureForm.tsx',
  'src/client/patrol/ui/capture/DurationField.tsx',
  'src/client/patrol/ui/capture/LocationSection.tsx',
  'src/client/patrol/ui/capture/PhotoField.tsx',
  'src/client/patrol/ui/capture/TypePicker.tsx',
  'src/client/patrol/ui/map/LeafletMap.tsx',
  'src/client/patrol/ui/map/MapList.tsx',
  'src/client/patrol/ui/map/MapScreen.tsx',
  'src/client/patrol/ui/today/DueSections.tsx',
  'src/client/patrol/ui/today/HotspotsSection.tsx',
  'src/client/search/ui/ResultCard.tsx',
  'src/client/search/ui/SearchScreen.tsx',
  'src/client/search/ui/SimilarProblems.tsx',
];
