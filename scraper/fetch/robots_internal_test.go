package fetch

import (
	"testing"
	"time"
)

func TestRobots(t *testing.T) {
	const body = `# comment
User-agent: otherbot
Disallow: /

User-agent: *
Disallow: /private
Crawl-delay: 9

User-agent: JHASearch/2.0
user-agent: somebot
Disallow: /news/drafts
Allow: /news/drafts/public$
Disallow: /*.pdf$
Disallow: /search?
Allow: /search?page
Crawl-delay: 2.5
`
	r := parseRobots([]byte(body), productToken("jhasearch/1.0 (+https://example.org)"))
	tests := []struct {
		path string
		want bool
	}{
		{"/", true},
		{"/private/x", true}, // our group replaces "*"
		{"/news/drafts/one", false},
		{"/news/drafts/public", true},
		{"/news/drafts/public/more", false},
		{"/files/report.pdf", false},
		{"/files/report.pdf?x=1", true},
		{"/search?q=x", false},
		{"/search?page=2", true}, // longer Allow wins
		{"/robots.txt", true},
	}
	for _, tt := range tests {
		if got := r.allowed(tt.path); got != tt.want {
			t.Errorf("allowed(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if r.delay != 2500*time.Millisecond {
		t.Errorf("delay = %s, want 2.5s", r.delay)
	}
	star := parseRobots([]byte(body), "unknownbot")
	if star.allowed("/private/x") || !star.allowed("/news/drafts/one") || star.delay != 9*time.Second {
		t.Errorf("the * group is not applied to an unnamed crawler: %+v", star)
	}
	if !parseRobots(nil, "jhasearch").allowed("/anything") {
		t.Error("an empty robots.txt disallows")
	}
	if (&robots{disallowed: "robots.txt answered HTTP 503"}).allowed("/news") {
		t.Error("an unreachable robots.txt allows")
	}
}

func TestRobotsTieGoesToAllow(t *testing.T) {
	r := parseRobots([]byte("User-agent: *\nDisallow: /page\nAllow: /page\n"), "jhasearch")
	if !r.allowed("/page") {
		t.Error("an Allow as long as the Disallow must win")
	}
}
