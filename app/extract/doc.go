// Package extract finds the bilateral meetings that a French or English news
// article reports (DESIGN.md §4): who met whom, by what means, where, when,
// with the evidence span, and whether the meeting is only announced.
//
// It is a leaf: it imports only its two sub-packages (places, the
// gazetteer, and dates, the date grammar), the standard library and
// golang.org/x/text. The app layer converts its results for the store.
//
// The detector is rule based and works sentence by sentence:
//
//  1. a meeting cue ("s'est entretenu", "a reçu", "held talks", "au
//     téléphone"…) opens a clause;
//  2. the people of the clause are found as runs of capitalised words, each
//     with the title words before it, and given a country from the title,
//     the people memory, the shape of the name or the article's partner;
//  3. each official of the partner country met in the clause is one meeting
//     with the focal-country official(s);
//  4. the meetings of one article that describe the same encounter (the lead
//     repeated in the dateline paragraph, "a reçu … Au cours de l'entretien")
//     are merged.
//
// Offsets are code points into Document.Text, like every offset in Parley.
package extract
