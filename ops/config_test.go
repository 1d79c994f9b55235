package ops

import (
	"math"
	"strings"
	"testing"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string // a part of the error; "" for none
	}{
		{"zero value", Config{}, ""},
		{"full", Config{RateLimit: 10, RateBurst: 20, TrustedProxies: []string{"10.0.0.0/8", "::1", " 172.16.0.0/12 "},
			MaxBodyBytes: 4096, AdminToken: "3f9a1c07e4b25d68a0c1f7e93b4d2a6e"}, ""},
		{"negative rate", Config{RateLimit: -1}, "rate limit"},
		{"NaN rate", Config{RateLimit: math.NaN()}, "rate limit"},
		{"negative burst", Config{RateBurst: -1}, "rate burst"},
		{"negative clients", Config{RateClients: -5}, "rate clients"},
		{"negative body", Config{MaxBodyBytes: -1}, "max body bytes"},
		{"bad proxy", Config{TrustedProxies: []string{"10.0.0.0/8", "proxy.local"}}, `trusted proxy "proxy.local"`},
		{"proxy with host bits", Config{TrustedProxies: []string{"10.0.0.1/8"}}, "did you mean 10.0.0.0/8"},
		{"every IPv4 address", Config{TrustedProxies: []string{"0.0.0.0/0"}}, "every IPv4 address"},
		{"every IPv6 address", Config{TrustedProxies: []string{"10.0.0.0/8", "::/0"}}, "every IPv6 address"},
		{"IPv4 in two halves", Config{TrustedProxies: []string{"128.0.0.0/1", "0.0.0.0/1"}}, "every IPv4 address"},
		{"IPv4 in pieces", Config{TrustedProxies: []string{"0.0.0.0/2", "64.0.0.0/2", "10.0.0.0/8", "128.0.0.0/1"}}, "every IPv4 address"},
		{"half of IPv4", Config{TrustedProxies: []string{"0.0.0.0/1", "192.168.0.0/16"}}, ""},
		{"all but one IPv6 address", Config{TrustedProxies: []string{"::/1", "8000::/2", "c000::/3", "e000::/4"}}, ""},
		{"loopback and private", Config{TrustedProxies: []string{"127.0.0.1", "::1", "10.0.0.0/8", "fc00::/7"}}, ""},
		{"short token", Config{AdminToken: "short"}, "admin token"},
		{"token with a space", Config{AdminToken: "0123456789 abcdef0123456789abcdef"}, "admin token"},
		{"16 characters", Config{AdminToken: "0123456789abcdef"}, "at least 32 characters"},
		{"one repeated letter", Config{AdminToken: strings.Repeat("a", 16)}, "admin token"},
		{"32 of one letter", Config{AdminToken: strings.Repeat("a", 32)}, "different characters"},
		{"32 of seven letters", Config{AdminToken: strings.Repeat("abcdefg", 5)}, "different characters"},
		{"a control character", Config{AdminToken: "3f9a1c07e4b25d68a0c1f7e93b4d2a6e\x1b"}, "admin token"},
		{"a word repeated", Config{AdminToken: "password1234password1234password"}, "repeats"},
		{"a placeholder typed four times", Config{AdminToken: "changeme-changeme-changeme-chang"}, "repeats"},
		{"hex of 16 random bytes", Config{AdminToken: "3f9a1c07e4b25d68a0c1f7e93b4d2a6e"}, ""},
		{"base64 of 24 random bytes", Config{AdminToken: "q3Jd9+Zk1/Xw0vBn7LmQa2Rt5YcE8uHf"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate: %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Validate: %v, want an error naming %q", err, tt.want)
			}
			if _, nerr := New(tt.cfg, nil); (nerr == nil) != (err == nil) {
				t.Errorf("New and Validate disagree: %v vs %v", nerr, err)
			}
		})
	}
}

func TestConfigDefaults(t *testing.T) {
	got := Config{RateLimit: 2.5}.withDefaults()
	if got.RateBurst != 3 || got.MaxBodyBytes != DefaultMaxBodyBytes || got.RateClients != DefaultRateClients {
		t.Errorf("defaults %+v", got)
	}
}
