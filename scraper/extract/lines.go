package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// creditLine matches photo and copyright lines: "Photo: eu-LISA",
// "Photos © Eurojust", "Photo credit: …", "© Frontex".
var creditLine = regexp.MustCompile(`(?i)^((photos?|pictures?|images?|videos?|illustrations?|credits?)` +
	`(\s+credits?)?\s*(:|©|\(c\))|copyright\s*(:|©|\(c\)|\d{4})|©)`)

// splitCredits moves credit lines out of the body: they are metadata. A
// line is a paragraph or a part of one after a line break.
func splitCredits(paras []string) (body, credits []string) {
	for _, p := range paras {
		var keep []string
		for _, line := range strings.Split(p, "\n") {
			if len(line) <= 200 && creditLine.MatchString(line) {
				credits = append(credits, line)
			} else {
				keep = append(keep, line)
			}
		}
		if len(keep) > 0 {
			body = append(body, strings.Join(keep, "\n"))
		}
	}
	return body, credits
}

// splitTagLine takes a last line of tags separated by "; " (eu-LISA's legacy
// pages end "JHAA; European Institutions; Eurodac; SIS") out of the body.
// Every part must be short and none may end a sentence, so that a body
// paragraph with semicolons is never taken for tags.
func splitTagLine(paras []string) (body, tags []string) {
	if len(paras) == 0 {
		return paras, nil
	}
	lastPara := paras[len(paras)-1]
	lines := strings.Split(lastPara, "\n")
	last := lines[len(lines)-1]
	parts := strings.Split(last, ";")
	if len(parts) < 2 || len(last) > 300 {
		return paras, nil
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 50 || len(strings.Fields(p)) > 5 || strings.ContainsAny(p, ".!?:") {
			return paras, nil
		}
		parts[i] = p
	}
	body = paras[:len(paras)-1]
	if len(lines) > 1 {
		body = append(body, strings.Join(lines[:len(lines)-1], "\n"))
	}
	return body, parts
}

// dropDates removes paragraphs that are only a date ("15 February 2024",
// "Published: 15.02.2024 | News"): the date is a field of its own, and as
// body text it only adds noise. A sentence with a date in it stays.
func (src Rules) dropDates(paras []string) []string {
	out := paras[:0]
	for _, p := range paras {
		if !dateOnly(p) {
			out = append(out, p)
		}
	}
	return out
}

// dateWords may stand next to a date in a paragraph that is only a date.
var dateWords = regexp.MustCompile(`(?i)\b(published|updated|posted|date|on|news|press|release|news release|press release)\b`)

func dateOnly(p string) bool {
	if len(p) > 60 {
		return false
	}
	rest := p
	for _, re := range []*regexp.Regexp{stampInText, dayMonthYear, monthDayYear, numericDate} {
		rest = re.ReplaceAllString(rest, "")
	}
	if rest == p {
		return false
	}
	rest = dateWords.ReplaceAllString(rest, "")
	return strings.IndexFunc(rest, unicode.IsLetter) < 0 && strings.IndexFunc(rest, unicode.IsDigit) < 0
}
