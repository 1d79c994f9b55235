package demosite

var eurojust = &agency{
	key: "eurojust", name: "Eurojust", home: "The Hague", start: 2010, count: 55,
	full:     "the European Union Agency for Criminal Justice Cooperation",
	speakers: []string{"the President of Eurojust", "the National Member for {country}", "the Vice-President of Eurojust", "the Eurojust Administrative Director"},
	about: []string{
		"Eurojust supports national judicial authorities in the investigation and prosecution of serious cross-border crime, coordinating their work from The Hague.",
		"Each Member State seconds a National Member to Eurojust; together they bring prosecutors from different legal systems around one table.",
	},
	themes: []theme{{
		tags:   []string{"Drug trafficking", "Money laundering", "Joint investigation teams"},
		titles: []string{"Cocaine trafficking network dismantled in {country} and {country2}", "{n} arrests in action against synthetic drug production", "Eurojust supports seizure of {n} tonnes of cocaine in {port}", "Cannabis smuggling ring taken down with Eurojust support"},
		leadOf: []int{0, 1, 0, 2},
		leads: []string{
			"Judicial and police authorities in {country} and {country2} have dismantled a criminal network that smuggled cocaine in refrigerated containers through the port of {port}.",
			"In a coordinated action day, {n} suspects were arrested and {n2} premises searched in an investigation into the production of synthetic drugs.",
			"A criminal group that smuggled cannabis by lorry from {country} to {country2} has been taken down with the support of Eurojust.",
		},
		facts: []string{
			"The suspects hid the drugs among consignments of bananas, pineapples and frozen fish.",
			"Investigators found an industrial laboratory equipped with reactors, pill presses and hundreds of litres of precursor chemicals.",
			"Profits were laundered through shell companies, cryptocurrency wallets and an underground banking network.",
			"Encrypted communications intercepted by the investigators revealed the structure of the organisation.",
			"Assets worth more than EUR {n2} million, including luxury cars and real estate, were frozen.",
			"A joint investigation team set up with the support of Eurojust allowed the prosecutors to share evidence in real time.",
			"Eurojust hosted {n} coordination meetings and set up a coordination centre on the action day.",
			"The network is believed to have imported at least {big} kilograms of cocaine over two years.",
		},
		quotes: []string{
			"Drug traffickers do not stop at borders, and thanks to close judicial cooperation neither do the prosecutors who pursue them",
			"This case shows the value of a joint investigation team set up at the right moment",
		},
	}, {
		tags:   []string{"Cybercrime", "Fraud", "Joint investigation teams"},
		titles: []string{"Ransomware gang behind attacks on hospitals taken down", "Call centre fraud: {n} arrests in {country}", "Phishing network targeting bank customers dismantled", "Botnet infrastructure disrupted in international operation"},
		leadOf: []int{0, 1, 2, 0},
		leads: []string{
			"An international operation coordinated by Eurojust has taken down the servers of a ransomware group that attacked hospitals and municipalities in {count} countries.",
			"Authorities in {country} and {country2} have arrested {n} members of a network that cheated elderly victims from fake call centres.",
			"A network that stole the online banking credentials of thousands of customers with fake text messages has been dismantled in {country}.",
		},
		facts: []string{
			"The fraudsters posed as bank employees or police officers and persuaded victims to transfer their savings.",
			"Investigators seized servers, laptops and cryptocurrency worth EUR {n} million.",
			"The malware encrypted patient records and demanded payment in bitcoin.",
			"Victims lost an estimated EUR {n2} million.",
			"Phishing kits sold on underground forums allowed even unskilled criminals to copy the websites of real banks.",
			"Eurojust helped the authorities execute European Investigation Orders in several countries within hours.",
			"Decryption keys recovered during the operation are being shared with victims free of charge.",
		},
		quotes: []string{
			"Cybercriminals count on the gaps between jurisdictions; coordination closes them",
		},
	}, {
		tags:   []string{"Migrant smuggling", "Trafficking in human beings", "Joint investigation teams"},
		titles: []string{"Migrant smuggling network on the Balkan route dismantled", "Victims of labour exploitation freed in {country}", "Trafficking ring exploiting women in {city} taken down", "{n} smugglers arrested for dangerous crossings of the Channel"},
		leadOf: []int{0, 1, 2, 3},
		leads: []string{
			"A criminal network that smuggled migrants across several borders in overcrowded vans has been dismantled in a joint action coordinated by Eurojust.",
			"Authorities in {country} have freed {n2} victims of labour exploitation who were forced to work on farms for a few euros a day.",
			"Authorities in {country} have arrested {n} suspects who lured women to {city} with false job offers and forced them into prostitution.",
			"{n} members of a network that organised dangerous small-boat crossings of the Channel have been arrested in a coordinated action.",
		},
		facts: []string{
			"The migrants paid up to EUR {n} thousand each and were transported in hidden compartments without ventilation.",
			"The victims were recruited with false promises of well-paid jobs and had their passports confiscated on arrival.",
			"The suspects used social media to advertise their services and arrange pick-up points.",
			"Specialised organisations provided shelter, medical care and legal advice to the victims.",
			"The investigation was carried out by a joint investigation team funded by Eurojust.",
			"Small boats and inflatable dinghies were stored in warehouses close to the coast.",
			"Financial investigations traced payments made through money transfer services and hawala bankers.",
		},
		quotes: []string{
			"Behind every case of trafficking there are people whose dignity was taken from them",
			"Smugglers treat human beings as cargo; we treat them as victims and witnesses",
		},
	}, {
		tags:   []string{"Judicial cooperation", "European Arrest Warrant", "Core international crimes"},
		titles: []string{"Eurojust annual report: record number of cases", "Network of prosecutors for core international crimes meets in The Hague", "European Arrest Warrant: practitioners exchange experience in {city}", "Liaison prosecutors meet in {city} to review cooperation with third countries"},
		leadOf: []int{0, 1, 2, 3},
		leads: []string{
			"Eurojust supported more than {big} cross-border criminal cases in {prev}, according to its annual report published today.",
			"Prosecutors specialised in genocide, crimes against humanity and war crimes met at Eurojust to coordinate their investigations.",
			"Judges and prosecutors met in {city} to share their experience of applying the European Arrest Warrant.",
			"Liaison prosecutors posted at Eurojust by partner countries outside the EU met in {city} to review their cooperation.",
		},
		facts: []string{
			"Swindles and fraud, drug trafficking and money laundering were again the crime types with the most cases.",
			"The number of joint investigation teams supported by the agency reached a new high.",
			"Practitioners discussed how to speed up surrender procedures and how to handle requests concerning minors.",
			"Battlefield evidence, satellite images and witness testimony stored in a central database help national prosecutors build cases.",
			"Working arrangements with third countries allow the exchange of liaison prosecutors and of operational information.",
			"Eurojust also published guidelines on deciding which jurisdiction should prosecute when several are competent.",
		},
		quotes: []string{
			"Our figures tell a simple story: national authorities turn to Eurojust more than ever",
			"There can be no impunity for the gravest crimes, wherever they were committed",
		},
	}},
}
