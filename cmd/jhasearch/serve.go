package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"github.com/jhasearch/jhasearch/internal/schedule"
	"github.com/jhasearch/jhasearch/ops"
	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/search"
	"github.com/jhasearch/jhasearch/ui"
	"github.com/jhasearch/jhasearch/vocab"
	"github.com/jhasearch/jhasearch/workflow"
)

// serveConfig is what `serve` and `demo` need to answer searches.
type serveConfig struct {
	addr   string
	data   workflow.DataDir
	watch  time.Duration
	logger *slog.Logger
	ui     ui.Config
	ops    ops.Config
	// schedule, when set, runs the crawl in-process by a cron expression.
	schedule *schedule.Schedule
	// sources and crawl configure the crawl of the schedule and the admin
	// API: the same crawl as `jhasearch crawl`, under the same writer lock.
	sources []scraper.Source
	crawl   scraper.Config
	// vocab enriches the documents of the builds of scheduled and admin
	// jobs; nil means the built-in vocabulary.
	vocab *vocab.Vocabulary
	// wrap, when set, wraps the application's handler; tests use it to
	// make a request slow.
	wrap func(http.Handler) http.Handler
}

func runServe(ctx context.Context, e env, args []string) error {
	var dir, addr, logFormat, spec, sourcesFile, userAgent, publicURL, vocabFile, browserPath string
	var watch time.Duration
	var of opsFlags
	f := newFlagSet(e, "serve", "", "Serve the JSON API and the results page over the current index generation.\nA new generation is picked up within seconds, at once on SIGHUP.\nThe admin API is on when "+adminTokenEnv+" is set.")
	settingData.Add(f, &dir)
	settingAddr.Add(f, &addr)
	f.Duration(&watch, "watch", "JHASEARCH_WATCH", 2*time.Second, "how often to look for a new index generation")
	settingLogFormat.Add(f, &logFormat)
	settingSchedule.Add(f, &spec)
	settingSources.Add(f, &sourcesFile)
	settingUserAgent.Add(f, &userAgent)
	settingPublicURL.Add(f, &publicURL)
	settingVocabulary.Add(f, &vocabFile)
	settingBrowser.Add(f, &browserPath)
	of.add(f)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	if watch <= 0 {
		return usageError{fmt.Sprintf("--watch %s: must be positive", watch)}
	}
	logger, err := newLogger(e.stderr, logFormat)
	if err != nil {
		return err
	}
	cfg := serveConfig{addr: addr, data: workflow.DataDir(dir), watch: watch, logger: logger,
		ui: ui.Config{BaseURL: publicURL}, crawl: scraper.Config{UserAgent: userAgent, Logger: logger,
			Browser: scraper.BrowserConfig{Path: browserPath}}}
	if err := cfg.ui.Validate(); err != nil {
		return usageError{"--public-url: " + err.Error()}
	}
	if cfg.ops, err = of.config(e); err != nil {
		return err
	}
	if cfg.vocab, err = loadVocabulary(vocabFile); err != nil {
		return err
	}
	cfg.ui.Labels = workflow.ConceptLabels(cfg.vocab)
	if spec != "" {
		s, err := schedule.Parse(spec)
		if err != nil {
			return usageError{"--schedule: " + err.Error()}
		}
		cfg.schedule = &s
	}
	if cfg.schedule != nil || cfg.ops.AdminToken != "" {
		if cfg.sources, err = loadSources(sourcesFile); err != nil {
			return err
		}
		warnNoBrowser(logger, cfg.sources, browserPath)
	}
	tuneGC(e.getenv)
	return serve(ctx, cfg, func(url string) {
		fmt.Fprintf(e.stdout, "Serving %s on %s\n", dir, url)
	})
}

// serveGCPercent is the server's GOGC. A server's garbage comes fast (the
// lists of every new question), while what it keeps, its caches and the
// generation's tables, changes slowly: collecting when the heap has grown
// by twice the live heap rather than once cut the CPU per distinct
// question by a tenth for about 400 MB more at 100,000 releases
// (docs/BENCHMARKS.md).
const serveGCPercent = 200

// tuneGC sets the server's GOGC, unless the environment sets it.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
}

// serve answers HTTP until ctx is done, then finishes the requests in
// flight. ready is called with the server's URL once it listens.
func serve(ctx context.Context, cfg serveConfig, ready func(url string)) error {
	if cfg.vocab == nil {
		v, err := loadVocabulary("")
		if err != nil {
			return err
		}
		cfg.vocab = v
	}
	cfg.data.WarnIfEmpty(cfg.logger)
	engine, err := search.Open(cfg.data.Index(), cfg.logger, search.WithVocabulary(cfg.vocab))
	if err != nil {
		return err
	}
	defer engine.Close()
	// Every goroutine below stops with ctx and is waited for before the
	// engine closes, so that no reload can open an index after Close.
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	o, err := ops.New(cfg.ops, cfg.logger)
	if err != nil {
		return usageError{err.Error()}
	}
	jobs := workflow.Jobs{Data: cfg.data, Sources: cfg.sources, Crawl: cfg.crawl, Vocab: cfg.vocab, Engine: engine}
	app := ui.New(timedEngine{engine, o.Metrics()}, cfg.ui, cfg.logger)
	o.Metrics().SetIndexSource(indexSnapshot(engine))
	o.Metrics().SetCrawlSource(workflow.CrawlSnapshot(cfg.data, cfg.logger))
	app.Handle(http.MethodGet, "/metrics", o.Metrics().Handler())
	var runner ops.Jobs
	if cfg.ops.AdminToken != "" {
		r := ops.NewRunner(ctx, jobs.Do, engine.Reload, cfg.logger)
		// Stop a running job and wait for it before the engine closes.
		defer func() { cancel(); r.Wait() }()
		runner = r
	}
	o.Admin(runner).Register(app.Handle)
	// Around the finished application, not inside its router: the router
	// writes error answers after its own middleware has returned. The
	// security headers go outermost, so that the operations layer's own
	// refusals (429, 413) carry them too.
	handler := ui.SecurityHeaders(o.Wrap(app.Handler()))
	if cfg.wrap != nil {
		handler = cfg.wrap(handler)
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return usageError{fmt.Sprintf("cannot listen on %s: %v", cfg.addr, err)}
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second, // exports of 1,000 rows
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(cfg.logger.Handler(), slog.LevelWarn),
	}
	// Ask for SIGHUP before saying we are up: a reload sent right after
	// start must not meet the default action, which ends the process.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	wg.Go(func() { engine.Watch(ctx, cfg.watch) })
	wg.Go(func() { reloadOnHangup(ctx, hup, engine, cfg.logger) })
	if cfg.schedule != nil {
		wg.Go(func() { workflow.RunScheduled(ctx, *cfg.schedule, workflow.RealClock{}, jobs.Scheduled, cfg.logger) })
	}

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	ready("http://" + ln.Addr().String() + "/")
	cfg.logger.Info("serving", "addr", ln.Addr().String(), "data", string(cfg.data), "ready", engine.Ready())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancelShutdown := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancelShutdown()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	cfg.logger.Info("stopped")
	return nil
}

// reloadOnHangup makes the engine look for a new generation on SIGHUP.
func reloadOnHangup(ctx context.Context, hup <-chan os.Signal, engine *search.Engine, logger *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			changed, err := engine.Reload()
			logger.Info("reload on SIGHUP", "changed", changed, "err", err)
		}
	}
}

// The engine is what the HTTP layer searches.
var _ ui.Searcher = (*search.Engine)(nil)
