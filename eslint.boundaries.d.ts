// Types for eslint.boundaries.js, which the lint config loads as plain JavaScript and the boundary
// tests (tests/unit/lint) import.
import type { Linter } from 'eslint';

export declare const layerBoundaries: Linter.Config;
