/**
 * Dates as precise as the evaluation gives them: "1945", "2015-09-25", or a span "2018/2022-06".
 * Chinese: 2015 年 9 月 25 日; English: 25 September 2015. A span joins its ends with an en dash.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function one(date: string, lang: 'zh' | 'en'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y} 年${m ? ` ${m} 月` : ''}${d ? ` ${d} 日` : ''}`;
  const month = m ? MONTHS[m - 1] : '';
  return [d, month, y].filter(Boolean).join(' ');
}

export function formatDate(date: string, lang: 'zh' | 'en'): string {
  const [start = '', end] = date.split('/');
  if (!end) return one(start, lang);
  if (lang === 'zh') return `${one(start, lang)}至 ${one(end, lang)}`;
  return `${one(start, lang)}–${one(end, lang)}`;
}
