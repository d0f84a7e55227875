package extract

import (
	"parley/app/extract/places"
)

// Extractor finds meetings with one gazetteer and one people memory. It is
// safe for concurrent use (the memory locks itself).
type Extractor struct {
	g      *places.Gazetteer
	people *People
}

// New returns an extractor. A nil people starts an empty memory.
func New(g *places.Gazetteer, people *People) *Extractor {
	if people == nil {
		people = NewPeople(nil)
	}
	return &Extractor{g: g, people: people}
}

// Extract returns the meetings doc reports, in text order, announced ones
// with Planned set. It learns the titled people it reads into the memory.
func (x *Extractor) Extract(doc Document) []Meeting {
	if doc.Text == "" || x.g == nil {
		return nil
	}
	a := x.analyse(doc)
	x.findPersons(a)
	var found []draft
	for si := range a.sents {
		found = append(found, a.sentenceMeetings(si, found)...)
	}
	found = a.merge(found)
	a.fillDates(found)
	out := make([]Meeting, 0, len(found))
	for i := range found {
		out = append(out, a.finish(&found[i]))
	}
	return out
}
