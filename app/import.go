package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

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

// Import reads files and folders (recursively) into the library. Each file is
// one transaction: a file that fails is rejected with a reason and the rest
// still land. progress, when not nil, is called after each file. The error is
// only for a cancelled context or a store failure that stops the import; bad
// files are reported, not returned.
func (l *Library) Import(ctx context.Context, paths []string, progress func(FileReport)) (ImportSummary, error) {
	var sum ImportSummary
	emit := func(r FileReport) {
		sum.add(r)
		if progress != nil {
			progress(r)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			emit(rejected(root, unwrapPathError(err)))
			continue
		}
		if !info.IsDir() {
			r, err := l.ImportFile(ctx, root)
			if err != nil {
				return sum, err
			}
			emit(r)
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				emit(rejected(path, unwrapPathError(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			if !ingest.Supported(path) {
				emit(skipped(path))
				return nil
			}
			r, err := l.ImportFile(ctx, path)
			if err != nil {
				return err
			}
			emit(r)
			return nil
		})
		if err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// ImportFile reads one file into the library in one transaction. A bad file
// comes back as a FileRejected report; the error is for cancellation and
// store failures only.
func (l *Library) ImportFile(ctx context.Context, path string) (FileReport, error) {
	if err := ctx.Err(); err != nil {
		return FileReport{}, err
	}
	reject := func(err error) (FileReport, error) { return rejected(path, err), nil }
	if !ingest.Supported(path) {
		return skipped(path), nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return reject(unwrapPathError(err))
	}
	if info.Size() > ingest.MaxFileSize {
		return reject(fmt.Errorf("file is %d bytes, over the %d MiB limit", info.Size(), ingest.MaxFileSize>>20))
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return reject(unwrapPathError(err))
	}
	key, err := filepath.Abs(path)
	if err != nil {
		return reject(err)
	}
	return l.importData(ctx, path, key, raw)
}

// ImportFS imports every supported file of fsys, such as the embedded demo
// library. keyPrefix makes its source keys distinct from files on disk.
func (l *Library) ImportFS(ctx context.Context, fsys fs.FS, keyPrefix string, progress func(FileReport)) (ImportSummary, error) {
	var sum ImportSummary
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !ingest.Supported(name) {
			return nil
		}
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		r, err := l.importData(ctx, name, keyPrefix+name, raw)
		if err != nil {
			return err
		}
		sum.add(r)
		if progress != nil {
			progress(r)
		}
		return nil
	})
	return sum, err
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

// importData parses and stores the bytes of one file in one transaction.
// path names the file in messages, key is its source key.
func (l *Library) importData(ctx context.Context, path, key string, raw []byte) (FileReport, error) {
	rep := FileReport{Path: path}
	reject := func(err error) (FileReport, error) { return rejected(path, err), nil }
	docs, err := ingest.Parse(path, raw)
	if err != nil {
		return reject(err)
	}
	now := l.Now()
	name := filepath.Base(filepath.FromSlash(path))
	articles := make([]Article, 0, len(docs))
	for _, d := range docs {
		a, err := articleFromDocument(d, name, key)
		if err != nil {
			return reject(err)
		}
		a.ImportedAt = now
		articles = append(articles, a)
	}
	results, err := l.Store.SaveFile(ctx, articles)
	if err != nil {
		if ctx.Err() != nil {
			return rep, ctx.Err()
		}
		return reject(fmt.Errorf("not stored: %w", err))
	}
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
	return rep, nil
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
		Format:      formatOf(name),
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

func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return "csv"
	case ".html", ".htm", ".xhtml":
		return "html"
	}
	return "text"
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
