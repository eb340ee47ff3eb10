/**
 * Function words of German and English (folded: lower case, no diacritics, ß→ss). They carry
 * no topic: the keyword index skips them and question coverage ignores them. Question words
 * ("wann", "wer", "when") are included; what they ask for is handled by the answer composer.
 */
const words = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anders auch auf aus bei beim bin bis bist bitte da dabei dadurch dafur dagegen daher damit dann dar daran darauf daraus darin darum das dass dasselbe dazu dein deine dem den denn der deren des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige er es etwa euch euer fur gegen gewesen gibt hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist ja jede jedem jeden jeder jedes jene jetzt kann kein keine konnen konnte machen man manche mehr mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seit sich sie sind so solche soll sollen sollte sondern sonst uber um und uns unser unter viel vom von vor wahrend war waren warum was weil welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir viele vielen vieles wenig wenige ab steht geht gibt gab wurde worden sei seien wird wirst wo wollen wurde wurden zu zum zur zwar zwischen wann wieso weshalb woher wohin womit bisher gerade derzeit denn eigentlich genau gibt es etwas
a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your tell me please know
`;

export const STOPWORDS: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
