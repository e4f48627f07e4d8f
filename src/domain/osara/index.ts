// The full OSARA problem-solving record: vocabularies, section schemas, the actions and reviews
// collections, section completeness and the stage gates. Import from `#domain/osara/index`.
export * from './techniques';
export * from './vocabularies';
export * from './sections';
export * from './closing';
export * from './actions';
export * from './reviews';
export * from './problem';
export * from './completeness';
export * from './gate-reasons';
export * from './stage-gates';
export { codeList, hasText, isoDate } from './fields';
