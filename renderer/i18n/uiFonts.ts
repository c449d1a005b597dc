// Families whose locales read their words in fonts cut at build time to fit their
// catalogues (scripts/fonts/ui-fonts.ts). The CJK families come from @fontsource as ~100
// unicode-range files per weight, and an answer in Chinese touched ~26 of them per weight:
// 1.6 MB in 56 requests for ~900 different characters. Shared by the build and the renderer.
export const UI_FONT_FAMILIES: readonly string[] = ['Noto Sans SC', 'Noto Sans TC', 'Noto Sans KR'];

/** The family name of a family's cut ("Noto Sans SC UI"). */
export const uiFontFamily = (family: string) => `${family} UI`;

export const hasUiFont = (family: string) => UI_FONT_FAMILIES.includes(family);
