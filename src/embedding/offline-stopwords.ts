/**
 * Function words that get a low weight in the offline embedder (folded: lower case, no
 * diacritics, ß→ss). Deliberately a frozen copy and not `src/text/stopwords.ts`: the offline
 * vectors are versioned by `OFFLINE_MODEL_NAME` (offline-embedder.ts), so tuning the keyword analyzer's list
 * must not silently change vectors of an existing index. Change this list only together with
 * a new scheme name.
 */
const words = `
aber als also am an auch auf aus bei beim bin bis bist da dabei damit dann das dass dem den denn der des die dies diese diesem diesen dieser dieses doch du durch ein eine einem einen einer eines er es fur hat hatte ich ihr ihre im in ins ist ja kann man mit nach nicht noch nur ob oder sich sie sind so uber um und uns unter vom von vor war was wenn wer werden wie wir wird wo wurde zu zum zur
a an and are as at be been by can do does for from has have how i if in into is it its of on or that the their this to was we were what when where which who will with you
`;

/** The offline embedder's stop words (see the module comment for why it has its own list). */
export const OFFLINE_STOPWORDS: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
