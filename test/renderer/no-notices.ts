// Stands in for the build's third-party notices (scripts/notices/vite-plugin.ts) in component tests.
export default 'Noto Sans: SIL Open Font License, Version 1.1 (OFL-1.1)';
