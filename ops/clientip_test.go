package ops

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestClientIP(t *testing.T) {
	trusted := []string{"10.0.0.0/8", "192.168.1.7", "fd00::/8"}
	tests := []struct {
		name    string
		trusted []string
		remote  string
		xff     []string
		want    string
	}{
		{"direct client", trusted, "203.0.113.9:5000", nil, "203.0.113.9"},
		{"spoofed header from an untrusted client is ignored", trusted, "203.0.113.9:5000", []string{"198.51.100.1"}, "203.0.113.9"},
		{"no trusted proxies: header ignored", nil, "10.0.0.2:80", []string{"198.51.100.1"}, "10.0.0.2"},
		{"one proxy", trusted, "10.0.0.2:80", []string{"198.51.100.1"}, "198.51.100.1"},
		{"client's own entry left of the real one is ignored", trusted, "10.0.0.2:80", []string{"1.2.3.4, 198.51.100.1"}, "198.51.100.1"},
		{"chain of trusted proxies", trusted, "10.0.0.2:80", []string{"198.51.100.1, 192.168.1.7", "10.9.9.9"}, "198.51.100.1"},
		{"bare-address proxy entry", trusted, "192.168.1.7:443", []string{"198.51.100.3"}, "198.51.100.3"},
		{"neighbour of a bare-address proxy is not trusted", trusted, "192.168.1.8:443", []string{"198.51.100.3"}, "192.168.1.8"},
		{"all hops trusted: the left-most", trusted, "10.0.0.2:80", []string{"10.1.1.1, 10.2.2.2"}, "10.1.1.1"},
		{"proxy without header", trusted, "10.0.0.2:80", nil, "10.0.0.2"},
		{"garbage hop: the proxy that sent it", trusted, "10.0.0.2:80", []string{"198.51.100.1, not-an-ip"}, "10.0.0.2"},
		{"hop with port", trusted, "10.0.0.2:80", []string{"198.51.100.1:4711"}, "198.51.100.1"},
		{"IPv6 proxy and client", trusted, "[fd00::1]:80", []string{"2001:db8::5"}, "2001:db8::5"},
		{"IPv4-mapped IPv6 remote", trusted, "[::ffff:10.0.0.2]:80", []string{"198.51.100.1"}, "198.51.100.1"},
		{"unparsable remote", trusted, "pipe", nil, "invalid IP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := parseTrustedProxies(tt.trusted)
			if err != nil {
				t.Fatal(err)
			}
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.remote
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := (clientIPs{trusted: p}).of(r).String(); got != tt.want {
				t.Errorf("client %s, want %s", got, tt.want)
			}
		})
	}
}

func TestClientKeyGroupsIPv6By64(t *testing.T) {
	a := clientKey(netip.MustParseAddr("2001:db8:1:2:aaaa::1"))
	b := clientKey(netip.MustParseAddr("2001:db8:1:2:bbbb::2"))
	c := clientKey(netip.MustParseAddr("2001:db8:1:3::1"))
	if a != b || a == c {
		t.Errorf("keys %s %s %s: want the first two equal, the third apart", a, b, c)
	}
	if v4 := netip.MustParseAddr("198.51.100.1"); clientKey(v4) != v4 {
		t.Errorf("IPv4 key %s, want the address itself", clientKey(v4))
	}
}
