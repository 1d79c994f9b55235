package main

import (
	"context"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ops"
	"github.com/jhasearch/jhasearch/search"
)

// opsFlags are serve's operations settings: rate limit, trusted proxies,
// body limit. The admin token comes from the environment only, so that it
// does not show in the process list.
type opsFlags struct {
	rate    float64
	burst   int
	proxies string
	maxBody int
}

func (o *opsFlags) add(f *flagSet) {
	f.Float(&o.rate, "rate-limit", "JHASEARCH_RATE_LIMIT", 0, "requests per second one client may make, sustained; 0 turns the limit off")
	f.Int(&o.burst, "rate-burst", "JHASEARCH_RATE_BURST", 0, "requests a client may make at once before the rate applies (default: the rate, rounded up)")
	f.String(&o.proxies, "trusted-proxies", "JHASEARCH_TRUSTED_PROXIES", "", "comma-separated CIDRs of reverse proxies whose X-Forwarded-For is believed")
	f.Int(&o.maxBody, "max-body", "JHASEARCH_MAX_BODY", ops.DefaultMaxBodyBytes, "largest request body accepted, in bytes")
}

// config checks the settings and returns them as the ops package's Config.
func (o *opsFlags) config(e env) (ops.Config, error) {
	cfg := ops.Config{RateLimit: o.rate, RateBurst: o.burst, MaxBodyBytes: int64(o.maxBody), AdminToken: e.getenv(adminTokenEnv)}
	for _, p := range strings.Split(o.proxies, ",") {
		if p = strings.TrimSpace(p); p != "" {
			cfg.TrustedProxies = append(cfg.TrustedProxies, p)
		}
	}
	if err := cfg.Validate(); err != nil {
		return cfg, usageError{err.Error()}
	}
	return cfg, nil
}

// timedEngine is the engine with every search timed for the metrics.
type timedEngine struct {
	*search.Engine
	metrics *ops.Metrics
}

func (t timedEngine) Search(ctx context.Context, req jhasearch.SearchRequest) (*jhasearch.SearchResult, error) {
	start := time.Now()
	res, err := t.Engine.Search(ctx, req)
	t.metrics.ObserveSearch(time.Since(start))
	return res, err
}

// indexSnapshot feeds the metrics with the served generation.
func indexSnapshot(engine *search.Engine) func() ops.IndexSnapshot {
	return func() ops.IndexSnapshot {
		st, err := engine.Stats(context.Background())
		if err != nil {
			return ops.IndexSnapshot{}
		}
		return ops.IndexSnapshotOf(st)
	}
}
