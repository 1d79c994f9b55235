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
			MaxBodyBytes: 4096, AdminToken: "0123456789abcdef"}, ""},
		{"negative rate", Config{RateLimit: -1}, "rate limit"},
		{"NaN rate", Config{RateLimit: math.NaN()}, "rate limit"},
		{"negative burst", Config{RateBurst: -1}, "rate burst"},
		{"negative clients", Config{RateClients: -5}, "rate clients"},
		{"negative body", Config{MaxBodyBytes: -1}, "max body bytes"},
		{"bad proxy", Config{TrustedProxies: []string{"10.0.0.0/8", "proxy.local"}}, `trusted proxy "proxy.local"`},
		{"proxy with host bits", Config{TrustedProxies: []string{"10.0.0.1/8"}}, "did you mean 10.0.0.0/8"},
		{"short token", Config{AdminToken: "short"}, "admin token"},
		{"token with a space", Config{AdminToken: "0123456789 abcdef"}, "admin token"},
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
