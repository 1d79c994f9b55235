package demosite

import "time"

// specials returns the hand-written releases of one agency: the seed
// release, the joint releases it posted together with other agencies and
// the release that checks escaping. Their texts are written for this
// package.
func specials(agencyName string) []Release {
	var out []Release
	for _, r := range handWritten() {
		if r.Agency == agencyName {
			out = append(out, r)
		}
	}
	return out
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// ScriptTitle is the title of the release that carries markup as text; a
// page that shows it must show these characters, not run them.
const ScriptTitle = "Awareness session on web attacks: why <script>alert(1)</script> and <img src=x onerror=alert(2)> must never run"

func handWritten() []Release {
	rs := []Release{{
		Agency: "eu-LISA", Title: "EMPACT Communication Network gathers in Tallinn",
		Published: day(2024, time.February, 15),
		Summary:   "Communication officers of the EMPACT community met at eu-LISA headquarters in Tallinn to plan how the fight against serious and organised crime is explained to the public.",
		Paragraphs: []string{
			"On 15 February 2024 eu-LISA welcomed the communication network of EMPACT, the European multidisciplinary platform against criminal threats, to its headquarters in Tallinn for two days of workshops.",
			"Press officers from national police forces, ministries and the justice and home affairs agencies compared how they report on operational action days, from the first arrest to the final court judgment.",
			"eu-LISA presented how the Schengen Information System and Eurodac support investigators behind the scenes, and why their technical work rarely makes the headlines even when it makes the difference.",
			"Working groups drafted a shared calendar of campaigns for the year and agreed on plain-language guidelines for explaining large-scale IT systems to citizens.",
		},
		Tags:       []string{"JHAA", "European Institutions", "Eurodac", "SIS"},
		Credits:    []string{"Photo: eu-LISA"},
		LegacyTags: true,
	}, {
		Agency: "Eurojust", Title: ScriptTitle, Published: day(2023, time.October, 4),
		Summary: "Prosecutors and IT staff learnt how attackers hide code such as <script>alert(1)</script> in web forms and e-mails.",
		Paragraphs: []string{
			"Eurojust organised an awareness session for prosecutors and IT staff on the attacks that target web applications of judicial authorities.",
			"Trainers showed how a string such as <script>alert(1)</script> typed into a search box, or an image tag like <img src=x onerror=alert(2)> pasted into a comment, can run in the browser of every later visitor if a site does not escape it.",
			"Participants practised recognising such payloads in log files and in suspicious e-mails, and discussed how to preserve them as evidence for a cybercrime investigation.",
		},
		Tags: []string{"Cybercrime", "Training"},
	}}
	rs = append(rs, jointNetwork()...)
	rs = append(rs, multilingual()...)
	return append(rs, jointOperations()...)
}
