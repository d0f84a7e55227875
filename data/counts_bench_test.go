package data

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
	"time"

	"parley/app"
	"parley/app/export"
)

// Benchmarks of counting and exporting on a generated library of 100,000
// meetings over ten years and 30 partners:
//
//	CGO_ENABLED=0 go test -run '^$' -bench 'Counts|ExportMeetings' ./data/
//
// The library takes about a minute to build; set PARLEY_BENCH_MEETINGS to a
// file name to keep it between runs.

const (
	benchMeetings        = 100_000
	benchMeetingsPerPage = 5
)

var benchPartners = []string{"USA", "JPN", "LAO", "CUB", "CHN", "RUS", "KOR", "IND", "FRA", "DEU",
	"GBR", "AUS", "KHM", "THA", "SGP", "IDN", "MYS", "PHL", "MMR", "BRN",
	"CAN", "BRA", "ARG", "ZAF", "EGY", "NGA", "KAZ", "NZL", "ITA", "HUN"}

var (
	meetingsLibOnce sync.Once
	meetingsLibPath string
	meetingsLibErr  error
)

// genMeeting is meeting k of the benchmark library: a report of cluster
// k/2 (so most real meetings are told twice), dated in 2015-2024 except one
// in thirty-three.
func genMeeting(r *rand.Rand, k int) app.Meeting {
	modes := []string{app.ModeInPerson, app.ModeInPerson, app.ModeInPerson, app.ModePhone, app.ModeVideo}
	settings := []string{app.SettingHosting, app.SettingVisitAbroad, app.SettingThirdPlace}
	levels := []string{"head_of_state_or_party", "head_of_government", "minister", "vice_minister", "ambassador", "other"}
	cluster := k/2 + 1
	cr := rand.New(rand.NewPCG(benchSeed, uint64(cluster)))
	m := app.Meeting{
		Partner: benchPartners[cr.IntN(len(benchPartners))], Mode: modes[r.IntN(len(modes))],
		Setting: settings[r.IntN(len(settings))], Status: app.Suggested, Origin: app.OriginExtracted,
		Cluster: int64(cluster), EvidenceStart: 0, EvidenceEnd: 40, Evidence: "Le ministre a reçu son homologue à Hanoï.",
		Focal:       []app.Participant{{Name: "Nguyen Van A", Title: "ministre", Level: levels[cr.IntN(len(levels))], Country: "VNM"}},
		PartnerSide: []app.Participant{{Name: "Partner Official", Title: "minister", Level: levels[cr.IntN(len(levels))]}},
	}
	if cr.IntN(33) != 0 {
		day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, cr.IntN(3652)+r.IntN(2))
		m.DateStart = day.Format("2006-01-02")
		m.DateEnd, m.DatePrecision = m.DateStart, app.PrecisionDay
	}
	if r.IntN(10) == 0 {
		m.Status = app.Confirmed
	}
	return m
}

func meetingsLibrary(b *testing.B) string {
	meetingsLibOnce.Do(func() {
		ctx := context.Background()
		if meetingsLibPath = os.Getenv("PARLEY_BENCH_MEETINGS"); meetingsLibPath != "" {
			if s, err := Open(meetingsLibPath); err == nil {
				n, _ := s.Meetings(ctx, app.MeetingFilter{ArticleID: 1})
				s.Close()
				if len(n) == benchMeetingsPerPage {
					return
				}
			}
			os.Remove(meetingsLibPath)
		} else {
			dir, err := os.MkdirTemp("", "parley-bench-meetings-")
			if err != nil {
				meetingsLibErr = err
				return
			}
			prev := benchCleanup
			benchCleanup = func() { prev(); os.RemoveAll(dir) }
			meetingsLibPath = dir + "/library.db"
		}
		s, err := Open(meetingsLibPath)
		if err != nil {
			meetingsLibErr = err
			return
		}
		defer s.Close()
		start := time.Now()
		r := rand.New(rand.NewPCG(benchSeed, 7))
		const perFile = 100 // articles per SaveFile, as a CSV import would
		for first := 0; first < benchMeetings/benchMeetingsPerPage; first += perFile {
			arts := make([]app.Article, perFile)
			for i := range arts {
				n := first + i
				arts[i] = article(fmt.Sprintf("m%06d.txt", n), fmt.Sprintf("Article %d", n), fmt.Sprintf("Texte de l'article %d.", n))
				for j := range benchMeetingsPerPage {
					arts[i].Meetings = append(arts[i].Meetings, genMeeting(r, n*benchMeetingsPerPage+j))
				}
			}
			if _, err := s.SaveFile(ctx, arts); err != nil {
				meetingsLibErr = err
				return
			}
		}
		fmt.Fprintf(os.Stderr, "bench library: %d meetings stored in %v\n", benchMeetings, time.Since(start).Round(time.Millisecond))
	})
	if meetingsLibErr != nil {
		b.Fatal(meetingsLibErr)
	}
	return meetingsLibPath
}

func BenchmarkCounts(b *testing.B) {
	s := MustOpenStoreAt(b, meetingsLibrary(b))
	lib := app.NewLibrary(s)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		req  func(*app.CountRequest)
	}{
		{"clusters-4partners-month", func(r *app.CountRequest) { r.By = app.ByMonth }},
		{"clusters-all-month", func(r *app.CountRequest) { r.By, r.AllPartners = app.ByMonth, true }},
		{"days-4partners-year", func(r *app.CountRequest) { r.Unit = app.UnitDays }},
		{"mentions-levels-quarter", func(r *app.CountRequest) {
			r.Unit, r.By, r.Levels = app.UnitMentions, app.ByQuarter, []string{"minister"}
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			r := app.NewCountRequest()
			bc.req(&r)
			var t app.CountTable
			for b.Loop() {
				var err error
				if t, err = lib.Counts(ctx, r); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(t.Rows)), "cells")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/count")
		})
	}
}

func BenchmarkExportMeetings(b *testing.B) {
	s := MustOpenStoreAt(b, meetingsLibrary(b))
	ctx := context.Background()
	all := []app.MeetingStatus{app.Suggested, app.Confirmed, app.Rejected, app.Planned}
	var rows int
	for b.Loop() {
		ms, err := s.Meetings(ctx, app.MeetingFilter{Statuses: all})
		if err != nil {
			b.Fatal(err)
		}
		if err := export.Meetings(io.Discard, export.CSVOptions{}, ms); err != nil {
			b.Fatal(err)
		}
		rows = len(ms)
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
