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
	"syscall"
	"time"

	"github.com/jhasearch/jhasearch/internal/schedule"
	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/search"
	"github.com/jhasearch/jhasearch/ui"
)

// serveConfig is what `serve` and `demo` need to answer searches.
type serveConfig struct {
	addr     string
	indexDir string
	watch    time.Duration
	logger   *slog.Logger
	ui       ui.Config
	// refresh, when set, runs the nightly refresh in-process by schedule.
	refresh *scheduledRefresh
	// wrap, when set, wraps the application's handler; tests use it to
	// make a request slow.
	wrap func(http.Handler) http.Handler
}

// scheduledRefresh is `serve --schedule`: the same crawl and build as
// `jhasearch crawl`, under the same writer lock.
type scheduledRefresh struct {
	schedule schedule.Schedule
	data     dataDir
	sources  []scraper.Source
	crawl    scraper.Config
}

func (r *scheduledRefresh) run(ctx context.Context) error {
	summary, report, err := crawlAndBuild(ctx, r.data, r.sources, r.crawl, false)
	if err != nil {
		return err
	}
	if report.Failed() {
		r.crawl.Logger.Warn("scheduled crawl: a source failed", "summary", summary)
		return nil
	}
	r.crawl.Logger.Info("scheduled crawl", "summary", summary)
	return nil
}

func runServe(ctx context.Context, e env, args []string) error {
	var dir, addr, logFormat, spec, sourcesFile, userAgent, publicURL string
	var watch time.Duration
	f := newFlagSet(e, "serve", "", "Serve the JSON API and the results page over the current index generation.\nA new generation is picked up within seconds, at once on SIGHUP.")
	settingData.Add(f, &dir)
	settingAddr.Add(f, &addr)
	f.Duration(&watch, "watch", "JHASEARCH_WATCH", 2*time.Second, "how often to look for a new index generation")
	settingLogFormat.Add(f, &logFormat)
	settingSchedule.Add(f, &spec)
	settingSources.Add(f, &sourcesFile)
	settingUserAgent.Add(f, &userAgent)
	settingPublicURL.Add(f, &publicURL)
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
	cfg := serveConfig{addr: addr, indexDir: dataDir(dir).index(), watch: watch, logger: logger,
		ui: ui.Config{BaseURL: publicURL}}
	if err := cfg.ui.Validate(); err != nil {
		return usageError{"--public-url: " + err.Error()}
	}
	if spec != "" {
		s, err := schedule.Parse(spec)
		if err != nil {
			return usageError{"--schedule: " + err.Error()}
		}
		sources, err := loadSources(sourcesFile)
		if err != nil {
			return err
		}
		cfg.refresh = &scheduledRefresh{schedule: s, data: dataDir(dir), sources: sources,
			crawl: scraper.Config{UserAgent: userAgent, Logger: logger}}
	}
	return serve(ctx, cfg, func(url string) {
		fmt.Fprintf(e.stdout, "Serving %s on %s\n", dir, url)
	})
}

// serve answers HTTP until ctx is done, then finishes the requests in
// flight. ready is called with the server's URL once it listens.
func serve(ctx context.Context, cfg serveConfig, ready func(url string)) error {
	engine, err := search.Open(cfg.indexDir, cfg.logger)
	if err != nil {
		return err
	}
	defer engine.Close()
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return usageError{fmt.Sprintf("cannot listen on %s: %v", cfg.addr, err)}
	}
	handler := ui.New(engine, cfg.ui, cfg.logger).Handler()
	if cfg.wrap != nil {
		handler = cfg.wrap(handler)
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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go engine.Watch(ctx, cfg.watch)
	go reloadOnHangup(ctx, engine, cfg.logger)
	if r := cfg.refresh; r != nil {
		go runScheduled(ctx, r.schedule, realClock{}, r.run, cfg.logger)
	}

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	ready("http://" + ln.Addr().String() + "/")
	cfg.logger.Info("serving", "addr", ln.Addr().String(), "index", cfg.indexDir, "ready", engine.Ready())
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
func reloadOnHangup(ctx context.Context, engine *search.Engine, logger *slog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
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
