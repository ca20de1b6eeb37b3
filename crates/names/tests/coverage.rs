//! Coverage of the embedded registry, counted year by year 2000–2025 as
//! `crates/names/data/README.md` states it: for every UN member state, a
//! person of the registry holding the office of head of state, of head of
//! government (where the office exists) and of foreign minister under a
//! dated role. Years in which a state did not exist or the office stood
//! empty are not counted against it; every other missing year must be one
//! of the known gaps listed below, and every listed gap must still be
//! missing, so that adding a holder means striking the gap here.
//!
//! Run with `--nocapture` to see the figures.

use depeche_names::{EntityKind, Registry};
use std::collections::{BTreeMap, BTreeSet};

const FIRST: i32 = 2000;
const LAST: i32 = 2025;

/// Places with a country row that are not UN member states.
const NOT_MEMBERS: [&str; 5] = ["PSE", "VAT", "XKX", "TWN", "ESH"];

/// States born after 2000: the years before are not counted.
const BORN: [(&str, i32); 3] = [("TLS", 2002), ("MNE", 2006), ("SSD", 2011)];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Office {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
}

const OFFICES: [Office; 3] = [
    Office::HeadOfState,
    Office::HeadOfGovernment,
    Office::ForeignMinister,
];

/// Years in which the office stood empty or did not exist, per state.
fn vacant(office: Office) -> Vec<(&'static str, Vec<i32>)> {
    let span = |a: i32, b: i32| (a..=b).collect::<Vec<i32>>();
    match office {
        Office::HeadOfState => vec![("HTI", vec![2022, 2023]), ("LBN", vec![2015, 2023, 2024])],
        Office::HeadOfGovernment => {
            // Presidential systems, for the whole period.
            let none = [
                "BOL", "BRA", "BWA", "CHE", "CHL", "COL", "CRI", "CYP", "DOM", "ECU", "ERI", "FSM",
                "GHA", "GMB", "GTM", "HND", "IDN", "IRN", "KIR", "LBR", "MDV", "MEX", "MHL", "MWI",
                "NGA", "NIC", "NRU", "PAN", "PHL", "PLW", "PRY", "SLV", "SMR", "SSD", "SUR", "SYC",
                "TKM", "URY", "USA", "VEN", "ZAF", "ZMB",
            ];
            let mut v: Vec<(&'static str, Vec<i32>)> =
                none.iter().map(|c| (*c, span(FIRST, LAST))).collect();
            let mut years = |c: &'static str, ys: Vec<i32>| v.push((c, ys));
            years("AFG", span(2002, 2013));
            years("AGO", [span(2000, 2001), span(2011, 2025)].concat());
            years("ARG", span(2000, 2014));
            years("BDI", span(2000, 2019));
            years(
                "BEN",
                [span(2000, 2010), vec![2014], span(2017, 2025)].concat(),
            );
            years("COD", span(2000, 2005));
            years("COG", [span(2000, 2004), span(2010, 2015)].concat());
            years("COM", span(2003, 2025));
            years("CUB", span(2000, 2018));
            years("GEO", span(2000, 2003));
            years("KEN", [span(2000, 2007), span(2014, 2025)].concat());
            years("MMR", span(2012, 2020));
            years("SAU", span(2000, 2021));
            years("SDN", span(2000, 2016));
            years("SEN", span(2020, 2021));
            years("SLE", span(2000, 2017));
            years("TCD", span(2019, 2020));
            years("TUR", span(2019, 2025));
            years("ZWE", [span(2000, 2008), span(2014, 2025)].concat());
            v
        }
        // Monaco's department of external relations dates from 2005; the
        // minister of state handled them before.
        Office::ForeignMinister => vec![("MCO", span(2000, 2004))],
    }
}

/// The years known to be missing: small states whose holders of those
/// years are not established here (the README's gap list).
fn known_gaps(office: Office) -> Vec<(&'static str, Vec<i32>)> {
    let span = |a: i32, b: i32| (a..=b).collect::<Vec<i32>>();
    match office {
        Office::HeadOfState => Vec::new(),
        Office::HeadOfGovernment => Vec::new(),
        Office::ForeignMinister => vec![
            ("ATG", span(2000, 2004)),
            ("GNB", [span(2000, 2001), span(2010, 2011)].concat()),
            ("GRD", [span(2000, 2001), span(2004, 2005)].concat()),
            ("MCO", vec![2005]),
            ("MRT", vec![2000, 2002]),
            ("SWZ", vec![2000, 2004, 2006, 2012]),
            ("VCT", vec![2000]),
        ],
    }
}

const HEAD_OF_STATE: &[&str] = &[
    "président",
    "présidente",
    "président de la république",
    "présidente de la république",
    "président par intérim",
    "présidente par intérim",
    "président de la transition",
    "présidente de la transition",
    "roi",
    "reine",
    "émir",
    "sultan",
    "chef de l'état",
    "président fédéral",
    "présidente fédérale",
    "président de la confédération",
    "présidente de la confédération",
    "capitaine-régent",
    "capitaine-régente",
    "grand-duc",
    "prince souverain",
    "prince",
    "coprince d'andorre",
    "membre de la présidence collégiale",
    "président du gouvernement national de transition",
    "président du conseil présidentiel",
    "président du conseil présidentiel de transition",
    "président du conseil de souveraineté",
    "président du conseil national pour la démocratie et le développement",
    "président de la haute autorité de la transition",
    "président de la refondation de la république",
    "président du conseil militaire de transition",
    "président du conseil d'état",
    "empereur",
    "président des affaires de l'état",
    "président de la commission des affaires de l'état",
    "président du conseil national de transition",
    "président du congrès général national",
    "président du présidium de l'assemblée populaire suprême",
    "chef de l'état par intérim",
    "président du conseil national de la transition",
    "président du conseil suprême des forces armées",
    "président de l'assemblée nationale de transition",
    "président du comité militaire de salut national",
    "président du conseil national du salut du peuple",
    "président du comité national pour le salut du peuple",
    "président du conseil suprême pour la restauration de la démocratie",
    "président du cnsp",
    "président du conseil militaire pour la justice et la démocratie",
    "président du haut conseil d'état",
    "président du conseil de transition",
    "président de la république par intérim",
    "guide de la révolution",
    "président du conseil présidentiel et premier ministre du gouvernement d'union nationale",
];

const HEAD_OF_GOVERNMENT: &[&str] = &[
    "premier ministre",
    "première ministre",
    "premier ministre par intérim",
    "première ministre par intérim",
    "chef du gouvernement",
    "cheffe du gouvernement",
    "président du gouvernement",
    "présidente du gouvernement",
    "président du conseil des ministres",
    "présidente du conseil des ministres",
    "président du conseil",
    "présidente du conseil",
    "chancelier",
    "chancelière",
    "chef de cabinet des ministres",
    "chef du cabinet des ministres",
    "chef ministre",
    "chef de l'exécutif",
    "secrétaire du comité populaire général",
    "chef du gouvernement par intérim",
    "premier ministre de transition",
    "première ministre de transition",
    "premier ministre du gouvernement d'union nationale",
    "président du conseil présidentiel et premier ministre du gouvernement d'union nationale",
    "prince héritier et premier ministre",
];

/// Role names of a foreign minister (a role starting with one of them).
const FOREIGN_MINISTER: &[&str] = &[
    "ministre des affaires étrangères",
    "ministre des relations extérieures",
    "ministre des affaires extérieures",
    "ministre des relations internationales",
    "ministre de l'europe et des affaires étrangères",
    "ministre de l'intégration africaine et des affaires étrangères",
    "ministre responsable des affaires étrangères",
    "ministre fédéral des affaires étrangères",
    "secrétaire aux affaires étrangères",
    "conseiller de gouvernement pour les relations extérieures",
];

/// A role without its year ranges, lowercased, and the ranges.
fn split_role(role: &str) -> (String, Vec<(i32, i32)>) {
    let role = role.trim();
    let Some((base, inner)) = role
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
        .filter(|(_, inner)| !inner.contains('(') && !inner.contains(')'))
    else {
        return (role.to_lowercase(), Vec::new());
    };
    let ranges = inner.split(',').filter_map(span).collect();
    (base.trim().to_lowercase(), ranges)
}

/// A year written in full (`2019`).
fn year(s: &str) -> Option<i32> {
    let digits = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| s.parse().ok()).flatten()
}

/// One piece of a role's parenthesis: `2013` (that year), `2007-2011`, or
/// `2019-` (still held: up to a year far ahead).
fn span(piece: &str) -> Option<(i32, i32)> {
    let mut ends = piece.split('-').map(str::trim);
    let first = ends.next().and_then(year)?;
    let last = match ends.next() {
        None => first,
        Some("") => 9999,
        Some(end) => year(end)?,
    };
    Some((first, last))
}

/// The offices a role (without its years) stands for, for a person of
/// `country`.
fn offices(base: &str, country: &str) -> Vec<Office> {
    let mut out = Vec::new();
    let special = match (country, base) {
        ("LBY", "président de la chambre des représentants") => Some(Office::HeadOfState),
        ("BGD", "conseiller principal") => Some(Office::HeadOfGovernment),
        ("BGD", "conseiller pour les affaires étrangères") => Some(Office::ForeignMinister),
        ("USA", "secrétaire d'état") => Some(Office::ForeignMinister),
        ("SMR", "secrétaire d'état aux affaires étrangères") => Some(Office::ForeignMinister),
        // The minister of state heads Monaco's government, the sultan of
        // Oman his, the ruler of Dubai the Emirates'.
        ("MCO", "ministre d'état") => Some(Office::HeadOfGovernment),
        ("OMN", "sultan") => Some(Office::HeadOfGovernment),
        ("ARE", "vice-président et premier ministre") => Some(Office::HeadOfGovernment),
        _ => None,
    };
    out.extend(special);
    if HEAD_OF_STATE.contains(&base) {
        out.push(Office::HeadOfState);
    }
    if HEAD_OF_GOVERNMENT.contains(&base) {
        out.push(Office::HeadOfGovernment);
    }
    if FOREIGN_MINISTER.iter().any(|p| base.starts_with(p)) {
        out.push(Office::ForeignMinister);
    }
    out
}

/// The state a role is counted for: the one it names, else its holder's.
fn role_state<'a>(base: &str, country: &'a str) -> &'a str {
    if base.ends_with("du soudan du sud") {
        "SSD"
    } else if base.ends_with("du soudan") {
        "SDN"
    } else {
        country
    }
}

type Years = BTreeMap<(Office, String), BTreeSet<i32>>;

/// The years each state's offices were held by a person of the registry.
fn held(r: &Registry) -> Years {
    let realms: BTreeSet<String> = r
        .entities()
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .filter(|e| {
            e.roles.iter().any(|role| {
                let (b, _) = split_role(role);
                b == "gouverneur général" || b == "gouverneure générale"
            })
        })
        .filter_map(|e| e.country.as_deref().map(str::to_string))
        .collect();
    let mut years = Years::new();
    for e in r.entities().iter().filter(|e| e.kind == EntityKind::Person) {
        let Some(country) = e.country.as_deref() else {
            continue;
        };
        for role in &e.roles {
            let (base, ranges) = split_role(role);
            for office in offices(&base, country) {
                let mut states = vec![role_state(&base, country).to_string()];
                if office == Office::HeadOfState
                    && country == "GBR"
                    && (base == "roi" || base == "reine")
                {
                    states.extend(realms.iter().cloned());
                }
                for state in states {
                    let set = years.entry((office, state)).or_default();
                    for &(a, b) in &ranges {
                        set.extend(a.max(FIRST)..=b.min(LAST));
                    }
                }
            }
        }
    }
    years
}

fn members(r: &Registry) -> Vec<String> {
    r.entities()
        .iter()
        .filter(|e| e.kind == EntityKind::Country && !NOT_MEMBERS.contains(&e.id.as_str()))
        .map(|e| e.id.clone())
        .collect()
}

#[test]
fn the_registry_lists_the_193_member_states() {
    assert_eq!(members(Registry::embedded()).len(), 193);
}

#[test]
fn every_member_state_has_its_head_of_state_head_of_government_and_foreign_minister_every_year_but_the_known_gaps(
) {
    let r = Registry::embedded();
    let held = held(r);
    let members = members(r);
    let mut problems = Vec::new();
    for office in OFFICES {
        let vacant: BTreeMap<&str, Vec<i32>> = vacant(office).into_iter().collect();
        let gaps: BTreeMap<&str, Vec<i32>> = known_gaps(office).into_iter().collect();
        let mut complete = 0;
        for state in &members {
            let have = held.get(&(office, state.clone()));
            let born = BORN
                .iter()
                .find(|(c, _)| c == state)
                .map_or(FIRST, |&(_, y)| y);
            let excused = vacant.get(state.as_str());
            let missing: Vec<i32> = (born..=LAST)
                .filter(|y| !have.is_some_and(|h| h.contains(y)))
                .filter(|y| !excused.is_some_and(|v| v.contains(y)))
                .collect();
            let known = gaps.get(state.as_str()).cloned().unwrap_or_default();
            if missing.is_empty() {
                complete += 1;
            }
            if missing != known {
                problems.push(format!(
                    "{office:?} of {state}: missing {missing:?}, known gaps {known:?}"
                ));
            }
        }
        println!(
            "{office:?}: {complete} of {} states every year {FIRST}-{LAST}",
            members.len()
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_known_gaps_name_member_states_only() {
    let members = members(Registry::embedded());
    for office in OFFICES {
        for (state, years) in known_gaps(office).into_iter().chain(vacant(office)) {
            assert!(members.iter().any(|m| m == state), "{office:?}: {state}");
            assert!(years.iter().all(|y| (FIRST..=LAST).contains(y)), "{state}");
        }
    }
}

#[test]
fn a_role_is_read_with_its_years_and_counted_for_its_office() {
    let (base, ranges) = split_role("Ministre des Affaires étrangères (2007-2011, 2013, 2019-)");
    assert_eq!(base, "ministre des affaires étrangères");
    assert_eq!(ranges, vec![(2007, 2011), (2013, 2013), (2019, 9999)]);
    assert_eq!(offices(&base, "KAZ"), vec![Office::ForeignMinister]);
    assert!(offices("vice-ministre des affaires étrangères", "KAZ").is_empty());
    assert!(offices("secrétaire d'état", "FRA").is_empty());
    assert_eq!(
        offices("secrétaire d'état", "USA"),
        vec![Office::ForeignMinister]
    );
    assert_eq!(
        role_state("ministre des affaires étrangères du soudan du sud", "SDN"),
        "SSD"
    );
}

/// International organizations whose heads diplomatic copy names, one a
/// line: a label, the first year their office existed (within 2000–2025)
/// and the role names of the office (`|`-separated; a role starting with
/// one of them counts, after the feminine forms are folded to the masculine
/// ones; a predecessor's office counts).
const ORGANIZATIONS: &str = "\
UN\t2000\tsecrétaire général de l'onu
UNESCO\t2000\tdirecteur général de l'unesco
UNHCR\t2000\thaut-commissaire des nations unies pour les réfugiés
OHCHR\t2000\thaut-commissaire des nations unies aux droits de l'homme
UNICEF\t2000\tdirecteur général de l'unicef
WHO\t2000\tdirecteur général de l'oms
FAO\t2000\tdirecteur général de la fao
ILO\t2000\tdirecteur général de l'oit
IAEA\t2000\tdirecteur général de l'aiea
ITU\t2000\tsecrétaire général de l'uit
IOM\t2000\tdirecteur général de l'oim
UNCTAD\t2000\tsecrétaire général de la cnuced
WTO\t2000\tdirecteur général de l'omc
IMF\t2000\tdirecteur général du fmi
World Bank\t2000\tprésident de la banque mondiale
AfDB\t2000\tprésident de la banque africaine de développement
ADB\t2000\tprésident de la banque asiatique de développement
ECB\t2000\tprésident de la banque centrale européenne
OECD\t2000\tsecrétaire général de l'ocde
OPEC\t2000\tsecrétaire général de l'opep
African Union\t2000\tprésident de la commission de l'union africaine|secrétaire général de l'oua
ECOWAS\t2000\tprésident de la commission de la cedeao|secrétaire exécutif de la cedeao
SADC\t2000\tsecrétaire exécutif de la sadc
EAC\t2000\tsecrétaire général de la communauté d'afrique de l'est
IGAD\t2000\tsecrétaire exécutif de l'igad
Arab League\t2000\tsecrétaire général de la ligue arabe
OIC\t2000\tsecrétaire général de l'oci|secrétaire général de l'organisation de la coopération islamique
GCC\t2000\tsecrétaire général du ccg|secrétaire général du conseil de coopération du golfe
ASEAN\t2000\tsecrétaire général de l'asean
SCO\t2004\tsecrétaire général de l'ocs
CSTO\t2003\tsecrétaire général de l'otsc
CICA\t2006\tsecrétaire général de la cica|directeur exécutif du secrétariat de la cica
Organization of Turkic States\t2010\tsecrétaire général du conseil turcique|secrétaire général de l'organisation des états turciques
Francophonie\t2000\tsecrétaire général de la francophonie
Commonwealth\t2000\tsecrétaire général du commonwealth
IPU\t2000\tprésident de l'union interparlementaire
European Commission\t2000\tprésident de la commission européenne
European Council\t2010\tprésident du conseil européen
European Parliament\t2000\tprésident du parlement européen
EU foreign policy\t2000\thaut représentant pour la politique étrangère et de sécurité commune|haut représentant de l'union pour les affaires étrangères
NATO\t2000\tsecrétaire général de l'otan
OSCE\t2000\tsecrétaire général de l'osce
Council of Europe\t2000\tsecrétaire général du conseil de l'europe
OAS\t2000\tsecrétaire général de l'oea|secrétaire général de l'organisation des états américains
CARICOM\t2000\tsecrétaire général de la caricom
Pacific Islands Forum\t2000\tsecrétaire général du forum des îles du pacifique
";

/// Heads of organizations not established here for some years: a label
/// and the years (none at present).
const ORGANIZATION_GAPS: &str = "";

/// The organizations: label, first year, role names.
fn organizations() -> Vec<(&'static str, i32, Vec<&'static str>)> {
    ORGANIZATIONS
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            let since = fields[1].parse().expect("a year");
            (fields[0], since, fields[2].split('|').collect())
        })
        .collect()
}

/// The known gaps of an organization.
fn organization_gaps(org: &str) -> Vec<i32> {
    ORGANIZATION_GAPS
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .filter(|(label, _)| *label == org)
        .flat_map(|(_, years)| years.split(' ').map(|y| y.parse::<i32>().expect("a year")))
        .collect()
}

/// A role name with its feminine forms folded to the masculine ones.
fn masculine(base: &str) -> String {
    [
        ("présidente", "président"),
        ("directrice générale", "directeur général"),
        ("secrétaire générale", "secrétaire général"),
        ("secrétaire exécutive", "secrétaire exécutif"),
        ("haute représentante", "haut représentant"),
        ("haute-commissaire", "haut-commissaire"),
    ]
    .iter()
    .fold(base.to_string(), |s, (f, m)| s.replace(f, m))
}

#[test]
fn the_heads_of_the_international_organizations_are_there_every_year_but_the_known_gaps() {
    let r = Registry::embedded();
    let orgs = organizations();
    let mut years: BTreeMap<&str, BTreeSet<i32>> = BTreeMap::new();
    for e in r.entities().iter().filter(|e| e.kind == EntityKind::Person) {
        for role in &e.roles {
            let (base, ranges) = split_role(role);
            let base = masculine(&base);
            for (org, _, names) in &orgs {
                if names.iter().any(|n| base.starts_with(n)) {
                    let set = years.entry(org).or_default();
                    for &(a, b) in &ranges {
                        set.extend(a.max(FIRST)..=b.min(LAST));
                    }
                }
            }
        }
    }
    let mut problems = Vec::new();
    let mut complete = 0;
    for &(org, since, _) in &orgs {
        let missing: Vec<i32> = (since..=LAST)
            .filter(|y| !years.get(org).is_some_and(|s| s.contains(y)))
            .collect();
        let known = organization_gaps(org);
        if missing.is_empty() {
            complete += 1;
        }
        if missing != known {
            problems.push(format!("{org}: missing {missing:?}, known gaps {known:?}"));
        }
    }
    println!(
        "{} organizations, {complete} with a head every year",
        orgs.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn feminine_titles_count_for_the_office() {
    assert_eq!(
        masculine("directrice générale de l'unesco"),
        "directeur général de l'unesco"
    );
    assert_eq!(
        masculine("haute représentante de l'union pour les affaires étrangères"),
        "haut représentant de l'union pour les affaires étrangères"
    );
}
