package fetch

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"sync"
	"time"

	"github.com/chromedp/chromedp"
)

// BrowserConfig tunes the headless Chromium that loads the sources with
// fetch: browser. Zero values mean the defaults in brackets.
type BrowserConfig struct {
	// Path is the Chromium executable [chromium, chromium-browser or
	// google-chrome, looked up on PATH].
	Path string
	// PageTimeout bounds one rendered page, every request it makes
	// included [60s].
	PageTimeout time.Duration
	// Settle is how long a page must make no request before it counts as
	// rendered [500ms].
	Settle time.Duration
	// MaxRequests is the most requests one page may make, its own document
	// included; further ones fail in the page [64].
	MaxRequests int
	// HeapMB caps the JavaScript heap of a page; a page that needs more
	// crashes and fails [256].
	HeapMB int
}

func (c BrowserConfig) withDefaults() BrowserConfig {
	if c.PageTimeout <= 0 {
		c.PageTimeout = time.Minute
	}
	if c.Settle <= 0 {
		c.Settle = 500 * time.Millisecond
	}
	if c.MaxRequests <= 0 {
		c.MaxRequests = 64
	}
	if c.HeapMB <= 0 {
		c.HeapMB = 256
	}
	return c
}

// browserNames are the executables LookBrowser tries, in order.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome"}

// ErrNoBrowser marks a source with fetch: browser on a machine without
// Chromium.
var ErrNoBrowser = errors.New("no Chromium found")

// LookBrowser returns the Chromium executable that a crawl would start:
// path when set, else the first of chromium, chromium-browser and
// google-chrome on PATH. Commands call it to say at start-up whether the
// sources that need a browser can be crawled.
func LookBrowser(path string) (string, error) {
	if path != "" {
		p, err := exec.LookPath(path)
		if err != nil {
			return "", fmt.Errorf("scraper: browser %s: %w: %w", path, ErrNoBrowser, err)
		}
		return p, nil
	}
	for _, name := range browserNames {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("scraper: %w on PATH (install Debian's chromium package, or use the image built with --target browser)", ErrNoBrowser)
}

// Browser is the one Chromium of a crawl. It starts on the first page that
// needs it; every page gets a fresh browser context (an incognito profile:
// no cookie, cache or storage survives the page), and Close ends the
// process and its children. A browser that died (killed, crashed) is
// started again for the next page.
type Browser struct {
	cfg    Config
	fetch  *Client
	screen func(*Response) error

	mu      sync.Mutex
	ctx     context.Context // the browser's chromedp context; nil until started
	stop    func()          // closes the browser and waits for its processes
	scripts *scriptCache
}

// NewBrowser returns the browser of a crawl, not yet started; every
// request of its pages goes through f. screen reads the document as the
// server sent it, before Chromium runs any of its scripts, and refuses it
// with an error (a bot wall); nil lets every document through.
func NewBrowser(f *Client, screen func(served *Response) error) *Browser {
	return &Browser{cfg: f.cfg, fetch: f, screen: screen, scripts: newScriptCache()}
}

// tab opens a fresh browser context with one tab. Its cancel closes both;
// so does the end of ctx.
func (b *Browser) tab(ctx context.Context) (context.Context, func(), error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ctx != nil && b.ctx.Err() != nil { // the process died: start a new one
		b.stop()
		b.ctx = nil
	}
	if b.ctx == nil {
		if err := b.start(); err != nil {
			return nil, nil, err
		}
	}
	tctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	unhook := context.AfterFunc(ctx, cancel)
	if err := chromedp.Do(tctx); err != nil { // opens the tab, with no deadline bound to it
		unhook()
		cancel()
		return nil, nil, fmt.Errorf("scraper: browser: open a page: %w", err)
	}
	return tctx, func() { unhook(); cancel() }, nil
}

// start runs Chromium. Every request of its pages is answered by the
// crawler's own HTTP client (see page.route), so the proxy flags only make
// sure that nothing the interception does not see (a WebSocket, a
// preconnect) reaches the network.
func (b *Browser) start() error {
	path, err := LookBrowser(b.cfg.Browser.Path)
	if err != nil {
		return err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserAgent(b.cfg.UserAgent), // navigator.userAgent names the crawler too
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("disable-crash-reporter", true),
		chromedp.Flag("blink-settings", "imagesEnabled=false"),
		chromedp.Flag("js-flags", fmt.Sprintf("--max-old-space-size=%d", b.cfg.Browser.HeapMB)),
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.WindowSize(1280, 1024),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	started := time.Now()
	if err := chromedp.Do(bctx); err != nil {
		cancelBrowser()
		cancelAlloc()
		return fmt.Errorf("scraper: start %s: %w", path, err)
	}
	b.cfg.Logger.Info("browser started", "path", path, "took", time.Since(started).Round(time.Millisecond))
	b.ctx = bctx
	b.stop = func() { cancelBrowser(); cancelAlloc() }
	return nil
}

// Close ends the browser, if it was started, and waits for its processes.
func (b *Browser) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ctx != nil {
		b.stop()
		b.ctx = nil
		b.cfg.Logger.Debug("browser closed")
	}
}

// scriptCache keeps the scripts the pages of one crawl load, so that the
// site's application bundle is fetched once per crawl, not once per page.
// It holds at most scriptCacheBytes.
type scriptCache struct {
	mu    sync.Mutex
	size  int
	resps map[string]*Response
}

const scriptCacheBytes = 16 << 20

func newScriptCache() *scriptCache {
	return &scriptCache{resps: map[string]*Response{}}
}

func (c *scriptCache) get(u string) *Response {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.resps[u]
}

func (c *scriptCache) put(u string, resp *Response) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.size+len(resp.Body) > scriptCacheBytes {
		return
	}
	c.size += len(resp.Body)
	c.resps[u] = resp
}
