/** Text without the isolate marks (U+2068 … U+2069) that keep each data value's direction to itself. */
export const unmark = (text: string) => text.replace(/[\u2068\u2069]/g, '');
