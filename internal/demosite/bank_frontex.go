package demosite

var frontex = &agency{
	key: "frontex", name: "Frontex", home: "Warsaw", start: 2010, count: 55,
	full:     "the European Border and Coast Guard Agency",
	speakers: []string{"the Executive Director of Frontex", "the Deputy Executive Director for Operations", "the Frontex Fundamental Rights Officer", "the head of the Frontex Situational Awareness Centre"},
	about: []string{
		"Frontex supports EU Member States and Schengen-associated countries in managing the external borders and in tackling cross-border crime.",
		"The standing corps of the European Border and Coast Guard brings together officers employed by the agency and officers seconded by the Member States.",
	},
	themes: []theme{{
		tags:   []string{"Border management", "Joint operations", "Standing corps"},
		titles: []string{"Frontex launches joint operation at the land border with {country}", "Standing corps officers deployed to {country}", "Joint Operation {code} extended until the end of {year}", "Frontex increases support to {country} at its eastern border"},
		leadOf: []int{0, 0, 1, 0},
		leads: []string{
			"Frontex has launched a new joint operation to help {country} manage its external land border, deploying {n2} standing corps officers with patrol cars and thermo-vision vehicles.",
			"The agency has extended Joint Operation {code}, which supports border checks and surveillance at {n} crossing points.",
		},
		facts: []string{
			"The officers assist national border guards with border checks, surveillance and the registration of new arrivals.",
			"Document experts help detect forged passports, counterfeit residence permits and impostors.",
			"The deployment includes dog handlers trained to detect people hidden in lorries.",
			"Frontex also finances the rental of equipment and the accommodation of the teams.",
			"Officers wear the blue uniform of the standing corps with the armband of the host country.",
			"All deployed officers have received training on fundamental rights and on identifying vulnerable persons.",
			"The operational plan was agreed with the host authorities, who remain in command of the operation.",
			"Surveillance aircraft report sightings to the national coordination centre in real time.",
		},
		quotes: []string{
			"Our officers stand shoulder to shoulder with their national colleagues",
			"A shared border is a shared responsibility",
		},
	}, {
		tags:   []string{"Search and rescue", "Maritime", "Coast guard functions"},
		titles: []string{"Frontex aircraft help rescue {n2} people in the central Mediterranean", "Coast guard cooperation: Frontex, EFCA and EMSA hold joint exercise", "Multipurpose maritime operation starts in {country}", "Frontex vessel assists in night-time rescue off {city}"},
		leadOf: []int{0, 1, 2, 0},
		leads: []string{
			"A Frontex surveillance aircraft spotted an overcrowded wooden boat in distress and alerted the rescue coordination centre, allowing {n2} people to be brought to safety.",
			"Frontex has joined the fisheries and maritime safety agencies in a coast guard exercise off {city}, testing how their ships and aircraft work together.",
			"Frontex has started a multipurpose maritime operation with {country}, combining border surveillance with fisheries control and pollution monitoring.",
		},
		facts: []string{
			"Saving lives at sea is a priority for every Frontex maritime operation.",
			"The crew dropped life rafts and stayed above the boat until a patrol vessel arrived.",
			"Coast guard functions include pollution response, fisheries control and the detection of illegal fishing.",
			"The multipurpose operation also monitors ship-to-ship transfers that might hide the smuggling of fuel or cigarettes.",
			"Drones with long endurance complement the manned aircraft over the high seas.",
			"Survivors received first aid from the crew and were handed over to the local authorities and humanitarian organisations.",
			"The exercise scenario simulated a fire on board a ferry carrying {big} passengers.",
		},
		quotes: []string{
			"When a boat is in distress, nothing matters more than getting people out of the water",
		},
	}, {
		tags:   []string{"Migrant smuggling", "Risk analysis", "Document fraud"},
		titles: []string{"Irregular border crossings fall by {pct}% in the first half of {year}", "Frontex publishes annual risk analysis for {year}", "Document fraud: Frontex detects {n2} forged passports during action days", "Smuggling networks adapt routes, Frontex analysis shows"},
		leadOf: []int{0, 1, 2, 1},
		leads: []string{
			"The number of irregular border crossings detected at the external borders fell by {pct}% in the first months of {year}, according to preliminary figures compiled by Frontex.",
			"The Frontex annual risk analysis describes how smuggling networks adapt their routes and methods to changes in enforcement.",
			"Frontex document experts detected {n2} forged or fraudulently obtained passports during coordinated action days at airports across Europe.",
		},
		facts: []string{
			"The Western Balkan route and the central Mediterranean remained the most active routes.",
			"Detections on the eastern land borders rose sharply during the summer months.",
			"Smugglers increasingly use fake travel documents bought online and ride-hailing services to move people.",
			"The figures are preliminary and based on data reported by national authorities.",
			"Debriefing interviews with migrants help analysts understand the prices charged by smugglers.",
			"Frontex experts trained {n2} border guards to detect forged and fraudulently obtained documents.",
			"The analysis also looks at weapons trafficking and the smuggling of stolen cars.",
		},
		quotes: []string{
			"Good analysis tells us where to deploy our people before the criminals get there",
		},
	}, {
		tags:   []string{"Return", "Fundamental rights", "Cooperation with third countries"},
		titles: []string{"Frontex supports record number of voluntary returns", "Fundamental rights monitors join operations in {country}", "Return counsellors meet in {city} to share best practices", "Frontex trains border guards of partner countries in {city}"},
		leadOf: []int{0, 1, 2, 3},
		leads: []string{
			"Frontex helped Member States organise the return of more than {big} people in {prev}, with a growing share leaving voluntarily.",
			"Fundamental rights monitors employed by Frontex now accompany joint operations in {country} to observe compliance with fundamental rights.",
			"Return counsellors from {count} Member States met in {city} to share practices on voluntary departure and reintegration.",
			"Frontex has trained border guards from partner countries in {city} on document checks and the protection of vulnerable people.",
		},
		facts: []string{
			"Reintegration assistance helps returnees start a small business or continue their education in their country of origin.",
			"Forced-return monitors observe every charter flight coordinated by the agency.",
			"Anyone who believes their rights were violated during a Frontex operation can file a complaint with the agency.",
			"The consultative forum, made up of international organisations and civil society, advises the agency on fundamental rights.",
			"Scheduled flights are used for most returns, which lowers costs and avoids charter operations.",
			"Training modules cover child protection, gender-based violence and the principle of non-refoulement.",
		},
		quotes: []string{
			"Respect for fundamental rights is not an obstacle to effective border management; it is a condition for it",
			"A humane return policy is part of a credible migration policy",
		},
	}},
}
