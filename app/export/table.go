package export

import "io"

// startTable opens a CSV file on w and writes its header row: every export
// is a header then one row per item, and nothing else, so that any
// RFC 4180 reader takes the file as it is.
func startTable(w io.Writer, opt CSVOptions, header ...string) (*CSVWriter, error) {
	c, err := NewCSVWriter(w, opt)
	if err != nil {
		return nil, err
	}
	if err := c.Write(header...); err != nil {
		return nil, err
	}
	return c, nil
}
