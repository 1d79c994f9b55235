package demosite

var euda = &agency{
	key: "euda", name: "EUDA", home: "Lisbon", start: 2010, count: 50,
	full:     "the European Union Drugs Agency",
	speakers: []string{"the Executive Director of the EUDA", "the head of the agency's drug markets unit", "the Chair of the EUDA Scientific Committee"},
	about: []string{
		"The European Union Drugs Agency, based in Lisbon, provides the EU and its Member States with factual, objective and reliable information on drugs and drug addiction.",
		"The agency works with the Reitox network of national focal points in the Member States, Norway and Türkiye.",
	},
	themes: []theme{{
		tags:   []string{"European Drug Report", "Drug markets", "Cocaine"},
		titles: []string{"European Drug Report {year}: cocaine seizures at record levels", "Drug markets analysis: more potent products, more complex markets", "Cocaine use spreads beyond the big cities", "Drug report launched in {city}"},
		leadOf: []int{0, 1, 0, 0},
		leads: []string{
			"Cocaine seizures in the EU reached record levels for the {n}th year in a row, the European Drug Report {year} shows.",
			"The agency's latest analysis of drug markets describes a situation in which almost any substance with psychoactive properties can appear on the market.",
		},
		facts: []string{
			"Large shipments arrive in containers at the main European ports, often hidden among legitimate goods.",
			"Treatment demand for cocaine problems has risen in most reporting countries.",
			"Crack cocaine is becoming more visible among marginalised groups in several cities.",
			"Drug markets are increasingly linked to violence, corruption and the exploitation of young people.",
			"The report draws on data from national focal points, toxicology laboratories and law enforcement.",
			"Purity of cocaine at street level is higher than at any time in the past decade.",
		},
		quotes: []string{
			"Europe is facing a drug situation that is more complex and more dynamic than ever",
		},
	}, {
		tags:   []string{"New psychoactive substances", "Synthetic drugs", "Early warning system"},
		titles: []string{"Early warning: new synthetic opioid detected in {country}", "Nitazenes: EUDA issues risk communication", "{n2} new psychoactive substances reported for the first time in {prev}", "Synthetic cathinones sold as 'bath salts' linked to poisonings"},
		leadOf: []int{0, 0, 1, 2},
		leads: []string{
			"The EU Early Warning System has issued an alert after a highly potent synthetic opioid was detected in falsified medicines in {country}.",
			"The EU Early Warning System received reports of {n2} new psychoactive substances for the first time in {prev}.",
			"Poison centres in {country} have reported a cluster of hospital admissions linked to synthetic cathinones sold online as 'bath salts'.",
		},
		facts: []string{
			"Nitazenes can be many times more potent than heroin, which raises the risk of overdose.",
			"Some of the substances were sold as counterfeit anxiety medicines or painkillers.",
			"Synthetic cannabinoids have been found sprayed on paper smuggled into prisons.",
			"Naloxone, an overdose antidote, should be available to people who use opioids and to those around them.",
			"A formal risk assessment can lead to control measures across the whole Union.",
			"Forensic laboratories identified the substance using mass spectrometry.",
		},
		quotes: []string{
			"Early detection saves lives; every day counts when a new opioid appears on the market",
		},
	}, {
		tags:   []string{"Wastewater analysis", "Cannabis", "Prevalence"},
		titles: []string{"Wastewater analysis: drug residues measured in {n2} European cities", "Cannabis potency continues to rise", "Cannabis policy developments in Europe reviewed", "What sewage tells us about drug use in {city}"},
		leadOf: []int{0, 1, 2, 0},
		leads: []string{
			"Traces of drugs in the sewage of {n2} European cities give a near real-time picture of what people use, according to the latest wastewater analysis.",
			"Cannabis resin and herbal cannabis on the European market contain more THC than ever before, the agency reports.",
			"A new EUDA overview describes how Member States have changed their cannabis laws in recent years.",
		},
		facts: []string{
			"Samples were collected daily over a week in the spring, covering a population of about {n} million people.",
			"Residues of cocaine and ketamine were highest at weekends, while methamphetamine loads were spread across the week.",
			"Several countries have changed their laws on cannabis for recreational use, with different regulatory models.",
			"Edibles, vapes and semi-synthetic cannabinoids such as HHC add to the diversity of products.",
			"Wastewater data complement surveys, which can underestimate the use of some substances.",
			"Young adults remain the group most likely to have used cannabis in the last year.",
		},
		quotes: []string{
			"Wastewater does not lie; it shows what a city consumes, week after week",
		},
	}, {
		tags:   []string{"Drug-related deaths", "Harm reduction", "Prevention"},
		titles: []string{"Drug-induced deaths rise among older people who use drugs", "Harm reduction services adapt to a changing drug situation", "Naloxone & drug checking: harm reduction services expand", "Prevention: what works in schools", "European Prevention Curriculum trainers meet in {city}"},
		leadOf: []int{0, 1, 1, 2, 3},
		leads: []string{
			"An estimated {big} drug-induced deaths were recorded in the EU in {prev}, with a growing share among people over 50.",
			"Drug consumption rooms, drug checking services and naloxone programmes are expanding across Europe, according to a new overview.",
			"Programmes that build life skills work better in schools than one-off information sessions, an EUDA review concludes.",
			"Trainers of the European Prevention Curriculum met in {city} to share experience from {count} countries.",
		},
		facts: []string{
			"Opioids are involved in most fatal overdoses, often in combination with alcohol or benzodiazepines.",
			"Opioid agonist treatment reduces the risk of death and of infection with HIV and hepatitis C.",
			"Programmes that train life skills and social norms show better results than information campaigns alone.",
			"Drug checking lets people learn what a pill contains before they take it.",
			"Take-home naloxone has been distributed in {count} countries.",
			"The curriculum helps teachers, youth workers and local decision-makers choose evidence-based interventions.",
		},
		quotes: []string{
			"Each of these deaths was preventable",
		},
	}},
}
