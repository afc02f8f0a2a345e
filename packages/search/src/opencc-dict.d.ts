/** OpenCC dictionaries ship as modules exporting one string "A a|B b|…" and have no types of their own. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
