package demosite

import "time"

// joint copies one text to several agencies on the same day. Each agency
// gets its own title variant and its own closing paragraph, which makes the
// copies near-identical, as JHA Agencies Network statements are.
func joint(group string, d time.Time, tags []string, summary string, paras []string, titles map[string]string) []Release {
	var out []Release
	for _, a := range agencies {
		title, ok := titles[a.name]
		if !ok {
			continue
		}
		out = append(out, Release{
			Agency: a.name, Title: title, Published: d, Summary: summary,
			Paragraphs: append(append([]string(nil), paras...), a.about[0]),
			Tags:       tags, Group: group,
		})
	}
	return out
}

func jointNetwork() []Release {
	var out []Release
	out = append(out, joint("jha-network-2019-rights", day(2019, time.November, 26),
		[]string{"JHA Agencies Network", "Fundamental rights"},
		"The nine justice and home affairs agencies have adopted a joint statement on respecting fundamental rights in their daily work.",
		[]string{
			"Meeting at the end of their year of cooperation, the heads of the justice and home affairs agencies adopted a joint statement committing them to put fundamental rights at the centre of their operational and technical work.",
			"The agencies will share training material, exchange fundamental rights monitors and report together on how they handle complaints.",
			"The statement also recognises that new technologies, from biometrics to data analytics, raise questions that no agency can answer alone.",
		},
		map[string]string{
			"eu-LISA":  "JHA agencies adopt joint statement on fundamental rights",
			"Eurojust": "JHA Agencies Network adopts joint statement on fundamental rights",
			"EIGE":     "JHA agencies adopt a joint statement on fundamental rights",
		})...)
	out = append(out, joint("jha-network-2023-ai", day(2023, time.December, 6),
		[]string{"JHA Agencies Network", "Artificial intelligence"},
		"The JHA agencies have set out common principles for the responsible use of artificial intelligence.",
		[]string{
			"The justice and home affairs agencies have agreed on common principles for the responsible use of artificial intelligence in their work, from translation tools to the analysis of large volumes of seized data.",
			"Any system that supports decisions about individuals must be transparent, tested for bias and subject to meaningful human oversight, the agencies state.",
			"A joint working group will map the agencies' current uses of artificial intelligence and report back within a year.",
		},
		map[string]string{
			"Frontex": "JHA agencies agree on principles for artificial intelligence",
			"EUDA":    "JHA agencies agree on common principles for artificial intelligence",
			"EPPO":    "JHA agencies agree on principles for artificial intelligence",
		})...)
	out = append(out, joint("jha-network-2025-programme", day(2025, time.January, 21),
		[]string{"JHA Agencies Network", "Cooperation"},
		"The JHA Agencies Network has presented its priorities for 2025 under a new rotating chair.",
		[]string{
			"The JHA Agencies Network has presented its work programme for 2025, focusing on digitalisation, the protection of fundamental rights and a shared approach to recruiting scarce specialists.",
			"The rotating chair passes every year from one agency to another; this year's chair will host the heads of agencies' meeting in the autumn.",
		},
		map[string]string{
			"eu-LISA": "JHA Agencies Network presents its 2025 work programme",
			"EUDA":    "JHA Agencies Network presents 2025 work programme",
		})...)
	return out
}

func jointOperations() []Release {
	var out []Release
	out = append(out, joint("operation-driftwood-2022", day(2022, time.June, 9),
		[]string{"Migrant smuggling", "Joint investigation teams"},
		"Fourteen suspected members of a smuggling network have been arrested in Operation Driftwood.",
		[]string{
			"Fourteen suspected members of a network that smuggled migrants across the Aegean and then north through the Balkans were arrested in a joint action day known as Operation Driftwood.",
			"The network charged up to EUR 7 000 per person and used rented speedboats and lorries with hidden compartments.",
			"Eurojust coordinated the judicial side of the action and funded the joint investigation team, while Frontex officers helped identify the boats and the pick-up points.",
		},
		map[string]string{
			"Eurojust": "Operation Driftwood: 14 arrests against migrant smuggling network",
			"Frontex":  "Operation Driftwood: 14 arrests against a migrant smuggling network",
		})...)
	out = append(out, joint("operation-cobalt-2025", day(2025, time.March, 12),
		[]string{"VAT fraud", "Money laundering"},
		"A VAT fraud worth EUR 48 million has been uncovered in Operation Cobalt.",
		[]string{
			"Investigators in five countries have uncovered a VAT fraud worth EUR 48 million involving the trade in solar inverters and batteries, in an action known as Operation Cobalt.",
			"Nine suspects were arrested and accounts holding EUR 6 million were frozen.",
			"The European Delegated Prosecutors leading the case relied on Eurojust to obtain evidence from a country that does not take part in the EPPO.",
		},
		map[string]string{
			"EPPO":     "Operation Cobalt: EUR 48 million VAT fraud uncovered",
			"Eurojust": "Operation Cobalt: EUR 48 million VAT fraud uncovered, 9 arrests",
		})...)
	return out
}
