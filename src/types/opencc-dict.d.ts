/** OpenCC's character tables ship as plain modules of "from to|from to" strings. */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
