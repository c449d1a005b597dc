// The xliff package ships no types; these cover the two calls the review kit makes.
declare module 'xliff' {
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage: string;
    resources: Record<string, Record<string, { source?: string; target?: string; note?: string | string[] }>>;
  }
  export function js2xliff(js: XliffJs): Promise<string>;
  export function xliff2js(xml: string): Promise<XliffJs>;
}
