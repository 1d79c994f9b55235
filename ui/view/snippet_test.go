package view

import "testing"

func TestSafeSnippet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain &amp; <mark>Eurodac</mark> text", "plain &amp; <mark>Eurodac</mark> text"},
		{"&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>", "&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>"},
		{"raw <script>alert(1)</script>", "raw &lt;script&gt;alert(1)&lt;/script&gt;"},
		{`<img src=x onerror="alert(2)">`, "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;"},
		{"<mark>open", "<mark>open</mark>"},
		{"</mark>stray", "&lt;/mark&gt;stray"},
		{"<mark><mark>nested</mark>", "<mark>&lt;mark&gt;nested</mark>"},
	}
	for _, tt := range tests {
		if got := SafeSnippet(tt.in); got != tt.want {
			t.Errorf("SafeSnippet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
