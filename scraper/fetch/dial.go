package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

type siteKey struct{}

// withSite puts the site on a request's context, so that the dialer
// knows which hosts may resolve to private addresses.
func withSite(ctx context.Context, site *Site) context.Context {
	return context.WithValue(ctx, siteKey{}, site)
}

// dialer refuses connections to loopback, private, link-local and other
// non-public addresses unless the host is in the source's allow_hosts. The
// check sits in the dialer's Control hook, on the address actually dialed
// after name resolution: checking the name before the request would leave
// a DNS rebinding gap (the name re-resolving to 127.0.0.1 in between).
func dialer(timeout time.Duration) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, fmt.Errorf("scraper: dial %s: %w", addr, err)
		}
		d := &net.Dialer{Timeout: timeout}
		site, _ := ctx.Value(siteKey{}).(*Site)
		if site == nil || !site.AllowsPrivate(host) {
			d.Control = refusePrivate
		}
		return d.DialContext(ctx, network, addr)
	}
}

// errPrivate marks a connection refused because of its address.
var errPrivate = errors.New("not a public address")

func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("scraper: dial %s: %w", address, err)
	}
	if ip := ap.Addr().Unmap(); !public(ip) {
		return fmt.Errorf("scraper: dial %s: refused: %s is %w (add the host to allow_hosts)", address, ip, errPrivate)
	}
	return nil
}

var sharedSpace = netip.MustParsePrefix("100.64.0.0/10") // carrier-grade NAT

func public(ip netip.Addr) bool {
	return ip.IsValid() && !ip.IsLoopback() && !ip.IsPrivate() && !ip.IsLinkLocalUnicast() &&
		!ip.IsLinkLocalMulticast() && !ip.IsInterfaceLocalMulticast() && !ip.IsMulticast() &&
		!ip.IsUnspecified() && !sharedSpace.Contains(ip) &&
		!(ip.Is4() && ip.As4()[0] == 0)
}
