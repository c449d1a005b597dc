// The rules module's one public entry for the renderer (the lint rule in eslint.config.js
// refuses a deep import from it): the engine, the vocabulary and schema, the shipped
// bundle, today's date and the reason line. Pure: no Node built-in, so the Electron main
// process and the scripts import from here too; what only Node can run (signing, the
// atomic writer, the data folder's loader) they import from its own file.
export * from './engine/index.ts';
export { sourcesById } from './engine/answer.ts';
export { jurisdictionInScope } from './engine/scope.ts';
export { localToday } from './today.ts';
export { reasonText, type ReasonWords } from './reason.ts';
export { shippedBundle } from './data/index.ts';
