// Package benchgen writes libraries of generated agency pages for
// benchmarks (parley-cli bench): French and English text pages in the
// agency's layout, each telling a meeting of the focal country (Vietnam)
// with one of many partners, dated in the grammar the extractor reads, with
// a long body of agency prose and teasers of earlier pages.
//
// Generation is deterministic: the same seed and index always give the
// same page, and a page is generated without the pages before it, so a
// folder of any size is written one file at a time (nothing is held in
// memory) and a baseline can regenerate the same texts.
package benchgen
