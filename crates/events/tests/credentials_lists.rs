//! Ambassadors presenting their credentials, in every shape a dispatch
//! lists them: one MEETING per ambassador, the head of state who receives
//! them as source, the ambassador as target with the state that sends them
//! (none for an international body's envoy). No person-less copy, no name
//! paired with its neighbour's country. Every text is written for these
//! tests in the agencies' style.

mod common;
use common::{events, of_type};
use depeche_events::{Event, EventType, Role, Subtype};

/// (receiver, envoy, envoy's country or "-") of every meeting, sorted.
fn audiences(text: &str) -> Vec<(String, String, String)> {
    let ev = events(text);
    let mut out: Vec<(String, String, String)> = of_type(&ev, EventType::Meeting)
        .into_iter()
        .map(|e| {
            let side = |role: Role| e.actors.iter().find(|a| a.role == role);
            let name = |role: Role| side(role).map(|a| a.text.clone()).unwrap_or_default();
            let country = side(Role::Target)
                .and_then(|a| a.country.as_deref().map(str::to_string))
                .unwrap_or_else(|| "-".to_string());
            (name(Role::Source), name(Role::Target), country)
        })
        .collect();
    out.sort();
    out
}

/// Heads of state of several tests.
const OUATTARA: &str = "Alassane Ouattara";
const FAYE: &str = "Bassirou Diomaye Faye";

fn audience(receiver: &str, envoy: &str, country: &str) -> (String, String, String) {
    (receiver.to_string(), envoy.to_string(), country.to_string())
}

/// Assert that the meetings of `text` are exactly those of `receiver` with
/// each of `envoys` (name, country or "-"), in any order.
fn assert_receives(text: &str, receiver: &str, envoys: &[(&str, &str)]) {
    let mut want: Vec<_> = envoys
        .iter()
        .map(|(e, c)| audience(receiver, e, c))
        .collect();
    want.sort();
    assert_eq!(audiences(text), want, "{text}");
}

/// The meetings of `text` that are presentations of credentials.
fn credentials(text: &str) -> Vec<Event> {
    events(text)
        .into_iter()
        .filter(|e| e.subtype == Some(Subtype::Credentials))
        .collect()
}

#[test]
fn country_then_name_with_and_without_honorifics() {
    let text = "Hanoï, 12 mars 2025 (VNA) - Le président Lương Cường a reçu mercredi à Hanoï les \
                lettres de créance des nouveaux ambassadeurs du Cambodge, Sok Vannak, de la \
                Suisse, Beat Hofmann, du Venezuela, Mme Carmen Rivas Ortiz, et de la Grèce, \
                Dimitris Kostas.\n";
    assert_receives(
        text,
        "Lương Cường",
        &[
            ("Beat Hofmann", "CHE"),
            ("Carmen Rivas Ortiz", "VEN"),
            ("Dimitris Kostas", "GRC"),
            ("Sok Vannak", "KHM"),
        ],
    );
    let honorifics = "Yaoundé, 14 mars 2025 (CRTV) - Le président Paul Biya a reçu jeudi les \
                      lettres de créance des ambassadeurs de la Norvège, S.E. Ingrid Dahl, du \
                      Brésil, M. Carlos Mendes, et du Chili, Son Excellence Madame Paula Rojas.\n";
    assert_receives(
        honorifics,
        "Paul Biya",
        &[
            ("Carlos Mendes", "BRA"),
            ("Ingrid Dahl", "NOR"),
            ("Paula Rojas", "CHL"),
        ],
    );
}

#[test]
fn a_reception_of_seven_envoys_come_to_present_credentials() {
    let text = "Hanoï, 12 mars 2025 (VNA) - Le secrétaire général et président du Vietnam, Tô \
                Lâm, a reçu mercredi de nouveaux ambassadeurs du Cambodge, S.E. Sok Vannak, de \
                la Suisse, M. Beat Hofmann, du Vénézuela, Mme Carmen Rivas Ortiz, de la Grèce, \
                Dimitris Kostas, du Luxembourg, Paul Wagner, du Paraguay, Luis Benítez, de la \
                Jordanie, Omar Haddad, venus lui présenter leurs lettres de créance.\n";
    let got = audiences(text);
    let envoys: Vec<(&str, &str)> = got
        .iter()
        .map(|(_, e, c)| (e.as_str(), c.as_str()))
        .collect();
    assert_eq!(
        envoys,
        [
            ("Beat Hofmann", "CHE"),
            ("Carmen Rivas Ortiz", "VEN"),
            ("Dimitris Kostas", "GRC"),
            ("Luis Benítez", "PRY"),
            ("Omar Haddad", "JOR"),
            ("Paul Wagner", "LUX"),
            ("Sok Vannak", "KHM"),
        ]
    );
    // The head of state, named after his office and his country, receives.
    assert!(got.iter().all(|(r, _, _)| r.contains("Lâm")), "{got:?}");
}

#[test]
fn name_then_country_in_appositions() {
    let text = "Dakar, 4 avril 2025 (APS) - Le président Bassirou Diomaye Faye a reçu jeudi les \
                lettres de créance de Erik Lindgren, ambassadeur de Suède, Takeshi Nakamura, \
                ambassadeur du Japon, et Mme Awa Traoré, ambassadrice du Mali.\n";
    assert_receives(
        text,
        FAYE,
        &[
            ("Awa Traoré", "MLI"),
            ("Erik Lindgren", "SWE"),
            ("Takeshi Nakamura", "JPN"),
        ],
    );
    let second = "Dakar, 4 avril 2025 (APS) - Le président Bassirou Diomaye Faye \
                  a reçu jeudi les lettres de créance de deux ambassadeurs.\n\nIl \
                  s'agit de M. Erik Lindgren, nouvel ambassadeur extraordinaire et \
                  plénipotentiaire du Royaume de Suède, et de Mme Awa Traoré, \
                  ambassadrice de la République du Mali.\n";
    let envoys = [("Awa Traoré", "MLI"), ("Erik Lindgren", "SWE")];
    assert_receives(second, FAYE, &envoys);
}

#[test]
fn respectively_after_the_countries() {
    let text = "Abidjan, 18 mars 2025 (AIP) - Le président Alassane Ouattara a reçu mardi les \
                lettres de créance des ambassadeurs de Suède, du Japon et du Mali, Mme Karin \
                Holm, M. Hideo Sato et M. Moussa Diarra, respectivement.\n";
    assert_receives(
        text,
        OUATTARA,
        &[
            ("Hideo Sato", "JPN"),
            ("Karin Holm", "SWE"),
            ("Moussa Diarra", "MLI"),
        ],
    );
}

#[test]
fn respectively_before_the_countries_with_residence_elsewhere() {
    let text = "Abidjan, 18 mars 2025 (AIP) - Le président Alassane Ouattara a reçu mardi les \
                lettres de créance de quatre nouveaux ambassadeurs.\n\nIl s'agit de Mme Karin \
                Holm, MM. Hideo Sato, Moussa Diarra et Luis Herrera Quispe, respectivement \
                ambassadeurs extraordinaires et plénipotentiaires du Royaume de Suède, du \
                Japon, de la République du Mali et de la République du Pérou, avec résidence à \
                Abidjan pour les trois premiers et à Accra pour le dernier.\n";
    assert_receives(
        text,
        OUATTARA,
        &[
            ("Hideo Sato", "JPN"),
            ("Karin Holm", "SWE"),
            ("Luis Herrera Quispe", "PER"),
            ("Moussa Diarra", "MLI"),
        ],
    );
}

#[test]
fn one_envoy_per_dashed_line() {
    let text = "Tunis, 5 juin 2025 (TAP) - Le président de la République, Kaïs Saïed, a reçu \
                jeudi au palais de Carthage les lettres de créance de trois nouveaux \
                ambassadeurs.\n\nIl s'agit de :\n– M. João Ferreira, ambassadeur du Portugal ;\n\
                – Mme Dewi Lestari, ambassadrice de la République d'Indonésie ;\n– M. Paul \
                Essomba, ambassadeur de la République du Cameroun.\n";
    assert_receives(
        text,
        "Kaïs Saïed",
        &[
            ("Dewi Lestari", "IDN"),
            ("João Ferreira", "PRT"),
            ("Paul Essomba", "CMR"),
        ],
    );
}

#[test]
fn one_envoy_per_line_office_before_name() {
    let text = "Tunis, 5 juin 2025 (TAP) - Le président Kaïs Saïed a reçu jeudi les lettres de \
                créance des ambassadeurs suivants :\n\n- Ambassadeur de la République \
                portugaise : M. João Ferreira\n- Ambassadeur de la République d'Indonésie : Mme \
                Dewi Lestari\n";
    assert_receives(
        text,
        "Kaïs Saïed",
        &[("Dewi Lestari", "IDN"), ("João Ferreira", "PRT")],
    );
}

#[test]
fn credentials_received_in_the_passive() {
    let text = "Yaoundé, 29 novembre 2024 (CRTV) - Les lettres de créance de M. Lars Eriksson, \
                ambassadeur de Suède, ont été reçues vendredi par le président de la \
                République, Paul Biya.\n";
    assert_receives(text, "Paul Biya", &[("Lars Eriksson", "SWE")]);
    let met = credentials(text);
    assert_eq!(met.len(), 1, "{met:#?}");
    assert_eq!(
        met[0].date.value.as_ref().map(ToString::to_string),
        Some("2024-11-29".to_string())
    );
}

#[test]
fn envoys_named_after_the_verb() {
    let text = "Yaoundé, 29 novembre 2024 (CRTV) - Ont présenté vendredi leurs lettres de \
                créance au président Paul Biya les ambassadeurs de Suède, M. Lars Eriksson, et \
                du Japon, M. Kenta Mori.\n";
    assert_receives(
        text,
        "Paul Biya",
        &[("Kenta Mori", "JPN"), ("Lars Eriksson", "SWE")],
    );
}

#[test]
fn one_envoy_accredited_to_the_receiving_state() {
    let text = "Nouakchott, 12 février 2020 (AMI) - Le Président de la République, Monsieur \
                Mohamed Ould Ghazouani, a reçu mercredi au Palais présidentiel les lettres de \
                créance de Son Excellence M. Ibrahima Faye, en sa qualité d'ambassadeur \
                extraordinaire et plénipotentiaire de la République du Sénégal auprès de la \
                République islamique de Mauritanie.\n";
    assert_receives(text, "Mohamed Ould Ghazouani", &[("Ibrahima Faye", "SEN")]);
    let formal = "Abidjan, 7 mai 2025 (AIP) - Le président Alassane Ouattara a reçu \
                  mercredi les lettres de créance de deux ambassadeurs. Ont été accrédités \
                  Reza Karimi pour la république islamique d'Iran et Ana Souza pour le \
                  Brésil.\n";
    let envoys = [("Ana Souza", "BRA"), ("Reza Karimi", "IRN")];
    assert_receives(formal, OUATTARA, &envoys);
}

#[test]
fn an_envoy_of_the_union_has_no_country() {
    let text = "Abidjan, 7 mai 2025 (AIP) - Le président Alassane Ouattara a reçu mercredi les \
                lettres de créance de trois ambassadeurs : Hans Becker de l'Allemagne, Yuki \
                Tanabe du Japon et Pierre Durand de l'Union européenne.\n";
    assert_receives(
        text,
        OUATTARA,
        &[
            ("Hans Becker", "DEU"),
            ("Pierre Durand", "-"),
            ("Yuki Tanabe", "JPN"),
        ],
    );
}

#[test]
fn two_envoys_resident_elsewhere() {
    let text = "Accra, 2 juillet 2025 (GNA) - Le président John Dramani Mahama a reçu mercredi \
                les lettres de créance des ambassadeurs de la Norvège, Ola Berg, et du Brésil, \
                Rafael Costa, avec résidence à Abuja.\n";
    assert_receives(
        text,
        "John Dramani Mahama",
        &[("Ola Berg", "NOR"), ("Rafael Costa", "BRA")],
    );
}

#[test]
fn a_head_of_state_named_only_by_office() {
    let text = "Lettres de créance\n\nAbidjan, 18 mars 2025 (AIP) - Le chef de l'Etat a reçu \
                mardi les lettres de créance des ambassadeurs de la Suède, Karin Holm, et du \
                Japon, Hideo Sato.\n";
    let met = credentials(text);
    assert_eq!(met.len(), 2, "{met:#?}");
    for m in &met {
        let source = m.actors.iter().find(|a| a.role == Role::Source);
        assert_eq!(
            source.and_then(|a| a.country.as_deref()),
            Some("CIV"),
            "{m:#?}"
        );
    }
    let got = audiences(text);
    let envoys: Vec<(&str, &str)> = got
        .iter()
        .map(|(_, e, c)| (e.as_str(), c.as_str()))
        .collect();
    assert_eq!(envoys, [("Hideo Sato", "JPN"), ("Karin Holm", "SWE")]);
}

#[test]
fn a_farewell_audience_beside_a_ceremony_stays_a_reception() {
    let text = "Alger, 18 novembre 2025 (APS) - Le président Abdelmadjid Tebboune a reçu mardi \
                les lettres de créance des ambassadeurs du Brésil, M. Carlos Viana, et de la \
                Finlande, M. Antti Lehtonen.\n\nLe même jour, le Président Tebboune a reçu \
                l'ambassadeur du Mexique, M. Jorge Salinas, venu lui faire ses adieux au terme \
                de sa mission en Algérie.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 3, "{meetings:#?}");
    let farewell: Vec<&&Event> = meetings
        .iter()
        .filter(|e| e.actors.iter().any(|a| a.text.contains("Salinas")))
        .collect();
    assert_eq!(farewell.len(), 1, "{meetings:#?}");
    assert_ne!(farewell[0].subtype, Some(Subtype::Credentials));
    assert_eq!(credentials(text).len(), 2);
}

#[test]
fn an_audience_granted_at_the_end_of_a_mission() {
    let text = "Abidjan, 18 mars 2025 (AIP) - Le chef de l'Etat, Alassane Ouattara, a accordé \
                mardi une audience de congé à l'ambassadeur du Mexique, M. Jorge Salinas, en \
                fin de mission.\n";
    assert_receives(text, OUATTARA, &[("Jorge Salinas", "MEX")]);
}

#[test]
fn the_host_named_by_office_and_country_is_never_an_envoy() {
    // "président du Vietnam, X" pairs a person with a country as a list
    // does; the office says he is the host.
    let text = "Hanoï, 12 mars 2025 (VNA) - Le président du Vietnam, Lương Cường, a reçu \
                mercredi les lettres de créance des ambassadeurs de la Suisse, Beat Hofmann, et \
                du Paraguay, Luis Benítez.\n";
    assert_receives(
        text,
        "Lương Cường",
        &[("Beat Hofmann", "CHE"), ("Luis Benítez", "PRY")],
    );
}

#[test]
fn each_envoy_with_the_state_in_brackets() {
    let colon = "Pékin, 12 mars 2025 (Xinhua) - Le président chinois Xi Jinping a reçu mercredi \
                 les lettres de créance de quatre nouveaux ambassadeurs : Pierre Lambert \
                 (France), Marco Bellini (Italie), Jonas Keller (Allemagne) et Rui Tavares \
                 (Portugal).\n";
    assert_receives(
        colon,
        "Xi Jinping",
        &[
            ("Jonas Keller", "DEU"),
            ("Marco Bellini", "ITA"),
            ("Pierre Lambert", "FRA"),
            ("Rui Tavares", "PRT"),
        ],
    );
    // Two envoys, the list in a sentence of its own.
    let two = "Dakar, 4 avril 2025 (APS) - Le président Bassirou Diomaye Faye a reçu jeudi les \
               lettres de créance de deux ambassadeurs. Il s'agit de Kenji Sato (Japon) et de \
               Lena Berg (Suède).\n";
    assert_receives(two, FAYE, &[("Kenji Sato", "JPN"), ("Lena Berg", "SWE")]);
    // A single envoy in brackets, after the verb in the passive.
    let one = "Abidjan, 18 mars 2025 (AIP) - Les lettres de créance de Moussa Diarra (Mali) ont \
               été reçues mardi par le président Alassane Ouattara.\n";
    assert_receives(one, OUATTARA, &[("Moussa Diarra", "MLI")]);
}

#[test]
fn a_number_in_words_is_no_envoy() {
    // "huit nouveaux ambassadeurs" counts them: no person-less meeting
    // stands beside the named ones.
    let text = "Pékin, 12 mars 2025 (Xinhua) - Le président chinois Xi Jinping a reçu mercredi \
                les lettres de créance de huit nouveaux ambassadeurs en Chine. Les ambassadeurs \
                sont Marco Bellini de l'Italie, Jean-Marc Dupuis de la France et Jonas Keller \
                de l'Allemagne.\n";
    assert_receives(
        text,
        "Xi Jinping",
        &[
            ("Jean-Marc Dupuis", "FRA"),
            ("Jonas Keller", "DEU"),
            ("Marco Bellini", "ITA"),
        ],
    );
}

#[test]
fn an_envoy_titled_by_rank_keeps_her_country() {
    let text = "Madrid, 12 mars 2025 (EFE) - Le roi Felipe VI a reçu mercredi les lettres de \
                créance de trois nouveaux ambassadeurs. Les ambassadeurs accrédités étaient les \
                représentants du Royaume du Maroc, la princesse Lalla Salma ; de la République \
                du Kenya, Grace Wanjiru ; et de la République du Chili, Paula Rojas.\n";
    assert_receives(
        text,
        "Felipe VI",
        &[
            ("Grace Wanjiru", "KEN"),
            ("Lalla Salma", "MAR"),
            ("Paula Rojas", "CHL"),
        ],
    );
    let sheikh = "Rabat, 12 mars 2025 (MAP) - Le roi Mohammed VI a reçu mercredi les lettres de \
                  créance de deux ambassadeurs : du Qatar, cheikh Hamad Al-Thani, et du Japon, \
                  Kenji Sato.\n";
    assert_receives(
        sheikh,
        "Mohammed VI",
        &[("Hamad Al-Thani", "QAT"), ("Kenji Sato", "JPN")],
    );
}

#[test]
fn envoys_as_subject_present_to_the_king() {
    let text = "Phnom Penh, 12 mars 2025 (AKP) - Les ambassadeurs de la Suisse, Beat Hofmann, \
                du Chili, Paula Rojas, et de la Grèce, Dimitris Kostas, ont présenté mercredi \
                leurs lettres de créance au roi Norodom Sihamoni.\n";
    assert_receives(
        text,
        "Norodom Sihamoni",
        &[
            ("Beat Hofmann", "CHE"),
            ("Dimitris Kostas", "GRC"),
            ("Paula Rojas", "CHL"),
        ],
    );
}

#[test]
fn copies_of_the_credentials_received_by_the_minister() {
    let text = "Rabat, 12 mars 2025 (MAP) - Le ministre des Affaires étrangères, Nasser Bourita, \
                a reçu mercredi les copies figurées des lettres de créance du nouvel ambassadeur \
                du Japon, Kenji Sato.\n";
    assert_receives(text, "Nasser Bourita", &[("Kenji Sato", "JPN")]);
}
