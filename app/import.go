package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"parley/app/ingest"
)

// FileOutcome is what an import did with one file.
type FileOutcome string

const (
	FileImported   FileOutcome = "imported"
	FilePresent    FileOutcome = "already in the library"
	FileNewVersion FileOutcome = "new version"
	FileRejected   FileOutcome = "rejected"
	FileSkipped    FileOutcome = "skipped"
)

// FileReport tells what happened to one file of an import.
type FileReport struct {
	Path    string
	Outcome FileOutcome
	// Added, Present and Versions count the file's articles (a CSV file
	// holds many) by what happened to them.
	Added, Present, Versions int
	// Err says why the file was rejected or skipped; it names the file.
	Err error
}

// ImportSummary counts the files of an import by outcome.
type ImportSummary struct {
	Files, Imported, Present, NewVersions, Rejected, Skipped int
	ArticlesAdded                                            int
}

func (s *ImportSummary) add(r FileReport) {
	s.Files++
	s.ArticlesAdded += r.Added + r.Versions
	switch r.Outcome {
	case FileImported:
		s.Imported++
	case FilePresent:
		s.Present++
	case FileNewVersion:
		s.NewVersions++
	case FileRejected:
		s.Rejected++
	case FileSkipped:
		s.Skipped++
	}
}

// Import reads files and folders (recursively) into the library. Each file
// lands whole or not at all (files are committed a batch at a time; see
// BatchSaver): a file that fails is rejected with a reason and the rest
// still land. progress, when not nil, is called after each file, in order.
// The error is for a cancelled context or a failed compaction of the index
// after a bulk import; bad files, and files the store refused, are reported,
// not returned.
func (l *Library) Import(ctx context.Context, paths []string, progress func(FileReport)) (ImportSummary, error) {
	return l.importAll(ctx, func(emit func(parseJob) bool) {
		for _, root := range paths {
			info, err := os.Stat(root)
			switch {
			case err != nil:
				if !emit(parsed(prepared{report: rejected(root, unwrapPathError(err))})) {
					return
				}
			case !info.IsDir():
				if !emit(func() prepared { return l.prepareFile(root) }) {
					return
				}
			default:
				stopped := false
				_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
					var p parseJob
					parseFile := func() prepared { return l.prepareFile(path) }
					switch {
					case err != nil:
						p = parsed(prepared{report: rejected(path, unwrapPathError(err))})
					case d.Type()&fs.ModeSymlink != 0:
						regular, linkErr := linkedFile(path)
						switch {
						case linkErr != nil:
							p = parsed(prepared{report: rejected(path, unwrapPathError(linkErr))})
						case !regular:
							return nil
						default:
							p = parseFile
						}
					case d.IsDir() || !d.Type().IsRegular():
						return nil
					default:
						p = parseFile
					}
					if !emit(p) {
						stopped = true
						return fs.SkipAll
					}
					if err != nil && d != nil && d.IsDir() {
						return fs.SkipDir
					}
					return nil
				})
				if stopped {
					return
				}
			}
		}
	}, progress)
}

// CountFiles is how many reports Import will give for paths (every regular
// file of the folders, every path that cannot be read), so that a progress
// bar knows its end before the import starts. It reads folder entries only,
// never a file's content.
func CountFiles(paths []string) int {
	n := 0
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil || !info.IsDir() {
			n++
			continue
		}
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				n++
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
			case d.Type().IsRegular():
				n++
			case d.Type()&fs.ModeSymlink != 0:
				if regular, err := linkedFile(path); regular || err != nil {
					n++
				}
			}
			return nil
		})
	}
	return n
}

// linkedFile tells what a symbolic link met in a folder leads to: a
// regular file is imported through it; a folder is not followed (it may hold
// the link itself); a link that loops or leads nowhere is an error to report.
func linkedFile(path string) (regular bool, err error) {
	info, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return info.Mode().IsRegular(), nil
}

// ImportFS imports every supported file of fsys, such as the embedded demo
// library. keyPrefix makes its source keys distinct from files on disk.
func (l *Library) ImportFS(ctx context.Context, fsys fs.FS, keyPrefix string, progress func(FileReport)) (ImportSummary, error) {
	return l.importAll(ctx, func(emit func(parseJob) bool) {
		_ = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
			var p parseJob
			switch {
			case err != nil:
				p = parsed(prepared{report: rejected(name, err)})
			case d.IsDir():
				return nil
			case !ingest.Supported(name):
				p = parsed(prepared{report: skipped(name)})
			default:
				p = func() prepared {
					raw, err := fs.ReadFile(fsys, name)
					if err != nil {
						return prepared{report: rejected(name, err)}
					}
					return l.prepare(name, keyPrefix+name, raw)
				}
			}
			if !emit(p) {
				return fs.SkipAll
			}
			return nil
		})
	}, progress)
}

// LoadDemo fills an empty library with the demo articles of fsys, so that a
// first start shows data at once. It does nothing to a library that has ever
// held an article, and reports whether it loaded anything.
func (l *Library) LoadDemo(ctx context.Context, fsys fs.FS) (bool, error) {
	info, err := l.Store.Info(ctx)
	if err != nil || info.Versions > 0 {
		return false, err
	}
	sum, err := l.ImportFS(ctx, fsys, "demo:", nil)
	if err == nil && sum.Rejected > 0 {
		err = fmt.Errorf("demo library: %d files rejected", sum.Rejected)
	}
	return err == nil, err
}

// prepared is a file read and parsed, ready to store; or, when report has
// an outcome already (rejected, skipped), a file that will not be stored.
type prepared struct {
	report   FileReport
	articles []Article
}

// importAll runs an import as a pipeline (see import_pipeline.go): walk
// lists the files; parseFiles reads and parses them on every core, and
// finds their meetings in file order; storeAndIndex stores them in order, a
// batch of files a transaction (storeAll). A Background import runs every
// stage on threads of lower priority. walk stops when emit returns false.
func (l *Library) importAll(ctx context.Context, walk func(emit func(parseJob) bool), progress func(FileReport)) (ImportSummary, error) {
	// The collector is relaxed while files are parsed and stored, when the
	// live heap is small; reclustering then holds a partner's meetings,
	// and runs with the usual setting again.
	gcRestore := sync.OnceFunc(relaxGC())
	defer gcRestore()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	aheadFiles, aheadBytes := parseAhead(l.batchLimits())
	ready := make(chan prepared, aheadFiles)
	budget := newByteBudget(aheadBytes)
	defer budget.close()
	go l.parseFiles(ctx, walk, budget, ready)
	if !l.Background {
		return l.storeAndIndex(ctx, cancel, ready, budget, progress, gcRestore)
	}
	type result struct {
		sum ImportSummary
		err error
	}
	done := make(chan result, 1)
	go func() {
		lowerPriority() // ends with this goroutine
		sum, err := l.storeAndIndex(ctx, cancel, ready, budget, progress, gcRestore)
		done <- result{sum, err}
	}()
	r := <-done
	return r.sum, r.err
}

// storeAndIndex is the second stage of importAll: it stores what the walker
// prepared, calls stored, then reclusters the new meetings and compacts the
// index.
func (l *Library) storeAndIndex(ctx context.Context, cancel context.CancelFunc, ready <-chan prepared, budget *byteBudget, progress func(FileReport), stored func()) (ImportSummary, error) {
	var sum ImportSummary
	partners := map[string]bool{}
	err := l.storeAll(ctx, ready, budget, func(r FileReport) {
		sum.add(r)
		if progress != nil {
			progress(r)
		}
	}, partners)
	if err != nil {
		cancel()
		budget.close()
		for range ready { // let the walker see the cancellation and stop
		}
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	stored()
	if l.extractor != nil && sum.ArticlesAdded > 0 {
		// Only the partners of the new meetings need reclustering; a new
		// version takes its old meetings, of any partner, out of the
		// clusters, so then all are reclustered.
		recluster := func(ctx context.Context) error {
			return l.reclusterPartners(ctx, slices.Sorted(maps.Keys(partners)))
		}
		if sum.NewVersions > 0 {
			recluster = l.Recluster
		}
		if err := l.afterExtraction(ctx, recluster); err != nil {
			return sum, err
		}
	}
	return sum, l.optimizeAfter(ctx, sum)
}

// parseAhead bounds the files parsed but not yet stored, and so the
// memory an import holds: enough for the parsers to go on while a batch is
// stored (the stages overlap), not more: twice a batch's files, a batch and
// a half of its bytes. A larger file (up to ingest.MaxFileSize) goes alone.
func parseAhead(b batchLimits) (files int, bytes int64) {
	return 2 * b.files, 3 * b.bytes / 2
}

// bulkImport is the number of new articles after which an import compacts
// the search index: a folder of thousands of files leaves many small index
// segments that slow searches, while compacting costs about a second per
// 10,000 articles, too much to do after every small import.
const bulkImport = 1000

func (l *Library) optimizeAfter(ctx context.Context, sum ImportSummary) error {
	if sum.ArticlesAdded < bulkImport {
		return nil
	}
	return l.Store.Optimize(ctx)
}

// prepareFile reads and parses one file on disk.
func (l *Library) prepareFile(path string) prepared {
	if !ingest.Supported(path) {
		return prepared{report: skipped(path)}
	}
	info, err := os.Stat(path)
	if err != nil {
		return prepared{report: rejected(path, unwrapPathError(err))}
	}
	if !info.Mode().IsRegular() {
		// A named pipe or a device would block the read or never end it.
		return prepared{report: rejected(path, errors.New("not a regular file"))}
	}
	if info.Size() > ingest.MaxFileSize {
		return prepared{report: rejected(path, fmt.Errorf("file is %d bytes, over the %d MiB limit", info.Size(), ingest.MaxFileSize>>20))}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return prepared{report: rejected(path, unwrapPathError(err))}
	}
	key, err := filepath.Abs(path)
	if err != nil {
		return prepared{report: rejected(path, err)}
	}
	return l.prepare(path, key, raw)
}

// prepare parses the bytes of one file into articles (their meetings are
// found after, by findAllMeetings). path names the file in messages, key is
// its source key.
func (l *Library) prepare(path, key string, raw []byte) prepared {
	p := prepared{report: FileReport{Path: path}}
	docs, err := ingest.Parse(path, raw)
	if err != nil {
		return prepared{report: rejected(path, err)}
	}
	now := l.Now()
	name := filepath.Base(filepath.FromSlash(path))
	p.articles = make([]Article, 0, len(docs))
	for _, d := range docs {
		a, err := articleFromDocument(d, name, key)
		if err != nil {
			return prepared{report: rejected(path, err)}
		}
		a.ImportedAt = now
		p.articles = append(p.articles, a)
	}
	return p
}

// findAllMeetings finds the meetings of a parsed file's articles. Files go
// through it one at a time, in order: the extractor learns people from one
// article for the next, so the order must not depend on which parser
// finished first.
func (l *Library) findAllMeetings(p *prepared) {
	for i := range p.articles {
		p.articles[i].Meetings = l.findMeetings(&p.articles[i])
	}
}

// FileSaved is what a BatchSaver did with one file: its articles' results,
// or why the file was rolled back.
type FileSaved struct {
	Results []SaveResult
	Err     error
}

// BatchSaver is a store that can save several files in one transaction,
// each file all or nothing (data.Store can). An import uses it when the
// store has it, since one commit per file costs about a third of the time
// of storing a text file.
type BatchSaver interface {
	SaveFiles(ctx context.Context, files [][]Article) ([]FileSaved, error)
}

// batchLimits: a batch of an import is committed when it holds files
// files or bytes of text, or has been open for time, and at the end, so
// that a crash loses at most one batch, progress is reported at least every
// time, and another writer (the analyst reviewing meetings while an import
// runs) waits at most about time.
type batchLimits struct {
	files int
	bytes int64
	time  time.Duration
}

// An import from the command line is the analyst's foreground work: larger
// batches commit four times less often (each commit writes the index's
// pending segment and the changed pages; 8 % of a 10,000-article import
// with the background batches). The desktop app's Background imports keep
// the analyst's own writes waiting a quarter of a second at most.
var (
	foregroundBatch = batchLimits{files: 256, bytes: 32 << 20, time: time.Second}
	backgroundBatch = batchLimits{files: 64, bytes: 8 << 20, time: 250 * time.Millisecond}
)

func (l *Library) batchLimits() batchLimits {
	if l.Background {
		return backgroundBatch
	}
	return foregroundBatch
}

// storeAll stores the prepared files of ready, in batches when the store
// can, and reports each file in order.
func (l *Library) storeAll(ctx context.Context, ready <-chan prepared, budget *byteBudget, report func(FileReport), partners map[string]bool) error {
	saver, ok := l.Store.(BatchSaver)
	if !ok {
		for p := range ready {
			notePartners(partners, p)
			r, err := l.store(ctx, p)
			budget.release(p.size())
			if err != nil {
				return err
			}
			report(r)
		}
		return nil
	}
	limits := l.batchLimits()
	var batch []prepared
	var opened time.Time
	var bytes int64
	flush := func() error {
		reps, err := l.storeBatch(ctx, saver, batch)
		budget.release(bytes)
		if err != nil {
			return err
		}
		for _, r := range reps {
			report(r)
		}
		batch, bytes = batch[:0], 0
		return nil
	}
	for {
		var p prepared
		var more bool
		if len(batch) == 0 {
			p, more = <-ready
		} else {
			// Wait for the next file only until the batch is due.
			due := time.NewTimer(limits.time - time.Since(opened))
			select {
			case p, more = <-ready:
				due.Stop()
			case <-due.C:
				if err := flush(); err != nil {
					return err
				}
				p, more = <-ready
			}
		}
		if !more {
			if len(batch) > 0 {
				return flush()
			}
			return nil
		}
		if len(batch) == 0 {
			opened = time.Now()
		}
		notePartners(partners, p)
		batch = append(batch, p)
		bytes += p.size()
		if len(batch) >= limits.files || bytes >= limits.bytes || time.Since(opened) >= limits.time {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

// notePartners adds the partners of a file's meetings to the set.
func notePartners(partners map[string]bool, p prepared) {
	for _, a := range p.articles {
		for _, m := range a.Meetings {
			partners[strings.ToUpper(m.Partner)] = true
		}
	}
}

// storeBatch saves a batch of prepared files in one transaction and
// returns their reports, in order.
func (l *Library) storeBatch(ctx context.Context, saver BatchSaver, batch []prepared) ([]FileReport, error) {
	var files [][]Article
	for _, p := range batch {
		if p.report.Outcome == "" {
			files = append(files, p.articles)
		}
	}
	var saved []FileSaved
	var batchErr error
	if len(files) > 0 {
		saved, batchErr = saver.SaveFiles(ctx, files)
		if batchErr != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if IsWriteFault(batchErr) { // every later file would fail the same way
			return nil, fmt.Errorf("%s and the files after it: not stored: %w", firstToStore(batch), batchErr)
		}
	}
	reps := make([]FileReport, len(batch))
	k := 0
	for i, p := range batch {
		switch {
		case p.report.Outcome != "":
			reps[i] = p.report
			continue
		case batchErr != nil:
			reps[i] = rejected(p.report.Path, fmt.Errorf("not stored: %w", batchErr))
		case saved[k].Err != nil:
			reps[i] = rejected(p.report.Path, fmt.Errorf("not stored: %w", saved[k].Err))
		default:
			reps[i] = outcome(p.report, saved[k].Results)
		}
		k++
	}
	return reps, nil
}

// store saves a prepared file in one transaction and reports the outcome.
func (l *Library) store(ctx context.Context, p prepared) (FileReport, error) {
	rep := p.report
	if rep.Outcome != "" {
		return rep, nil
	}
	results, err := l.Store.SaveFile(ctx, p.articles)
	if err != nil {
		if ctx.Err() != nil {
			return rep, ctx.Err()
		}
		if IsWriteFault(err) { // every later file would fail the same way
			return rep, fmt.Errorf("%s and the files after it: not stored: %w", rep.Path, err)
		}
		return rejected(rep.Path, fmt.Errorf("not stored: %w", err)), nil
	}
	return outcome(rep, results), nil
}

// outcome counts a stored file's articles by what happened to them.
func outcome(rep FileReport, results []SaveResult) FileReport {
	for _, r := range results {
		switch r.Status {
		case Added:
			rep.Added++
		case AlreadyPresent:
			rep.Present++
		case NewVersion:
			rep.Versions++
		}
	}
	switch {
	case rep.Versions > 0:
		rep.Outcome = FileNewVersion
	case rep.Added == 0:
		rep.Outcome = FilePresent
	default:
		rep.Outcome = FileImported
	}
	return rep
}

// articleFromDocument turns an importer's draft into an article. name is the
// file's base name and key its absolute path; CSV rows get their own key.
func articleFromDocument(d ingest.Document, name, key string) (Article, error) {
	published, err := ParseDate(d.Published)
	if err != nil {
		return Article{}, fmt.Errorf("%s: %w", rowField(d, "published"), err)
	}
	a := Article{
		Source:      name,
		SourceKey:   key,
		Title:       d.Title,
		Body:        d.Body,
		Page:        d.Page,
		Lang:        d.Lang,
		Published:   published,
		URL:         d.URL,
		Meta:        d.Meta,
		SearchExtra: d.SearchExtra,
		Format:      d.Format,
	}
	if d.Row > 0 {
		row := strconv.Itoa(d.Row)
		a.Source, a.SourceKey = name+"#"+row, key+"#"+row
		if d.Source != "" {
			a.Source, a.SourceKey = d.Source, key+"#"+d.Source
		}
	}
	sum := sha256.Sum256([]byte(d.Page))
	a.Hash = hex.EncodeToString(sum[:])
	for i, t := range d.Teasers {
		a.Teasers = append(a.Teasers, Teaser{Position: i, Caption: t.Caption, Headline: t.Headline, Lead: t.Lead, Start: t.Start, End: t.End})
	}
	for i, c := range d.Captions {
		a.Captions = append(a.Captions, Caption{Position: i, Text: c.Text, Start: c.Start, End: c.End})
	}
	return a, nil
}

func rowField(d ingest.Document, field string) string {
	if d.Row > 0 {
		return fmt.Sprintf("row %d: column %q", d.Row, field)
	}
	return field
}

// rejected reports a file that could not be imported, naming it.
func rejected(path string, err error) FileReport {
	return FileReport{Path: path, Outcome: FileRejected, Err: fmt.Errorf("%s: %w", path, err)}
}

// skipped reports a file of a type Parley does not read.
func skipped(path string) FileReport {
	return FileReport{Path: path, Outcome: FileSkipped, Err: fmt.Errorf("%s: %w", path, ingest.ErrUnsupported)}
}

// unwrapPathError drops the path from an *fs.PathError, since our messages
// already start with it.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
