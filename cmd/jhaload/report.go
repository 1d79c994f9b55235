package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch/internal/corpus"
)

// report gathers every figure of a jhaload run and writes it as Markdown.
type report struct {
	cfg      config
	at       time.Time
	bin      binary
	size     corpus.Size
	imp      importResult
	idx      indexSize
	workload *workload
	machine  string
	runs     []scenarioResult
}

func newReport(c config, bin binary, size corpus.Size, imp importResult, idx indexSize, w *workload) *report {
	return &report{cfg: c, at: time.Now().UTC(), bin: bin, size: size, imp: imp, idx: idx, workload: w, machine: machine()}
}

// Goals of the issues, compared in the report's last table.
const (
	goalDocsPerSec = 2000
	goalIndexRatio = 2.0
	goalP50        = 2 * time.Millisecond
	goalP99        = 20 * time.Millisecond
	// Issue 19's, for the distinct workload.
	goalDistinctCPU       = time.Millisecond
	goalDistinctP50       = 3 * time.Millisecond
	goalDistinctPhraseP99 = 30 * time.Millisecond
)

// writeHead writes the title, the machine and the import figures; each
// run follows as it ends (writeRun), the goals and workload last
// (writeTail), so an interrupted run keeps what it measured.
func (r *report) writeHead(out io.Writer) {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "## jhaload: %d documents, commit %s\n\n", r.size.Documents, r.bin.commit)
	fmt.Fprintf(w, "Measured %s on %s.\n\n", r.at.Format("2006-01-02 15:04 MST"), r.machine)
	r.writeBuild(w)
	w.Flush()
}

func (r *report) writeTail(out io.Writer) error {
	w := bufio.NewWriter(out)
	r.writeGoals(w)
	if r.workload.distinct {
		fmt.Fprintf(w, "Workload `distinct`: every question asked once in a run (whatever its page), cut from the text of %d documents of the archive; "+
			"pages 1, 2, 3 in proportion 70:20:10; 10 results a page; closed loop, each client one keep-alive connection; "+
			"%s warm-up of other distinct questions (a pool of their own) not measured:\n\n", len(r.workload.sample.docs), r.cfg.warmup)
	} else {
		fmt.Fprintf(w, "Workload `cached` (weights of the mix; repeated questions; pages 1, 2, 3 in proportion 70:20:10; 10 results a page; "+
			"closed loop, each client one keep-alive connection; %s warm-up not measured):\n\n", r.cfg.warmup)
	}
	fmt.Fprintln(w, "| class | share | requests |\n|---|---|---|")
	for _, l := range r.workload.describe() {
		fmt.Fprintln(w, l)
	}
	fmt.Fprintln(w)
	return w.Flush()
}

func (r *report) writeBuild(w io.Writer) {
	imp := r.imp
	cached := ""
	if imp.Cached {
		cached = fmt.Sprintf(" (cached: imported %s by the same binary)", imp.At.Format("2006-01-02 15:04 MST"))
	}
	fmt.Fprintf(w, "### Import and index%s\n\n", cached)
	fmt.Fprintln(w, "| documents | JSON Lines | text (title+summary+body) | import wall time | documents/s | index build (log) | build documents/s | import peak RSS |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	fmt.Fprintf(w, "| %d | %s | %s | %.1f s | %.0f | %.1f s | %s | %s |\n\n", r.size.Documents,
		mb(r.size.JSONBytes), mb(r.size.TextBytes), imp.Seconds, float64(imp.Documents)/imp.Seconds,
		imp.BuildSeconds, perSec(imp.Documents, imp.BuildSeconds), mb(imp.PeakRSS))
	fmt.Fprintln(w, "| index generation | on disk (du) | apparent | index / text | index / JSON Lines | archive.db |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	fmt.Fprintf(w, "| %s | %s | %s | %.2f× | %.2f× | %s |\n\n", r.idx.Generation, mb(r.idx.Allocated), mb(r.idx.Apparent),
		float64(r.idx.Allocated)/float64(r.size.TextBytes), float64(r.idx.Allocated)/float64(r.size.JSONBytes), mb(r.idx.ArchiveDB))
}

func (r *report) writeRun(out io.Writer, run scenarioResult) {
	w := bufio.NewWriter(out)
	defer w.Flush()
	what := fmt.Sprintf("%d clients, %s", run.clients, run.elapsed.Round(100*time.Millisecond))
	if run.rebuild != nil {
		what += ", `jhasearch reindex` in a second process"
	}
	fmt.Fprintf(w, "### Queries, workload %s: %s\n\n", r.workload.name, what)
	fmt.Fprintln(w, "| class | requests | errors | distinct | mean total | p50 | p90 | p99 | max | req/s |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	for i, s := range run.classes {
		writeRow(w, r.workload.classes[i].name, s)
	}
	writeRow(w, "**all**", run.overall)
	fmt.Fprintf(w, "\nServer peak RSS (VmHWM): %s. Load average at the start of the run: %s.\n", mb(run.peakRSS), run.load)
	if n := run.overall.Requests; n > 0 {
		fmt.Fprintf(w, "CPU per request: server %.2f ms, this load generator %.2f ms (%s and %s in all).\n",
			run.serverCPU.Seconds()*1000/float64(n), run.clientCPU.Seconds()*1000/float64(n), run.serverCPU.Round(time.Millisecond), run.clientCPU.Round(time.Millisecond))
	}
	if run.asked > 0 {
		twice := "none twice"
		if run.rebuild != nil {
			twice = "none twice to one generation: the set of asked questions is emptied when the server switches"
		}
		fmt.Fprintf(w, "Distinct questions asked, warm-up included: %d (%s).\n", run.asked, twice)
	}
	for i, c := range run.classes {
		if c.UsedUp > 0 {
			fmt.Fprintf(w, "The questions of kind %q ran out (each is asked once of a generation): %d later draws of it went to the other kinds, not to the server.\n",
				r.workload.classes[i].name, c.UsedUp)
		}
	}
	fmt.Fprintf(w, "\nSlowest requests of each class (to repeat them, e.g. with one client):\n\n")
	for i, c := range run.classes {
		for _, s := range c.Slowest {
			fmt.Fprintf(w, "- %s, %s: `%s`\n", r.workload.classes[i].name, ms(s.latency), strings.ReplaceAll(s.target, "`", "'"))
		}
	}
	if len(run.errors) > 0 {
		fmt.Fprintf(w, "\nFirst errors of each class:\n\n")
	}
	for _, e := range run.errors {
		fmt.Fprintf(w, "- `%s`\n", strings.ReplaceAll(e, "`", "'"))
	}
	if rb := run.rebuild; rb != nil {
		fmt.Fprintln(w)
		writeRebuild(w, rb, run.overall)
	}
	fmt.Fprintln(w)
}

func writeRow(w io.Writer, name string, s latencySummary) {
	fmt.Fprintf(w, "| %s | %d | %d | %d | %.0f | %s | %s | %s | %s | %.1f |\n", name, s.Requests, s.Errors, s.Distinct,
		s.MeanHits, ms(s.P50), ms(s.P90), ms(s.P99), ms(s.Max), s.PerSec)
}

func writeRebuild(w io.Writer, rb *rebuildResult, all latencySummary) {
	if rb.Err != "" {
		fmt.Fprintf(w, "Rebuild FAILED: %s\n", rb.Err)
		return
	}
	fmt.Fprintf(w, "Rebuild: `jhasearch reindex` took %.1f s (peak RSS %s) and built %s; the server served %s (%d documents) before",
		rb.Seconds, mb(rb.PeakRSS), rb.Built, rb.Before.Generation, rb.Before.Documents)
	if rb.PickedUp {
		fmt.Fprintf(w, " and switched to %s %s after the command ended (%d documents at the end).", rb.Built, rb.Pickup.Round(time.Millisecond), rb.After.Documents)
	} else {
		fmt.Fprintf(w, "; it did NOT switch to %s within a minute (it serves %s).", rb.Built, rb.After.Generation)
	}
	fmt.Fprintf(w, " The load ran %s before the rebuild and %s after the switch; %d of %d requests failed.\n",
		rb.leadIn, rb.afterwards, all.Errors, all.Requests)
	if rb.PickedUp {
		fmt.Fprintf(w, "\n| p99 | steady (the %s before the rebuild) | first minute of the new generation | ratio |\n|---|---|---|---|\n", rb.leadIn)
		fmt.Fprintf(w, "| all | %s (%d requests) | %s (%d requests) | %s |\n", ms(rb.Steady), rb.SteadyN, ms(rb.FirstMinute), rb.FirstMinuteN, ratio(rb.FirstMinute, rb.Steady))
		fmt.Fprintf(w, "| phrase | %s | %s | %s |\n", ms(rb.PhraseSteady), ms(rb.PhraseFirstMinute), ratio(rb.PhraseFirstMinute, rb.PhraseSteady))
	}
}

func (r *report) writeGoals(w io.Writer) {
	fmt.Fprintln(w, "### Goals of the issues\n\n| goal | measured | met |\n|---|---|---|")
	// Issue 4 asks for the build's throughput: the index build of the
	// import, from its log. The whole import also checks every line and
	// stores every document in the archive first; it is shown beside.
	whole := float64(r.imp.Documents) / r.imp.Seconds
	if r.imp.BuildSeconds > 0 {
		rate := float64(r.imp.Documents) / r.imp.BuildSeconds
		goal(w, fmt.Sprintf("build ≥ %d documents/s (index build; whole import in brackets)", goalDocsPerSec),
			fmt.Sprintf("%.0f (%.0f)", rate, whole), rate >= goalDocsPerSec)
	} else {
		goal(w, fmt.Sprintf("build ≥ %d documents/s (whole import; the build's log gave no time)", goalDocsPerSec),
			fmt.Sprintf("%.0f", whole), whole >= goalDocsPerSec)
	}
	ratio := float64(r.idx.Allocated) / float64(r.size.TextBytes)
	goal(w, fmt.Sprintf("index ≤ %.0f× raw text", goalIndexRatio), fmt.Sprintf("%.2f×", ratio), ratio <= goalIndexRatio)
	if len(r.runs) > 0 && r.workload.distinct {
		r.writeDistinctGoals(w)
	} else if len(r.runs) > 0 {
		m := r.runs[0].overall
		goal(w, fmt.Sprintf("p50 ≤ %s, %d clients, browsing included", ms(goalP50), r.runs[0].clients), ms(m.P50), m.P50 <= goalP50)
		goal(w, fmt.Sprintf("p99 ≤ %s, %d clients, browsing included", ms(goalP99), r.runs[0].clients), ms(m.P99), m.P99 <= goalP99)
	}
	errs, reqs := 0, 0
	for _, run := range r.runs {
		errs, reqs = errs+run.overall.Errors, reqs+run.overall.Requests
	}
	goal(w, "zero errors (every run)", fmt.Sprintf("%d of %d", errs, reqs), errs == 0)
	fmt.Fprintln(w)
}

// writeDistinctGoals compares the first run and the rebuild run with
// issue 19's goals.
func (r *report) writeDistinctGoals(w io.Writer) {
	run := r.runs[0]
	m := run.overall
	if m.Requests == 0 {
		// A run whose questions all ran out asked nothing: its zero
		// latencies meet no goal.
		goal(w, "distinct questions answered", "none: every kind's questions ran out", false)
		return
	}
	cpu := run.serverCPU / time.Duration(m.Requests)
	goal(w, fmt.Sprintf("server CPU ≤ %s per request, distinct questions", ms(goalDistinctCPU)), ms(cpu), cpu <= goalDistinctCPU)
	goal(w, fmt.Sprintf("p50 ≤ %s, %d clients, distinct questions", ms(goalDistinctP50), run.clients), ms(m.P50), m.P50 <= goalDistinctP50)
	goal(w, fmt.Sprintf("p99 ≤ %s, %d clients, distinct questions", ms(goalP99), run.clients), ms(m.P99), m.P99 <= goalP99)
	for i, c := range r.workload.classes {
		if c.name == "phrase" && i < len(run.classes) && run.classes[i].Requests > 0 {
			p := run.classes[i].P99
			goal(w, fmt.Sprintf("p99 of phrases ≤ %s", ms(goalDistinctPhraseP99)), ms(p), p <= goalDistinctPhraseP99)
		}
	}
	for _, run := range r.runs {
		if rb := run.rebuild; rb != nil && rb.PickedUp && rb.Steady > 0 {
			goal(w, "p99 of the new generation's first minute ≤ 2 × steady p99", fmt.Sprintf("%s against %s", ms(rb.FirstMinute), ms(rb.Steady)), rb.FirstMinute <= 2*rb.Steady)
		}
	}
}

func ratio(a, b time.Duration) string {
	if b <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", float64(a)/float64(b))
}

func goal(w io.Writer, what, got string, met bool) {
	verdict := "no"
	if met {
		verdict = "yes"
	}
	fmt.Fprintf(w, "| %s | %s | %s |\n", what, got, verdict)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }
func mb(n int64) string         { return fmt.Sprintf("%.0f MB", float64(n)/1e6) }

func perSec(n int, seconds float64) string {
	if seconds <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f", float64(n)/seconds)
}

// machine describes the CPU, memory and load, for the reader to judge.
func machine() string {
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	mem := "?"
	if kb, err := procMemTotal(); err == nil {
		mem = fmt.Sprintf("%.0f GB", float64(kb)/1e6)
	}
	return fmt.Sprintf("%s, %d cores, %s RAM, %s %s/%s, load average %s at the start",
		cpu, runtime.NumCPU(), mem, runtime.Version(), runtime.GOOS, runtime.GOARCH, loadAverage())
}

// loadAverage is the 1, 5 and 15 minute load average: on a shared machine
// it says how much of the CPU the measured processes could have had.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

func procMemTotal() (int64, error) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, err
	}
	var kb int64
	_, err = fmt.Sscanf(strings.SplitN(string(b), "\n", 2)[0], "MemTotal: %d kB", &kb)
	return kb, err
}
