package ops

import (
	"fmt"
	"net/http"
	"net/netip"
	"slices"
	"strings"
)

// clientIPs attributes a request to a client address. The connection's
// remote address is the client unless it is a trusted proxy; then the
// X-Forwarded-For chain is read from the right, each trusted proxy
// vouching for the hop before it, and the first untrusted address is the
// client. Addresses further left were written by the client itself and
// could be anything, so they are never used: a client that sends its own
// X-Forwarded-For cannot choose its rate-limit bucket.
type clientIPs struct {
	trusted []netip.Prefix
}

// parseTrustedProxies parses CIDRs; a bare address counts as a one-address
// prefix, since "10.0.0.5" in a proxy list can only mean that host.
func parseTrustedProxies(cidrs []string) ([]netip.Prefix, error) {
	out := make([]netip.Prefix, 0, len(cidrs))
	for _, s := range cidrs {
		s = strings.TrimSpace(s)
		if p, err := netip.ParsePrefix(s); err == nil {
			if p != p.Masked() {
				return nil, fmt.Errorf("ops: trusted proxy %q: host bits set; did you mean %s?", s, p.Masked())
			}
			out = append(out, p)
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("ops: trusted proxy %q: not a CIDR such as 10.0.0.0/8 or an address", s)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	for _, fam := range []struct {
		name string
		zero netip.Addr
	}{{"IPv4", netip.IPv4Unspecified()}, {"IPv6", netip.IPv6Unspecified()}} {
		if coversFamily(out, fam.zero) {
			return nil, fmt.Errorf("ops: trusted proxies %s: together they cover every %s address, so any client could "+
				"choose its own rate-limit bucket by sending X-Forwarded-For; list only the addresses of your reverse proxies",
				strings.Join(cidrs, ","), fam.name)
		}
	}
	return out, nil
}

// coversFamily reports whether the prefixes together contain every address
// of zero's family (0.0.0.0/0 or ::/0, or pieces that add up to it):
// trusting every address means believing every client's X-Forwarded-For.
func coversFamily(prefixes []netip.Prefix, zero netip.Addr) bool {
	var ps []netip.Prefix
	for _, p := range prefixes {
		if p.Addr().Is4() == zero.Is4() {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b netip.Prefix) int { return a.Addr().Compare(b.Addr()) })
	next := zero // the first address not yet covered
	for _, p := range ps {
		if p.Addr().Compare(next) > 0 {
			return false // a gap before p
		}
		last := lastAddr(p)
		if !last.Next().IsValid() {
			return true // p reaches the family's last address
		}
		if last.Compare(next) >= 0 {
			next = last.Next()
		}
	}
	return false
}

// lastAddr is the highest address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

func (c clientIPs) isTrusted(a netip.Addr) bool {
	for _, p := range c.trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

func (c clientIPs) of(r *http.Request) netip.Addr {
	addr := parseHostAddr(r.RemoteAddr)
	if !addr.IsValid() || !c.isTrusted(addr) {
		return addr
	}
	hops := forwardedHops(r.Header.Values("X-Forwarded-For"))
	for i := len(hops) - 1; i >= 0; i-- {
		hop := parseHostAddr(hops[i])
		if !hop.IsValid() {
			// A trusted proxy passed on garbage: the last hop we can
			// vouch for is the best attribution left.
			return addr
		}
		addr = hop
		if !c.isTrusted(addr) {
			return addr
		}
	}
	return addr
}

// forwardedHops flattens repeated X-Forwarded-For headers, in order.
func forwardedHops(values []string) []string {
	var hops []string
	for _, v := range values {
		for h := range strings.SplitSeq(v, ",") {
			hops = append(hops, strings.TrimSpace(h))
		}
	}
	return hops
}

// parseHostAddr reads "1.2.3.4", "1.2.3.4:80", "::1" or "[::1]:80", and
// unmaps IPv4-in-IPv6 so that one client has one spelling.
func parseHostAddr(s string) netip.Addr {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap()
	}
	if a, err := netip.ParseAddr(strings.Trim(s, "[]")); err == nil {
		return a.Unmap()
	}
	return netip.Addr{}
}
