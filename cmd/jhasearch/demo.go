package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/jhasearch/jhasearch/internal/demosite"
	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/workflow"
)

func runDemo(ctx context.Context, e env, args []string) error {
	var addr, dir, logFormat, vocabFile, browserPath string
	f := newFlagSet(e, "demo", "", "The offline tour: serve a bundled sample newsroom on a loopback port, crawl it with the\nreal scraper into a data directory, build the index and serve the UI.")
	f.String(&addr, "addr", "JHASEARCH_ADDR", "127.0.0.1:8080", "address the UI listens on, HOST:PORT")
	f.String(&dir, "data", "", "", "data directory to keep (a temporary one, removed at exit, when empty)")
	settingLogFormat.Add(f, &logFormat)
	settingVocabulary.Add(f, &vocabFile)
	settingBrowser.Add(f, &browserPath)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	logger, err := newLogger(e.stderr, logFormat)
	if err != nil {
		return err
	}
	v, err := loadVocabulary(vocabFile)
	if err != nil {
		return err
	}
	if dir == "" {
		tmp, err := os.MkdirTemp("", "jhasearch-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	site, err := startDemoSite()
	if err != nil {
		return err
	}
	defer site.Close()
	fmt.Fprintf(e.stdout, "Sample newsroom on %s; crawling it into %s ...\n", site.URL, dir)
	sources, err := scraper.LoadSources(demosite.Sources(site.URL), "demo sources")
	if err != nil {
		return fmt.Errorf("demo sources: %w", err)
	}
	scripted, err := scraper.LoadSources(demosite.ScriptSources(site.URL), "demo sources")
	if err != nil {
		return fmt.Errorf("demo sources: %w", err)
	}
	sources, skipped := withoutBrowserSources(append(sources, scripted...), browserPath)
	if skipped != "" {
		fmt.Fprintln(e.stderr, "warning: "+skipped)
	}
	quiet, _ := newLevelLogger(e.stderr, logFormat, false)
	// The sample newsroom is on this machine: no need to wait between requests.
	cfg := scraper.Config{Logger: quiet, Progress: terminal(e.stderr), MinGap: time.Millisecond,
		Browser: scraper.BrowserConfig{Path: browserPath}}
	if err := crawlAndPrint(ctx, e, workflow.DataDir(dir), sources, cfg, v, true); err != nil {
		return err
	}
	tuneGC(e.getenv)
	return serve(ctx, serveConfig{addr: addr, data: workflow.DataDir(dir), watch: 2 * time.Second, logger: logger, vocab: v},
		func(url string) {
			fmt.Fprintf(e.stdout, "\njhasearch demo is ready: open %s in a browser (Ctrl-C to stop).\n", url)
		})
}

// demoSite is the sample newsroom served on a loopback port.
type demoSite struct {
	URL string
	srv *http.Server
}

func startDemoSite() (*demoSite, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo site: %w", err)
	}
	srv := &http.Server{Handler: demosite.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(os.Stderr, "demo site: %v\n", err)
		}
	}()
	return &demoSite{URL: "http://" + ln.Addr().String(), srv: srv}, nil
}

func (s *demoSite) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}
