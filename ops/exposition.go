package ops

import (
	"bufio"
	"math"
	"strconv"
	"strings"
)

// This file writes the Prometheus text exposition format (version 0.0.4)
// by hand. The format is a few lines of text per series, and the official
// client library would bring a dependency tree larger than this package
// for no behaviour we need.

// label is one name="value" pair of a series.
type label struct{ name, value string }

// expo writes one metrics page. Each family is announced once with its
// HELP and TYPE lines, then its samples follow.
type expo struct {
	w *bufio.Writer
}

func (e expo) family(name, typ, help string) {
	e.w.WriteString("# HELP " + name + " " + escapeHelp(help) + "\n")
	e.w.WriteString("# TYPE " + name + " " + typ + "\n")
}

func (e expo) sample(name string, labels []label, v float64) {
	e.w.WriteString(name)
	if len(labels) > 0 {
		e.w.WriteByte('{')
		for i, l := range labels {
			if i > 0 {
				e.w.WriteByte(',')
			}
			e.w.WriteString(l.name + `="` + escapeLabel(l.value) + `"`)
		}
		e.w.WriteByte('}')
	}
	e.w.WriteString(" " + formatFloat(v) + "\n")
}

// histogram writes the cumulative buckets, the sum and the count of h.
func (e expo) histogram(name string, labels []label, h *histogram) {
	var cum uint64
	for i, upper := range h.bounds {
		cum += h.counts[i]
		e.sample(name+"_bucket", withLabel(labels, "le", formatFloat(upper)), float64(cum))
	}
	e.sample(name+"_bucket", withLabel(labels, "le", "+Inf"), float64(h.count))
	e.sample(name+"_sum", labels, h.sum)
	e.sample(name+"_count", labels, float64(h.count))
}

// withLabel returns labels plus one more, without touching the caller's
// slice (its spare capacity may be shared).
func withLabel(labels []label, name, value string) []label {
	out := make([]label, len(labels), len(labels)+1)
	copy(out, labels)
	return append(out, label{name, value})
}

var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
var helpEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`)

// escapeLabel escapes a label value as the format requires: backslash,
// double quote and line feed. A source name from a user's sources file is
// exactly the kind of value that may hold one.
func escapeLabel(s string) string { return labelEscaper.Replace(s) }

func escapeHelp(s string) string { return helpEscaper.Replace(s) }

func formatFloat(v float64) string {
	switch {
	case math.IsInf(v, +1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
