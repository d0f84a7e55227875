package extract

import "parley/app/extract/places"

// location returns where sentence si (or an earlier sentence of its
// paragraph) places its events: a place after "à/au/en/in/at" that is not
// part of someone's title ("ambassadeur … au Vietnam"), or a city of the
// cities table.
func (a *analysis) location(si int) (string, string) {
	para := a.sents[si].para
	for j := si; j >= 0 && j > si-maxLocationLookback && a.sents[j].para == para; j-- {
		if c, t := a.sentenceLocation(j); c != "" {
			return c, t
		}
	}
	return "", ""
}

// maxLocationLookback bounds how many sentences back a meeting's place is
// looked for in its paragraph. Real paragraphs hold a handful; a hostile
// paragraph of thousands of sentences, each with a cue, made the search
// quadratic.
const maxLocationLookback = 12

func (a *analysis) sentenceLocation(si int) (string, string) {
	s := a.sents[si]
	inTitle := func(k int) bool {
		for _, p := range a.persons[si] {
			if p.name != "" && k >= p.winFrom && k < p.appTo {
				return true
			}
		}
		return false
	}
	for k := s.from; k < s.to; k++ {
		t := a.toks[k]
		if !t.word || inTitle(k) {
			continue
		}
		pw := prevWord(a.toks, s, k, 1)
		if !postings[pw] && pw != "l" {
			continue
		}
		if pi := a.placeOf[k]; pi >= 0 {
			m := a.places[pi]
			if m.Alpha3 != "" && m.Kind != places.KindAdjective && m.Kind != places.KindCompound {
				return m.Alpha3, m.Text
			}
			continue
		}
		if c, n := a.cityAt(k); n > 0 {
			return c, a.text(k, k+n)
		}
	}
	return "", ""
}

// finish turns a draft into a Meeting: setting and CAMEO from the means and
// the place, participants, date and evidence.
func (a *analysis) finish(d *draft) Meeting {
	m := Meeting{Partner: d.partner, Mode: d.mode, Planned: d.planned,
		DateStart: d.date.Start, DateEnd: d.date.End, DatePrecision: string(d.date.Precision)}
	loc, locText := d.loc, d.locText
	// The dateline places a meeting its text does not; at a summit only a
	// dateline abroad does ("Kazan (VNA) –": a meeting with the host is a
	// visit, with another guest a third place), since summit news is
	// often datelined at home.
	if loc == "" && d.mode == ModeInPerson && (!d.multi || a.dateline != a.focal) {
		loc, locText = a.dateline, a.dlText
	}
	if d.mode != ModePhone && d.mode != ModeVideo {
		m.Location = locText
		switch {
		case loc == "" && d.multi:
			m.Setting = SettingThirdPlace
		case loc == "":
		case loc == a.focal:
			m.Setting = SettingHosting
		case loc == d.partner:
			m.Setting = SettingVisitAbroad
		default:
			m.Setting = SettingThirdPlace
		}
	}
	m.CAMEO = CAMEO(m.Mode, m.Setting)
	for _, p := range d.focal {
		m.Focal = append(m.Focal, participant(p, a.focal))
	}
	for _, p := range d.partnerSide {
		m.PartnerSide = append(m.PartnerSide, participant(p, d.partner))
	}
	s := a.sents[d.sent]
	m.EvidenceStart, m.EvidenceEnd = a.toks[s.from].start, a.toks[s.to-1].end
	m.Evidence = string(a.rs[m.EvidenceStart:m.EvidenceEnd])
	return m
}

func participant(p person, country string) Participant {
	lvl := p.level
	if lvl == "" {
		lvl = LevelOther
	}
	if p.country != "" {
		country = p.country
	}
	return Participant{Name: p.name, Title: p.title, Level: lvl, Country: country}
}
