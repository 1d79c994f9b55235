package fetch

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robots holds the rules of one robots.txt for the crawler's product token,
// read as RFC 9309 says: the groups naming the token (or else "*"), the
// longest matching rule wins, Allow wins a tie, and /robots.txt itself is
// always allowed.
type robots struct {
	rules      []robotsRule
	disallowed string // non-empty: everything is disallowed, for this reason
	delay      time.Duration
}

type robotsRule struct {
	allow   bool
	pattern string
}

type robotsGroup struct {
	agents []string
	rules  []robotsRule
	delay  time.Duration
}

// parseRobots reads a robots.txt body for the product token.
func parseRobots(body []byte, token string) *robots {
	var groups []*robotsGroup
	var cur *robotsGroup
	inAgents := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !inAgents {
				cur = &robotsGroup{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			inAgents = true
			continue
		case "allow", "disallow":
			if cur != nil && val != "" {
				cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: val})
			}
		case "crawl-delay":
			if f, err := strconv.ParseFloat(val, 64); cur != nil && err == nil && f > 0 {
				cur.delay = time.Duration(f * float64(time.Second))
			}
		}
		inAgents = false
	}
	return pickGroups(groups, strings.ToLower(token))
}

// pickGroups merges the groups naming token, or else those for "*".
func pickGroups(groups []*robotsGroup, token string) *robots {
	r := &robots{}
	for _, want := range []string{token, "*"} {
		found := false
		for _, g := range groups {
			for _, a := range g.agents {
				if name, _, _ := strings.Cut(a, "/"); strings.TrimSpace(name) == want {
					r.rules = append(r.rules, g.rules...)
					r.delay = max(r.delay, g.delay)
					found = true
					break
				}
			}
		}
		if found {
			return r
		}
	}
	return r
}

// allowed reports whether path (with its query) may be fetched.
func (r *robots) allowed(path string) bool {
	if r.disallowed != "" {
		return path == "/robots.txt"
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if n := len(rule.pattern); robotsMatch(rule.pattern, path) && (n > best || (n == best && rule.allow)) {
			best, allow = n, rule.allow
		}
	}
	return allow || path == "/robots.txt"
}

// robotsMatch matches a robots.txt path pattern: "*" is any run of
// characters and a final "$" anchors the end.
func robotsMatch(pat, path string) bool {
	anchored := strings.HasSuffix(pat, "$")
	pat = strings.TrimSuffix(pat, "$")
	parts := strings.Split(pat, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, p := range parts[1:] {
		if anchored && i == len(parts)-2 {
			return strings.HasSuffix(path[pos:], p)
		}
		j := strings.Index(path[pos:], p)
		if j < 0 {
			return false
		}
		pos += j + len(p)
	}
	return !anchored || pos == len(path)
}

// productToken is the first word of the User-Agent, as robots.txt names it.
func productToken(ua string) string {
	end := strings.IndexFunc(ua, func(r rune) bool {
		return !(r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	})
	if end < 0 {
		return ua
	}
	return ua[:end]
}
