/**
 * The lookup key of every linguistic resource: Unicode NFC and lower case. Umlauts and `ß`
 * are kept, because they tell words apart ("Grunde" is a form of "Grund", "gründe" one of
 * "gründen"); outputs keep the spelling of the resource.
 */
export function foldWord(word: string): string {
  return word.normalize('NFC').trim().toLowerCase();
}
