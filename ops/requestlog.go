package ops

import (
	"context"
	"crypto/rand"
	"log/slog"
	"net/http"
	"net/netip"
	"time"
)

// RequestIDHeader carries the request id in both directions.
const RequestIDHeader = "X-Request-ID"

type requestIDKey struct{}

// RequestID returns the id RequestLog gave the request, "" outside it.
// Handlers add it to their own log lines so that they join the request's.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// validRequestID accepts the ids proxies and load balancers send (UUIDs,
// hex, base32/64 tokens) and nothing that could break a log line or a
// header: 1 to 128 letters, digits and - _ . : + / =.
func validRequestID(id string) bool {
	if len(id) == 0 || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		switch c {
		case '-', '_', '.', ':', '+', '/', '=':
			ok = true
		}
		if !ok {
			return false
		}
	}
	return true
}

// RequestLog gives each request an id (the caller's X-Request-ID when it is
// valid, else a new random one), echoes it in the answer and logs one line
// when the answer is done. Only the path is logged, never the query
// string: it holds what people searched for.
func (o *Ops) RequestLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get(RequestIDHeader)
		if !validRequestID(id) {
			id = rand.Text()
		}
		w.Header().Set(RequestIDHeader, id)
		r = r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id))
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		status := rec.code()
		level := logLevel(r.URL.Path, status)
		o.log.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method),
			slog.String("route", o.metrics.routes.match(r)),
			slog.String("path", r.URL.Path),
			slog.Int("status", status),
			slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)),
			slog.String("client", addrString(o.clients.of(r))),
			slog.String("request_id", id))
	})
}

// logLevel keeps the log readable: probes and metrics scrapes, every few
// seconds all day, are logged at Debug unless they fail; server errors are
// warnings.
func logLevel(path string, status int) slog.Level {
	switch {
	case status >= 500:
		return slog.LevelWarn
	case unlimitedPaths[path] && status < 400:
		return slog.LevelDebug
	}
	return slog.LevelInfo
}

func addrString(a netip.Addr) string {
	if !a.IsValid() {
		return "unknown"
	}
	return a.String()
}
