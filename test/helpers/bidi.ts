/** Text without the marks that keep each data value's direction to itself (U+2068 … U+2069, and U+200E after an option's value). */
export const unmark = (text: string) => text.replace(/[\u2068\u2069\u200e]/g, '');
