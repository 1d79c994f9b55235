package ops

import "time"

// Job kinds the admin API starts.
const (
	KindCrawl   = "crawl"
	KindReindex = "reindex"
)

// Jobs runs the server's background work: crawls, rebuilds and reloads.
// cmd implements it over the same code as `jhasearch crawl` and
// `jhasearch reindex`, under the data directory's writer lock.
type Jobs interface {
	// Start begins a job of the given kind (KindCrawl or KindReindex) in the
	// background and returns it, running. It returns a *jhasearch.Error
	// with code ECONFLICT when a job is already running (the admin API
	// answers 409 with its message), EUNAVAILABLE when no job can start
	// (503), EINVALID for an unknown kind.
	Start(kind string) (Run, error)
	// Reload makes the server look for a new index generation now and
	// reports whether the served generation changed.
	Reload() (changed bool, err error)
	// Status returns the running job, if any, and the last runs.
	Status() Status
}

// Run is one job, running or finished.
type Run struct {
	ID       string
	Kind     string
	Started  time.Time
	Finished time.Time // zero while running
	Running  bool
	OK       bool
	// Summary is the one-paragraph summary `jhasearch crawl` prints.
	Summary string
	// Sources has one line per source for a crawl.
	Sources []string
}

// Status is what runs now and what ran before.
type Status struct {
	Running *Run
	Recent  []Run // newest first
}

// runJSON is the API form of a Run; the API's field names are part of its
// contract and must not follow renames in Go.
type runJSON struct {
	ID       string     `json:"id"`
	Kind     string     `json:"kind"`
	Started  time.Time  `json:"started"`
	Finished *time.Time `json:"finished,omitempty"`
	Running  bool       `json:"running"`
	OK       bool       `json:"ok"`
	Summary  string     `json:"summary"`
	Sources  []string   `json:"sources"`
}

func toRunJSON(r Run) runJSON {
	out := runJSON{ID: r.ID, Kind: r.Kind, Started: r.Started, Running: r.Running,
		OK: r.OK, Summary: r.Summary, Sources: r.Sources}
	if !r.Finished.IsZero() {
		out.Finished = &r.Finished
	}
	if out.Sources == nil {
		out.Sources = []string{}
	}
	return out
}

type statusJSON struct {
	Running *runJSON  `json:"running"`
	Recent  []runJSON `json:"recent"`
}

type startJSON struct {
	Run runJSON `json:"run"`
}

type reloadJSON struct {
	Changed bool `json:"changed"`
}
