package vocab

import (
	"fmt"
	"strings"
)

// expandPattern returns the names a pattern stands for: text outside
// parentheses is literal, "(a|b|c)" is one of the alternatives, and an
// empty alternative makes the group optional: "illicit (drug|drugs)
// (|trade)". Groups do not nest.
func expandPattern(p string) ([]string, error) {
	out := []string{""}
	for rest := p; rest != ""; {
		open := strings.IndexAny(rest, "()")
		if open < 0 {
			out = appendEach(out, []string{rest})
			break
		}
		if rest[open] == ')' {
			return nil, fmt.Errorf("pattern %q: \")\" without \"(\"", p)
		}
		out = appendEach(out, []string{rest[:open]})
		end := strings.IndexAny(rest[open+1:], "()")
		if end < 0 || rest[open+1+end] == '(' {
			return nil, fmt.Errorf("pattern %q: \"(\" without \")\", or groups nested", p)
		}
		out = appendEach(out, strings.Split(rest[open+1:open+1+end], "|"))
		rest = rest[open+2+end:]
	}
	for i, s := range out {
		out[i] = strings.Join(strings.Fields(s), " ")
	}
	return out, nil
}

// appendEach returns every prefix followed by every alternative.
func appendEach(prefixes, alternatives []string) []string {
	out := make([]string, 0, len(prefixes)*len(alternatives))
	for _, p := range prefixes {
		for _, a := range alternatives {
			out = append(out, p+a)
		}
	}
	return out
}
