// The CJK locales' fonts the build cuts (vite.config.ts; scripts/fonts/ui-fonts.ts). The
// language names' cuts are font files named by a stylesheet instead (autonym-fonts.ts).
declare module '@ui-fonts/*.json' {
  // An ambient module cannot `import type` from a relative path.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const faces: readonly import('./i18n/fontBytes.ts').EmbeddedFace[];
  export default faces;
}
