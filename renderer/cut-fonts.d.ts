// The fonts the build cuts (vite.config.ts; scripts/fonts/autonym-fonts.ts, ui-fonts.ts).
declare module '@autonym-fonts/autonyms.json' {
  // An ambient module cannot `import type` from a relative path; the type lives with its writer.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const faces: readonly import('../scripts/fonts/cut-fonts.ts').EmbeddedFace[];
  export default faces;
}

declare module '@ui-fonts/*.json' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const faces: readonly import('../scripts/fonts/cut-fonts.ts').EmbeddedFace[];
  export default faces;
}
