package demosite

var eulisa = &agency{
	key: "eulisa", name: "eu-LISA", home: "Tallinn", start: 2012, count: 50,
	full: "the European Union Agency for the Operational Management of Large-Scale IT Systems in the Area of Freedom, Security and Justice",
	speakers: []string{"the Executive Director of eu-LISA", "the Chair of the eu-LISA Management Board",
		"the Head of the Operations Department", "the agency's Chief Information Security Officer"},
	about: []string{
		"eu-LISA runs the large-scale IT systems that keep the Schengen area open and secure, and develops the next generation of them together with the Member States.",
		"Based in Tallinn, with its operational centre in Strasbourg and a backup site in Sankt Johann im Pongau, eu-LISA keeps the central systems of the area of freedom, security and justice available around the clock.",
	},
	themes: []theme{{
		tags:   []string{"SIS", "Interoperability", "Police cooperation", "Events"},
		titles: []string{"SIS turns {n2}: record number of alerts shared in {year}", "Schengen Information System: new alert categories go live", "SIS operators from {count} countries meet in {city}", "Upgrade of the central SIS completed on schedule", "Renewed SIS helps find missing children across borders"},
		leadOf: []int{0, 2, 1, 2, 0},
		leads: []string{
			"The Schengen Information System handled more than {big} million queries in {prev}, confirming its place as the most used information-sharing tool for border and police authorities in Europe.",
			"Operators of the Schengen Information System gathered in {city} to review how the renewed system performs after its latest upgrade.",
			"A new release of the central Schengen Information System has gone live without interruption to the {count} countries that connect to it.",
		},
		facts: []string{
			"Alerts on persons, vehicles, firearms and identity documents are now matched against fingerprints and facial images as well as names.",
			"The SIRENE bureaux exchanged {n2} per cent more supplementary information forms than a year earlier.",
			"Inquiry checks, a category introduced with the renewed legal framework, allow an officer to gather information discreetly without arresting the person concerned.",
			"Availability of the central system stayed above 99.9 per cent throughout the year, including the weeks of the migration.",
			"The automated fingerprint identification system behind SIS now holds templates from all connected countries.",
			"Hits on alerts for missing children rose sharply after national authorities began entering preventive alerts.",
			"Test campaigns ran over {n} weekends so that no border crossing point lost access to the system.",
			"Members of the advisory group praised the transparency of the release plan and the quality of the acceptance testing.",
			"The new search engine returns results for a combined alphanumeric and biometric query in under a second.",
		},
		quotes: []string{
			"Every hit in SIS is a police officer or a border guard who gets the right information at the right moment",
			"The upgrade shows what careful planning with the Member States can achieve",
		},
	}, {
		tags:   []string{"Eurodac", "Asylum", "Biometrics"},
		titles: []string{"Eurodac annual statistics published", "Recast Eurodac: preparations enter the testing phase", "Eurodac users' workshop held in {city}", "Eurodac processed {big} thousand fingerprint sets in {prev}"},
		leadOf: []int{0, 1, 1, 0},
		leads: []string{
			"eu-LISA has published its yearly statistics on Eurodac, the database that stores the fingerprints of asylum applicants and irregular migrants.",
			"National Eurodac experts met in {city} to prepare the connection of their systems to the recast database.",
		},
		facts: []string{
			"Transactions from applicants for international protection made up the largest share of the {big} thousand data sets received.",
			"Under the recast regulation the database will also store facial images and identity document copies of people aged six and over.",
			"The Dublin procedure relies on Eurodac to determine which Member State is responsible for examining an application.",
			"Multiple applications by the same person fell by {pct} per cent compared with the previous reporting period.",
			"Response times from the central unit averaged a few seconds, well below the contractual target.",
			"Data protection authorities will supervise the new categories of data jointly with the European Data Protection Supervisor.",
			"Fingerprint quality checks at the point of capture have reduced the rate of rejected transactions.",
		},
		quotes: []string{
			"Eurodac is a quiet system, but the asylum procedure in Europe would not work without it",
			"Reliable biometrics protect the applicant as much as they protect the procedure",
		},
	}, {
		tags:   []string{"EES", "ETIAS", "Border management", "Interoperability"},
		titles: []string{"Entry/Exit System: countdown to go-live", "ETIAS: a new travel authorisation for visa-exempt visitors", "Interoperability architecture reaches a key milestone", "Carriers prepare for the Entry/Exit System", "EES and ETIAS briefing for the {city} airport community"},
		leadOf: []int{0, 3, 1, 2, 2},
		leads: []string{
			"The Entry/Exit System will replace the manual stamping of passports with an electronic record of every entry and exit of third-country nationals.",
			"eu-LISA has completed the integration testing of the shared biometric matching service, the backbone of the new interoperability architecture.",
			"Airlines, ferry operators and coach companies met eu-LISA in {city} to prepare the carrier interface of the new border systems.",
			"ETIAS will require visa-exempt travellers to obtain an online authorisation before their trip to the Schengen area.",
		},
		facts: []string{
			"Travellers will register their fingerprints and a facial image at the first crossing, after which self-service kiosks can speed up the check.",
			"ETIAS applicants will fill in an online form and pay a small fee; most authorisations are expected to be granted within minutes.",
			"The European search portal will let an officer query several systems at once with a single request.",
			"The common identity repository will hold identity data from EES, VIS, ETIAS, Eurodac and ECRIS-TCN.",
			"Overstays will be calculated automatically, ending the error-prone counting of stamps in passports.",
			"The carrier gateway will tell transport companies whether a passenger holds a valid authorisation before boarding.",
			"More than {n2} national project teams took part in the end-to-end rehearsals.",
			"Fallback procedures were rehearsed for the case of a power outage at a land border crossing.",
		},
		quotes: []string{
			"Interoperability means the information is there when the officer needs it, and nowhere else",
			"We are building systems that millions of travellers will use without ever noticing them",
		},
	}, {
		tags:   []string{"Cybersecurity", "Research", "Events"},
		titles: []string{"eu-LISA Industry Roundtable explores artificial intelligence", "Cyber exercise tests the resilience of the central systems", "eu-LISA Annual Conference held in {city}", "Research and technology monitoring report published"},
		leadOf: []int{0, 1, 2, 3},
		leads: []string{
			"More than {n2} companies joined the eu-LISA Industry Roundtable in {city} to discuss how emerging technologies can serve border and security systems.",
			"eu-LISA has run a large cyber exercise simulating a coordinated attack on the communication infrastructure of the central systems.",
			"The eu-LISA Annual Conference in {city} brought together {n2} speakers to discuss the digital future of the Schengen area.",
			"eu-LISA has published its latest research and technology monitoring report, which looks at technologies that could shape large-scale IT systems.",
		},
		facts: []string{
			"Speakers discussed machine learning for document verification, quantum-safe cryptography and the carbon footprint of data centres.",
			"The exercise involved red and blue teams working in shifts over {n} days.",
			"A new report looks at contactless fingerprint capture, liveness detection and the ethics of algorithmic decisions.",
			"Participants stressed that any use of artificial intelligence in migration systems must remain explainable and subject to human review.",
			"The findings will feed into the agency's security plan and the business continuity arrangements for the coming years.",
			"Representatives of academia presented prototypes of privacy-preserving record linkage.",
		},
		quotes: []string{
			"Industry, academia and public authorities need one another if these systems are to stay ahead of the threats",
			"Resilience is not a product you buy; it is a habit you practise",
		},
	}, {
		tags:   []string{"VIS", "ECRIS-TCN", "Judicial cooperation"},
		titles: []string{"ECRIS-TCN: criminal records of third-country nationals at the fingertips of judges", "Visa Information System revision: work starts", "VIS handled {big} thousand visa applications in the first quarter"},
		leadOf: []int{0, 1, 1},
		leads: []string{
			"The centralised system for criminal records of third-country nationals lets a judge find out which Member State holds a conviction in a single query.",
			"eu-LISA has started the technical work on the revised Visa Information System, which will bring long-stay visas and residence permits into the system.",
		},
		facts: []string{
			"Until now authorities had to send requests to every Member State to find previous convictions of a non-EU national.",
			"Consulates worldwide record the biometrics of visa applicants, which border guards verify on arrival.",
			"Checks against other systems will run automatically when a visa application is lodged.",
			"The system stores only the identity data needed to locate the record, never the content of the conviction itself.",
			"A helpdesk for national central authorities has been open since the first connections.",
		},
		quotes: []string{
			"A conviction in one Member State should not disappear from view in another",
		},
	}},
}
