// Package agree measures how far coders agree when they tag passages of
// articles with codes. It is a leaf: standard library only, no store, so the
// maths can be checked on its own against worked examples.
//
// # What is compared
//
// Agreement is measured at the character level, as NVivo does: for one
// article of N characters and one code, every character is either "coded"
// or "not coded" by each coder. A character is one Unicode code point of the
// article's stored text, the unit of every Parley offset (DESIGN §3), so
// accents, NBSP and emoji count once each.
//
// The input is a flat list of [Coding] values (article, code, coder, spans)
// plus the length of every article to compare. A coder's spans for one code
// in one article are merged: overlapping or nested passages do not count a
// character twice, because a character is coded or it is not.
//
// Every article in the texts map counts for every code, including articles
// where nobody used the code: those characters are agreement ("both left it
// uncoded"). This is what NVivo does and why its percentages run high; κ and
// α correct for it by discounting the agreement chance alone would produce.
//
// # Figures
//
// For two coders A and B the characters fall into a 2×2 [Table]:
// Both, OnlyA, OnlyB, Neither. From it:
//
//   - percent agreement = (Both + Neither) / N, as a percentage;
//   - Cohen's κ with the chance term P_e = P_yes + P_no (see [Kappa]);
//   - Krippendorff's α, nominal (see [TableAlpha] and [KrippendorffAlpha]).
//
// For two or more coders, [Alpha] gives Krippendorff's α per code, per
// article and overall; [AlphaSeen] allows coders that did not see some
// articles (missing values).
//
// # Pooling
//
// Per code, per article and overall figures pool characters, they do not
// average figures: the overall table is the sum of the (article, code)
// tables, so every character weighs the same, a long article more than a
// short one. Percent agreement pooled this way is exactly the character-
// weighted mean of the per-cell percentages. For κ and α pooling is also the
// only sound choice: most (article, code) cells are "nobody coded anything",
// where κ is undefined, so an average of per-cell κ could not be formed.
//
// # Speed
//
// Nothing allocates per character. Spans are sorted and merged once; the
// two-coder table comes from a linear walk over both span lists and the
// α counts from a sweep over sorted span boundaries, so cost grows with the
// number of spans, not with the length of the text.
package agree
