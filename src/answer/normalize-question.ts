/**
 * Spellings of a question that the documents never use for the same thing, written out before
 * analysis: an acronym's genitive or plural "s" ("MVs" → "MV"), an English "mid-2020" ("mid 2020"), a short year range ("2014/15" → "2014/2015", as in "Haushaltsjahr 2024/25") and the
 * colloquial names of German states ("Meck-Pomm" → "Mecklenburg-Vorpommern", "BaWü" →
 * "Baden-Württemberg"), and a month's abbreviation ("Nov. 2024" →
 * "November 2024"; the documents write months out), and the abbreviated scale of a number ("400 Mio" →
 * "400 Millionen", "1,5 Mrd. Euro" → "1,5 Milliarden Euro"). Official abbreviations ("MV", "BW", "NRW")
 * stay: documents use them. Pure.
 */
export function normalizeQuestion(text: string): string {
  return COLLOQUIAL_STATES.reduce((t, [re, name]) => t.replace(re, name), text)
    .replace(ACRONYM_S, '$1')
    .replace(MID_YEAR, 'mid $1')
    .replace(MONTH_ABBREVIATION, (all, month: string) => MONTHS[month.toLowerCase()] ?? all)
    .replace(SCALE_ABBREVIATION, (all, number: string, scale: string) => `${number} ${SCALES[scale.toLowerCase()] ?? scale}`)
    .replace(SHORT_YEAR_RANGE, (all, first: string, second: string) => {
    const full = `${first.slice(0, 2)}${second}`;
    // Only two consecutive years ("2014/15", "2024/25"): "Beschluss 2010/14" numbers a decision.
    return Number(full) === Number(first) + 1 ? `${first}/${full}` : all;
  });
}

/** English "mid-2020": the qualifier and the year as words ("mid 2020"), not one compound the documents never write. */
const MID_YEAR = /(?<![\p{L}])mid-((?:19|20)\d{2})(?![\p{N}])/giu;

/** An acronym with the "s" of a genitive or plural ("MVs Landesverwaltung", "MV's", "OZGs"): the acronym, as documents index it. */
const ACRONYM_S = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})['’]?s(?![\p{L}\p{N}])/gu;

const SHORT_YEAR_RANGE = /(?<![\d.,/]|(?:Beschluss|Beschlusses|Nr\.|Nummer|Drucksache|Az\.)\s?)((?:19|20)\d{2})\s?[/–]\s?(\d{2})(?![\d.,/]|\s?%)/giu;

/** German and English month names by their usual abbreviations (a question's language is kept: "Mar." is March, "Mrz." März). */
const MONTHS: Record<string, string> = {
  jan: 'Januar', feb: 'Februar', mrz: 'März', mär: 'März', apr: 'April', jun: 'Juni', jul: 'Juli', aug: 'August', sep: 'September', sept: 'September',
  okt: 'Oktober', nov: 'November', dez: 'Dezember', mar: 'March', oct: 'October', dec: 'December',
};
/** An abbreviated month: with its dot ("3. Nov.", "Nov. 2024"), or without one before a year ("Nov 2024"). */
const MONTH_ABBREVIATION = new RegExp(`(?<![\\p{L}])(${Object.keys(MONTHS).join('|')})(?:\\.|(?=\\s+(?:19|20)\\d{2}(?!\\d)))`, 'giu');

/** Scales of numbers by their abbreviations (Duden: "Mio.", "Mrd.", "Tsd."). */
const SCALES: Record<string, string> = { mio: 'Millionen', mrd: 'Milliarden', tsd: 'Tausend' };
/** A number with an abbreviated scale, with or without its dot: "400 Mio", "1,5 Mrd.", "3 Tsd.". */
const SCALE_ABBREVIATION = /(\d(?:[\d.,]*\d)?)\s?(mio|mrd|tsd)\.?(?![\p{L}])/giu;

/** Colloquial names of German states (not their official abbreviations). */
const COLLOQUIAL_STATES: [RegExp, string][] = [
  [/(?<!\p{L})meck[- ]?pomm(?:ern)?(?!\p{L})/giu, 'Mecklenburg-Vorpommern'],
  [/(?<!\p{L})ba[- ]?wü(?!\p{L})/giu, 'Baden-Württemberg'],
];

/**
 * The German states by their codes of ISO 3166-2:DE ("SH", "BY") and the customary ones ("NRW",
 * "RLP", "NDS"). Written in capitals only: "be", "by", "he" are English words.
 */
const STATE_CODES: Record<string, string> = {
  BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg', HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NDS: 'Niedersachsen', NW: 'Nordrhein-Westfalen', NRW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz', RLP: 'Rheinland-Pfalz', SL: 'Saarland', SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
};
const STATE_CODE = new RegExp(`(?<![\\p{L}\\p{N}-])(${Object.keys(STATE_CODES).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');

/**
 * A state's code that the documents never use, written out ("Was hat SH mit LibreOffice vor?" →
 * "Schleswig-Holstein"). A code the documents use stays ("MV"): they say it that way. Pure.
 */
export function writeOutStateCodes(text: string, documentsUse: (code: string) => boolean): string {
  return text.replace(STATE_CODE, (code: string) => (documentsUse(code) ? code : STATE_CODES[code]!));
}

/** A sentence about the asker, not the subject: first person, or a request formula, also capitalised at a sentence's start ("Bitte mit Quelle."); English "I" and "us" only as written ("US" is a country). */
const ABOUT_ASKER = /(?<!\p{L})(?:[Ii]ch|[Mm]ir|[Mm]ich|[Mm]ein\p{L}*|[Ww]ir|[Uu]ns|[Uu]nser\p{L}*|[Bb]itte|[Dd]anke|[Bb]rauche|I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Pp]lease|[Tt]hanks?)(?!\p{L})/u;

/**
 * The question proper of a turn that says after it why it asks ("Seit wann ist das Portal online?
 * Brauche das exakte Datum für meinen Artikel."): the sentences after the last question mark that
 * speak of the asker (first person, "bitte", "please") are no part of what is asked; their words
 * are no subject the documents must cover. Sentences before it stay (they may name the subject:
 * "Ich lese über das MV-Serviceportal. Seit wann gibt es das?"). Pure.
 */
export function withoutAskerContext(text: string): string {
  const end = text.lastIndexOf('?');
  if (end < 0 || end === text.length - 1) return text;
  const tail = text.slice(end + 1);
  const sentences = tail.split(/(?<=[.!])\s+/).map((t) => t.trim()).filter(Boolean);
  return sentences.length && sentences.every((t) => ABOUT_ASKER.test(t)) ? text.slice(0, end + 1) : text;
}
