package demosite

var eppo = &agency{
	key: "eppo", name: "EPPO", home: "Luxembourg", start: 2021, count: 45,
	full:     "the European Public Prosecutor's Office",
	speakers: []string{"the European Chief Prosecutor", "the European Prosecutor for {country}", "the European Delegated Prosecutor in charge of the case"},
	about: []string{
		"The European Public Prosecutor's Office is the independent public prosecution office of the European Union, responsible for investigating, prosecuting and bringing to judgment crimes against the financial interests of the Union.",
		"European Delegated Prosecutors work in the participating Member States and lead the investigations before the national courts.",
	},
	themes: []theme{{
		tags:   []string{"VAT fraud", "Organised crime", "Money laundering"},
		titles: []string{"Investigation '{code}': EUR {n2} million VAT fraud uncovered", "{n} arrests in carousel fraud involving electronic goods", "EPPO dismantles missing trader network in {country} and {country2}", "VAT fraud with fuel imports: {n} suspects charged"},
		leadOf: []int{1, 0, 0, 1},
		leads: []string{
			"The European Public Prosecutor's Office has uncovered a VAT fraud scheme in which mobile phones, earphones and laptops were traded through a chain of companies in {count} countries.",
			"In an investigation codenamed '{code}', the EPPO has charged {n} suspects for a carousel fraud that caused an estimated loss of EUR {n2} million.",
		},
		facts: []string{
			"Missing traders bought goods free of VAT from suppliers in other Member States and disappeared without paying the tax due.",
			"Buffer companies issued false invoices to hide the flow of goods and money.",
			"Searches took place in {n2} locations, and bank accounts, apartments and vehicles were seized.",
			"The suspects are presumed innocent until proven guilty in a court of law.",
			"The case was opened after a report from the national tax authority.",
			"Tax authorities, customs, police and financial intelligence units worked together under the direction of the European Delegated Prosecutor.",
			"Cross-border VAT fraud involving more than EUR 10 million falls within the competence of the EPPO.",
		},
		quotes: []string{
			"VAT fraud is not a victimless crime: it takes money away from schools, hospitals and roads",
		},
	}, {
		tags:   []string{"Customs fraud", "Smuggling", "Investigations"},
		titles: []string{"Undervalued textiles from third countries: EPPO seizes {n2} containers", "Cigarette smuggling operation dismantled in {country}", "Customs fraud: e-bikes declared as spare parts", "Solar panels imported under false origin to evade anti-dumping duties"},
		leadOf: []int{0, 1, 2, 3},
		leads: []string{
			"The EPPO has seized {n2} containers of clothing and footwear declared at a fraction of their real value at the port of {port}.",
			"Investigators acting on the orders of the EPPO have dismantled an illegal cigarette factory hidden in a warehouse near {city}.",
			"Customs investigators acting for the EPPO found that e-bikes imported through {port} had been declared as spare parts to avoid anti-dumping duties.",
			"The EPPO is investigating an importer suspected of routing solar panels through a third country to hide their origin and evade anti-dumping duties.",
		},
		facts: []string{
			"Anti-dumping duties protect European producers from goods sold below their normal value.",
			"The importers presented invoices showing prices far below those of the transaction.",
			"Customs duties are part of the EU's own resources, which is why the EPPO is competent.",
			"Workers at the factory lived on site in poor conditions.",
			"Laboratory analysis showed that the goods did not originate in the declared country.",
			"The damage to the EU budget is estimated at EUR {n} million.",
		},
		quotes: []string{
			"Every container that passes the border undervalued is money missing from the common budget",
		},
	}, {
		tags:   []string{"Subsidy fraud", "Corruption", "Recovery and resilience"},
		titles: []string{"Farm subsidies fraud: EPPO charges {n} people in {country}", "Recovery funds: investigation into irregular public procurement", "Former mayor indicted for corruption involving EU funds", "Fraud with agricultural funds: land declared twice"},
		leadOf: []int{0, 1, 2, 0},
		leads: []string{
			"The EPPO has filed an indictment against {n} people suspected of obtaining agricultural subsidies for land they did not farm.",
			"An investigation into public procurement financed by the Recovery and Resilience Facility has led to searches in {city}.",
			"A former mayor and {n} businesspeople have been indicted for rigging tenders financed with EU funds, following an EPPO investigation.",
		},
		facts: []string{
			"The suspects declared the same plots of land in the names of different companies.",
			"Tenders were allegedly tailored to a single bidder in exchange for bribes.",
			"Satellite images showed that the pastures declared had not been grazed for years.",
			"The investigation covers contracts for the renovation of public buildings and the digitalisation of schools.",
			"If convicted, the suspects face up to {n} years in prison.",
			"The EPPO works closely with the European Anti-Fraud Office and with the managing authorities of the funds.",
		},
		quotes: []string{
			"Recovery money must reach the people and projects it was meant for",
		},
	}, {
		tags:   []string{"Annual report", "Cooperation", "Institutional"},
		titles: []string{"EPPO annual report {prev}: {big} active investigations", "European Chief Prosecutor addresses the European Parliament", "EPPO signs working arrangement with a partner authority", "College of the EPPO meets in {city}"},
		leadOf: []int{0, 1, 2, 3},
		leads: []string{
			"The EPPO had {big} active investigations at the end of {prev}, with an estimated damage to the EU budget of more than EUR {n2} billion.",
			"The European Chief Prosecutor presented the office's priorities to the Committee on Budgetary Control of the European Parliament.",
			"The EPPO has signed a working arrangement with a partner authority, allowing the exchange of information in investigations.",
			"The College of the EPPO, made up of the European Chief Prosecutor and one European Prosecutor per participating Member State, met in {city}.",
		},
		facts: []string{
			"Courts ordered the freezing of assets worth more than the office's own budget many times over.",
			"The office called for more European Delegated Prosecutors in the countries with the heaviest caseload.",
			"Cooperation with non-participating Member States continues on the basis of working arrangements.",
			"A case management system lets prosecutors in different countries work on the same file.",
			"Reports of possible crimes from private parties increased by {pct} per cent.",
		},
		quotes: []string{
			"Independence is the foundation of everything we do",
		},
	}},
}
