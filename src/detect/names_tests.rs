//! Tests for the name detector. Inputs are already normalised (the engine
//! normalises before calling the detector).

use proptest::prelude::*;

use super::*;

fn det() -> NameDetector {
    NameDetector::new().unwrap()
}

fn find(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    det().find(text, &TextContext::new(), &mut out);
    out
}

fn names(text: &str) -> Vec<String> {
    find(text)
        .iter()
        .map(|f| text[f.range.clone()].to_owned())
        .collect()
}

/// Each case: text, expected names (exact spans, in order), expected
/// detector of the first name (or "" for any).
fn check(cases: &[(&str, &[&str], &str)]) {
    let d = det();
    let mut failures = Vec::new();
    for (text, want, detector) in cases {
        let mut out = Vec::new();
        d.find(text, &TextContext::new(), &mut out);
        let got: Vec<&str> = out.iter().map(|f| &text[f.range.clone()]).collect();
        if got != *want {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            continue;
        }
        if !detector.is_empty()
            && let Some(f) = out.first()
            && f.detector != *detector
        {
            failures.push(format!("{text:?}: want {detector}, got {}", f.detector));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn gazetteers_are_substantial_and_lower_case() {
    for (name, data, min) in [
        ("forenames", FORENAMES, 800),
        ("surnames", SURNAMES, 800),
        ("ambiguous", AMBIGUOUS, 100),
        ("nonnames", NONNAMES, 300),
        ("stopwords", STOPWORDS, 100),
    ] {
        let set = word_set(data);
        assert!(set.len() >= min, "{name}: {}", set.len());
        for w in &set {
            assert_eq!(*w, w.to_lowercase(), "{name}: {w}");
        }
    }
    let d = det();
    for dim in [
        "jo",
        "dan",
        "sam",
        "kev",
        "baz",
        "gaz",
        "siobhan",
        "agnieszka",
        "oisin",
        "dafydd",
    ] {
        assert!(d.flags(dim) & flag::FORE != 0, "{dim}");
    }
}

#[test]
fn self_introductions() {
    check(&[
        (
            "my name is Jo Bloggs and I work at the station",
            &["Jo Bloggs"],
            "name.self_intro",
        ),
        (
            "Hello, my name is Kwabena Mensah.",
            &["Kwabena Mensah"],
            "name.self_intro",
        ),
        ("I'm Jo.", &["Jo"], "name.self_intro"),
        (
            "I am Jo Bloggs, I live nearby",
            &["Jo Bloggs"],
            "name.self_intro",
        ),
        (
            "Hi, this is Jo. I need to report",
            &["Jo"],
            "name.self_intro",
        ),
        ("call me Jo", &["Jo"], "name.self_intro"),
        ("it's Jo here, I called before", &["Jo"], "name.self_intro"),
        (
            "Jo Bloggs here. I want to report an officer",
            &["Jo Bloggs"],
            "name.self_intro",
        ),
        ("Hi, Dan here.", &["Dan"], "name.self_intro"),
        (
            "My name's Siobhan McAllister-Jones",
            &["Siobhan McAllister-Jones"],
            "name.self_intro",
        ),
        ("I'm Grace and I was there", &["Grace"], "name.self_intro"),
        (
            "I’m Mary-Jane O’Neill.",
            &["Mary-Jane O’Neill"],
            "name.self_intro",
        ),
        ("I am Kofi.", &["Kofi"], "name.self_intro"),
    ]);
    for f in find("my name is Jo Bloggs") {
        assert_eq!(f.party_hint, Some(Party::Reporter));
        assert_eq!(f.kind, Kind::Name);
    }
}

#[test]
fn lower_case_with_a_cue() {
    check(&[
        ("my name is jo bloggs", &["jo bloggs"], "name.self_intro"),
        (
            "my name is jo and i live in leeds",
            &["jo"],
            "name.self_intro",
        ),
        ("i'm jo", &["jo"], "name.self_intro"),
        ("hi im dan, i want to report", &["dan"], "name.self_intro"),
        (
            "call 07700 900123 and ask for jo bloggs",
            &["jo bloggs"],
            "name.self_cue",
        ),
        (
            "a man called dave okafor came round",
            &["dave okafor"],
            "name.cue",
        ),
        ("thanks, jo", &["jo"], "name.sign_off"),
        ("sergeant reeves was there", &["reeves"], "name.rank"),
    ]);
}

#[test]
fn lower_case_negatives() {
    check(&[
        ("i'm scared", &[], ""),
        ("I'm scared of him", &[], ""),
        ("I am worried about my safety", &[], ""),
        ("this is serious", &[], ""),
        ("I'm his sergeant", &[], ""),
        ("i'm will be there", &[], ""),
        ("i'm frank with you", &[], ""),
        ("i'm sure he knows", &[], ""),
        ("my name is not important", &[], ""),
        ("he called me back", &[], ""),
        ("she called the police", &[], ""),
        ("call me on the number", &[], ""),
        ("i'm a nurse", &[], ""),
        ("the inspector said nothing", &[], ""),
        ("I'm 34 and live alone", &[], ""),
    ]);
}

#[test]
fn sign_offs() {
    check(&[
        ("Please help.\nThanks, Jo", &["Jo"], "name.sign_off"),
        (
            "That is all. Regards, J. Smith",
            &["J. Smith"],
            "name.sign_off",
        ),
        (
            "I hope this helps.\n\nKind regards\nJo Bloggs",
            &["Jo Bloggs"],
            "name.sign_off",
        ),
        ("He threatened me.\n- Jo", &["Jo"], "name.sign_off"),
        ("please do something - Jo", &["Jo"], "name.sign_off"),
        ("Cheers Jo", &["Jo"], "name.sign_off"),
        ("Sent by Jo Bloggs", &["Jo Bloggs"], "name.sign_off"),
        (
            "Yours sincerely,\nKwabena Mensah",
            &["Kwabena Mensah"],
            "name.sign_off",
        ),
        ("Many thanks,\nGrace", &["Grace"], "name.sign_off"),
        ("thanks\nDan\n", &["Dan"], "name.sign_off"),
        (
            "Yours faithfully,\nMr J. Patel",
            &["J. Patel"],
            "name.sign_off",
        ),
    ]);
    for f in find("Thanks, Jo") {
        assert_eq!(f.party_hint, Some(Party::Reporter));
    }
}

#[test]
fn sign_off_negatives() {
    check(&[
        ("Thanks again", &[], ""),
        ("Thanks, Sergeant", &[], ""),
        ("Cheers mate", &[], ""),
        ("Love, Mum", &[], ""),
        ("Sent from my iPhone", &[], ""),
        ("Thanks for reading", &[], ""),
        ("Best wishes\nEveryone", &[], ""),
        ("The fine was £2,500 - Tuesday", &[], ""),
    ]);
}

#[test]
fn titles_and_ranks() {
    check(&[
        ("I spoke to Mr Okafor yesterday", &["Okafor"], "name.title"),
        ("Mrs. Bloggs was at home", &["Bloggs"], "name.title"),
        ("Ms J. Smith complained", &["J. Smith"], "name.title"),
        ("Dr Grace Achebe saw me", &["Grace Achebe"], "name.title"),
        ("Sir Green", &["Green"], "name.title"),
        ("Mx Taylor", &["Taylor"], "name.title"),
        ("mr brown hit me", &["brown"], "name.title"),
        (
            "PC Daniel Reeves stopped me",
            &["Daniel Reeves"],
            "name.rank",
        ),
        ("Sgt Reeves was on duty", &["Reeves"], "name.rank"),
        ("DI Okafor took my statement", &["Okafor"], "name.rank"),
        ("PC 4471 Reeves arrested him", &["Reeves"], "name.rank"),
        (
            "Detective Chief Inspector Hamid Khan",
            &["Hamid Khan"],
            "name.rank",
        ),
        ("Inspector Wojcik", &["Wojcik"], "name.rank"),
        ("PCSO Will Brown", &["Will Brown"], "name.rank"),
        (
            "the officer, Officer Reeves, lied",
            &["Reeves"],
            "name.rank",
        ),
    ]);
}

#[test]
fn title_and_rank_negatives() {
    check(&[
        ("the Sergeant came to my door", &[], ""),
        ("I told the Inspector everything", &[], ""),
        ("a Detective Sergeant was there", &[], ""),
        ("PC 4471 was rude", &[], ""),
        ("I miss my old job", &[], ""),
        ("12 Oak Dr, Leeds", &[], ""),
        ("PS I forgot to say", &[], ""),
    ]);
}

#[test]
fn gazetteer_names() {
    check(&[
        (
            "Yesterday Daniel Reeves came to my house",
            &["Daniel Reeves"],
            "name.gazetteer",
        ),
        (
            "I saw Siobhan McAllister-Jones at the shop",
            &["Siobhan McAllister-Jones"],
            "",
        ),
        ("Mary-Jane O'Neill was with him", &["Mary-Jane O'Neill"], ""),
        ("I met Kwabena Mensah there", &["Kwabena Mensah"], ""),
        ("it was J. Smith who signed", &["J. Smith"], ""),
        ("Jo Bloggs's car was outside", &["Jo Bloggs"], ""),
        ("Grace Okafor was there", &["Grace Okafor"], ""),
        ("Will Smith said so", &["Will Smith"], ""),
        ("I told Dan about it", &["Dan"], ""),
        ("Patel said he would pay", &["Patel"], ""),
        ("Grace's husband is the officer", &["Grace"], ""),
        ("DANIEL REEVES", &["DANIEL REEVES"], ""),
        (
            "Piotr Kowalski and Agnieszka Nowak",
            &["Piotr Kowalski", "Agnieszka Nowak"],
            "",
        ),
        ("Ana de Souza", &["Ana de Souza"], ""),
    ]);
}

#[test]
fn relations_and_cues() {
    check(&[
        ("My friend Grace saw her car", &["Grace"], "name.cue"),
        ("his wife, Rose, works there", &["Rose"], "name.cue"),
        ("my brother Will Green", &["Will Green"], "name.cue"),
        ("a colleague, Jessica, is scared", &["Jessica"], "name.cue"),
        ("Name: Jo Bloggs", &["Jo Bloggs"], "name.cue"),
        ("her name is Amanda Clarke", &["Amanda Clarke"], "name.cue"),
        ("a garage owner called Baz", &["Baz"], "name.cue"),
        ("known as Gaz", &["Gaz"], "name.cue"),
        // Negatives.
        ("my friend's house", &[], ""),
        ("my friend Steelhouse Lane", &[], ""),
        ("a man Called", &[], ""),
        ("he called Crimestoppers", &[], ""),
        ("I called 999", &[], ""),
    ]);
}

#[test]
fn common_word_and_place_traps() {
    check(&[
        ("Will you help me?", &[], ""),
        ("May I ask a question", &[], ""),
        ("It happened in May", &[], ""),
        ("Grace is needed", &[], ""),
        ("Hope this helps", &[], ""),
        ("Mark my words", &[], ""),
        ("Rose from the chair", &[], ""),
        ("Frank discussion", &[], ""),
        ("Green car outside", &[], ""),
        ("Young people were there", &[], ""),
        ("White van man", &[], ""),
        ("Long story short", &[], ""),
        ("Summer holidays", &[], ""),
        ("Dawn raid on the house", &[], ""),
        ("I met him at Victoria station", &[], ""),
        ("He lives in Chelsea", &[], ""),
        ("at Victoria Coach Station", &[], ""),
        ("West Midlands Police", &[], ""),
        ("Steelhouse Lane police station", &[], ""),
        ("near the Bull Ring", &[], ""),
        ("Victoria Road", &[], ""),
        ("Hope Street", &[], ""),
        ("King Street", &[], ""),
        ("St Helens", &[], ""),
        ("On Monday in March", &[], ""),
        ("Greater Manchester Police", &[], ""),
        ("Bill me later", &[], ""),
        ("Chase the money", &[], ""),
        ("The Inspector", &[], ""),
        ("Sergeant", &[], ""),
        ("PLEASE HELP ME", &[], ""),
        ("He works at Tesco", &[], ""),
        ("He is British and Muslim", &[], ""),
        ("Rich people", &[], ""),
        ("Pat him down", &[], ""),
        ("Sue them", &[], ""),
        ("Joy and Faith", &[], ""),
    ]);
}

#[test]
fn disguised_spacing() {
    check(&[
        (
            "my  name  is  Jo   Bloggs",
            &["Jo   Bloggs"],
            "name.self_intro",
        ),
        ("PC  Daniel  Reeves", &["Daniel  Reeves"], "name.rank"),
        ("Thanks,\tJo", &["Jo"], "name.sign_off"),
        ("J.Smith was there", &["J.Smith"], ""),
    ]);
}

#[test]
fn possessive_is_excluded() {
    let text = "my name is Jo Bloggs's cousin";
    let f = find(text);
    assert_eq!(f.len(), 1);
    assert_eq!(&text[f[0].range.clone()], "Jo Bloggs");
    let text = "Mr Bloggs' car";
    assert_eq!(names(text), vec!["Bloggs"]);
}

#[test]
fn findings_are_well_formed() {
    let text = "Hi, I'm Jo. PC Daniel Reeves and DI Okafor came.\nThanks, Jo";
    let f = find(text);
    assert_eq!(f.len(), 4, "{:?}", names(text));
    for w in f.windows(2) {
        assert!(w[0].range.end <= w[1].range.start);
    }
    for x in &f {
        assert_eq!(x.kind, Kind::Name);
        assert!(!x.validated);
        assert!(x.confidence > 0.0 && x.confidence <= 1.0);
        assert!(x.detector.starts_with("name."));
    }
    assert_eq!(f[1].party_hint, None);
    assert_eq!(f[3].party_hint, Some(Party::Reporter));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let d = det();
    let mut out = Vec::new();
    d.find(&"a".repeat(64 * 1024), &TextContext::new(), &mut out);
    d.find(&"Jo".repeat(32 * 1024), &TextContext::new(), &mut out);
    let many = "Daniel ".repeat(100_000);
    out.clear();
    d.find(&many, &TextContext::new(), &mut out);
    assert!(!out.is_empty());
    let caps = "Zqx ".repeat(100_000);
    d.find(&caps, &TextContext::new(), &mut out);
    let mixed = "Mr. ".repeat(50_000) + &"- ".repeat(50_000) + &"'s ".repeat(50_000);
    d.find(&mixed, &TextContext::new(), &mut out);
    d.find("", &TextContext::new(), &mut out);
    d.find("'", &TextContext::new(), &mut out);
    d.find("J.", &TextContext::new(), &mut out);
    d.find("my name is", &TextContext::new(), &mut out);
    d.find("Thanks,", &TextContext::new(), &mut out);
}

proptest! {
    #[test]
    fn ranges_lie_on_char_boundaries(text in "\\PC{0,200}") {
        let mut out = Vec::new();
        det().find(&text, &TextContext::new(), &mut out);
        for f in &out {
            prop_assert!(f.range.start < f.range.end);
            prop_assert!(f.range.end <= text.len());
            prop_assert!(text.is_char_boundary(f.range.start));
            prop_assert!(text.is_char_boundary(f.range.end));
        }
    }

    #[test]
    fn ranges_lie_on_char_boundaries_namey(
        words in proptest::collection::vec(
            prop_oneof![
                Just("Jo".to_owned()), Just("Bloggs's".to_owned()), Just("O’Neill".to_owned()),
                Just("Mr".to_owned()), Just("PC".to_owned()), Just("my".to_owned()),
                Just("name".to_owned()), Just("is".to_owned()), Just("Thanks,".to_owned()),
                Just("-".to_owned()), Just("\n".to_owned()), Just("J.".to_owned()),
                Just("Siobhán".to_owned()), Just("ÉÀ".to_owned()), "\\PC{0,4}",
            ],
            0..30,
        )
    ) {
        let text = words.join(" ");
        let mut out = Vec::new();
        det().find(&text, &TextContext::new(), &mut out);
        for f in &out {
            prop_assert!(f.range.end <= text.len());
            prop_assert!(text.get(f.range.clone()).is_some());
        }
    }
}

#[test]
fn signatures_intros_and_lower_case_forms() {
    check(&[
        (
            "he lied again i reckon Regards, Bartholomew",
            &["Bartholomew"],
            "name.sign_off",
        ),
        (
            "it was all on camera cheers nell",
            &["nell"],
            "name.sign_off",
        ),
        ("Nobody listens.\nx Marisol", &["Marisol"], "name.sign_off"),
        (
            "used my card. from ailsa quarrington",
            &["ailsa quarrington"],
            "name.sign_off",
        ),
        ("thank you. j. dunwoody", &["j. dunwoody"], "name.sign_off"),
        (
            "I saw it. from a worried mum, Rosalind",
            &["Rosalind"],
            "name.sign_off",
        ),
        (
            "um hi callum jones here. he lied",
            &["callum jones"],
            "name.self_intro",
        ),
        (
            "this is rosamund speaking. he lied",
            &["rosamund"],
            "name.self_intro",
        ),
        (
            "i'm ciaran quarrington. he lied",
            &["ciaran quarrington"],
            "name.self_intro",
        ),
        (
            "my neighbour is sgt imran quarrington, he lied",
            &["imran quarrington"],
            "name.rank",
        ),
        ("dc postlethwaite refused", &["postlethwaite"], "name.rank"),
        (
            "my son mustafa quarrington (18) was searched",
            &["mustafa quarrington"],
            "name.cue",
        ),
        (
            "the girl involved is Oksana, she is 11",
            &["Oksana"],
            "name.cue",
        ),
        (
            "officer Cormac Lomax made comments",
            &["Cormac Lomax"],
            "name.rank",
        ),
        // Traps.
        ("it's cold here.", &[], ""),
        ("thanks for nothing", &[], ""),
        ("cheers mate", &[], ""),
        ("my pc crashed again", &[], ""),
        ("he lives on gladstone dr will back me up", &[], ""),
        ("at Charles Cross police station", &[], ""),
        ("a text from Jo", &["Jo"], "name.gazetteer"),
    ]);
}

#[test]
fn reporter_parts_repeat_as_the_reporters() {
    let text = "I'm Lorcan Abernethy. PC Lorcan Reeves was there. Lorcan saw it. Thanks, Lorcan";
    let got = find(text);
    let mut reporter = 0;
    for f in &got {
        let s = &text[f.range.clone()];
        if s == "Lorcan Reeves" {
            assert_eq!(f.detector, "name.rank");
            assert_ne!(f.party_hint, Some(Party::Reporter));
        } else {
            assert_eq!(f.party_hint, Some(Party::Reporter), "{s}");
            reporter += 1;
        }
    }
    assert_eq!(reporter, 3, "{got:?}");
    // The subject's declared name stays the officer's.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Lorcan Reeves", Party::Subject);
    let mut out = Vec::new();
    det().find("Thanks, Lorcan\nLorcan Reeves", &ctx, &mut out);
    assert!(
        out.iter().any(|f| f.party_hint != Some(Party::Reporter)),
        "{out:?}"
    );
}

/// The word table holds exactly the words of every list, each with its
/// list's flag: one look-up answers what the separate sets did.
#[test]
fn word_table_flags_match_the_lists() {
    let d = det();
    let mut lists: Vec<(u32, Vec<&str>)> = vec![
        (flag::FORE, word_set(FORENAMES).into_iter().collect()),
        (flag::SUR, word_set(SURNAMES).into_iter().collect()),
        (
            flag::AMBIGUOUS_FLAG,
            word_set(AMBIGUOUS).into_iter().collect(),
        ),
        (flag::NONNAME, word_set(NONNAMES).into_iter().collect()),
        (flag::STOP, word_set(STOPWORDS).into_iter().collect()),
        (flag::PLACE_SUFFIX, PLACE_SUFFIXES.to_vec()),
        (flag::PLACE_PREFIX, PLACE_PREFIXES.to_vec()),
        (flag::PARTICLE, PARTICLES.to_vec()),
        (flag::PERSON_WORD, PERSON_WORDS.to_vec()),
        (flag::RELATION, RELATIONS.to_vec()),
        (flag::GREETING, GREETINGS.to_vec()),
        (flag::FILLER, FILLERS.to_vec()),
        (flag::INTRO_START, INTRO_STARTS.to_vec()),
        (flag::SIGN_OFF_START, SIGN_OFF_STARTS.to_vec()),
        (flag::CUE_START, CUE_STARTS.to_vec()),
        (flag::RANK_ABBREVIATION, RANK_ABBREVIATIONS.to_vec()),
        (
            flag::LOWER_RANK_ABBREVIATION,
            LOWER_RANK_ABBREVIATIONS.to_vec(),
        ),
        (flag::TITLE, TITLES.iter().map(|(w, _)| *w).collect()),
        (
            flag::TITLE_LOWER,
            TITLES.iter().filter(|(_, l)| *l).map(|(w, _)| *w).collect(),
        ),
        (
            flag::RANK_WORD,
            RANK_WORDS.iter().map(|(w, _)| *w).collect(),
        ),
        (
            flag::FORMAL_RANK_WORD,
            RANK_WORDS
                .iter()
                .filter(|(_, f)| *f)
                .map(|(w, _)| *w)
                .collect(),
        ),
        (flag::NAME, vec!["name", "names"]),
        (flag::HERE, vec!["here", "speaking"]),
        (flag::HEADER_LABEL, HEADER_LABELS.to_vec()),
        (flag::PROXY_START, [PROXY_STARTS, PROXY_ACTS].concat()),
    ];
    let mut triggers = TRIGGER_LISTS.concat();
    triggers.extend_from_slice(RELATIONS);
    lists.push((flag::TRIGGER, triggers));
    for (bit, words) in &lists {
        let want: std::collections::BTreeSet<&str> = words.iter().copied().collect();
        let got: std::collections::BTreeSet<&str> = d
            .words
            .iter()
            .filter(|w| w.flags & bit != 0)
            .map(|w| w.text)
            .collect();
        assert_eq!(got, want, "flag {bit:#x}");
    }
    assert_eq!(d.flags("not-a-listed-word"), 0);
}

fn find_both(text: &str, ctx: &TextContext) -> (Vec<Finding>, Vec<Finding>) {
    let d = det();
    let (mut fast, mut full) = (Vec::new(), Vec::new());
    d.find_with(text, ctx, &mut fast, true);
    d.find_with(text, ctx, &mut full, false);
    (fast, full)
}

/// The prefilters in front of the context families and the per-token line
/// families change no finding: every corpus and held-out narrative, as
/// written, in lower and upper case and with a line break after each
/// sentence.
#[test]
fn context_prefilter_is_exact_on_the_corpus() {
    let mut texts = 0;
    for narrative in crate::testdata::narratives() {
        for text in [
            narrative.clone(),
            narrative.to_lowercase(),
            narrative.to_uppercase(),
            narrative.replace(". ", ".\n"),
        ] {
            let (fast, full) = find_both(&text, &TextContext::new());
            assert_eq!(fast, full, "{text}");
            texts += 1;
        }
    }
    assert!(texts >= 3000, "{texts}");
}

proptest! {
    /// The same on generated text dense in cue words, names, dashes and
    /// line breaks.
    #[test]
    fn context_prefilter_is_exact(
        words in proptest::collection::vec(
            prop_oneof![
                prop::sample::select(vec![
                    "my", "name", "names", "is", "was", "I", "i'm", "I’m", "im", "am", "called",
                    "call", "me", "this", "it's", "its", "here", "speaking", "Here", "thanks",
                    "Thank", "you", "kind", "regards", "Regards", "all", "the", "best", "so",
                    "much", "from", "x", "xx", "cheers", "love", "known", "as", "ask", "for",
                    "named", "aka", "speak", "to", "spoke", "involved", "victim", "witness",
                    "them", "child", "friend", "wife", "his", "her", "a", "Mr", "mrs", "Dr",
                    "dr", "Miss", "PC", "pc", "Sgt", "DI", "Ch", "Supt", "Detective", "Chief",
                    "Inspector", "officer", "Officer", "4471", "Jo", "Bloggs", "jo", "bloggs",
                    "Grace", "grace", "Will", "Victoria", "Road", "Street", "station", "police",
                    "St", "Helens", "J.", "j.", "van", "de", "O’Neill", "Mary-Jane", "Bloggs's",
                    "Jess'", "um", "hi", "Hello", "Dear", "went", "shop", "and", "he", "took",
                    "money", "MacLeod", "McAllister", "Siobhán", "ÉÀ", "Dan", "ailsa",
                    "kowalski", "stuart", "mensah", "calls", "know", "knows", "give", "gave",
                    "first", "caller's", "caller", "advertise", "work", "ring", "son", "HOLLINGWORTH",
                    "DEREK", "GOSLING", "14/02/2025", "22:43", "nadia", "k",
                    "initials", "R", "P", "R.P.", "Reporter", "reporter", "caller", "details",
                    "your", "about", "full", "on", "account", "grandson", "behalf", "of",
                    "write", "asked", "she", "he", "From", "To", "Cc", "ab", "ap", "Mac", "Ó",
                    "Ní", "Dear", "it’s", "Subject", "subject", "SENT", "Date", "re", "bcc",
                    "asks", "wants", "wanted", "got", "us", "report", "reporting", "send",
                    "typing", "fill", "doing", "contact", "tell", "him", "On", "Behalf",
                    "Write", "Siobhan", "Elin", "“", "C/L", "c/l", "IP", "ip", "l", "gives",
                    "given", "states", "maiden", "née", "nee", "born", "formerly", "Gaz",
                    "Tel", "'Tel'", "Best", "preferred", "goes", "by",
                ]).prop_map(str::to_owned),
                prop::sample::select(vec![
                    ",", ".", "-", " - ", "–", "—", "~", "\n", ":", "!", "?", ";", "(", ")",
                    "\"", "'", "’",
                ]).prop_map(str::to_owned),
                "\\PC{0,3}",
            ],
            0..40,
        ),
        seps in proptest::collection::vec(prop::sample::select(vec![" ", "", "  ", "\n", ", "]), 40),
    ) {
        let mut text = String::new();
        for (w, sep) in words.iter().zip(seps.iter().cycle()) {
            text.push_str(w);
            text.push_str(sep);
        }
        let mut ctx = TextContext::new();
        ctx.add_known(Kind::Name, "Jo Bloggs", Party::Subject);
        for c in [&TextContext::new(), &ctx] {
            let (fast, full) = find_both(&text, c);
            prop_assert_eq!(fast, full, "{:?}", text);
        }
    }
}

/// Token `t` of a tokenised text as comparable values: its offsets, its
/// lower-cased core and whole token (read from that tokeniser's buffer),
/// flags, shape and class.
type TokView = (
    usize,
    usize,
    usize,
    String,
    String,
    u32,
    u32,
    Shape,
    bool,
    bool,
    Class,
);

fn tok_views(toks: &[Tok], lower: &str) -> Vec<TokView> {
    toks.iter()
        .map(|t| {
            (
                t.start,
                t.end,
                t.core_end,
                lower.get(t.lo.clone()).unwrap().to_owned(),
                lower.get(t.full.clone()).unwrap().to_owned(),
                t.lo_flags,
                t.full_flags,
                t.shape,
                t.possessive,
                t.dash_before,
                t.class,
            )
        })
        .collect()
}

/// The byte-level tokeniser gives exactly the tokens of the reference
/// tokeniser that decodes every character.
fn assert_tokenisers_agree(d: &NameDetector, text: &str) {
    let (mut fast_lower, mut ref_lower) = (String::new(), String::new());
    let fast = d.tokenise(text, &mut fast_lower);
    let reference = d.tokenise_reference(text, &mut ref_lower);
    assert_eq!(
        tok_views(&fast, &fast_lower),
        tok_views(&reference, &ref_lower),
        "{text:?}"
    );
}

#[test]
fn tokeniser_matches_reference_on_the_corpus() {
    let d = det();
    let mut texts = 0;
    for narrative in crate::testdata::narratives() {
        for text in [
            narrative.clone(),
            narrative.to_uppercase(),
            narrative.replace('\'', "\u{2019}"),
        ] {
            assert_tokenisers_agree(&d, &text);
            texts += 1;
        }
    }
    assert!(texts >= 1500, "{texts}");
}

#[test]
fn tokeniser_matches_reference_on_hostile_forms() {
    let d = det();
    for text in [
        "",
        "'",
        "-",
        "a'",
        "'s",
        "Jo's",
        "Jo’s car",
        "Bloggs' car",
        "Bloggs’ car",
        "O’Neill O'Neill o‘neill",
        "Mary-Jane Mary‐Jane --Jo - Jo – Jo — Jo ~Jo",
        "SIOBHÁN Siobhán siobhán ÉÀ İstanbul ǅemal ß SS ﬃ",
        "x\u{2019}\u{2019}s Jo'S Jo’S JO'S",
        "Ⅻ ① ٣٤ 12a a12 ab-12 -12",
        "name\u{2019}s jo, it’s jo here",
        "end-",
        "end'",
        "é'",
        "é-é",
    ] {
        assert_tokenisers_agree(&d, text);
    }
}

proptest! {
    #[test]
    fn tokeniser_matches_reference(text in "\\PC{0,120}") {
        assert_tokenisers_agree(&det(), &text);
    }

    #[test]
    fn tokeniser_matches_reference_namey(
        words in proptest::collection::vec(
            prop_oneof![
                prop::sample::select(vec![
                    "Jo", "jo", "JO", "Bloggs's", "Bloggs'", "O’Neill", "O'Neill", "Mary-Jane",
                    "Mary‐Jane", "J.", "Siobhán", "SIOBHÁN", "ÉÀ", "it's", "it’s", "name's",
                    "PC", "4471", "AB12", "-", "–", "—", "~", "'", "’", "s", "S", "\n", ",",
                ]).prop_map(str::to_owned),
                "\\PC{0,4}",
            ],
            0..30,
        ),
        seps in proptest::collection::vec(prop::sample::select(vec![" ", "", "'", "-", "’"]), 30),
    ) {
        let mut text = String::new();
        for (w, sep) in words.iter().zip(seps.iter().cycle()) {
            text.push_str(w);
            text.push_str(sep);
        }
        assert_tokenisers_agree(&det(), &text);
    }
}

/// The open-addressing word table finds every word with its flags, and
/// nothing else: near misses (one byte more, less or changed, at every
/// length around the 8-byte head) are looked up against a plain set.
#[test]
fn word_table_finds_exactly_its_words() {
    let d = det();
    let all: std::collections::HashMap<&str, u32> =
        d.words.iter().map(|w| (w.text, w.flags)).collect();
    assert!(all.len() > 1000, "{}", all.len());
    let mut probes = 0;
    for (&w, &f) in &all {
        assert_eq!(d.flags(w), f, "{w}");
        let mut near = vec![format!("{w}s"), format!("{w}\0"), format!("x{w}")];
        if let Some((k, _)) = w.char_indices().last() {
            near.push(w[..k].to_owned());
            near.push(format!("{}z", &w[..k]));
        }
        for n in near {
            assert_eq!(
                d.flags(&n),
                all.get(n.as_str()).copied().unwrap_or(0),
                "{n:?}"
            );
            probes += 1;
        }
    }
    for n in [
        "",
        "\0",
        "a\0",
        "abcdefgh",
        "abcdefghi",
        "jo-jo",
        "mcallister-jones",
    ] {
        assert_eq!(d.flags(n), all.get(n).copied().unwrap_or(0), "{n:?}");
    }
    assert!(probes > 5000, "{probes}");
}

/// The hint of the finding covering `name` in `text` (None when no finding
/// covers it).
fn hint_of(text: &str, ctx: &TextContext, name: &str) -> Option<Option<Party>> {
    let at = text.find(name)?;
    let mut out = Vec::new();
    det().find(text, ctx, &mut out);
    out.iter()
        .find(|f| f.range.start <= at && at + name.len() <= f.range.end)
        .map(|f| f.party_hint)
}

/// Each case: text and the name that must be found whole with a Reporter
/// hint.
fn check_reporter(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (text, name) in cases {
        let (fast, full) = find_both(text, &TextContext::new());
        if fast != full {
            failures.push(format!("{text:?}: gated {fast:?} != ungated {full:?}"));
        }
        match hint_of(text, &TextContext::new(), name) {
            Some(Some(Party::Reporter)) => {}
            other => failures.push(format!(
                "{text:?}: {name:?} -> {other:?} ({:?})",
                names(text)
            )),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// No finding touches any of `words` in the text.
fn check_not_names(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, words) in cases {
        let (fast, full) = find_both(text, &TextContext::new());
        if fast != full {
            failures.push(format!("{text:?}: gated {fast:?} != ungated {full:?}"));
        }
        for w in *words {
            let at = text.find(w).unwrap();
            if fast
                .iter()
                .any(|f| f.range.start < at + w.len() && at < f.range.end)
            {
                failures.push(format!("{text:?}: {w:?} in {:?}", names(text)));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A1: "SURNAME, Forename" is one name in a signature block, after
/// "Name:" and alone on a line.
#[test]
fn surname_comma_forename() {
    check_reporter(&[
        (
            "Yours faithfully,\n\nHOLLINGWORTH, Patricia\n14 Larchwood Avenue",
            "HOLLINGWORTH, Patricia",
        ),
        ("Regards\nBRISCOE, Matthew\nDC 3307", "BRISCOE, Matthew"),
        ("Kind regards,\nQuennell, Harriet", "Quennell, Harriet"),
        ("Thanks\nOGUNDIPE, J. Femi\n", "OGUNDIPE, J. Femi"),
    ]);
    check(&[
        (
            "Name: Threlfall, Morwenna\nEmail: m@example.net",
            &["Threlfall, Morwenna"],
            "name.cue",
        ),
        (
            "name: PENROSE, Aled\nWhat happened: he lied",
            &["PENROSE, Aled"],
            "name.cue",
        ),
        (
            "The officer took it.\nFAIRWEATHER, Lucy\n2 Mill Lane",
            &["FAIRWEATHER, Lucy"],
            "name.surname_first",
        ),
    ]);
    check_not_names(&[
        ("NOTE, please call me back\nThanks", &["NOTE"]),
        ("URGENT, Daniel hit me at the station", &["URGENT"]),
        ("LEEDS, Monday\nI saw him", &["LEEDS", "Monday"]),
        ("Name: Sergeant, unknown\n", &["Sergeant"]),
    ]);
}

/// A2: a bare forename (and initial or surname) closing the text.
#[test]
fn bare_closing_name() {
    check_reporter(&[
        (
            "I am scared to ring 999 because his mates will come. nadia k",
            "nadia k",
        ),
        (
            "Please contact me on the number above (my work one). Kwame",
            "Kwame",
        ),
        ("ps sorry about the spelling, ciara", "ciara"),
        ("He took the money.\nSiobhan x", "Siobhan"),
        ("That is everything I know!\nDAFYDD", "DAFYDD"),
        ("He never logged it. Priya Kowalski", "Priya Kowalski"),
    ]);
    check_not_names(&[
        ("He took the cash. Thanks.", &["Thanks"]),
        ("Nobody listens to me. Help.", &["Help"]),
        ("Please look into it. Please.", &["Please"]),
        ("It happened outside the shop. Leeds.", &["Leeds"]),
        ("I want him stopped. PC Reeves.", &["PC"]),
        ("I did it with regards to the Sergeant", &["Sergeant"]),
        ("thanks, he said", &["thanks", "he"]),
        ("He calls me names", &["names"]),
    ]);
    // A third party closing the text after a relation is not the writer.
    let text = "I gave the cash to his mate, Kwame";
    assert_ne!(
        hint_of(text, &TextContext::new(), "Kwame"),
        Some(Some(Party::Reporter))
    );
    // The subject's declared name closing the text is not claimed.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Kwame Reeves", Party::Subject);
    let text = "I want him sacked. Kwame";
    assert_eq!(hint_of(text, &ctx, "Kwame"), Some(None));
}

/// A3: cues outside the usual list.
#[test]
fn writer_cues() {
    check_reporter(&[
        ("My name is Mr Yusuf Demir, mobile 0770", "Yusuf Demir"),
        ("my name is mrs Jo Bloggs.", "Jo Bloggs"),
        ("Caller would only give first name Raymond.", "Raymond"),
        ("The caller gave his name as Tobias Wren.", "Tobias Wren"),
        ("The caller's name is Esther Quigley.", "Esther Quigley"),
        ("He sends emojis. everyone calls me Shaz.", "Shaz"),
        ("people know me as Bex.", "Bex"),
        ("I'm known as Shaz on the estate.", "Shaz"),
        ("I go by Lexi.", "Lexi"),
        (
            "I work from a flat off Carver Street and advertise as Lexi Vane on the site.",
            "Lexi Vane",
        ),
        ("I work as Roxy Steele most nights.", "Roxy Steele"),
        (
            "Call my sister's landline (01632) 960 430 and ask for Roisin.",
            "Roisin",
        ),
        (
            "He took her card. I'm her son, G. Llewellyn-Parry.",
            "G. Llewellyn-Parry",
        ),
        (
            "I am PC 4419, Adebayo Okwuosa. Please help.",
            "Adebayo Okwuosa",
        ),
        ("I'm the victim's mother, Sarah Pryce", "Sarah Pryce"),
    ]);
    check_not_names(&[
        ("I need to ask for help with this", &["help"]),
        ("he calls me names and laughs", &["names"]),
        ("we are on first name basis now", &["basis"]),
        ("I work as a cleaner at the station", &["cleaner"]),
        ("I work as Security at the depot", &["Security"]),
        ("he gave the name of the officer", &["officer"]),
    ]);
    // Not the writer's: no Reporter hint.
    for text in [
        "PC Reeves gave his name as Dean Ashcroft.",
        "I know he goes by Dino.",
        "The officer said to ask for Dean Ashcroft.",
        "I'm not sure, Dave said he saw it",
    ] {
        let (fast, full) = find_both(text, &TextContext::new());
        assert_eq!(fast, full, "{text}");
        assert!(
            fast.iter().all(|f| f.party_hint != Some(Party::Reporter)),
            "{text}: {fast:?}"
        );
    }
}

/// A4: an all-caps surname that is an ordinary word joins the forename.
#[test]
fn all_caps_surname_after_forename() {
    check(&[
        (
            "MY NAME IS DEREK GOSLING AND IM 71",
            &["DEREK GOSLING"],
            "name.self_intro",
        ),
        (
            "I'M SANDRA BUTCHER.",
            &["SANDRA BUTCHER"],
            "name.self_intro",
        ),
        (
            "MY NAME IS DEREK LIVING AT 16 MARSHAM WAY",
            &["DEREK"],
            "name.self_intro",
        ),
        ("MY NAME IS DEREK AND IM 71", &["DEREK"], "name.self_intro"),
        (
            "REGARDS\nDEREK GOSLING",
            &["DEREK GOSLING"],
            "name.sign_off",
        ),
    ]);
}

/// A5: chat-export senders; the one who is not the declared subject is
/// the writer when two take part.
#[test]
fn chat_export_senders() {
    let text = "copied from my phone:\n14/02/2025, 22:41 - Dean Ashcroft: u up? x\n\
                14/02/2025, 22:43 - Shannon Pyke: its late, can I come tomorrow\n\
                [14/02/2025, 22:47:10] Dean Ashcroft: easier if I pop round\n\
                14.02.25, 10:49 pm - Shannon Pyke: please dont\nHe came round.";
    let got = names(text);
    assert_eq!(
        got,
        [
            "Dean Ashcroft",
            "Shannon Pyke",
            "Dean Ashcroft",
            "Shannon Pyke"
        ],
        "{got:?}"
    );
    let (fast, full) = find_both(text, &TextContext::new());
    assert_eq!(fast, full);
    // No declared subject: no party claimed.
    assert!(fast.iter().all(|f| f.party_hint.is_none()), "{fast:?}");
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Dean Ashcroft", Party::Subject);
    assert_eq!(
        hint_of(text, &ctx, "Shannon Pyke"),
        Some(Some(Party::Reporter))
    );
    assert_eq!(hint_of(text, &ctx, "Dean Ashcroft"), Some(None));
    // Not a chat line: a date and time in prose, a note with a colon.
    check_not_names(&[
        ("On 14/02/2025, 22:43 - Monday: he came", &["Monday"]),
        ("14/02/2025 at 22:43 Jo said: hi", &["said"]),
    ]);
}

/// Each text's findings carry no Reporter hint (gated and ungated agree).
fn check_no_reporter(texts: &[&str], ctx: &TextContext) {
    let mut failures = Vec::new();
    for text in texts {
        let d = det();
        let (mut fast, mut full) = (Vec::new(), Vec::new());
        d.find_with(text, ctx, &mut fast, true);
        d.find_with(text, ctx, &mut full, false);
        if fast != full {
            failures.push(format!("{text:?}: gated {fast:?} != ungated {full:?}"));
        }
        for f in &fast {
            if f.party_hint == Some(Party::Reporter) {
                failures.push(format!("{text:?}: {:?} claimed", &text[f.range.clone()]));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// B1: the writer introduces themselves by their relation to someone
/// ("I'm her grandson Iwan").
#[test]
fn self_introduction_by_relation() {
    check_reporter(&[
        ("I'm her grandson Iwan, I'm 17 and at school.", "Iwan"),
        ("I am his daughter Sarah Pryce and I saw it.", "Sarah Pryce"),
        ("I'm the caller's son Tomasz.", "Tomasz"),
        ("Im her neighbour Bethan, she trusts me", "Bethan"),
        ("I am their nephew Oluwaseun Adeyemi", "Oluwaseun Adeyemi"),
    ]);
    check_no_reporter(
        &[
            "I'm the woman Reeves assaulted in May.",
            "I'm his wife Jo's friend.",
            "I'm her friend, not his.",
        ],
        &TextContext::new(),
    );
}

/// B2: "my name on the account is Mr K Oyelaran", "my full name is …".
#[test]
fn qualified_name_intros() {
    check_reporter(&[
        ("My name on the account is Mr K Oyelaran.", "K Oyelaran"),
        ("my name on my passport is Adaeze Okafor", "Adaeze Okafor"),
        (
            "My full name is Rhiannon Tudor-Evans.",
            "Rhiannon Tudor-Evans",
        ),
        ("my married name was Kerry Ashworth", "Kerry Ashworth"),
        ("My name at work is Dee Marsh.", "Dee Marsh"),
    ]);
    // Not a name after a broken phrase; the officer's name stays unclaimed.
    check_no_reporter(
        &[
            "my name on the list. Reeves saw it",
            "My name in the files was wrong. PC Reeves changed it.",
        ],
        &TextContext::new(),
    );
}

/// B3: the writer's initials after their name or after "initials".
#[test]
fn initials() {
    check_reporter(&[
        ("I'm Ruth Pickersgill, R.P. on the statement.", "R.P"),
        ("My name is Ruth Pickersgill, R. P. in the file", "R. P"),
        ("I'm Jo Bloggs, J.R.B. on the forms", "J.R.B"),
        ("I signed it with my initials R.P. only", "R.P"),
        ("My initials are K.O.", "K.O"),
    ]);
    check(&[
        // Another person's initials: found, not claimed.
        ("his initials are D.R. on the log", &["D.R"], "name.cue"),
    ]);
    check_no_reporter(&["his initials are D.R. on the log"], &TextContext::new());
    check_not_names(&[
        ("I'm Ruth Pickersgill, A.M. appointment", &["A"]),
        ("the initials of the unit", &["unit"]),
        ("I'm Ruth Pickersgill, at 9 a.m. today", &["a.m"]),
    ]);
}

/// B4: labels for the writer in bullet lists and forms.
#[test]
fn writer_labels() {
    check_reporter(&[
        (
            "* officer: PC Pollard\n* me: Sajid Mahmood, sole trader",
            "Sajid Mahmood",
        ),
        ("- Me: Priya Kowalski\n- him: PC Reeves", "Priya Kowalski"),
        (
            "Reporter: Morwenna Threlfall\nIncident: theft",
            "Morwenna Threlfall",
        ),
        ("My details: Aled Penrose, 07700 900123", "Aled Penrose"),
        ("Caller name: Esther Quigley", "Esther Quigley"),
        ("Your name: Tobias Wren", "Tobias Wren"),
        ("me: sajid mahmood\nwhat: bribe", "sajid mahmood"),
    ]);
    check_not_names(&[
        ("Me: Leave me alone\nHim: no", &["Leave"]),
        ("Me: Stop messaging me", &["Stop"]),
        ("Me: Tell Dave to stop", &["Tell"]),
        ("Reporter: Anonymous", &["Anonymous"]),
    ]);
    // A label in mid-sentence is not one.
    check_no_reporter(&["he told me: Dave Ashcroft did it"], &TextContext::new());
}

/// B5: pasted email headers; the From/To names are the two ends of the
/// email, the declared officer unclaimed, so the other is the writer's.
#[test]
fn email_headers() {
    let text = "I'm pasting the email he sent me:\n\nFrom: Gareth Lloyd-Jones <g.lj@example.net>\n\
                To: Elin Vaughan-Roberts <elin@example.com>\nSent: Tuesday 2 September 2026 21:14\n\
                Subject: Re: the licence\n\nElin, as discussed, £1,500 in cash. Gareth\n\n\
                That's Inspector Lloyd-Jones.";
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Gareth Lloyd-Jones", Party::Subject);
    let (fast, full) = find_both(text, &ctx);
    assert_eq!(fast, full);
    assert_eq!(
        hint_of(text, &ctx, "Elin Vaughan-Roberts"),
        Some(Some(Party::Reporter))
    );
    let at = text.find("Elin, as").unwrap();
    assert!(
        fast.iter()
            .any(|f| f.range == (at..at + 4) && f.party_hint == Some(Party::Reporter)),
        "{fast:?}"
    );
    assert_eq!(hint_of(text, &ctx, "Gareth Lloyd-Jones"), Some(None));
    assert_ne!(hint_of(text, &ctx, "Gareth\n"), Some(Some(Party::Reporter)));
    // The writer's own email to the officer: From is the writer.
    let text = "I emailed him:\nFrom: Harriet Okonedo\nTo: Daniel Reeves <dr@example.org>\nhello";
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Daniel Reeves", Party::Subject);
    assert_eq!(
        hint_of(text, &ctx, "Harriet Okonedo"),
        Some(Some(Party::Reporter))
    );
    assert_eq!(hint_of(text, &ctx, "Daniel Reeves"), Some(None));
    // Cc names are found but claimed by nobody; a team is no name; prose
    // "from" and "to" are no headers.
    check(&[
        (
            "From: Daniel Reeves\nCc: Harriet Quennell <hq@example.org>\n",
            &["Daniel Reeves", "Harriet Quennell"],
            "name.email_header",
        ),
        ("To: Professional Standards\nhello", &[], ""),
        ("I got a text from: Daniel at 3am", &["Daniel"], ""),
    ]);
    let text = "From: Daniel Reeves\nCc: Harriet Quennell <hq@example.org>\n";
    assert_eq!(
        hint_of(text, &TextContext::new(), "Harriet Quennell"),
        Some(None)
    );
}

/// B6: a quoted message opening with the listener's name.
#[test]
fn addressee_of_a_quoted_message() {
    check_reporter(&[
        (
            "He left a voicemail: \"Siobhan it's me, pick up.\"",
            "Siobhan",
        ),
        (
            "his text said \u{201c}Bethan its me, open up\u{201d}",
            "Bethan",
        ),
        ("He shouted 'Bethan, open the door' twice", "Bethan"),
        ("He messaged me:\nHi Orla, you up?", "Orla"),
        (
            "He wrote back:\n\nDear Elin, as discussed the fee is £500.",
            "Elin",
        ),
    ]);
    // The declared officer as the addressee (the writer's own message).
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Kevin Rafferty", Party::Subject);
    check_no_reporter(&["I texted him \"Kevin, leave me alone\""], &ctx);
    // The report's own greeting to the police, prose and look-alikes.
    check_no_reporter(
        &[
            "Dear Rhiannon, I am writing about PC Reeves.",
            "\"Listen, you\" he said",
            "\"Sorry, I can't\" I said",
        ],
        &TextContext::new(),
    );
    check_not_names(&[
        ("\"Listen, you\" he said", &["Listen"]),
        ("\"Sorry, I can't\" I said", &["Sorry"]),
        ("'Honestly, it's me' he said", &["Honestly"]),
    ]);
}

/// B7: the person the writer reports for.
#[test]
fn reporting_for_someone() {
    check_reporter(&[
        (
            "my gran wants me to write this for her. she is Gwenllian ap Rhys, she's 83",
            "Gwenllian ap Rhys",
        ),
        (
            "I'm writing this for him because he is blind. He is Ifor Bowen-Price.",
            "Ifor Bowen-Price",
        ),
        (
            "My mum asked me to report this. Her name is Maureen Tate and she is 80.",
            "Maureen Tate",
        ),
        (
            "I am writing on behalf of my gran, Nia ab Owain.",
            "Nia ab Owain",
        ),
    ]);
    // Without a proxy phrase "she is" is not the writer; the declared
    // officer after one is not claimed.
    check_no_reporter(
        &["she is Gwenllian Rhys, my neighbour."],
        &TextContext::new(),
    );
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Daniel Reeves", Party::Subject);
    check_no_reporter(
        &["My mum asked me to write this for her. He is Daniel Reeves, a PC."],
        &ctx,
    );
    check_not_names(&[(
        "my gran asked me to write this for her. she is Welsh and scared",
        &["Welsh"],
    )]);
}

/// B8: name particles and Irish and Welsh forms stay inside one name.
#[test]
fn name_particles() {
    check(&[
        (
            "she is friends with Gwenllian ap Rhys now",
            &["Gwenllian ap Rhys"],
            "",
        ),
        (
            "My name is Nia ab Owain.",
            &["Nia ab Owain"],
            "name.self_intro",
        ),
        (
            "My name is Pieter van der Berg.",
            &["Pieter van der Berg"],
            "name.self_intro",
        ),
        (
            "My name is Anouk van Dijk.",
            &["Anouk van Dijk"],
            "name.self_intro",
        ),
        (
            "I'm Aoife Ní Bhriain, a nurse.",
            &["Aoife Ní Bhriain"],
            "name.self_intro",
        ),
        (
            "I'm Seán Ó Súilleabháin.",
            &["Seán Ó Súilleabháin"],
            "name.self_intro",
        ),
        (
            "I'm Gráinne Nic Amhlaoibh.",
            &["Gráinne Nic Amhlaoibh"],
            "name.self_intro",
        ),
        (
            "I'm Eoin Mac Giolla Bhríde.",
            &["Eoin Mac Giolla Bhríde"],
            "name.self_intro",
        ),
        (
            "My name is Dara O'Callaghan.",
            &["Dara O'Callaghan"],
            "name.self_intro",
        ),
        (
            "My name is Ciara McGuinness.",
            &["Ciara McGuinness"],
            "name.self_intro",
        ),
        (
            "My name is Lucia de Souza.",
            &["Lucia de Souza"],
            "name.self_intro",
        ),
        ("I'm at my friend Gráinne's.", &["Gráinne"], ""),
    ]);
}

/// C1: dialect and spoken self-introductions ("Am Lorraine", "me name's",
/// "it's Kaz from …").
#[test]
fn dialect_self_introductions() {
    check_reporter(&[
        (
            "Ma doctor wrote it doon. Am Lorraine, 38. Dinnae phone the hoose.",
            "Lorraine",
        ),
        ("a'm Lorraine and he hits me", "Lorraine"),
        ("Ah'm Siobhan, his ex.", "Siobhan"),
        ("me name's Lorraine and he hit me", "Lorraine"),
        ("me name is Kieran Doyle, he took it", "Kieran Doyle"),
        ("ma name's Shona. He's a polis.", "Shona"),
        (
            "it's Lorraine from the vape shop, he took the money",
            "Lorraine",
        ),
        ("Its Lorraine, I work at the shop.", "Lorraine"),
        ("Hi, it's Priya. He took my phone.", "Priya"),
        ("He was rude. It is Dafydd from number 4 writing.", "Dafydd"),
    ]);
    check_not_names(&[
        ("Am I mad? He hit me. Am knackered.", &["I", "knackered"]),
        ("He left at 7. Am going to the shop later.", &["going"]),
        ("It's Monday and he still has not called.", &["Monday"]),
        ("He said it was his. It's mine.", &["mine"]),
        ("he calls me names", &["names"]),
    ]);
    // "It's Sarah." later in the text answers a question about someone
    // else: found, but not the writer's.
    check_no_reporter(
        &["Who did he give it to? It's Sarah. She has it."],
        &TextContext::new(),
    );
    // The declared officer after "it's … from" is not claimed.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Gary McTaggart", Party::Subject);
    check_no_reporter(&["Who took it? It's Gary from the station."], &ctx);
}

/// C2: a nickname in no list alone at the very end of the text.
#[test]
fn bare_nickname_sign_off() {
    check_reporter(&[
        (
            "my number is 07700900 583 or whatsapp same number. kaz",
            "kaz",
        ),
        ("The cash went missing.\nkaz", "kaz"),
        ("The cash went missing.\n\nKaz", "Kaz"),
        ("I took the money same number x kaz", "kaz"),
        ("He took the cash again. Shaz x", "Shaz"),
        ("Same number as before - Tez", "Tez"),
    ]);
    check_not_names(&[
        ("I want him stopped now. Thanks. Help", &["Help"]),
        ("He came to the shop again. lol", &["lol"]),
        ("He came to the shop again. anyway", &["anyway"]),
        ("He did it to me again. Disgusting", &["Disgusting"]),
        ("he took it off me. sorted", &["sorted"]),
        ("He turned up at the flat. twice.", &["twice"]),
        ("He turned up at the flat. Once.", &["Once"]),
        ("he came to the door at night. whatever", &["whatever"]),
        ("he took it from the till. five", &["five"]),
        ("he took it from the till. Evidently", &["Evidently"]),
        ("contact me on jo@example.com", &["com"]),
        ("it was at 10pm", &["pm"]),
        ("He took the cash. Really?", &["Really"]),
        ("He took the cash. Wow!", &["Wow"]),
        ("he took 3 boxes. yeah", &["yeah"]),
        ("he said it was fine\nsmh", &["smh"]),
        // Gradings and outcomes closing a call note.
        (
            "IP advised re options. DASH completed - medium.",
            &["medium"],
        ),
        ("Caller spoken to.\nRisk - high", &["high"]),
        ("Log passed to PSD. Status - pending", &["pending"]),
        ("RAG rating given. amber", &["amber"]),
        ("Welfare check done - safe.", &["safe"]),
    ]);
    // A declared subject's name closing the text stays unclaimed.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Tez Mitchell", Party::Subject);
    check_no_reporter(&["He takes stuff every friday. Tez"], &ctx);
}

/// C3: a nickname in brackets or after "aka" is the writer's too.
#[test]
fn reporter_aliases() {
    check_reporter(&[
        ("My name is Rebecca (Becky) Pell.", "Rebecca (Becky) Pell"),
        (
            "My details for you only: Rebecca (Becky) Pell, DOB 12-08-1985",
            "Rebecca (Becky) Pell",
        ),
        ("I'm Rebecca Pell (née Jones).", "Rebecca Pell (née Jones"),
        ("My name is Rebecca aka Becky Pell.", "Becky Pell"),
        ("My name is Rebecca a.k.a. Becky.", "Becky"),
        ("I'm Dean Ashby, also known as Dino.", "Dino"),
    ]);
    check(&[
        ("I met Sarah (Tuesday) at the shop.", &["Sarah"], ""),
        ("Jo aka Jo aka Jo aka Jo", &["Jo", "Jo", "Jo", "Jo"], ""),
    ]);
    // Someone else's nickname stays unclaimed.
    check_no_reporter(
        &[
            "PC Dean Ashby (Dino) took it.",
            "His mate Dean aka Dino took it.",
        ],
        &TextContext::new(),
    );
}

/// C4: a working or assumed name.
#[test]
fn working_names() {
    check_reporter(&[
        (
            "I work under the name 'Roxy' but my real name is Kerry-Ann Price.",
            "Roxy",
        ),
        ("I go by the name of Shaz.", "Shaz"),
        ("I use the name Candy Rae online.", "Candy Rae"),
        ("my working name is Candy.", "Candy"),
        ("My stage name is Lexi Vane.", "Lexi Vane"),
        ("I'm known as 'Roxy' round here.", "Roxy"),
        ("people call me Roxy.", "Roxy"),
    ]);
    check_not_names(&[
        ("I work under the name of the company", &["company"]),
        ("we went by the name tag", &["tag"]),
    ]);
    check_no_reporter(
        &[
            "He works under the name Dave Smith.",
            "She goes by the name of Dee.",
        ],
        &TextContext::new(),
    );
}

/// C5: the person a referral is about, after a label.
#[test]
fn referral_client_labels() {
    check_reporter(&[
        (
            "My client is the ex-wife of DS Lomas. Client: Priya Lomas-Varma, 41, lives at Flat 2",
            "Priya Lomas-Varma",
        ),
        (
            "Service user: Priya Lomas-Varma\nDOB: x",
            "Priya Lomas-Varma",
        ),
        ("Victim: Priya Lomas-Varma", "Priya Lomas-Varma"),
        ("Name of client: Priya Lomas-Varma", "Priya Lomas-Varma"),
        ("Name of the victim: Priya Lomas", "Priya Lomas"),
        ("Client name: Priya Lomas-Varma", "Priya Lomas-Varma"),
        ("Client's full name: Priya Lomas-Varma", "Priya Lomas-Varma"),
        (
            "Victim details: Priya Lomas-Varma\nAge 41",
            "Priya Lomas-Varma",
        ),
        ("Re: Priya Lomas-Varma", "Priya Lomas-Varma"),
    ]);
    check_not_names(&[
        ("Re: Missing Money", &["Missing", "Money"]),
        ("the victim: was hurt", &["hurt"]),
        ("Client: unknown", &["unknown"]),
    ]);
    // The declared officer after a label is not claimed.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Gareth Lomas", Party::Subject);
    check_no_reporter(&["Re: Gareth Lomas"], &ctx);
}

/// A representative's casework: the member, constituent, resident or
/// client a letter is written for, after a label ("Member:", "Re: Our
/// client - Miss …", "My constituent, Mr …").
#[test]
fn casework_labels() {
    check_reporter(&[
        (
            "Member: Adaeze Okonkwo-Bell, Contact Handler, staff no. S40917.",
            "Adaeze Okonkwo-Bell",
        ),
        (
            "Constituent: Mr Dariusz Wróblewski\nAddress: 14b Magdalen Road",
            "Dariusz Wróblewski",
        ),
        (
            "I'm passing on a resident's complaint. Resident: Mrs Hilda Raine, 3 Front Street",
            "Hilda Raine",
        ),
        // (With "Ní" between, only the title family takes the name: the
        // attribution rule for a name after such a label claims it.)
        (
            "Re: Our client - Miss Saoirse Bhraonáin",
            "Saoirse Bhraonáin",
        ),
        ("Re: our client: Tomasz Bielecki", "Tomasz Bielecki"),
        (
            "My constituent, Mr Dariusz Wróblewski, runs a car wash.",
            "Dariusz Wróblewski",
        ),
        ("Member's name: Kofi Mensah", "Kofi Mensah"),
        ("Constituent's details: Hilda Raine\nTel: x", "Hilda Raine"),
    ]);
    check_not_names(&[
        ("Member: see below", &["see", "below"]),
        ("Our client - unknown at this stage", &["unknown"]),
    ]);
    check_no_reporter(
        &[
            "The member of staff was PC Gareth Lomas.",
            "I spoke to our client and Gareth Lomas came in.",
            "Our client met Gareth Lomas there.",
        ],
        &TextContext::new(),
    );
    // The declared officer after a label is not claimed.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Gareth Lomas", Party::Subject);
    check_no_reporter(
        &["Member: Gareth Lomas", "Re: our client: Gareth Lomas"],
        &ctx,
    );
}

/// D1: the caller named in a call handler's note ("C/L gives name as Gaz",
/// "IP name …", "Caller is …", "name given as …").
#[test]
fn call_handler_caller_names() {
    check_reporter(&[
        ("C/L gives name as Gaz only, would not give surname.", "Gaz"),
        (
            "IP gives name as Jo, 'just Jo'. IP states he took it.",
            "Jo",
        ),
        ("Caller gave her name as Roxanne.", "Roxanne"),
        (
            "C/L states name is Gaz. C/L states he runs a car wash.",
            "Gaz",
        ),
        ("IP confirmed name was Kerry Ashworth.", "Kerry Ashworth"),
        ("Name given as Gaz, no surname.", "Gaz"),
        ("C/L name given as Shaz.", "Shaz"),
        ("Caller is Gaz, runs the car wash.", "Gaz"),
        ("C/L Gaz states PC Armstrong took £200.", "Gaz"),
        ("IP name Ffion Pryce, lives in Bangor.", "Ffion Pryce"),
        ("Informant named as Tez.", "Tez"),
        ("C/L's name is Gaz.", "Gaz"),
        ("Caller goes by Gaz on the estate.", "Gaz"),
    ]);
    // The second "Jo" repeats the caller's.
    let text = "IP gives name as Jo, 'just Jo'.";
    let reporter = find(text)
        .iter()
        .filter(|f| f.party_hint == Some(Party::Reporter))
        .count();
    assert_eq!(reporter, 2, "{:?}", names(text));
    check_not_names(&[
        ("Caller States he was stopped.", &["States"]),
        ("IP Lewisham station was closed.", &["Lewisham"]),
        (
            "Caller does not want to be called. Caller says so.",
            &["Caller"],
        ),
        ("C/L states name is not known.", &["known"]),
        ("IP address 192.0.2.4 logged.", &["address"]),
    ]);
    // The officer named by the caller stays unclaimed.
    check_no_reporter(
        &[
            "C/L states the officer's name is Hedley Armstrong.",
            "C/L states he gave his name as PC Armstrong.",
            "IP states Kerrigan controls all the money.",
        ],
        &TextContext::new(),
    );
}

/// D2: a working name in speech ("they all know me as Roxy").
#[test]
fn known_as_in_speech() {
    check_reporter(&[
        (
            "Caller says 'they all know me as Roxy on the street'.",
            "Roxy",
        ),
        ("the girls know me as 'Candy' round here", "Candy"),
        ("Everyone knows me as Big Shaz at the market.", "Big Shaz"),
        ("they know me as Roxy.", "Roxy"),
    ]);
    check_not_names(&[
        ("they know me as the one who pays", &["one"]),
        ("he knows me as a regular", &["regular"]),
    ]);
}

/// D3: a quoted nickname inside a full name is part of it.
#[test]
fn quoted_nickname_inside_a_name() {
    check_reporter(&[
        (
            "C/L gives name Terence 'Tel' Mabbutt.",
            "Terence 'Tel' Mabbutt",
        ),
        (
            "My name is Terence \"Tel\" Mabbutt.",
            "Terence \"Tel\" Mabbutt",
        ),
        (
            "My name is Terence \u{2018}Tel\u{2019} Mabbutt.",
            "Terence \u{2018}Tel\u{2019} Mabbutt",
        ),
        ("My name is Rebecca (Becky) Pell.", "Rebecca (Becky) Pell"),
    ]);
    check(&[
        (
            "PC Dean 'Dino' Ashby took it.",
            &["Dean 'Dino' Ashby"],
            "name.rank",
        ),
        // A quoted word that is speech, not a nickname.
        ("My name is Jo 'Stop it' he said.", &["Jo"], ""),
        ("My name is Jo 'Stop'.", &["Jo"], ""),
    ]);
}

/// D4: a lower-case name first after a "contact:" label.
#[test]
fn contact_label_names() {
    check_reporter(&[
        (
            "I reported him. contact: jen, jen77 at example dot com, or ring after 6",
            "jen",
        ),
        ("Contact: Jen Pascoe, 07700 900717", "Jen Pascoe"),
        ("Best contact: Jen on 07700 900717", "Jen"),
        ("preferred contact: jen", "jen"),
    ]);
    check_not_names(&[
        ("contact: evenings only, 07700 900717", &["evenings"]),
        ("Contact: PC Moss at Truro", &["Truro"]),
        ("contact: none", &["none"]),
    ]);
}

/// D5: a maiden or former name is the same person's.
#[test]
fn maiden_and_former_names() {
    check_reporter(&[
        (
            "IP name Ffion Llewellyn (married name, maiden name Ffion Roberts).",
            "Ffion Roberts",
        ),
        ("My maiden name is Roberts.", "Roberts"),
        ("my maiden name was Ffion Roberts", "Ffion Roberts"),
        ("I'm Ffion Pryce (née Roberts).", "Ffion Pryce (née Roberts"),
        ("C/L gives name Ffion Pryce, née Roberts.", "Roberts"),
        ("I am Ffion Pryce, formerly Ffion Roberts.", "Ffion Roberts"),
        ("IP is Ffion Pryce (born Roberts).", "Roberts"),
    ]);
    check_not_names(&[
        ("I was born in Bangor.", &["Bangor"]),
        ("born 1985, lives in Bangor", &["Bangor"]),
        ("he was formerly at Bangor station", &["Bangor"]),
    ]);
    // The caller's first name is hers even when the officer shares her
    // married surname.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Owain Llewellyn", Party::Subject);
    let text = "IP name Ffion Llewellyn (married name, maiden name Ffion Roberts).";
    assert_eq!(
        hint_of(text, &ctx, "Ffion Llewellyn"),
        Some(Some(Party::Reporter))
    );
    // The officer's own name after a label stays unclaimed.
    check_no_reporter(&["IP name Owain Llewellyn."], &ctx);
}

/// D6: a short form of the reporter's declared forename in the text is
/// the reporter's ("don't make this awkward, Hattie" for Harriet).
#[test]
fn short_forms_of_the_reporters_forename() {
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Harriet Akinyemi-Clarke", Party::Reporter);
    ctx.add_known(Kind::Name, "Adrian Colquhoun", Party::Subject);
    for (text, name) in [
        (
            "he said \"don't make this awkward, Hattie, I've put hours in\"",
            "Hattie",
        ),
        ("He texted 'Morning Hattie x' at 7am.", "Hattie"),
        ("'Harry, get in the car' he said.", "Harry"),
    ] {
        assert_eq!(
            hint_of(text, &ctx, name),
            Some(Some(Party::Reporter)),
            "{text}: {:?}",
            names(text)
        );
    }
    // The officer's name and unrelated names stay unclaimed.
    check_no_reporter(
        &[
            "DS Colquhoun said 'Adie will sort it'.",
            "My friend Tolu saw it.",
            "He said Hatton Garden was where.",
        ],
        &ctx,
    );
    for (short, full, want) in [
        ("hattie", "harriet", true),
        ("jen", "jennifer", true),
        ("kath", "katherine", true),
        ("danny", "daniel", true),
        ("dave", "daniel", false),
        ("ha", "harriet", false),
        ("harriet", "harriet", false),
        ("hat", "harriet", false),
        ("mark", "mary", false),
    ] {
        assert_eq!(short_form_of(short, full), want, "{short} {full}");
    }
}

/// Names the writer gives in passing: a reply to being asked their name,
/// "Im Dale by the way", "call him 'Mo'" in a call note, "Lowri isn't my
/// real name", another spelling, "ask for Deano" after a way to reach
/// them, a quoted vocative and a bracketed short form in a sign-off.
#[test]
fn names_given_in_passing() {
    check_reporter(&[
        // A reply to "what's your name".
        (
            "She asked my name and I said Kezia. She wrote it down.",
            "Kezia",
        ),
        (
            "He wanted my name so I told him Darren and he laughed.",
            "Darren",
        ),
        ("When he asked who I was I said I was Shona.", "Shona"),
        (
            "The sergeant asked for my name, I just said \"Priya\".",
            "Priya",
        ),
        (
            "He asked my name and I replied Tomasz Nowak.",
            "Tomasz Nowak",
        ),
        // The question in the sentence before the reply.
        ("He asked me my name. I said Kezia.", "Kezia"),
        ("What's your name? I told him Kezia.", "Kezia"),
        ("He asked what I was called and I said Kezia.", "Kezia"),
        ("I told him my name was Kezia.", "Kezia"),
        // "by the way" closes the introduction (Dale is also a valley).
        ("Im Dale by the way but dont want it used.", "Dale"),
        ("I'm Grace btw, I work at the garage.", "Grace"),
        // A call handler's note: the caller asks to be called something.
        (
            "Caller would not give full name, said call him \"Mo\". Caller is a taxi driver.",
            "Mo",
        ),
        ("C/L refused surname, said call her Bev.", "Bev"),
        ("Just call me 'Shaz', everyone does.", "Shaz"),
        ("everyone calls me \"Mo\" at the rank.", "Mo"),
        ("Caller asked to be called Mo.", "Mo"),
        ("I prefer to be called Mo.", "Mo"),
        // The name before "my real name".
        (
            "Lowri isnt my real name either its what he calls me.",
            "Lowri",
        ),
        ("He said \"Kez\". Kez is my nickname at work.", "Kez"),
        ("Honestly, Jo Bloggs is not my real name.", "Jo Bloggs"),
        ("Roxy's not my real name, it's what I use online.", "Roxy"),
        ("Kezia is what everyone calls me.", "Kezia"),
        ("Deano's what they call me on the street.", "Deano"),
        // Another spelling of the writer's name.
        (
            "My name's Caoimhe Ó Dochartaigh (you might see it written Keeva O'Doherty on some things).",
            "Keeva O'Doherty",
        ),
        (
            "I'm Siobhan, sometimes spelt as Shevaun on letters.",
            "Shevaun",
        ),
        // "ask for" after a way to reach the writer.
        (
            "or u can get me through my mate Liam on 07700 900 377 ask for Deano",
            "Deano",
        ),
        (
            "you can find me at the day centre most mornings, ask for Big Kev",
            "Kev",
        ),
        ("I'm at the hostel most nights, ask for Deano.", "Deano"),
        // The officer's quoted words to the writer.
        (
            "the first one he sent me was \"hey Lowri, you looked great today x\" and it got worse.",
            "Lowri",
        ),
        (
            "and said \"I'll always know where you are, Niamh\". I have also",
            "Niamh",
        ),
        (
            "He shouted 'nobody will believe you, Chloe!' and left.",
            "Chloe",
        ),
        (
            "he said \"listen, Niamh, nobody will believe you\" and left.",
            "Niamh",
        ),
        // A bracketed short form inside a signed name.
        (
            "Regards\nSukhwinder (Suki) Bains\nSB Taxis",
            "Sukhwinder (Suki) Bains",
        ),
        ("Thanks,\nRebecca (Becky) Pell", "Rebecca (Becky) Pell"),
        ("Thanks\nSukhwinder 'Suki' Bains", "Sukhwinder 'Suki' Bains"),
        (
            "He took the fares.\n- Sukhwinder (Suki) Bains",
            "Sukhwinder (Suki) Bains",
        ),
        (
            "He took the fares, please call me.\nSukhwinder (Suki) Bains",
            "Sukhwinder (Suki) Bains",
        ),
        (
            "Yours sincerely\nMr Sukhwinder (Suki) Bains",
            "Sukhwinder (Suki) Bains",
        ),
    ]);
}

/// The same words about someone else, or no name: no Reporter claim.
#[test]
fn names_given_in_passing_negatives() {
    check_no_reporter(
        &[
            // Nobody asked the writer's name.
            "I said Kezia was at the bakery on Saturday.",
            "He said Darren would sort it.",
            // Someone else's reply or name.
            "She asked his name and he said Darren.",
            // The writer calls someone else a name.
            "I call him Dave because he looks like my uncle.",
            "Her son, call him Jo, was there too.",
            // About another person's name.
            "Her name is Roxy but Roxy isn't her real name.",
            // Asking for the officer at the station.
            "I went to the front desk and asked for Sergeant Price.",
            "He told me to ask for Gary at the desk.",
            // A comma before a name that opens no quote.
            "I went with my sister, Niamh. We waited an hour.",
            "I went with my sister, Niamh, and we waited.",
            "he said \"stop\" and then I saw my sister, Niamh, outside.",
            // The writer's own quoted words address someone else.
            "I said \"leave me alone, Darren\" and walked off.",
            "I told him \"no way, Darren, not again\" and left.",
            "I texted him \"hey Darren, please stop\" last week.",
            // Someone else's name or nickname.
            "Dave is what they call him at the station.",
            "Her son wants to be called Mo now.",
            // A slur the officer uses is evidence, not a name.
            "What: calls me 'Gandhi' and 'the curry man' in front of the shift",
            "He told me my name was mentioned at the briefing.",
            // A question about a name a sentence earlier, then a reply
            // that is not the writer's.
            "He asked her name. He said Darren knew it.",
            // Someone else's name or identity asked for.
            "She asked his name and I said Darren Hale.",
            "He asked who did it and I said Darren.",
            "They asked the officer's name and I told them Darren.",
            // Written by someone.
            "The statement was written by PC Ross Hale.",
        ],
        &TextContext::new(),
    );
    check_not_names(&[
        ("I said Monday, he said Tuesday.", &["Monday", "Tuesday"]),
        ("She asked my name and I said no.", &["no"]),
        (
            "asks that her address is not given to the officer. Address Flat 6, 31 Heol Isaf.",
            &["Address", "Flat"],
        ),
        ("Im tired by the way.", &["tired"]),
        ("I told him my name was mentioned.", &["mentioned"]),
        // A bracket closing the text that is not a short form.
        (
            "The fare was paid.\nSee attached (Friday) Thanks",
            &["Friday"],
        ),
        (
            "What: calls me 'Gandhi' and 'the curry man' in front of the shift",
            &["Gandhi"],
        ),
    ]);
}
