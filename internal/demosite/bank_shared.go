package demosite

// sharedThemes are subjects every agency writes about: its own governance,
// staff and the network of JHA agencies.
var sharedThemes = []theme{{
	tags:   []string{"Management Board", "Governance", "Budget"},
	titles: []string{"{agency} Management Board adopts work programme for {year}", "{agency} Management Board meets in {city}", "{agency} publishes consolidated annual activity report", "New Chair of the {agency} Management Board elected"},
	leadOf: []int{0, 0, 1, 2},
	leads: []string{
		"The Management Board of {agency} met in {city} and adopted the agency's single programming document for the coming years.",
		"{agency} has published its consolidated annual activity report, which describes how the agency used its budget and staff in {prev}.",
		"The Management Board of {agency} has elected a new Chair, who will lead the board for the next four years.",
	},
	facts: []string{
		"The board approved a budget of EUR {n2} million, most of it for operational activities.",
		"Members discussed the agency's staff policy, including measures to attract specialists in a tight labour market.",
		"The internal audit capability presented its findings on procurement and contract management.",
		"The board elected a new chair and deputy chair for a term of four years.",
		"Representatives of the European Commission and the European Parliament attended as observers.",
		"Environmental management, including a plan to reduce the agency's carbon emissions, was also on the agenda.",
	},
	quotes: []string{
		"The trust of the Member States is our most valuable resource",
	},
}, {
	tags:   []string{"JHA Agencies Network", "Fundamental rights", "Training"},
	titles: []string{"{agency} hosts study visit of {country} officials", "Staff of {agency} complete fundamental rights training", "{agency} welcomes trainees from {count} countries", "Open day at {agency} attracts students from {city}"},
	leadOf: []int{0, 1, 2, 3},
	leads: []string{
		"A delegation of officials from {country} visited {agency} to learn about its work and discuss future cooperation.",
		"{agency} has completed a training programme on fundamental rights, attended by staff from every department.",
		"{agency} has welcomed a new group of trainees from {count} countries, who will spend five months working alongside its staff.",
		"{agency} opened its doors to students from {city}, who met staff and learned how the agency works.",
	},
	facts: []string{
		"The programme covered data protection, non-discrimination and the rights of the child.",
		"Visitors toured the premises and met experts from the operational units.",
		"The traineeship programme offers young graduates five months of paid work experience.",
		"The agency cooperates with the other justice and home affairs agencies through the JHA Agencies Network.",
		"Accessibility and multilingualism were discussed as part of the agency's outreach to citizens.",
	},
	quotes: []string{
		"Openness to visitors is part of being accountable to the people we serve",
	},
}}
