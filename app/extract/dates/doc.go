// Package dates finds date expressions in French and English agency text and
// resolves them to calendar intervals with a precision.
//
// It works in two steps, kept apart on purpose: Find reads the text and
// reports each date expression as written (a Mention: day, month, year parts
// that the text gives, a weekday, a range, a part of a month, a relative
// word), and Resolve turns one Mention into an Interval using what the
// article says about itself (a Context: publication date, years named in the
// text). Keeping the written form lets the meeting extractor pick the mention
// nearest to a cue before any guess about the year is made, and lets a user
// interface show why a year was chosen (ResolveBasis).
//
// # Grammar
//
// Find tokenizes the text once (words, digit runs, single punctuation runes;
// whitespace including NBSP and U+202F only separates) and looks each word up
// in a small folded vocabulary (case and accents ignored: "Fevrier",
// "février", "AOUT" are one word). A hand-written recursive grammar then runs
// from each token that can start a date. No pattern crosses a line break. The
// forms read, in French and English:
//
//	le 30 mars, 30 mars 2023, mercredi 1er juillet, le 1ᵉʳ juillet, le 30mars,
//	mardi (1er juillet), le 30 mars dernier
//	le 2 décembre au matin, dans la soirée du 18 novembre, le 12 août 2025 après-midi
//	du 28 juin au 2 juillet, du 17 au 19 novembre, les 2 et 3 décembre,
//	les 1er, 2 et 3 décembre, entre le 3 et le 5 mai, 28-30 mars,
//	du 28 décembre au 2 janvier, la nuit du 31 décembre au 1er janvier
//	en novembre 2023, en septembre, novembre 2023, au mois d'août, fin juin,
//	début juillet, mi-juin, à la mi-juin, en 2020, en 2020-2021, fin 2023
//	hier, avant-hier, aujourd'hui, demain, ce matin, cet après-midi, ce soir,
//	ce jeudi, jeudi dernier, jeudi prochain, lundi
//	30/03/2023, 30.03.2023, 2023-03-30, 2023-07
//	March 30, 30 March, March 30, 2023, on Wednesday, July 1, the 1st of July,
//	on Tuesday (July 1), Sept. 5, July 1-3, June 28-July 2, December 1-3, 2025,
//	from June 28 to July 2, between May 3 and 5, in November 2023, late June,
//	early July, mid-June, the end of June, in late 2023,
//	yesterday, today, tomorrow, tonight, this morning, last Monday, on Monday
//
// Words glued by copy-paste are read where the seeds show them: digits glued
// to a month ("30mars", "novembre2023") and a short function word glued in
// front of a month ("enseptembre", "finjuin").
//
// Not read (known gaps): dates without a year in digits ("15/8", "1/7" — too
// often ratios or references), Vietnamese forms ("ngày 1 tháng 7", "sáng
// 1/7"), weeks ("cette semaine", "last week"), "le lendemain" / "la veille"
// (relative to another date, not to publication), ordinal words
// ("premier"), and weekdays written only with the second end of a range.
//
// What is not a date: ordinals without a month ("30e anniversaire", "14e
// Congrès", "1er ministre"), "G20", digit groups of phone numbers, and bare
// spans of years ("2020-2021", "2013-2023"), which YearsIn reports as years
// but Find does not take as a date: only "en 2020-2021" / "in 2020-2021"
// becomes a year-precision range mention. A bare year ("ASEAN 2020") is not a
// mention either; "en 2020" / "in 2020" is.
//
// # Spans
//
// A mention's span covers the words that introduce it ("le", "du", "les",
// "entre", "en", "on", "from", "between", "in", "dans la soirée du") and the
// time of day that follows it ("au matin", "après-midi"), so that the
// evidence shown to the analyst reads naturally. Offsets count Unicode code
// points, as everywhere else in Parley.
//
// # Resolution
//
// See Resolve for the order of the rules and ResolveBasis for which rule
// decided the year.
package dates
