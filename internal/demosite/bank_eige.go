package demosite

var eige = &agency{
	key: "eige", name: "EIGE", home: "Vilnius", start: 2010, count: 45,
	full:     "the European Institute for Gender Equality",
	speakers: []string{"the Director of EIGE", "the Head of Operations at EIGE", "a gender statistics expert at EIGE"},
	about: []string{
		"The European Institute for Gender Equality is an autonomous EU body that gathers data and knowledge on gender equality and makes them available to policymakers.",
		"EIGE's Gender Statistics Database brings together hundreds of indicators on women and men in the European Union.",
	},
	themes: []theme{{
		tags:   []string{"Gender Equality Index", "Gender statistics", "Work"},
		titles: []string{"Gender Equality Index {year}: progress remains slow", "{country} climbs in the Gender Equality Index", "Gender Equality Index: the domain of power drives improvement", "New Index edition puts the spotlight on the green transition"},
		leadOf: []int{0, 1, 0, 0},
		leads: []string{
			"The European Union scores {n2} out of 100 in the latest Gender Equality Index, an improvement of barely a point since the previous edition.",
			"The Gender Equality Index {year} shows that progress is uneven between Member States, with {country} making the largest gains.",
		},
		facts: []string{
			"The Index measures equality across six domains: work, money, knowledge, time, power and health.",
			"Women still do most of the unpaid care work, and the gap has barely moved in a decade.",
			"Gains in the domain of power come mainly from more women on the boards of large companies.",
			"Segregation in education persists: few women study engineering and few men study to become teachers.",
			"Older women are at greater risk of poverty because of gaps in pay and pensions built up over their working lives.",
			"The interactive website lets users compare their country with the EU average.",
		},
		quotes: []string{
			"At this pace, full gender equality is still generations away",
			"The numbers show that progress is possible where there is political will",
		},
	}, {
		tags:   []string{"Gender-based violence", "Intimate partner violence", "Femicide"},
		titles: []string{"Intimate partner violence: EIGE estimates the cost to society", "Femicide data still patchy across the EU", "Cyber violence against women: new indicators proposed", "16 days of activism: EIGE calls for better data on violence"},
		leadOf: []int{0, 1, 2, 1},
		leads: []string{
			"Gender-based violence costs the EU billions of euros a year in lost economic output, public services and suffering, according to new estimates by EIGE.",
			"Few Member States can say how many women are killed by a partner or relative each year, an EIGE study finds.",
			"EIGE has proposed a set of indicators to measure cyber violence against women, from online harassment to the non-consensual sharing of intimate images.",
		},
		facts: []string{
			"Police and justice data often do not record the relationship between victim and perpetrator.",
			"Cyber stalking, non-consensual sharing of intimate images and online harassment affect young women most.",
			"The estimates include the costs of health care, legal services and specialised support.",
			"EIGE proposes common definitions so that figures can be compared between countries.",
			"Risk assessment tools help police officers identify victims in danger of further violence.",
			"Shelters in many regions still have fewer places than the Istanbul Convention recommends.",
		},
		quotes: []string{
			"What is not counted is not seen, and what is not seen is not addressed",
		},
	}, {
		tags:   []string{"Gender mainstreaming", "Work-life balance", "Digitalisation"},
		titles: []string{"Gender mainstreaming toolkit for public administrations updated", "Work-life balance: fathers take more parental leave", "Women remain underrepresented in artificial intelligence jobs", "Gender budgeting workshop held in {city}"},
		leadOf: []int{0, 1, 2, 3},
		leads: []string{
			"EIGE has updated its toolkit to help public administrations take gender into account in every stage of policymaking.",
			"More fathers take parental leave than ten years ago, but mothers still take the bulk of it, according to an EIGE survey in {count} Member States.",
			"Women make up a small minority of people working in artificial intelligence, a new EIGE study finds.",
			"Officials from {count} Member States met in {city} for an EIGE workshop on gender budgeting.",
		},
		facts: []string{
			"Gender budgeting examines how public spending affects women and men differently.",
			"Remote work has helped some parents combine work and care, but has blurred the line between the two.",
			"Only about one in five specialists in information and communication technology is a woman.",
			"Algorithms trained on biased data can reproduce discrimination in hiring and credit decisions.",
			"Participants from ministries and municipalities shared examples of gender impact assessments.",
			"Affordable childcare remains the single most important factor in mothers' employment.",
		},
		quotes: []string{
			"Gender mainstreaming is not an extra task; it is a better way of doing the job",
		},
	}, {
		tags:   []string{"Trafficking in human beings", "Women in decision-making", "Fundamental rights"},
		titles: []string{"Trafficking for sexual exploitation: a gendered crime", "Women in decision-making: latest figures on parliaments and boards", "EIGE supports the anti-trafficking coordinator with new data"},
		leadOf: []int{0, 1, 0},
		leads: []string{
			"Most registered victims of trafficking in human beings in the EU are women and girls, the majority trafficked for sexual exploitation.",
			"Women hold {pct} per cent of seats in national parliaments, according to the latest update of EIGE's database on women and men in decision-making.",
		},
		facts: []string{
			"Traffickers increasingly recruit victims through dating apps and fake job advertisements.",
			"Support services should be tailored to the gender and age of the victim.",
			"The database covers politics, public administration, the judiciary, business and media.",
			"Few central banks have ever been led by a woman.",
			"Binding quotas for company boards have proved the fastest route to balance.",
		},
		quotes: []string{
			"Trafficking feeds on inequality, and we cannot end one without addressing the other",
		},
	}},
}
