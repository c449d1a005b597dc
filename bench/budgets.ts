// Every budget of `npm run bench`, in one place. A kiosk visitor gives up in seconds and a
// clinic's kiosk PC is old: these are the limits the app must stay within on a 2-core
// machine like the CI runner. Loosen one only with a reason in the commit that does it.
export const BUDGETS = {
  /** Navigation start → first tap-able language button, in Debian's Chromium. */
  coldLoadMs: 400,
  /** …and at most this many times a plain page holding one button, measured in the same run. */
  coldLoadVsPlain: 3,
  /** Every language name on screen (the frame presented, Element Timing), each in its own
   * font (no fallback glyphs), against the plain page's button on screen: the screen is
   * prerendered HTML, painted before any script runs. */
  firstPaintVsPlain: 1.5,
  /** The first screen hydrated (taps handled from then on), against the plain page. */
  interactiveVsPlain: 3,
  /** Tap on Continue → the answer screen on screen (the frame presented), its fonts in. */
  tapToAnswerMs: 100,
  /** Language switch on the answer screen, strings and font included, for a locale not yet loaded… */
  switchNewLocaleMs: 150,
  /** …and for one already loaded. */
  switchLoadedLocaleMs: 50,
  /** The whole decision table in Node: every boundary date × jurisdiction × status × category. */
  rulesTableMs: 50,
  /** Renderer JS heap after 200 kiosk sessions: growth against the heap after 56 sessions,
   * once V8 has compiled what is hot (a leak grows after that; warming up does not), and size. */
  heapGrowth: 0.1,
  heapMb: 60,
  /** JS + CSS the language screen loads, gzip. */
  initialGzipKb: 200,
  /** Font files of another script that a locale loads once chosen. */
  foreignFontFiles: 0,
} as const;

export type BudgetName = keyof typeof BUDGETS;
