//! An arbitrary structured report (built from a fuzz-side description, so
//! that it is always valid) → `Anonymiser::anonymise`.
//!
//! Invariants:
//! - Never panics and never rejects a valid report.
//! - The disseminated JSON parses (as JSON and as a `Disseminated` equal to
//!   the one returned).
//! - None of the contact block's values (phone, email, name, street) leaks
//!   anywhere in the disseminated JSON by the leak standard, once tokens
//!   and labels are taken out; the check is skipped for a value the
//!   arbitrary text alone already leaks, or whose words clash with the
//!   subject's.
//! - The subject's name is kept: in `subjects[0].name` as given, and in
//!   the narrative wherever it was written (when it does not clash).
#![no_main]

use std::sync::LazyLock;

use arbitrary::Arbitrary;
use fuzz_support::{Piece, ReporterValues, Word, assemble, background, clash, leak, strip_tokens};
use libfuzzer_sys::fuzz_target;
use report_shield::{
    Anonymiser, Attachment, Category, Contact, Disseminated, Incident, Rank, Report, Reporter,
    Subject, dangerous,
};

static ANON: LazyLock<Anonymiser> = LazyLock::new(|| {
    Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .expect("anonymiser")
});

const FORCES: &[&str] = &[
    "the Met",
    "west-midlands",
    "GMP",
    "Kent Police",
    "Dyfed-Powys",
    "Nowhere Constabulary",
];

#[derive(Debug, Arbitrary)]
struct Description {
    categories: u8,
    confidential: bool,
    reporter: ReporterValues,
    with_phone: bool,
    with_email: bool,
    with_name: bool,
    street: Word,
    house: u8,
    subject_first: Word,
    subject_last: Word,
    rank: u8,
    collar: u16,
    force: u8,
    station: Option<Word>,
    description: Vec<Piece>,
    location: Option<Vec<Piece>>,
    narrative: Vec<Piece>,
    more_subjects: u8,
    attachments: Vec<(Piece, u32)>,
    id: Option<u32>,
}

fn bounded(pieces: &[Piece], max: usize) -> Vec<Piece> {
    let mut total = 0;
    pieces
        .iter()
        .take_while(|p| {
            total += match p {
                Piece::Text(t) => t.len() + 2,
                _ => 48,
            };
            total <= max
        })
        .cloned()
        .collect()
}

fuzz_target!(|d: Description| {
    let r = &d.reporter;
    let subject_name = format!("{} {}", d.subject_first.0, d.subject_last.0);
    let street = format!("{} {} Road", d.house, d.street.0);

    let mut narrative_pieces = bounded(&d.narrative, 60 * 1024);
    narrative_pieces.push(Piece::Text("He took money.".into()));
    let narrative = assemble(&narrative_pieces, r, &subject_name);

    let cats: Vec<Category> = Category::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| d.categories & (1 << i) != 0)
        .map(|(_, c)| *c)
        .collect();
    let cats = if cats.is_empty() {
        vec![Category::Bribery]
    } else {
        cats
    };

    let desc_pieces = bounded(&d.description, 3 * 1024);
    let mut subject = Subject::new()
        .with_name(subject_name.clone())
        .with_rank(Rank::ALL[usize::from(d.rank) % Rank::ALL.len()])
        .with_collar_number(format!("PC {}", d.collar % 10_000))
        .with_force(FORCES[usize::from(d.force) % FORCES.len()])
        .with_description(assemble(&desc_pieces, r, &subject_name));
    if let Some(st) = &d.station {
        subject = subject.with_station(st.0.clone());
    }
    let mut report = Report::new(narrative, cats).with_subject(subject);
    for i in 0..(d.more_subjects % 4) {
        report = report.with_subject(Subject::new().with_name(format!("Officer {i}")));
    }
    let mut location_pieces = Vec::new();
    if let Some(loc) = &d.location {
        location_pieces = bounded(loc, 3 * 1024);
        let mut inc = Incident::new();
        inc.location = Some(assemble(&location_pieces, r, &subject_name));
        report = report.with_incident(inc);
    }
    let mut file_pieces = Vec::new();
    for (p, size) in d.attachments.iter().take(50) {
        let name = assemble(std::slice::from_ref(p), r, &subject_name);
        if name.len() > 1024 {
            continue;
        }
        file_pieces.push(p.clone());
        report = report.with_attachment(
            Attachment::new(name.trim().to_owned() + ".jpg")
                .with_media_type("image/jpeg")
                .with_size_bytes(u64::from(*size)),
        );
    }
    if let Some(id) = d.id {
        report = report.with_id(format!("r-2026-{id:06}"));
    }

    let mut contact = Contact::new()
        .with_address(street.clone())
        .with_postcode("LE2 3PR");
    if d.with_phone {
        contact = contact.with_phone(r.phone.text());
    }
    if d.with_email {
        contact = contact.with_email(r.email());
    }
    if d.with_name {
        contact = contact.with_name(r.name());
    }
    if d.confidential {
        report = report.with_reporter(Reporter::confidential(contact));
    }

    let out = ANON
        .anonymise(&report)
        .expect("a valid report is anonymised");
    let json = out.to_json().expect("serialises");
    let _: serde_json::Value = serde_json::from_str(&json).expect("disseminated JSON parses");
    let again = Disseminated::from_json(&json).expect("disseminated JSON reads back");
    assert_eq!(again, out, "disseminated round trip");

    assert_eq!(
        out.subjects.first().and_then(|s| s.name.as_deref()),
        Some(subject_name.as_str())
    );

    if !d.confidential {
        return;
    }
    // Every arbitrary text that reached the report, values blanked.
    let mut all_pieces = narrative_pieces.clone();
    all_pieces.extend(desc_pieces.iter().cloned());
    all_pieces.extend(location_pieces.iter().cloned());
    all_pieces.extend(file_pieces.iter().cloned());
    let bg = background(&all_pieces);
    let stripped = strip_tokens(&json);
    let subject_words = [
        d.subject_first.0.to_ascii_lowercase(),
        d.subject_last.0.to_ascii_lowercase(),
        d.station
            .as_ref()
            .map(|s| s.0.to_ascii_lowercase())
            .unwrap_or_default(),
        "officer".into(),
        "road".into(),
    ];
    let word_clash = |w: &str| subject_words.iter().any(|s| clash(w, s));

    let mut checks: Vec<(&str, String, Vec<String>)> = vec![(
        "address",
        street.clone(),
        vec![d.street.0.to_ascii_lowercase()],
    )];
    if d.with_phone {
        checks.push(("phone", r.phone.text(), vec![]));
    }
    if d.with_email {
        checks.push((
            "email",
            r.email(),
            vec![r.email_local.0.to_ascii_lowercase()],
        ));
    }
    if d.with_name {
        checks.push((
            "name",
            r.name(),
            vec![
                r.first.0.to_ascii_lowercase(),
                r.last.0.to_ascii_lowercase(),
            ],
        ));
    }
    for (kind, value, words) in checks {
        if leak::leaked(&bg, kind, &value) || words.iter().any(|w| word_clash(w)) {
            continue;
        }
        assert!(
            !leak::leaked(&stripped, kind, &value),
            "contact {kind} leaked: {value:?}\n in {json}"
        );
    }
    let subject_clash = [&d.subject_first.0, &d.subject_last.0].iter().any(|s| {
        r.words().iter().any(|w| clash(w, s))
            || clash(&d.street.0, s)
            || s.eq_ignore_ascii_case("road")
    });
    // A subject name written straight after a self-introduction ("My name
    // is K. <subject>") is claimed by the text as the reporter's own, and
    // the crate rightly protects it (when in doubt, protect): no keep
    // check there.
    let claimed_by_self_intro = narrative_pieces.windows(2).any(|w| {
        matches!(&w[1], Piece::Subject)
            && matches!(&w[0], Piece::Text(t) if ends_with_self_intro(t))
    });
    if narrative_pieces.iter().any(|p| matches!(p, Piece::Subject))
        && !subject_clash
        && !claimed_by_self_intro
    {
        assert!(
            leak::kept(&out.narrative, &subject_name),
            "subject name not kept in the narrative: {:?}",
            out.narrative
        );
    }
});

/// Whether `text` ends with a self-introduction cue, perhaps followed by
/// an initial or a short first name ("my name is", "I'm K.", "this is Jo").
fn ends_with_self_intro(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    let tail = |k: usize| words.get(n.saturating_sub(k)..).unwrap_or(&[]).join(" ");
    ["my name is", "name is", "i'm", "i am", "this is", "call me", "it's", "im"]
        .iter()
        .any(|cue| {
            let k = cue.split(' ').count();
            tail(k) == *cue || (n > k && tail(k + 1).starts_with(cue) && words[n - 1].len() <= 3)
        })
}
