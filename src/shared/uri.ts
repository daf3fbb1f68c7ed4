/**
 * A data string as a URI component: `encodeURIComponent` throws on a lone surrogate (which JSON can hold),
 * so lone surrogates become U+FFFD first, as a UTF-8 encoder would write them.
 */
export const uriComponent = (s: string): string => encodeURIComponent(s.replace(/\p{Cs}/gu, '\uFFFD'));
