/**
 * A news item's date line, as web pages print it above the text: "Stand: 05.10.2023 05:55 Uhr",
 * "Datum: 3.11.2024", "Veröffentlicht am 12.04.2024". Ingestion keeps it in the text (and as the
 * heading of its section); answering takes it for the dateline of the sentence after it.
 */
export const DATE_LINE_PATTERN =
  '(?:Stand|Datum|Veröffentlicht(?: am)?|Aktualisiert(?: am)?|Erstellt(?: am)?|Published|Updated|Date)\\s*:?\\s*\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}';
