// The language-name fonts the build writes (vite.config.ts, scripts/fonts/autonym-fonts.ts).
declare module '@autonym-fonts/autonyms.json' {
  // An ambient module cannot `import type` from a relative path; the type lives with its writer.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const faces: readonly import('../scripts/fonts/autonym-fonts.ts').AutonymFace[];
  export default faces;
}
