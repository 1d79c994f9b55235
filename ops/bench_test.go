package ops

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
)

// BenchmarkWrap measures what the whole operations layer adds to a request
// that the application answers at once.
func BenchmarkWrap(b *testing.B) {
	o, err := New(Config{RateLimit: 1e6, RateBurst: 1e6}, nil)
	if err != nil {
		b.Fatal(err)
	}
	h := o.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	req := httptest.NewRequest("GET", "/api/v1/documents/europol-2024-001", nil)
	b.ReportAllocs()
	for b.Loop() {
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
}

// BenchmarkLimiterManyClients measures the limiter when every request
// comes from a new address, so that the table is always full and evicts.
func BenchmarkLimiterManyClients(b *testing.B) {
	l := newLimiter(1, 5, 10000)
	b.ReportAllocs()
	i := uint32(0)
	for b.Loop() {
		i++
		l.allow(netip.AddrFrom4([4]byte{byte(i >> 24), byte(i >> 16), byte(i >> 8), byte(i)}))
	}
}
