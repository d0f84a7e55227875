package charts

import (
	"strings"

	"parley/app"
)

// NoDataMessage is what a chart says when the request matches nothing,
// instead of an empty plot or an error.
const NoDataMessage = "No meetings match this request"

// drawEmpty fills the plot's place with the message, and says which
// partners and periods were looked at so the analyst can widen the request.
func drawEmpty(c *canvas, f frame, t app.CountTable) {
	mid := f.H / 2
	c.text(NoDataMessage, f.W/2, mid, sizeMessage, inkSoft, alignCenter)
	var what []string
	if len(t.Partners) > 0 {
		what = append(what, "Partners: "+strings.Join(t.Partners, ", "))
	}
	if n := len(t.Periods); n > 0 && !(n == 1 && t.Periods[0] == "all") {
		what = append(what, "periods "+t.Periods[0]+" to "+t.Periods[n-1])
	}
	if len(what) > 0 {
		line := c.fit(strings.Join(what, "; "), sizeLabel, f.W-2*pad)
		c.text(line, f.W/2, mid+c.lineHeight(sizeMessage), sizeLabel, inkFaint, alignCenter)
	}
}
