//! Held-out end-to-end evaluation on seven hand-written sets:
//! `tests/heldout/reports.jsonl` (the first),
//! `tests/heldout2/reports.jsonl` (the second),
//! `tests/heldout3/reports.jsonl` (the third),
//! `tests/heldout4/reports.jsonl` (the fourth),
//! `tests/heldout5/reports.jsonl` (the fifth),
//! `tests/heldout6/reports.jsonl` (the sixth) and
//! `tests/heldout7/reports.jsonl` (the seventh). Each set is checked the
//! same way (annotations match their fields, reporter values leak until
//! masked, the crate meets the set's own measured floors).
//!
//! The first held-out set was written apart from the evaluation corpus: by hand,
//! by a red-team reviewer who did not use `tests/corpus/generate.py`, its
//! templates, its name lists or its disguise functions. It holds 65 whole
//! intake reports in real-world voices the generator does not produce: a
//! call handler's third-person notes, an angry run-on rant, text-speak,
//! non-native English, formal letters with signature blocks
//! ("HOLLINGWORTH, Patricia" and an address under it), pasted WhatsApp
//! chats with timestamps and sender names, police staff reporting their
//! supervisor, domestic abuse by an officer partner, a sex worker, a
//! business owner paying for "protection", online abuse with handles and
//! URLs. Values are disguised in forms people type (spelled digits,
//! "at"/"dot", `[at]`, zero-width and full-width characters, emoji
//! separators, a line break inside a number, ALL CAPS, "Surname, First",
//! initials, nicknames, sign-offs after "ps" / "x" / "-"), and officers are
//! named by rank, surname and collar number in many orders, with misspelt
//! ranks ("Sargent", "Constabel").
//!
//! Same line format, kinds and parties as the corpus (see
//! `tests/corpus/README.md`). Look-alike kinds are the corpus's; road
//! numbers (A38, M1), bus routes and flat numbers in the facts are
//! annotated `quantity`, CAD and custody numbers `crime_ref`. Every value
//! is synthetic (Ofcom drama numbers, example.com/.org/.net, 192.0.2.0/24,
//! 2001:db8::/32, invented names).
//!
//! The second set (52 reports, 38 anonymous) was written after every fix
//! prompted by the first, by a different red-team reviewer who read
//! neither the first set nor the corpus reports (only their line format)
//! and no detector source: Police Scotland, PSNI, Dyfed-Powys and other
//! Welsh forces, British Transport Police; special constable, PCSO, staff
//! and control-room reporters; a student, a grandson writing for his gran,
//! a solicitor and a support worker writing for a client; pasted email
//! headers (From:/To:/Cc:/Sent:), a voicemail transcript, bullet points,
//! second person, lower-case text with typos; dates of birth and ages in
//! many forms; bank details, cards, IBAN, UTR, passport, licence, NHS and
//! NINO; registrations with and without spaces, lower case, private and
//! Northern Irish plates; handles and profile URLs; house and farm names,
//! flat numbers, a PO box, a what3words address; extensions, international forms and +1
//! numbers (555-01xx); email disguises ("(at) … [dot]", "@@", "..");
//! names with particles (van der, O', Mc/Mac, ap, Ó, hyphenated, fada),
//! nicknames and initials. Its floors are its own measurement when it was
//! written, before any fix made after reading it. Flight and train
//! service numbers and pub names are annotated `quantity` there.
//!
//! The third set (52 reports, 6 anonymous, 6 by telephone) was written after every fix
//! prompted by the first two, by a third red-team reviewer who read none
//! of the earlier sets' reports or the corpus reports (only this module
//! doc and the line format) and no detector source. It spans forces across
//! England, Wales, Scotland and Northern Ireland plus BTP, CNC and MoD
//! Police, and all categories, in voices the first two lack or rarely
//! use: a solicitor's letter with a firm named after him and a signature
//! block ("T: ... | E: ..."), an IDVA referral ("Client: ..."), a form
//! pasted as "Name:/DOB:/Address:" lines, a call note in bullets, a mother
//! and a mother-in-law reporting for someone else (sharing the officer's
//! surname), Glaswegian Scots ("Am Lorraine, 38"), non-native English,
//! ALL CAPS from a Deaf reporter, text-speak with emoji, speech-to-text,
//! a sex worker's working name, a taxi driver's plate number, PCSO and
//! SIA badge numbers of the reporter; details split ("Ewan (surname
//! Ferrie, spelt F-E-R-R-I-E)"), corrected ("sorry, it's 900 413 not
//! 431"), bracketed, quoted, nicknamed ("Rebecca (Becky)"), "contact:"
//! labels, "ring after 6", "DOB 3rd of March 94", past and present ages
//! ("i was 17 when", "im 19 now"), the reporter's IP, officers' IBAN,
//! profile URLs and force vehicles. Its floors are its own measurement
//! when it was written, before any fix made after reading it; two titles
//! ("Mrs") were moved out of name spans and three values relabelled (a
//! contractor's van is a third party's, a taxi plate number is the
//! reporter's) after the first run, as annotation fixes, not crate fixes.
//!
//! The fourth set (50 reports, 30 anonymous, 21 by telephone) was written
//! after every fix prompted by the first three, by a fourth red-team
//! reviewer who read none of the earlier sets' reports or the corpus
//! reports (only this module doc and the line format) and no detector
//! source. Most of it is call-handler notes ("C/L states", "IP", 1430hrs,
//! CAD and Language Line refs) and anonymous one-liners, plus a 1,000-word
//! timeline over seven months with quoted messages, several officers and
//! witnesses. Forces across England, Wales (Welsh house names), Scotland
//! (Gaelic names), Northern Ireland (NI plates), BTP, CNC, MoD Police and
//! City of London; PCSO, special, police staff and volunteer subjects.
//! Reporters give first names, nicknames and working or stage names only
//! ("gives name as Gaz", "'just Jo'", "they all know me as Roxy",
//! "contact: jen"), a nickname inside a quoted message, a surname inside a
//! shop or firm name, maiden and married names, a DOB in words, phones
//! spoken, with " / " inside, corrected, on a mum's landline; officers'
//! bank details passed on by the caller (sort code, account, IBAN) are the
//! subject's evidence. Its floors are its own measurement when it was
//! written, before any fix made after reading it; one title ("Miss") was
//! moved out of a name span after the first run, as an annotation fix.
//!
//! The fifth set (30 reports, 14 anonymous, 8 by telephone; smaller than
//! planned for lack of time) was written after every fix prompted by the
//! first four, by a fifth red-team reviewer who read none of the earlier
//! sets' reports or the corpus reports (only this module doc and the line
//! format) and no detector source. It leans on online conduct (Instagram
//! and Snapchat DMs, a TikTok link, a gamertag on a console party, a
//! pasted WhatsApp group with the writer's own number in a "left" line,
//! Hinge, Facebook profile URLs, PayPal) and on serving officers and
//! staff reporting colleagues (custody skipper, control room, fixed
//! penalty office, a PCSO's own shoulder number, HR with a NINO), across
//! Scotland, Wales, PSNI, BTP, CNC and MoD Police. Writers disguise their
//! details: a phone over three lines, words mixed with digits ("seven 7 0
//! 0 nine ..."), spaced-out digits, a corrected tail ("then corrected last
//! three to five nine one"), a spaced email with " at " and " . ", "[at]"
//! / "[dot]", leetspeak handles ("gw3n.ll3wellyn"), a partial plate
//! ("reg starts YX70"), a "Name - / DOB - / Mob -" list, a work email
//! signature, a spelled postcode, ALL CAPS, Gaelic and Polish names and an
//! own-surname law firm. Its floors are its own measurement when it was
//! written, before any fix made after reading it.
//!
//! The sixth set (50 reports, 24 anonymous, 2 by telephone) was written
//! after every fix prompted by the first five, by a sixth red-team
//! reviewer who read none of the earlier sets' reports or the corpus
//! reports (only this module doc and the line format) and no detector
//! source (only the field list of `src/model/intake.rs`). It leans on
//! shapes the others lack or rarely use: long reports (2-3 KB) with the
//! reporter's details buried in the middle or the signature among many
//! dates, sums and places; a forwarded email with From/Sent/Subject
//! headers and a surveyor's signature block ("m: +44 (0)7700 ... | t:
//! ..."); letters written FOR a client by a solicitor, an IDVA, an ISVA, a
//! union rep, an MP's caseworker and a councillor; a witness statement
//! layout; a dated timeline; a dotted "Name ...... / Mob ......" table.
//! Reporters are the officer's neighbour (a Welsh house name), landlord
//! (own surname in the firm's name), brother and ex-wife (sharing his
//! surname), adult son, his ex-partner's new partner, a fellow parent at
//! the school gate, members of the same mosque, gurdwara, church and
//! football club; writers who say "my friend (me)", call themselves "the
//! victim" by their own name, or quote the officer's messages that hold
//! their name and address. Details sit in every free-text field (the
//! reporter's street in `incident.location`, a house name in the
//! subject's description) and in forms people type: "the blue house
//! opposite the Co-op on ...", house names, "Flat 2/1", +44 (0), two
//! numbers ("mob / landline"), a corrected number, digits spaced or
//! full-width or read out ("oh one six three two"), "dot"/"at" emails,
//! names inside handles and work email addresses, zero-width characters in
//! a handle, a fada name and its anglicised form, a nickname and a short
//! form ("Mags", "Bernie", "Wojtek"), the reporter's IBAN, card, UTR, NHS
//! number, passport, licence, NINO and own router IP, next to the
//! officer's bank details, IP, Facebook URL and invoice address (kept).
//! Forces across England, Wales, Scotland, Northern Ireland, BTP, CNC and
//! MoD Police; subjects include PCSOs, specials, staff and an Acting
//! Inspector. Its floors are its own measurement when it was written,
//! before any fix made after reading it.
//!
//! The seventh set (52 reports, 25 anonymous, 12 by telephone) was
//! written after every fix prompted by the first six, by a seventh
//! red-team reviewer who read none of the earlier sets' reports or the
//! corpus reports (only this module doc and the line format) and no
//! detector source (only the field list of `src/model/intake.rs`). It
//! leans on people in vulnerable situations and the voices the others
//! lack: a sex worker's working name and nickname, a rough sleeper and
//! hostel residents ("im at the hostel on ... most nights", a support
//! worker's or a mate's phone, "ask for ..."), care leavers and a child in
//! a children's home (text-speak, emoji, a key worker's landline), an
//! ex-prisoner on licence who gives two names ("My real name is ... but I
//! go by ..."), people who use drugs, a woman with insecure immigration
//! status in non-native English, a man with a learning disability in
//! plain repeated sentences, calls through a Polish and an Urdu
//! interpreter, a Welsh first-language writer, a voice-to-text run-on
//! with "full stop" spoken and a phone read out, ALL CAPS, a pensioner's
//! number read slowly ("oh one six three two, nine six oh, three double
//! one"), the online form's "What happened? / How do you know? /
//! Anything else?" layout, a "Name | Mobile | Postcode" table, a bullet
//! list, one-line reports and a report whose reporter details sit only in
//! the contact block. Subjects include several officers in one report,
//! custody, firearms, roads policing, dog section, CID, IOM, BTP, PSNI,
//! Police Scotland, CNC and MoD Police officers, PCSOs, a special and a
//! cadet leader, misspelt ranks ("Sargent", "Detective Constible") and
//! "A/Insp". Reporters correct themselves (an email, a prison, a day),
//! ask for a detail to be kept from the officer, and give their own staff
//! number, taxi badge, car, card, UTR, NHS number, passport, NINO,
//! licence, IBAN, bank details (next to the officer's, kept), IP and blog
//! URL. Its floors are its own measurement when it was written, before
//! any fix made after reading it.
//!
//! The figures asserted below are the ones measured when each set was
//! written (floors rounded from the measurement, so the test fails if the
//! crate gets worse on this set). Raise them when a family of misses is
//! fixed; never lower them to make a change pass. Do not tune detectors on
//! these sentences: fix the family a miss belongs to, then write new
//! held-out reports.
//!
//! `cargo run --release --example evaluate -- --corpus tests/heldout/reports.jsonl`
//! prints the full tables; `cargo test --test heldout_reports -- --nocapture`
//! prints them and every miss.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/annotated.rs"]
mod annotated;
#[path = "support/evaluation.rs"]
mod evaluation;
#[path = "support/leak.rs"]
mod leak;
#[path = "support/score.rs"]
mod score;

use std::collections::BTreeMap;

use annotated::{Ann, LOOKALIKE_KINDS, masked};
use report_shield::{Anonymiser, Kind, Report, dangerous};
use serde_json::Value;

/// One held-out set: its text, its expected size and its floors.
struct Set {
    name: &'static str,
    text: &'static str,
    sizes: std::ops::RangeInclusive<usize>,
    max_reporter_leak: f64,
    min_subject_keep: f64,
    min_lookalike_keep: f64,
}

const FIRST: Set = Set {
    name: "heldout",
    text: include_str!("heldout/reports.jsonl"),
    sizes: 60..=80,
    max_reporter_leak: MAX_REPORTER_LEAK_RATE,
    min_subject_keep: MIN_SUBJECT_KEEP_RATE,
    min_lookalike_keep: MIN_LOOKALIKE_KEEP_RATE,
};

const THIRD: Set = Set {
    name: "heldout3",
    text: include_str!("heldout3/reports.jsonl"),
    sizes: 50..=60,
    max_reporter_leak: MAX_REPORTER_LEAK_RATE_3,
    min_subject_keep: MIN_SUBJECT_KEEP_RATE_3,
    min_lookalike_keep: MIN_LOOKALIKE_KEEP_RATE_3,
};

const FOURTH: Set = Set {
    name: "heldout4",
    text: include_str!("heldout4/reports.jsonl"),
    sizes: 45..=60,
    max_reporter_leak: MAX_REPORTER_LEAK_RATE_4,
    min_subject_keep: MIN_SUBJECT_KEEP_RATE_4,
    min_lookalike_keep: MIN_LOOKALIKE_KEEP_RATE_4,
};

const FIFTH: Set = Set {
    name: "heldout5",
    text: include_str!("heldout5/reports.jsonl"),
    sizes: 28..=40,
    max_reporter_leak: MAX_REPORTER_LEAK_RATE_5,
    min_subject_keep: MIN_SUBJECT_KEEP_RATE_5,
    min_lookalike_keep: MIN_LOOKALIKE_KEEP_RATE_5,
};

const SIXTH: Set = Set {
    name: "heldout6",
    text: include_str!("heldout6/reports.jsonl"),
    sizes: 45..=60,
    max_reporter_leak: MAX_REPORTER_LEAK_RATE_6,
    min_subject_keep: MIN_SUBJECT_KEEP_RATE_6,
    min_lookalike_keep: MIN_LOOKALIKE_KEEP_RATE_6,
};

const SEVENTH: Set = Set {
    name: "heldout7",
    text: include_str!("heldout7/reports.jsonl"),
    sizes: 45..=60,
    max_reporter_leak: MAX_REPORTER_LEAK_RATE_7,
    min_subject_keep: MIN_SUBJECT_KEEP_RATE_7,
    min_lookalike_keep: MIN_LOOKALIKE_KEEP_RATE_7,
};

const SECOND: Set = Set {
    name: "heldout2",
    text: include_str!("heldout2/reports.jsonl"),
    sizes: 50..=60,
    max_reporter_leak: MAX_REPORTER_LEAK_RATE_2,
    min_subject_keep: MIN_SUBJECT_KEEP_RATE_2,
    min_lookalike_keep: MIN_LOOKALIKE_KEEP_RATE_2,
};

/// Ceiling on the share of reporter values leaked, on the decoded text of
/// the disseminated report ([`evaluation::disseminated_text`]). Measured
/// 0.2143 (30 of 140) when the set was written; 0 of 140 after the
/// postcode, NINO, phone, licence, cued-street, staff-number, attribution
/// and name families its misses belonged to were fixed. Those fixes were
/// made looking at this set's misses, so it is no longer held out: it
/// guards against regressions, and a new set written apart measures
/// generalisation (see `tests/heldout2/`).
const MAX_REPORTER_LEAK_RATE: f64 = 0.001;
/// Floor on the share of subject values kept (measured 1.0: 84 of 84).
const MIN_SUBJECT_KEEP_RATE: f64 = 0.999;
/// Floor on the share of look-alikes kept as written (measured 1.0: 125 of
/// 125; "a 30 year old Land Rover" is no longer an age).
const MIN_LOOKALIKE_KEEP_RATE: f64 = 0.999;

/// Second set: ceiling on the share of reporter values leaked. Measured
/// 0.1871 (26 of 139) when the set was written, before any fix made after
/// reading it; 0.0144 (2 of 139) after the attribution, name and detector
/// families its misses belonged to were fixed (own collar/badge numbers,
/// reports written for someone else, relation intros, mail headers, house
/// and farm names, Welsh and Scottish streets, what3words, plural and
/// comma-set ages, Northern Irish plates, the reporter's address carried
/// into the other fields). The one left: a reporter's hyphenated surname
/// that contains the officer's surname (the officer's must stay). Like the
/// first set, this one has now been used for fixing. One more leak (2 of
/// 139) fails.
const MAX_REPORTER_LEAK_RATE_2: f64 = 0.0072;
/// Second set: floor on the share of subject values kept (measured 0.9355:
/// 87 of 93 when written; 1.0, 93 of 93, once the subject's email, profile
/// URLs, IBAN and private plate were attributed to the officer). One loss
/// fails.
const MIN_SUBJECT_KEEP_RATE_2: f64 = 0.999;
/// Second set: floor on the share of look-alikes kept (measured 1.0: 88 of
/// 88).
const MIN_LOOKALIKE_KEEP_RATE_2: f64 = 0.999;

/// Third set: ceiling on the share of reporter values leaked. Measured
/// 0.1013 (16 of 158) when the set was written, before any fix made after
/// reading it. Two of the 16 are reporters who share the officer's surname
/// (his mother, his ex-wife): the officer's name must stay, so under the
/// any-part rule those cannot be fixed by detection alone. 0.0190 (3 of
/// 158) after the families were fixed: details (ages after a name and in
/// the past tense, own badge numbers the writer asks to withhold, a
/// bracketed IP, a corrected part of a phone number, "DOB as 3rd of March
/// 94") and names (dialect self-introductions, a bare nickname closing the
/// text, a nickname in brackets or after "aka", working names, referral
/// labels such as "Client:"). The three left are reporters whose name
/// shares the officer's surname (his mother, his ex-wife, a client whose
/// double-barrelled surname contains it). One more leak (4 of 158) fails.
const MAX_REPORTER_LEAK_RATE_3: f64 = 0.0190;
/// Third set: floor on the share of subject values kept (measured 0.9518:
/// 79 of 83 when written; the officer's IBAN, two profile URLs and a force
/// vehicle's registration were removed). 1.0 (83 of 83) once "his IBAN",
/// a profile URL spelling the officer's name, a URL path after a platform
/// cue and a marked car were attributed to the officer. One loss fails.
const MIN_SUBJECT_KEEP_RATE_3: f64 = 0.999;
/// Third set: floor on the share of look-alikes kept (measured 1.0: 101 of
/// 101).
const MIN_LOOKALIKE_KEEP_RATE_3: f64 = 0.999;

/// Fourth set: ceiling on the share of reporter values leaked. Measured
/// 0.0909 (10 of 110) when the set was written, before any fix made after
/// reading it: nine names (bare first names and nicknames after "gives
/// name as", in quotes, after "contact:"; a nickname inside a full name;
/// a maiden and a married name that shares the officer's surname) and one
/// phone written with " / " inside. 0.0091 (1 of 110) once a call
/// handler's pause marks between phone groups (" / ", "//", "...", "--")
/// joined the number and the name families were fixed (caller named in
/// call notes, "know me as", quoted nicknames, "contact:", maiden names,
/// short forms of the reporter's forename). The one left is a married name
/// that shares the officer's surname (structural: the officer's name must
/// stay). One more leak (2 of 110) fails.
const MAX_REPORTER_LEAK_RATE_4: f64 = 0.0091;
/// Fourth set: floor on the share of subject values kept (measured
/// 0.9412: 80 of 85 when written; the officers' sort codes, account
/// numbers and IBAN passed on by a caller or a cousin were removed). 1.0
/// (85 of 85) once bank details where money went, paid by someone else
/// ("paid by bank transfer to this:", "into an account in Sherratt's
/// wife's name", "Furey's bank details"), were attributed to the officer.
/// One loss fails.
const MIN_SUBJECT_KEEP_RATE_4: f64 = 0.999;
/// Fourth set: floor on the share of look-alikes kept (measured 1.0: 123
/// of 123).
const MIN_LOOKALIKE_KEEP_RATE_4: f64 = 0.999;

/// Fifth set: ceiling on the share of reporter values leaked. Measured
/// 0.0597 (4 of 67) when the set was written, before any fix made after
/// reading it: a gamertag given after "my gamertag is", a partial plate
/// after "reg starts", an age in words after a first name, and the
/// corrected tail of a spoken phone number. 0.0448 (3 of 67) once gaming
/// and messaging platforms and "gamertag" became handle cues. 0.0 (0 of
/// 67) once partial plates after "reg starts", "began with", "ending",
/// "something like" became registrations, corrected digits near a phone
/// just given ("corrected last three to five nine one", "it's 591 at the
/// end", "not 413, 431") the same phone, and an age after the caller's
/// pronoun in a call note ("C/L … said she is thirty four") the caller's.
/// Any leak fails.
const MAX_REPORTER_LEAK_RATE_5: f64 = 0.001;
/// Fifth set: floor on the share of subject values kept (measured 0.8958:
/// 43 of 48 when written; the officer's car, Snapchat handle, PayPal email
/// and the sort code and account a bribe went to were removed). 0.9375 (45
/// of 48) once payment platforms ("his PayPal", "her Revolut") became
/// details a possessive points at and the officer's name with a verb of use
/// ("Tatlock drives a grey Audi") a cue like "he drives". 1.0 (48 of 48)
/// once money moved "from my cousin's account to his" made the details
/// after it the officer's, and the officer messaging someone "on Snapchat
/// (leecarr_88)" made the bracketed handle his. One loss fails.
const MIN_SUBJECT_KEEP_RATE_5: f64 = 0.999;
/// Fifth set: floor on the share of look-alikes kept (measured 1.0: 60 of
/// 60).
const MIN_LOOKALIKE_KEEP_RATE_5: f64 = 0.999;

/// Sixth set: ceiling on the share of reporter values leaked. Measured
/// 0.1832 (37 of 202) when the set was written, before any fix made after
/// reading it: mostly the client's or member's details in letters written
/// FOR someone (solicitor, union rep, MP caseworker, councillor), names
/// given in passing or inside the officer's quoted messages, addresses
/// without a house number (house names, "the blue house opposite ...",
/// the reporter's street in `incident.location`), the reporter's own
/// staff or badge number, bare handles after "my account name is", and a
/// full-width phone and a zero-width handle in a short anonymous report.
/// 0.1287 (26 of 202) once house names and landmark homes ("lives with her
/// grandparents at Penhallow Cottage", "the blue house opposite the Co-op
/// on Market Street"), a house-name line of the declared address, a site
/// line before a postcode, addresses the narrative protects carried to the
/// location, "badge number is PH 2291" given by the caller, "my account
/// name is", "DOB given for ID check" and "My number he uses is" were
/// fixed; 0.0545 (11 of 202) once the person a representative writes for
/// (the member, constituent, resident or client: a labelled name and
/// block, "our client's", her pronoun by her title) and a writer who says
/// "she (i)" about themself became the reporter; 0.0495 (10 of 202) once
/// the age of the person a representative writes for ("The member is
/// 34") was detected; 0.0149 (3 of 202) once names given in passing
/// ("She asked my name and I said Kezia", "Im Dale by the way", "said call
/// him \"Mo\"", "Lowri isnt my real name", "you might see it written
/// Keeva O'Doherty") and the officer's quoted words to the writer
/// ("\"hey Lowri, ...\"", "\"... where you are, Niamh\"") became the
/// reporter's. The three left are reporters who share the officer's
/// surname (structural: his surname must stay). One more leak (4 of 202)
/// fails.
const MAX_REPORTER_LEAK_RATE_6: f64 = 0.0149;
/// Sixth set: floor on the share of subject values kept (measured 0.9434:
/// 100 of 106 when written; the officers' payee sort codes and accounts
/// and an IP address attributed to the officer were removed). 1.0 (106 of
/// 106) once "an account DC Farrant provided", "He sent the payee details
/// himself" and "one review was posted from" became the officer's. One
/// loss fails.
const MIN_SUBJECT_KEEP_RATE_6: f64 = 0.999;
/// Sixth set: floor on the share of look-alikes kept (measured 1.0: 188 of
/// 188).
const MIN_LOOKALIKE_KEEP_RATE_6: f64 = 0.999;

/// Seventh set: ceiling on the share of reporter values leaked. Measured
/// 0.0686 (7 of 102) when the set was written, before any fix made after
/// reading it: a caller's age in a third-person call note ("He is 51"),
/// the caller's own car in a call note ("stopped her car WN19 KXD"), a
/// street without a house number after a hostel or approved premises ("at
/// the hostel on Granby Row", "the approved premises on Bramble Street"),
/// a nickname after "ask for" closing a lower-case run-on, a nickname in
/// brackets inside a signed full name ("Sukhwinder (Suki) Bains") and a
/// taxi driver's own licence badge number ("My licence badge is NCC
/// 2291"). 0.0196 (2 of 102) once a street after a hostel, refuge,
/// shelter or approved premises, a trade licence or badge, and in a call
/// note the pronoun written right after "caller" (the caller's, not the
/// officer's) were fixed; 0.0 once "ask for Deano" after a way to reach
/// the writer and the bracketed "(Suki)" of a signed name became the
/// reporter's. Any leak fails.
const MAX_REPORTER_LEAK_RATE_7: f64 = 0.001;
/// Seventh set: floor on the share of subject values kept (measured 1.0:
/// 75 of 75). One loss fails.
const MIN_SUBJECT_KEEP_RATE_7: f64 = 0.999;
/// Seventh set: floor on the share of look-alikes kept (measured 0.9915:
/// 117 of 118; a Language Line interpreter reference "LL 448812" was
/// removed); 1.0 (118 of 118) once lettered service references
/// ("interpreter ref LL 448812", "job ref JB 77120") became look-alikes.
/// One loss fails.
const MIN_LOOKALIKE_KEEP_RATE_7: f64 = 0.999;

fn load(set: &Set) -> Vec<(Value, Vec<Ann>)> {
    annotated::parse(set.text)
}

fn anonymiser() -> Anonymiser {
    Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .expect("builds")
}

/// Every span holds its value in a known field with a known kind and party;
/// spans in a field do not overlap; every report parses.
#[test]
fn heldout_annotations_match_their_fields() {
    annotations_match_their_fields(&FIRST);
}

#[test]
fn heldout2_annotations_match_their_fields() {
    annotations_match_their_fields(&SECOND);
}

#[test]
fn heldout3_annotations_match_their_fields() {
    annotations_match_their_fields(&THIRD);
}

#[test]
fn heldout4_annotations_match_their_fields() {
    annotations_match_their_fields(&FOURTH);
}

#[test]
fn heldout5_annotations_match_their_fields() {
    annotations_match_their_fields(&FIFTH);
}

#[test]
fn heldout6_annotations_match_their_fields() {
    annotations_match_their_fields(&SIXTH);
}

#[test]
fn heldout7_annotations_match_their_fields() {
    annotations_match_their_fields(&SEVENTH);
}

fn annotations_match_their_fields(which: &Set) {
    let set = load(which);
    assert!(
        which.sizes.contains(&set.len()),
        "{}: {} reports",
        which.name,
        set.len()
    );
    for (report, anns) in &set {
        let id = report["id"].as_str().unwrap_or("?");
        Report::from_json(&report.to_string()).unwrap_or_else(|e| panic!("{id}: {e}"));
        let mut by_field: BTreeMap<&str, Vec<&Ann>> = BTreeMap::new();
        for a in anns {
            let text = evaluation::field_text(report, &a.field)
                .unwrap_or_else(|| panic!("{id}: unknown field {}", a.field));
            assert_eq!(
                text.get(a.start..a.end),
                Some(a.value.as_str()),
                "{id}: {}",
                a.field
            );
            match a.party.as_str() {
                "lookalike" => assert!(
                    LOOKALIKE_KINDS.contains(&a.kind.as_str()),
                    "{id}: look-alike kind {}",
                    a.kind
                ),
                "reporter" | "subject" | "third_party" => {
                    assert!(Kind::from_name(&a.kind).is_some(), "{id}: kind {}", a.kind);
                }
                p => panic!("{id}: party {p}"),
            }
            by_field.entry(&a.field).or_default().push(a);
        }
        for list in by_field.values_mut() {
            list.sort_by_key(|a| a.start);
            for w in list.windows(2) {
                assert!(w[0].end <= w[1].start, "{id}: overlapping annotations");
            }
        }
    }
}

/// The annotations are complete and the leak rules apply to them: every
/// reporter value leaks through its own field and stops leaking once every
/// annotated span is masked; subject values and look-alikes are kept in
/// their own field.
#[test]
fn heldout_reporter_values_leak_until_masked() {
    reporter_values_leak_until_masked(&FIRST);
}

#[test]
fn heldout2_reporter_values_leak_until_masked() {
    reporter_values_leak_until_masked(&SECOND);
}

#[test]
fn heldout3_reporter_values_leak_until_masked() {
    reporter_values_leak_until_masked(&THIRD);
}

#[test]
fn heldout4_reporter_values_leak_until_masked() {
    reporter_values_leak_until_masked(&FOURTH);
}

#[test]
fn heldout5_reporter_values_leak_until_masked() {
    reporter_values_leak_until_masked(&FIFTH);
}

#[test]
fn heldout6_reporter_values_leak_until_masked() {
    reporter_values_leak_until_masked(&SIXTH);
}

#[test]
fn heldout7_reporter_values_leak_until_masked() {
    reporter_values_leak_until_masked(&SEVENTH);
}

fn reporter_values_leak_until_masked(which: &Set) {
    let set = load(which);
    let mut failures = Vec::new();
    for (report, anns) in &set {
        let id = report["id"].as_str().unwrap_or("?");
        let mut by_field: BTreeMap<&str, Vec<&Ann>> = BTreeMap::new();
        for a in anns {
            by_field.entry(&a.field).or_default().push(a);
        }
        for (field, list) in &by_field {
            let text = evaluation::field_text(report, field).expect("field");
            let hidden = masked(text, list);
            for a in list {
                if a.party == "reporter" {
                    if !leak::leaked(text, &a.kind, &a.value) {
                        failures.push(format!(
                            "{id} {field}: {} {:?} not leaking",
                            a.kind, a.value
                        ));
                    }
                    if leak::leaked(&hidden, &a.kind, &a.value) {
                        failures.push(format!(
                            "{id} {field}: {} {:?} leaks masked",
                            a.kind, a.value
                        ));
                    }
                } else if !leak::kept(text, &a.value) {
                    failures.push(format!("{id} {field}: {} {:?} not kept", a.kind, a.value));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// End-to-end outcome of one annotated value on the decoded disseminated
/// text: a miss is a reporter value leaked, a subject value or look-alike
/// not kept; third-party values are listed when they survive (not scored:
/// the default policy keeps third-party names and ages).
#[derive(Default)]
struct Strict {
    /// (values, misses) per party.
    per_party: BTreeMap<&'static str, (usize, usize)>,
    /// `report-id party kind "value"` for every miss.
    misses: Vec<String>,
    /// `report-id kind "value"` for every third-party value left in.
    third_party_left: Vec<String>,
}

impl Strict {
    fn rate(&self, party: &str) -> f64 {
        let (v, m) = self.per_party.get(party).copied().unwrap_or_default();
        if v == 0 { 0.0 } else { m as f64 / v as f64 }
    }
}

fn strict(set: &[(Value, Vec<Ann>)], anonymiser: &Anonymiser) -> Strict {
    let mut st = Strict::default();
    for (report, anns) in set {
        let id = report["id"].as_str().unwrap_or("?");
        let parsed = Report::from_json(&report.to_string()).expect("parses");
        let json = anonymiser
            .anonymise(&parsed)
            .expect("anonymises")
            .to_json()
            .expect("serialises");
        let text = evaluation::disseminated_text(&json);
        for a in anns {
            let (party, miss) = match a.party.as_str() {
                "reporter" => ("reporter", leak::leaked(&text, &a.kind, &a.value)),
                "subject" => ("subject", !leak::kept(&text, &a.value)),
                "lookalike" => ("lookalike", !leak::kept(&text, &a.value)),
                _ => {
                    if leak::leaked(&text, &a.kind, &a.value) {
                        st.third_party_left
                            .push(format!("{id} {} {:?}", a.kind, a.value));
                    }
                    continue;
                }
            };
            let e = st.per_party.entry(party).or_default();
            e.0 += 1;
            if miss {
                e.1 += 1;
                st.misses
                    .push(format!("{id} {party} {} {:?}", a.kind, a.value));
            }
        }
    }
    st
}

#[test]
fn heldout_meets_its_measured_floors() {
    meets_its_measured_floors(&FIRST);
}

#[test]
fn heldout2_meets_its_measured_floors() {
    meets_its_measured_floors(&SECOND);
}

#[test]
fn heldout3_meets_its_measured_floors() {
    meets_its_measured_floors(&THIRD);
}

#[test]
fn heldout4_meets_its_measured_floors() {
    meets_its_measured_floors(&FOURTH);
}

#[test]
fn heldout5_meets_its_measured_floors() {
    meets_its_measured_floors(&FIFTH);
}

#[test]
fn heldout6_meets_its_measured_floors() {
    meets_its_measured_floors(&SIXTH);
}

#[test]
fn heldout7_meets_its_measured_floors() {
    meets_its_measured_floors(&SEVENTH);
}

fn meets_its_measured_floors(which: &Set) {
    let anonymiser = anonymiser();
    let ev = evaluation::evaluate(which.text, &anonymiser);
    let set = load(which);
    let st = strict(&set, &anonymiser);
    let report = format!(
        "{}: {}\nreporter leak {:.2}%  subject kept {:.2}%  look-alikes kept {:.2}%\n\
         misses:\n{}\nthird-party values left in:\n{}",
        which.name,
        ev.report(),
        100.0 * ev.reporter_leak_rate(),
        100.0 * ev.subject_keep_rate(),
        100.0 * ev.lookalike_keep_rate(),
        st.misses.join("\n"),
        st.third_party_left.join("\n")
    );
    println!("{report}");
    assert_eq!(ev.reports, set.len(), "reports evaluated");
    assert_eq!(ev.rejected, 0, "reports rejected\n{report}");
    // The miss list is computed apart from `evaluation::evaluate`: both
    // must count the same.
    for (party, rate) in [
        ("reporter", ev.reporter_leak_rate()),
        ("subject", 1.0 - ev.subject_keep_rate()),
        ("lookalike", 1.0 - ev.lookalike_keep_rate()),
    ] {
        assert!(
            (st.rate(party) - rate).abs() < 1e-9,
            "{party}: miss list and evaluation disagree\n{report}"
        );
    }
    for (what, measured, bound, ceiling) in [
        (
            "reporter leak",
            ev.reporter_leak_rate(),
            which.max_reporter_leak,
            true,
        ),
        (
            "subject keep",
            ev.subject_keep_rate(),
            which.min_subject_keep,
            false,
        ),
        (
            "look-alike keep",
            ev.lookalike_keep_rate(),
            which.min_lookalike_keep,
            false,
        ),
    ] {
        let ok = if ceiling {
            measured <= bound
        } else {
            measured >= bound
        };
        assert!(
            ok,
            "{}: {what}: measured {measured:.4}, bound {bound}\n{report}",
            which.name
        );
    }
}
