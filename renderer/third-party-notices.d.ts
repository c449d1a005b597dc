// The app's third-party notices, which the build writes into their chunk (scripts/notices/vite-plugin.ts).
declare module 'virtual:third-party-notices' {
  const text: string;
  export default text;
}
