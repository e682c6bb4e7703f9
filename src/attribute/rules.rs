//! The attribution rules: one [`Party`] per finding.
//!
//! The rules are tried in order; the first that decides wins.
//!
//! 1. **Caller's word.** A finding from a caller-supplied known value
//!    (detector id starting `known.`) with a party hint gets exactly that
//!    party. A [`Party::Reporter`] hint from any other detector (the
//!    self-introduction `name.self_intro` and sign-off `name.sign_off`
//!    detectors) gives [`Party::Reporter`]. Other detectors' hints are
//!    ignored: the rules below decide.
//! 2. **Known values.** The finding's text is compared with the context's
//!    known values (see the `known` module for the comparison forms).
//!    Reporter only → Reporter; subject only → Subject. When both match
//!    (a shared surname, a shared landline): contact details and official
//!    numbers → Reporter; a name → Subject if it contains a part of the
//!    subject's name that the reporter's name lacks, or if a rank or
//!    third-person cue supports it (rules 3–4); otherwise Reporter. A match
//!    with a known value of unknown ownership → Unknown; of a third party →
//!    ThirdParty.
//! 3. **Clock times** → Unknown (the policy keeps them as facts).
//! 4. **Names.** A self-introduction or sign-off directly before, with
//!    at most a rank and number between ("I, Jo Bloggs,", "my name is",
//!    "I'm DC Jane Roe", "I am PC PL 4419, Adebayo Okwuosa",
//!    "regards,\nDC Jo Bloggs", "I'm her son, Jo Bloggs"), or the
//!    reporter's own collar number directly before → Reporter, unless the
//!    name is followed by a possessive ("I'm Daniel's wife"). Otherwise a
//!    rank directly before ("PC Reeves", "PC 4471 Daniel Reeves", "Sgt.
//!    Reeves", "this pcso Kay Brannock"), at the start of the finding, or
//!    a rank and number directly after ("Reeves (PC 4471)"), or "the
//!    officer" / "officer called" directly before → Subject. The
//!    reporter's family directly before ("our son Alfie", "my mum, Eileen
//!    Carthew") → Reporter: a relative's name identifies the reporter.
//!    A sender of a pasted chat ("14/02/2025, 22:43 - Jo Bloggs:"), a
//!    name in a pasted mail header (Cc:) or the person a quoted message
//!    speaks to, that the names detector could not give to either side →
//!    Unknown: the reporter is usually one of them. Any other name →
//!    ThirdParty (victims, witnesses, friends, neighbours; the policy
//!    keeps their names, the force needs them).
//! 5. **Collar numbers.** A first-person cue (rule 6: "my collar no is",
//!    "my staff number", "my warrant card number"), "I'm" / "I am"
//!    directly before the rank and number ("I'm PC 1234", "I'm a PCSO,
//!    7712"), or the reporter's own name directly before with at most a
//!    rank or label between ("Jo Bloggs, staff number C2318",
//!    "Regards\nJo Bloggs\nDC 3307"; not when a word follows the number:
//!    "I'm Mihai, sgt 5179 Mohamed keeps …" names the officer) →
//!    Reporter; otherwise Subject (collar numbers are almost always the
//!    officer's).
//! 6. **Context cues** for every other kind. The nearest cue wins: the last
//!    cue that ends at most 48 bytes before the finding with no sentence
//!    end or clause break ("but", "whereas", "and he", "and his") between
//!    them, or a cue just after the finding ("… is mine", "… (his)"),
//!    whichever is closer (before wins a tie).
//!    - first person ("my number is", "text me on", "call me on", "email
//!      me at", "me at", "I live at", "my address", "our flat", "my car",
//!      "I drive", "my NI number", "my DOB", "I was born", "I'm on", "my
//!      insta", "find me on", "I'm 34" directly) → Reporter;
//!    - third person ("his number", "her mobile", "his is", "the
//!      officer's car", "PC Reeves's phone", "he texted me from", "he
//!      drives", "she lives at", "he'd ring from"; for an age, "he's" or
//!      "she is" directly before) → Subject. A contact verb counts only
//!      with "from", "using" or "via": "he called 07700 …" names the
//!      number he called, which may be the reporter's. A bare "he" or
//!      "she" with a verb of use ("she can be reached on", "he lives at")
//!      is not enough for phones, emails, IP addresses, addresses and postcodes ("she"
//!      is often the caller in a transcript, or a third party): they stay
//!      Unknown unless the officer is named ("the officer lives at", "PC
//!      Reeves can be reached on"). "He" and "his" are
//!      taken to mean the officer: reports are about the officer, and a
//!      detail wrongly kept as the officer's is less likely than one
//!      wrongly kept as someone else's only because that someone is then
//!      named (next point);
//!    - where money went, for bank details: "he paid by bank transfer to
//!      this:", "paid into an account in Sherratt's wife's name", "the
//!      account he gave", or the officer's name with a possessive
//!      ("Furey's bank details he paid into:", once "DC Declan Furey" was
//!      named) → Subject; said a sentence before the details ("… in his
//!      wife's name. C/L gave account details: sort code …"), with no
//!      first-person word and no family or third-party cue between, too.
//!      Not when the writer is the payer ("I paid £200 to this
//!      account:"): that account is the officer's only if the officer
//!      asked for the money;
//!    - a police vehicle ("a marked Astra", "the police van", "a force
//!      vehicle") before a registration → Subject;
//!    - a request to withhold the detail just after it ("… - please keep
//!      that from him", "… no wait don't put that") → Reporter, like "…
//!      is mine";
//!    - an age set off right after a name given to the reporter ("Jo
//!      Bloggs (spelled back), 52,") → Reporter;
//!    - in a call note ("C/L", "the caller"), an age after the pronoun that
//!      is not the officer's, or after any pronoun in a sentence about the
//!      caller while the officer's pronoun is unsettled ("C/L … said she
//!      is thirty four") → Reporter;
//!    - the reporter's family ("my sister's number", "our son … is 4",
//!      "my mother is 88") → Reporter: a relative identifies the reporter;
//!    - someone else's detail ("his wife's phone", "the witness's
//!      mobile", "my friend is") → ThirdParty.
//!
//!    "his" / "her" against the officer's pronoun: the pronoun a report
//!    uses most as a subject ("he", "she") is taken as the officer's. A
//!    third-person cue with the other pronoun ("Her phone is …" in a
//!    report where the officer is "he") is not the officer's: ThirdParty
//!    if a third party has been named before it, otherwise Unknown.
//!
//!    Third-person cues are deliberately narrow and first-person cues
//!    broad: a detail wrongly given to the reporter is only protected, one
//!    wrongly given to the subject is kept.
//! 7. **Otherwise** → Unknown, which the policy protects as if it were the
//!    reporter's: when you cannot tell whose a detail is, protect it.

use std::ops::Range;

use crate::attribute::Party;
use crate::attribute::cues::{Cue, CueClass, Cues};
use crate::attribute::known::KnownIndex;
use crate::detect::{Finding, Kind, TextContext};
use crate::error::Result;

/// How far before a finding (in bytes) a context cue still applies.
const WINDOW: usize = 48;

/// How many words after "caller" or "C/L" a pronoun is taken as the
/// caller's.
const CALLER_WINDOW: usize = 6;

/// Reporting verbs in the present tense: in a call note, "he says", "she
/// states" is the caller speaking to the call handler.
const REPORTING: &[&[u8]] = &[
    b"says",
    b"states",
    b"reports",
    b"explains",
    b"advises",
    b"confirms",
    b"adds",
];

/// Words for someone other than the caller: after one of them, a pronoun
/// may be theirs ("Caller says the officer told her").
const OTHER_PEOPLE: &[&[u8]] = &[
    b"officer",
    b"officers",
    b"police",
    b"cop",
    b"copper",
    b"pc",
    b"sergeant",
    b"sarge",
    b"constable",
    b"inspector",
    b"detective",
    b"pcso",
    b"man",
    b"woman",
    b"bloke",
    b"guy",
    b"lad",
    b"girl",
    b"boy",
    b"partner",
    b"husband",
    b"wife",
    b"boyfriend",
    b"girlfriend",
    b"ex",
    b"son",
    b"daughter",
    b"friend",
    b"mum",
    b"mother",
    b"dad",
    b"father",
    b"brother",
    b"sister",
    b"neighbour",
    b"child",
    b"kid",
    b"someone",
    b"somebody",
    b"who",
];
/// How far after a finding (in bytes) a trailing cue is looked for
/// (room for "… - no wait don't put that").
const AFTER: usize = 32;
/// How far before a finding a rank is looked for.
const RANK_WINDOW: usize = 40;
/// How far before a collar number the writer's own role is looked for
/// ("I am a Special Constable at Kendal, SC 4471").
const SELF_ROLE_WINDOW: usize = 96;
/// How far before bank details a payment the reporter made is looked for.
const PAY_WINDOW: usize = 120;
/// How far back (bytes) the officer named counts for "the account is".
const ACCOUNT_REACH: usize = 160;
/// The widest gap (bytes) between a self-introduction and a name.
const ADJACENT: usize = 3;

/// Decides whose each finding is. Compiled once; `Send + Sync`.
#[derive(Debug)]
pub(crate) struct Attributor {
    cues: Cues,
}

/// The nearest context cue around a finding, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Nearest {
    None,
    FirstPerson,
    ThirdPerson,
    ThirdParty,
    Kin,
}

/// What attribution knows about a finding's surroundings beyond the cues:
/// the officer's pronoun, the finding just before and its party, and
/// whether a third party has been named yet.
#[derive(Debug)]
struct Around {
    gender: Option<Gender>,
    prev: Option<(Kind, usize, Party)>,
    third_party_named: bool,
    /// Where the last name or collar number given to the officer ends.
    last_subject: Option<usize>,
    /// The words (three letters or more, lower case) of the names given to
    /// the officer so far: "Furey's bank details" after "DC Declan Furey".
    subject_words: Vec<String>,
    /// The words (three letters or more, lower case) of the names given to
    /// the reporter so far: "Elin, as discussed" after "To: Elin
    /// Vaughan-Roberts" is the reporter again.
    reporter_words: Vec<String>,
    /// The person the writer reports for ("my gran wants me to write
    /// this"), if the writer says so: `Some(pronoun)`, the pronoun unknown
    /// for "my client".
    principal: Option<Option<Gender>>,
    /// Whether the text is a call note ("C/L", "the caller"): there the
    /// pronoun that is not the officer's is most often the caller's.
    call_note: bool,
}

/// The pronoun a report uses for its officer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    He,
    She,
}

/// What one pass over a text's words says about its pronouns.
struct Pronouns {
    /// The officer's pronoun (the one the text uses most; none on a tie).
    officer: Option<Gender>,
    /// The text is a call note: it speaks of "the caller" or "C/L".
    call_note: bool,
    /// The pronoun the writer uses for themself ("she (me)"), if said.
    writer: Option<Gender>,
    /// In a call note, the pronoun written for the caller: the one that
    /// follows "caller" or "C/L" within a few words of the same clause,
    /// no name or rank between ("Caller has no phone of his own",
    /// "Caller is worried about her status"); none on a tie.
    caller: Option<Gender>,
}

impl Gender {
    fn other(self) -> Self {
        match self {
            Gender::He => Gender::She,
            Gender::She => Gender::He,
        }
    }

    /// The gender of the first family word in a phrase ("my *gran* wants
    /// me to write this" → she); none for "my client", "my partner".
    fn of_kin_phrase(phrase: &str) -> Option<Gender> {
        phrase
            .split(|c: char| !c.is_ascii_alphabetic())
            .find_map(|w| match w.to_ascii_lowercase().as_str() {
                "mum" | "mom" | "mam" | "mummy" | "mother" | "nan" | "nana" | "nanna" | "gran"
                | "granny" | "grandma" | "grandmother" | "sister" | "daughter" | "wife"
                | "girlfriend" | "aunt" | "auntie" | "aunty" | "niece" | "fiancee"
                | "granddaughter" | "stepmum" | "stepmother" | "landlady" => Some(Gender::She),
                "dad" | "daddy" | "father" | "grandad" | "granddad" | "grandfather" | "brother"
                | "son" | "husband" | "boyfriend" | "uncle" | "nephew" | "fiance" | "grandson"
                | "stepdad" | "stepfather" | "landlord" => Some(Gender::He),
                _ => None,
            })
    }

    /// The gender of the person a writer reports for: a family word ("my
    /// *gran* wants me to write this"), or the caller's possessive in a
    /// call note ("caller gave *her* DOB as").
    fn of_principal_phrase(phrase: &str) -> Option<Gender> {
        Self::of_kin_phrase(phrase).or_else(|| {
            let lower = phrase.to_ascii_lowercase();
            if !lower.starts_with("caller") {
                return None;
            }
            lower
                .split(|c: char| !c.is_ascii_alphabetic())
                .find_map(|w| match w {
                    "her" => Some(Gender::She),
                    "his" => Some(Gender::He),
                    _ => None,
                })
        })
    }

    /// The officer's pronoun: whichever of "he" and "she" (as a subject:
    /// "he", "he's", "she'll", "shes") the text uses more; none on a tie.
    /// The reporter writes "I", so the pronoun a report uses most is the
    /// officer's. One pass over the words.
    #[cfg(test)]
    fn of_officer(text: &str) -> Option<Gender> {
        Self::of_officer_in(text).officer
    }

    /// The officer's pronoun, whether the text is a call note (it speaks
    /// of "the caller" or "C/L"), and the pronoun the writer uses for
    /// themself when they write in the third person and say so ("she (me)
    /// sent one pic", "he (I) paid": "she (i)", "he (me)"), in one pass
    /// over the words.
    fn of_officer_in(text: &str) -> Pronouns {
        let (mut he, mut she) = (0usize, 0usize);
        let mut call_note = false;
        let mut writer = None;
        let bytes = text.as_bytes();
        // "(me)" or "(i)" (any case) after spaces at `at`.
        let marks_self = |at: usize| {
            let rest = bytes.get(at..).unwrap_or_default();
            let spaces = rest.iter().take_while(|b| **b == b' ').count();
            let rest = rest.get(spaces..).unwrap_or_default();
            let head = |n: usize| rest.get(..n).unwrap_or_default();
            head(4).eq_ignore_ascii_case(b"(me)") || head(3).eq_ignore_ascii_case(b"(i)")
        };
        // Words are runs of ASCII letters; every other byte (including
        // each byte of a non-ASCII character) ends one, as splitting on
        // `!char::is_ascii_alphabetic` would. Only words of two to four
        // letters are looked at.
        // The caller's pronoun: words left in the window after "caller"
        // or "C/L" (see `Pronouns::caller`), and the votes.
        let mut caller_window = 0usize;
        let (mut caller_he, mut caller_she) = (0usize, 0usize);
        // "He says", "she states": in a call note the one who says things
        // to the call handler is the caller. The pronoun just read, if any.
        let mut pronoun_before: Option<Gender> = None;
        let mut caller_vote = |word: &[u8], window: &mut usize| {
            // Lower-cased on the stack: every word the lists hold is
            // shorter than the buffer; a longer word matches none.
            let mut buf = [0u8; 12];
            let lower: &[u8] = match buf.get_mut(..word.len()) {
                Some(dst) => {
                    dst.copy_from_slice(word);
                    dst.make_ascii_lowercase();
                    dst
                }
                None => b"",
            };
            let this = match lower {
                b"he" => Some(Gender::He),
                b"she" => Some(Gender::She),
                _ => None,
            };
            let before = std::mem::replace(&mut pronoun_before, this);
            if let Some(g) = before
                && REPORTING.contains(&lower)
            {
                match g {
                    Gender::He => caller_he += 1,
                    Gender::She => caller_she += 1,
                }
            }
            if *window == 0 {
                return;
            }
            *window -= 1;
            match lower {
                b"he" | b"his" | b"him" | b"hes" | b"himself" => {
                    caller_he += 1;
                    *window = 0;
                }
                b"she" | b"her" | b"hers" | b"shes" | b"herself" => {
                    caller_she += 1;
                    *window = 0;
                }
                // A name, a rank or another person between: the pronoun
                // may be theirs.
                w if (word.len() >= 2 && word.first().is_some_and(u8::is_ascii_uppercase))
                    || OTHER_PEOPLE.contains(&w) =>
                {
                    *window = 0;
                }
                _ => {}
            }
        };
        let mut count = |word: &[u8], end: usize| {
            let g = if word.eq_ignore_ascii_case(b"he") || word.eq_ignore_ascii_case(b"hes") {
                he += 1;
                Gender::He
            } else if word.eq_ignore_ascii_case(b"she") || word.eq_ignore_ascii_case(b"shes") {
                she += 1;
                Gender::She
            } else {
                return;
            };
            if writer.is_none() && marks_self(end) {
                writer = Some(g);
            }
        };
        let mut start = 0;
        for (i, b) in bytes.iter().enumerate() {
            if !b.is_ascii_alphabetic() {
                let word = bytes.get(start..i).unwrap_or_default();
                if !word.is_empty() {
                    if word.eq_ignore_ascii_case(b"caller") || word.eq_ignore_ascii_case(b"callers")
                    {
                        caller_window = CALLER_WINDOW;
                    } else if !(word.eq_ignore_ascii_case(b"l")
                        && bytes.get(start.wrapping_sub(1)) == Some(&b'/'))
                    {
                        caller_vote(word, &mut caller_window);
                    }
                }
                if matches!(b, b'.' | b'!' | b'?' | b'\n' | b';') {
                    caller_window = 0;
                }
                match i - start {
                    2..=4 => count(bytes.get(start..i).unwrap_or_default(), i),
                    // "C/L": the caller in a call note.
                    1 if *b == b'/' => {
                        let cl = bytes
                            .get(start)
                            .is_some_and(|c| c.eq_ignore_ascii_case(&b'c'))
                            && bytes
                                .get(i + 1)
                                .is_some_and(|c| c.eq_ignore_ascii_case(&b'l'))
                            && !bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic);
                        call_note |= cl;
                        if cl {
                            caller_window = CALLER_WINDOW;
                        }
                    }
                    6 => {
                        call_note |= bytes
                            .get(start..i)
                            .is_some_and(|w| w.eq_ignore_ascii_case(b"caller"));
                    }
                    _ => {}
                }
                start = i + 1;
            }
        }
        if (2..=4).contains(&(bytes.len() - start)) {
            count(bytes.get(start..).unwrap_or_default(), bytes.len());
        }
        let officer = match he.cmp(&she) {
            std::cmp::Ordering::Greater => Some(Gender::He),
            std::cmp::Ordering::Less => Some(Gender::She),
            std::cmp::Ordering::Equal => None,
        };
        let caller = match caller_he.cmp(&caller_she) {
            _ if !call_note => None,
            std::cmp::Ordering::Greater => Some(Gender::He),
            std::cmp::Ordering::Less => Some(Gender::She),
            std::cmp::Ordering::Equal => None,
        };
        Pronouns {
            officer,
            call_note,
            writer,
            caller,
        }
    }

    /// The pronoun a third-person cue starts with ("her phone", "and his
    /// car", "she texted me from"); none for "the officer's", "PC X's".
    fn of_pronoun_cue(cue: &str) -> Option<Gender> {
        let mut words = cue
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty());
        let mut first = words.next()?;
        if first.eq_ignore_ascii_case("and") {
            first = words.next()?;
        }
        let w = first.to_ascii_lowercase();
        match w.as_str() {
            "he" | "his" | "him" => Some(Gender::He),
            "she" | "her" | "hers" => Some(Gender::She),
            _ => None,
        }
    }
}

impl Around {
    /// Whether a name shares a word with a name given to the reporter.
    fn reporter_word(&self, name: &str) -> bool {
        !self.reporter_words.is_empty()
            && name_words(name).any(|w| self.reporter_words.contains(&w))
    }
}

/// A name's words of three letters or more, lower case ("Vaughan-Roberts"
/// gives "vaughan" and "roberts").
fn name_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
}

impl Attributor {
    /// Compiles the cue patterns.
    pub(crate) fn new() -> Result<Self> {
        Ok(Self { cues: Cues::new()? })
    }

    /// One [`Party`] per finding, in the same order. `text` is the original
    /// text the findings' ranges refer to; a range that does not fit the
    /// text gives [`Party::Unknown`] (protected).
    #[cfg(test)]
    pub(crate) fn attribute(
        &self,
        text: &str,
        findings: &[Finding],
        ctx: &TextContext,
    ) -> Vec<Party> {
        self.attribute_with(text, findings, &self.known_index(ctx))
    }

    /// The index of `ctx`'s known values: build it once per context and
    /// pass it to [`Attributor::attribute_with`] for every text of a report.
    pub(crate) fn known_index(&self, ctx: &TextContext) -> KnownIndex {
        KnownIndex::new(&self.cues, ctx)
    }

    /// One [`Party`] per finding, in the same order, with `known` the
    /// index [`Attributor::known_index`] built for the text's context.
    /// `text` is the original text the findings' ranges refer to; a range
    /// that does not fit the text gives [`Party::Unknown`] (protected).
    pub(crate) fn attribute_with(
        &self,
        text: &str,
        findings: &[Finding],
        known: &KnownIndex,
    ) -> Vec<Party> {
        let cues = if findings.is_empty() {
            Vec::new()
        } else {
            self.cues.scan(text)
        };
        let mut principal = self.cues.on_behalf(text).map(Gender::of_principal_phrase);
        let Pronouns {
            officer: mut gender,
            call_note,
            writer,
            caller,
        } = Gender::of_officer_in(text);
        if let Some(w) = writer {
            // "she (i) saved all the snaps": the writer is that "she", the
            // person the report is written "for".
            principal = Some(Some(w));
        } else if let Some(c) = caller
            && !matches!(principal, Some(Some(_)))
        {
            // "Caller has no phone of his own … He is 51": in a call note
            // the caller is the person the note is written for, and the
            // pronoun used most may be the caller's, not the officer's.
            principal = Some(Some(c));
        }
        if let Some(Some(p)) = principal
            && gender == Some(p)
        {
            // "she" is mostly the gran the writer reports for: the
            // officer's pronoun cannot be counted.
            gender = None;
        }
        // "I'm reporting for my friend … he messaged her … her snap is
        // x": a principal with no pronoun of their own ("my friend", "my
        // client") is the other pronoun to the officer's.
        if principal == Some(None)
            && let Some(g) = gender
        {
            principal = Some(Some(g.other()));
        }
        let mut around = Around {
            gender,
            prev: None,
            third_party_named: false,
            last_subject: None,
            principal,
            call_note,
            reporter_words: Vec::new(),
            subject_words: Vec::new(),
        };
        let mut parties = Vec::with_capacity(findings.len());
        for f in findings {
            let party = self.one(text, f, &cues, known, &around);
            if f.kind == Kind::Name && party == Party::ThirdParty {
                around.third_party_named = true;
            }
            if f.kind == Kind::Name
                && party == Party::Reporter
                && let Some(name) = text.get(f.range.clone())
            {
                around.reporter_words.extend(name_words(name));
                // "Client: Mrs Jo Bloggs", "Re: Our client - Miss …": the
                // person the letter is written for, and her pronoun.
                if !matches!(around.principal, Some(Some(_)))
                    && in_principal_block(text, f.range.start)
                {
                    let g = title_gender(slice_before(text, f.range.start, 8), name);
                    around.principal = Some(g);
                    if g.is_some() && around.gender == g {
                        around.gender = None;
                    }
                }
            }
            if matches!(f.kind, Kind::Name | Kind::CollarNumber) && party == Party::Subject {
                around.last_subject = Some(f.range.end);
                if f.kind == Kind::Name
                    && let Some(name) = text.get(f.range.clone())
                {
                    around.subject_words.extend(name_words(name));
                }
            }
            around.prev = Some((f.kind, f.range.end, party));
            parties.push(party);
        }
        parties
    }

    fn one(
        &self,
        text: &str,
        f: &Finding,
        cues: &[Cue],
        known: &KnownIndex,
        around: &Around,
    ) -> Party {
        // Rule 1.
        if let Some(hint) = f.party_hint
            && (f.detector.starts_with("known.") || hint == Party::Reporter)
        {
            return hint;
        }
        let Some(own) = text.get(f.range.clone()) else {
            return Party::Unknown;
        };
        let start = f.range.start;
        let end = f.range.end;
        // Rule 2.
        if !known.is_empty() {
            let m = known.matches(&self.cues, f.kind, own);
            if m.reporter && m.subject {
                if f.kind == Kind::Name
                    && (m.subject_distinctive
                        || self.rank_near(text, own, start, end)
                        || self.officer_adjacent(text, cues, start)
                        || self.nearest(text, cues, f.kind, start, end, around).0
                            == Nearest::ThirdPerson)
                {
                    return Party::Subject;
                }
                return Party::Reporter;
            }
            if m.reporter {
                return Party::Reporter;
            }
            if m.subject {
                return Party::Subject;
            }
            if m.unknown {
                return Party::Unknown;
            }
            if m.third_party {
                return Party::ThirdParty;
            }
        }
        // "Member: …, staff no. S40917. Mobile 07700 …", "Constituent: Mr
        // …\nAddress: …\nTel: …": the labelled details of the person a
        // letter is written for (not names, which their own labels decide,
        // and not an officer's number with its rank).
        if !matches!(f.kind, Kind::Name | Kind::Time)
            && in_principal_block(text, start)
            && !(f.kind == Kind::CollarNumber
                && (self.rank_near(text, own, start, end)
                    || slice_before(text, start, RANK_WINDOW)
                        .split(|c: char| !c.is_ascii_alphanumeric())
                        .any(|w| !w.is_empty() && self.cues.is_rank_word(w))))
            && !matches!(
                self.nearest(text, cues, f.kind, start, end, around).0,
                Nearest::ThirdPerson | Nearest::ThirdParty
            )
        {
            return Party::Reporter;
        }
        match f.kind {
            // Rule 3.
            Kind::Time => Party::Unknown,
            // Rule 4.
            Kind::Name => {
                if (self.self_intro_adjacent(text, cues, start, true)
                    || self.after_own_collar(text, around, start))
                    && !possessive_after(text, end)
                {
                    Party::Reporter
                } else if self.rank_near(text, own, start, end)
                    || self.officer_adjacent(text, cues, start)
                {
                    Party::Subject
                } else if self.kin_adjacent(text, cues, start)
                    || self.principal_named(text, around, start)
                    || name_after_principal_label(text, start)
                    || recipient_of_subject(text, around, start)
                    || around.reporter_word(own)
                {
                    Party::Reporter
                } else if matches!(
                    f.detector,
                    "name.chat_sender" | "name.email_header" | "name.addressee"
                ) {
                    // A sender in a pasted chat or mail, a recipient, the
                    // person a quoted message speaks to: the reporter is
                    // usually one of them. When the names detector could
                    // not tell which, protect it.
                    Party::Unknown
                } else {
                    Party::ThirdParty
                }
            }
            // Rule 5.
            Kind::CollarNumber => {
                if self.self_intro_adjacent(text, cues, start, true)
                    || self.after_own_name(text, around, start, end)
                    || (self
                        .cues
                        .self_role(slice_before(text, start, SELF_ROLE_WINDOW))
                        && !word_after(text, end))
                    || self.nearest(text, cues, f.kind, start, end, around).0
                        == Nearest::FirstPerson
                {
                    Party::Reporter
                } else {
                    Party::Subject
                }
            }
            // "Mr Jo Bloggs (spelled back), 52,", "as 'Lexi, 33'": an age
            // set off right after the reporter's own name is theirs.
            Kind::Age if age_after_own_name(text, around, start) => Party::Reporter,
            // "my daughter, Evie, she's 14": a family word or another
            // person just before, that the pronoun can stand for, says
            // whose the age is (rule 6 below); "my daughter said he's 45"
            // is the officer's.
            Kind::Age
                if let Some(cue) = self.cues.age_his(slice_before(text, start, RANK_WINDOW))
                    && let Some(party) =
                        age_of_pronoun(cue, around, caller_said(text, start, around))
                    && !self.pronoun_stands_for_person(text, cues, f, cue, around) =>
            {
                party
            }
            // "From: DC T Pritchard <t.pritchard@…>": the address of the
            // officer named as a mail's sender.
            Kind::Email if sender_of_subject(text, around, start) => Party::Subject,
            // "he told me to pay … I paid … to IBAN …": the account the
            // officer had the reporter pay into.
            Kind::Iban | Kind::SortCode | Kind::AccountNumber
                if self.cues.pay_dest(slice_before(text, start, PAY_WINDOW))
                    && Self::last_before(cues, start).is_some_and(|last| {
                        cues.get(..=last)
                            .unwrap_or(&[])
                            .iter()
                            .any(|c| c.class == CueClass::PayTo)
                    }) =>
            {
                Party::Subject
            }
            // "paid into an account in Sherratt's wife's name. C/L gave
            // account details he had seen: sort code …": where the money
            // went, said a sentence before, with no cue of the writer's or
            // anyone else's between.
            Kind::Iban | Kind::SortCode | Kind::AccountNumber
                if self.nearest(text, cues, f.kind, start, end, around).0 == Nearest::None
                    && money_went_before(text, cues, start, around) =>
            {
                Party::Subject
            }
            // Rules 6 and 7.
            _ => {
                if self.self_intro_adjacent(text, cues, start, false) {
                    return Party::Reporter;
                }
                match self.nearest(text, cues, f.kind, start, end, around) {
                    (Nearest::FirstPerson | Nearest::Kin, _) => Party::Reporter,
                    (Nearest::ThirdPerson, Some(cue))
                        if around.principal.is_some_and(|p| {
                            p.is_some()
                                && text.get(cue.clone()).and_then(Gender::of_pronoun_cue) == p
                        }) =>
                    {
                        // "her landline" in a report written for "my
                        // gran": the gran's, protected as the reporter's.
                        Party::Reporter
                    }
                    (Nearest::ThirdPerson, Some(cue))
                        if around.gender.is_some_and(|g| {
                            text.get(cue.clone()).and_then(Gender::of_pronoun_cue)
                                == Some(g.other())
                        }) =>
                    {
                        // "her phone" in a report whose officer is "he":
                        // someone else's, most likely a person just named.
                        if around.third_party_named {
                            Party::ThirdParty
                        } else {
                            Party::Unknown
                        }
                    }
                    (Nearest::ThirdPerson, _) => Party::Subject,
                    (Nearest::ThirdParty, _) => Party::ThirdParty,
                    (Nearest::None, _) => Party::Unknown,
                }
            }
        }
    }

    /// A name right after the reporter's own collar number ("I am PC PL
    /// 4419, Adebayo Okwuosa").
    fn after_own_collar(&self, text: &str, around: &Around, start: usize) -> bool {
        matches!(around.prev, Some((Kind::CollarNumber, end, Party::Reporter))
            if text.get(end..start).is_some_and(|gap| gap.len() <= ADJACENT + 1
                && gap.chars().all(|c| c.is_whitespace() || c == ',' || c == ':' || c == '-')))
    }

    /// A collar number right after the reporter's own name, with only a
    /// rank or a label between ("Jo Bloggs, staff number C2318",
    /// "Regards\nBLOGGS, Jo\nDC 3307").
    /// A word right after the number ("I'm Mihai, sgt 5179 Mohamed keeps
    /// …") makes it the start of the officer's name, not the reporter's
    /// number.
    fn after_own_name(&self, text: &str, around: &Around, start: usize, end: usize) -> bool {
        matches!(around.prev, Some((Kind::Name, name_end, Party::Reporter))
            if text.get(name_end..start).is_some_and(|gap| gap.len() <= RANK_WINDOW
                && self.cues.collar_gap(gap)))
            && !word_after(text, end)
    }

    /// "my son", "our daughter" directly before a name (a comma, "is" or
    /// "called" may stand between).
    fn kin_adjacent(&self, text: &str, cues: &[Cue], start: usize) -> bool {
        Self::last_before(cues, start)
            .and_then(|i| cues.get(i))
            .is_some_and(|c| {
                c.class == CueClass::Kin
                    && text.get(c.range.end..start).is_some_and(|gap| {
                        gap.len() <= 16 && {
                            let rest = gap
                                .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '(');
                            let rest = rest.to_ascii_lowercase();
                            matches!(
                                rest.as_str(),
                                "" | "is" | "was" | "called" | "named" | "is called" | "was called"
                            )
                        }
                    })
            })
    }

    /// Whether the nearest cue before an age is a relative or another
    /// person the age's pronoun ("she's") can stand for: "my daughter,
    /// Evie, she's 14", "my partner, he's 40".
    fn pronoun_stands_for_person(
        &self,
        text: &str,
        cues: &[Cue],
        f: &Finding,
        pronoun: &str,
        around: &Around,
    ) -> bool {
        match self.nearest(text, cues, f.kind, f.range.start, f.range.end, around) {
            (Nearest::Kin | Nearest::ThirdParty, Some(cue)) => {
                let person = text.get(cue).and_then(Gender::of_kin_phrase);
                person.is_none() || person == Gender::of_pronoun_cue(pronoun)
            }
            _ => false,
        }
    }

    /// "she is Gwenllian ap Rhys" in a report written for "my gran": the
    /// name of the person the writer reports for.
    fn principal_named(&self, text: &str, around: &Around, start: usize) -> bool {
        let Some(Some(p)) = around.principal else {
            return false;
        };
        self.cues
            .pronoun_intro(slice_before(text, start, RANK_WINDOW))
            .and_then(Gender::of_pronoun_cue)
            == Some(p)
    }

    /// A rank before, at the start of, or (with a number) after the finding.
    fn rank_near(&self, text: &str, own: &str, start: usize, end: usize) -> bool {
        self.cues.rank_lead(own)
            || self
                .cues
                .rank_before(slice_before(text, start, RANK_WINDOW))
            || self.cues.rank_after(slice_after(text, end, AFTER))
    }

    /// The last cue ending at or before `start`, its index.
    fn last_before(cues: &[Cue], start: usize) -> Option<usize> {
        let n = cues.partition_point(|c| c.range.end <= start);
        n.checked_sub(1)
    }

    /// "the officer" (or "officer called") directly before a name.
    fn officer_adjacent(&self, text: &str, cues: &[Cue], start: usize) -> bool {
        Self::last_before(cues, start)
            .and_then(|i| cues.get(i))
            .is_some_and(|c| c.class == CueClass::Officer && small_gap(text, c.range.end, start))
    }

    /// A self-introduction directly before the finding (for collar numbers,
    /// a rank may stand between: "I'm PC 1234").
    fn self_intro_adjacent(&self, text: &str, cues: &[Cue], start: usize, collar: bool) -> bool {
        let Some(mut i) = Self::last_before(cues, start) else {
            return false;
        };
        // With a rank between, the dot of "Sgt." is not a sentence end
        // (at most two such dots: "Det. Sgt.").
        let mut dots = 0;
        while collar
            && dots < 2
            && cues.get(i).is_some_and(|c| {
                c.class == CueClass::Break && text.get(c.range.clone()) == Some(". ")
            })
        {
            let Some(j) = i.checked_sub(1) else {
                return false;
            };
            i = j;
            dots += 1;
        }
        let Some(c) = cues.get(i) else {
            return false;
        };
        if c.class != CueClass::SelfIntro {
            return false;
        }
        if collar {
            text.get(c.range.end..start)
                .is_some_and(|gap| gap.len() <= RANK_WINDOW && self.cues.rank_gap(gap))
        } else {
            small_gap(text, c.range.end, start)
        }
    }

    /// The nearest first-person, third-person or third-party cue.
    /// With a cue before the finding, the cue's range.
    fn nearest(
        &self,
        text: &str,
        cues: &[Cue],
        kind: Kind,
        start: usize,
        end: usize,
        around: &Around,
    ) -> (Nearest, Option<Range<usize>>) {
        let mut before: Option<(usize, Nearest, Range<usize>)> = None;
        if let Some(last) = Self::last_before(cues, start) {
            for c in cues.get(..=last).unwrap_or(&[]).iter().rev() {
                let distance = start.saturating_sub(c.range.end);
                if distance > WINDOW {
                    break;
                }
                let class = match c.class {
                    CueClass::Break => break,
                    // "his own car outside my house, a black BMW R9 SCH":
                    // a possessive of a place does not say whose a car is.
                    CueClass::FirstPerson | CueClass::ThirdPerson
                        if kind == Kind::VehicleReg && names_a_place(text, &c.range) =>
                    {
                        continue;
                    }
                    CueClass::FirstPerson => Nearest::FirstPerson,
                    CueClass::ThirdPerson => Nearest::ThirdPerson,
                    CueClass::ThirdParty => Nearest::ThirdParty,
                    CueClass::Kin => Nearest::Kin,
                    CueClass::SelfIntro if small_gap(text, c.range.end, start) => {
                        Nearest::FirstPerson
                    }
                    CueClass::PayTo if is_bank(kind) => Nearest::ThirdPerson,
                    CueClass::MoneyTo if is_bank(kind) && !writer_pays(text, &c.range) => {
                        Nearest::ThirdPerson
                    }
                    CueClass::NamedAccount
                        if is_bank(kind) && names_the_subject(text, &c.range, around) =>
                    {
                        Nearest::ThirdPerson
                    }
                    CueClass::ForceVehicle if kind == Kind::VehicleReg => Nearest::ThirdPerson,
                    // "our client's mobile", "the member is 34" in a letter
                    // written for that person: protected as the reporter's.
                    CueClass::Principal if around.principal.is_some() => Nearest::Kin,
                    // A pronoun alone never makes a contact detail the
                    // officer's: it stays Unknown (protected).
                    CueClass::PronounUse if is_reachable(kind) => Nearest::None,
                    CueClass::PronounUse => Nearest::ThirdPerson,
                    CueClass::NamedUse
                        if !is_reachable(kind) && name_is_the_subjects(text, &c.range, around) =>
                    {
                        Nearest::ThirdPerson
                    }
                    CueClass::ContactFrom
                        if matches!(kind, Kind::Handle | Kind::Phone | Kind::Email | Kind::Url) =>
                    {
                        Nearest::ThirdPerson
                    }
                    CueClass::YouMade if is_account(kind) || kind == Kind::Email => {
                        Nearest::ThirdPerson
                    }
                    CueClass::TheAccount
                        if is_account(kind)
                            && officer_just_named(text, around, c.range.start)
                            && !first_person_between(text, c.range.end, start) =>
                    {
                        Nearest::ThirdPerson
                    }
                    CueClass::SelfIntro
                    | CueClass::Officer
                    | CueClass::PayTo
                    | CueClass::MoneyTo
                    | CueClass::NamedAccount
                    | CueClass::NamedUse
                    | CueClass::ContactFrom
                    | CueClass::YouMade
                    | CueClass::ForceVehicle
                    | CueClass::Principal
                    | CueClass::TheAccount => continue,
                };
                before = Some((distance, class, c.range.clone()));
                break;
            }
        }
        let after_text = slice_after(text, end, AFTER);
        // ", my boyfriend …" after a finding starts a new phrase about
        // the reporter's family: not "… is mine".
        let mine = self.cues.mine_after(after_text).filter(|&a| {
            let kin_from = cues.partition_point(|c| c.range.start < end);
            !cues
                .get(kin_from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|c| c.range.start <= end + a)
                .any(|c| c.class == CueClass::Kin)
        });
        let his = self.cues.his_after(after_text);
        let after = match (mine, his) {
            (Some(a), Some(b)) if b < a => Some((b, Nearest::ThirdPerson)),
            (Some(a), _) => Some((a, Nearest::FirstPerson)),
            (None, Some(b)) => Some((b, Nearest::ThirdPerson)),
            (None, None) => None,
        };
        match (before, after) {
            (Some((db, b, r)), Some((da, a))) => {
                if da < db {
                    (a, None)
                } else {
                    (b, Some(r))
                }
            }
            (Some((_, b, r)), None) => (b, Some(r)),
            (None, Some((_, a))) => (a, None),
            (None, None) => (Nearest::None, None),
        }
    }
}

/// Up to `max` bytes of `text` before `at`, starting on a char boundary.
fn slice_before(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).unwrap_or("")
}

/// Up to `max` bytes of `text` after `at`, ending on a char boundary.
fn slice_after(text: &str, at: usize, max: usize) -> &str {
    let mut to = at.saturating_add(max).min(text.len());
    while to > at && !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(at..to).unwrap_or("")
}

/// Whether only a few spaces, commas or colons lie between two offsets.
fn small_gap(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| {
        gap.len() <= ADJACENT
            && gap
                .chars()
                .all(|c| c.is_whitespace() || c == ',' || c == ':' || c == '@')
    })
}

/// Details that reach a person: a bare pronoun does not make them the
/// officer's. Handles and profile links are left out: "he goes by x", "she
/// is on insta as x" name the account the report is about.
fn is_reachable(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Phone | Kind::Email | Kind::IpAddress | Kind::Address | Kind::Postcode
    )
}

/// Online accounts: "you set up a fake profile", "the account is".
fn is_account(kind: Kind) -> bool {
    matches!(kind, Kind::Handle | Kind::Url)
}

/// Whether the officer was named (a name or collar number given to the
/// subject) in the same sentence as `at` or the one before, not far back.
fn officer_just_named(text: &str, around: &Around, at: usize) -> bool {
    around.last_subject.is_some_and(|end| {
        end <= at && at - end <= ACCOUNT_REACH && sentence_stops(text, end, at) <= 1
    })
}

/// Whether the writer is the payer of a `MoneyTo` cue ("I paid … to this
/// account:"): the account is then the officer's only if the officer
/// asked for the money (`PayTo`, checked by rule 6's pay-destination arm).
fn writer_pays(text: &str, cue: &Range<usize>) -> bool {
    let first = text
        .get(cue.clone())
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    first.eq_ignore_ascii_case("i") || first.eq_ignore_ascii_case("we")
}

/// Whether the capitalised word a `NamedUse` cue starts with ("Tatlock
/// drives") is the officer's name (see [`word_is_the_subjects`]).
fn name_is_the_subjects(text: &str, cue: &Range<usize>, around: &Around) -> bool {
    let own = text.get(cue.clone()).unwrap_or("");
    let k = own.find(char::is_whitespace).unwrap_or(own.len());
    word_is_the_subjects(own, cue.start, k, around)
}

/// Whether the name a `NamedAccount` cue starts with ("Furey's bank
/// details") is the officer's (see [`word_is_the_subjects`]).
fn names_the_subject(text: &str, cue: &Range<usize>, around: &Around) -> bool {
    let own = text.get(cue.clone()).unwrap_or("");
    let Some(k) = own.find(['\'', '’']) else {
        return false;
    };
    word_is_the_subjects(own, cue.start, k, around)
}

/// Whether the first `k` bytes of a cue's text `own` (starting at `start`)
/// are the officer's name: a name given to the officer just ends there, or
/// the word was given to the officer and not to the reporter.
fn word_is_the_subjects(own: &str, start: usize, k: usize, around: &Around) -> bool {
    let word = own.get(..k).unwrap_or("").to_lowercase();
    around.last_subject == Some(start + k)
        || (around.subject_words.contains(&word) && !around.reporter_words.contains(&word))
}

/// How far back (bytes) where money went still governs bank details
/// given in the next sentence.
const MONEY_REACH: usize = 200;

/// Whether a cue saying where money went (`PayTo`, `MoneyTo`, or a
/// `NamedAccount` naming the officer) ends at most [`MONEY_REACH`] bytes
/// before `start`, in the same or the previous sentence, with no
/// first-person word and no cue for the reporter's family or someone
/// else's detail between.
fn money_went_before(text: &str, cues: &[Cue], start: usize, around: &Around) -> bool {
    let n = cues.partition_point(|c| c.range.end <= start);
    for c in cues.get(..n).unwrap_or(&[]).iter().rev() {
        if start - c.range.end > MONEY_REACH {
            return false;
        }
        match c.class {
            CueClass::PayTo => {}
            CueClass::MoneyTo if !writer_pays(text, &c.range) => {}
            CueClass::NamedAccount if names_the_subject(text, &c.range, around) => {}
            CueClass::FirstPerson
            | CueClass::SelfIntro
            | CueClass::Kin
            | CueClass::ThirdParty
            | CueClass::MoneyTo
            | CueClass::NamedAccount => return false,
            _ => continue,
        }
        return sentence_stops(text, c.range.end, start) <= 1
            && !first_person_between(text, c.range.end, start);
    }
    false
}

/// The sentence ends and line breaks between two offsets.
fn sentence_stops(text: &str, from: usize, to: usize) -> usize {
    text.get(from..to).map_or(usize::MAX, |gap| {
        gap.char_indices()
            .filter(|&(i, c)| {
                c == '\n'
                    || (matches!(c, '.' | '!' | '?')
                        && gap
                            .get(i + 1..)
                            .is_none_or(|r| r.is_empty() || r.starts_with(char::is_whitespace)))
            })
            .count()
    })
}

/// Whether a first-person word stands between two offsets ("the account
/// is mine: …").
fn first_person_between(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| {
        gap.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            ["i", "my", "mine", "me", "our", "ours", "we", "us"]
                .iter()
                .any(|f| w.eq_ignore_ascii_case(f))
        })
    })
}

/// Whether a possessive cue names a place ("my house", "his flat"), not a
/// car.
fn names_a_place(text: &str, cue: &Range<usize>) -> bool {
    let last = text
        .get(cue.clone())
        .unwrap_or("")
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        last.as_str(),
        "house"
            | "flat"
            | "home"
            | "place"
            | "street"
            | "road"
            | "address"
            | "addy"
            | "postcode"
            | "code"
    )
}

/// Whose an age is after "he's", "she is", "the officer was": the
/// person the writer reports for when the pronoun is theirs ("my gran …
/// she's 83"); nobody decided (the cues decide) when the pronoun is not
/// the officer's ("my daughter, Evie, she's 14" about a "he" officer);
/// otherwise the officer's.
fn age_of_pronoun(cue: &str, around: &Around, caller_said: bool) -> Option<Party> {
    let g = Gender::of_pronoun_cue(cue);
    match (g, around.principal, around.gender) {
        // "C/L would only give first name Leanne, said she is 34", the
        // officer's pronoun not settled: the caller's own age, protected.
        (Some(_), _, None) if caller_said => Some(Party::Reporter),
        (Some(g), Some(Some(p)), _) if g == p => Some(Party::Reporter),
        // "C/L would only give first name Leanne, said she is thirty
        // four", with a male officer: in a call note the other pronoun is
        // most often the caller (a third party's age is protected too,
        // which loses nothing the force needs about the officer).
        (Some(g), _, Some(o)) if g != o && around.call_note => Some(Party::Reporter),
        (Some(g), _, Some(o)) if g != o => None,
        _ => Some(Party::Subject),
    }
}

/// Whether, in a call note, the sentence before `start` (up to 120 bytes)
/// is about the caller ("C/L would only give first name Leanne, said she
/// is …", "Caller states she is …"): its pronoun is then the caller's.
fn caller_said(text: &str, start: usize, around: &Around) -> bool {
    if !around.call_note {
        return false;
    }
    let sentence = slice_before(text, start, 120)
        .rsplit(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    sentence
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '/')
        .any(|w| matches!(w, "c/l" | "caller" | "callers"))
}

/// "From: DC T Pritchard <…>": an email right after a name given to the
/// officer, on a mail header line ("From:", "Sent by:", "Sender:",
/// "Reply-To:").
fn sender_of_subject(text: &str, around: &Around, start: usize) -> bool {
    let Some((Kind::Name, name_end, Party::Subject)) = around.prev else {
        return false;
    };
    let line_start = text
        .get(..start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    if name_end < line_start || name_end > start {
        return false;
    }
    let header = text.get(line_start..start).unwrap_or("").trim_start();
    let header = header.get(..12).unwrap_or(header).to_ascii_lowercase();
    let gap = text.get(name_end..start).unwrap_or("");
    ["from:", "from :", "sent by:", "sender:", "reply-to:"]
        .iter()
        .any(|h| header.starts_with(h))
        && gap.len() <= 4
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '<' | '(' | '[' | '"'))
}

/// "From: Gareth Lloyd-Jones <…>\nTo: Elin Vaughan-Roberts": the
/// recipient of a mail the officer sent, which the writer pastes: the
/// writer. A name on a "To:" header line within three lines of a "From:"
/// or "Sent by:" line naming the officer.
fn recipient_of_subject(text: &str, around: &Around, start: usize) -> bool {
    let Some(subject_end) = around.last_subject else {
        return false;
    };
    let line_of = |at: usize| {
        text.get(..at)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1)
    };
    let head = |from: usize, to: usize| {
        let line = text.get(from..to).unwrap_or("").trim_start();
        line.get(..10).unwrap_or(line).to_ascii_lowercase()
    };
    let here = line_of(start);
    let there = line_of(subject_end.min(start));
    subject_end <= here
        && text
            .get(subject_end..here)
            .is_some_and(|gap| gap.matches('\n').count() <= 3)
        && head(here, start).starts_with("to:")
        && ["from:", "from :", "sent by:", "sender:"]
            .iter()
            .any(|h| head(there, subject_end).starts_with(h))
}

/// How far back (bytes) a labelled block about the person a letter is
/// written for is looked for.
const BLOCK_REACH: usize = 320;

/// Whether `start` lies on a line labelled for the person a representative
/// writes for ("Member: …", "Client: …", "Re: Our client - …"), or on a
/// "Label: value" line of a block of such lines that one of them opens
/// ("Constituent: Mr …\nAddress: …\nTel: …"), within [`BLOCK_REACH`]
/// bytes and seven lines.
fn in_principal_block(text: &str, start: usize) -> bool {
    let before = slice_before(text, start, BLOCK_REACH);
    let from = start - before.len();
    // The first line of the slice is whole only at a line start.
    let whole = from == 0 || text.get(..from).is_some_and(|t| t.ends_with('\n'));
    let mut lines = before.rsplit('\n').peekable();
    let mut seen = 0;
    while let Some(line) = lines.next() {
        if lines.peek().is_none() && !whole {
            return false;
        }
        if principal_label(line) {
            return true;
        }
        // On the finding's own line, a label may open the finding's
        // sentence ("I'm passing on a resident's complaint. Resident: Mrs
        // …"), not an earlier one.
        if seen == 0
            && line
                .rfind(". ")
                .is_some_and(|i| principal_label(line.get(i + 2..).unwrap_or("")))
        {
            return true;
        }
        // A later line of the block: "Tel: …", or the finding opening its
        // line ("Constituent: Mr …\n14b Magdalen Road").
        let opens = seen == 0 && line.trim().is_empty();
        if !(opens || label_line(line)) || seen >= 6 {
            return false;
        }
        seen += 1;
    }
    false
}

/// Whether a line opens with a label for the person a representative
/// writes for: "Client:", "Member's name:", "Constituent -", "Resident:",
/// "Service user:", "Re: Our client - …", "My constituent, …".
fn principal_label(line: &str) -> bool {
    principal_label_rest(line).is_some()
}

/// Whether a name at `start` directly follows a label for the person a
/// representative writes for, a title aside ("Resident: Mrs Hilda Raine",
/// "Re: Our client - Miss …"), at its line start or a sentence start.
fn name_after_principal_label(text: &str, start: usize) -> bool {
    let before = slice_before(text, start, 96);
    let line = before.rsplit('\n').next().unwrap_or("");
    let titled = |rest: String| {
        matches!(
            rest.trim().trim_end_matches('.'),
            "" | "mr" | "mrs" | "miss" | "ms" | "mx" | "dr"
        )
    };
    principal_label_rest(line).is_some_and(titled)
        || line
            .match_indices(". ")
            .take(4)
            .any(|(i, _)| principal_label_rest(line.get(i + 2..).unwrap_or("")).is_some_and(titled))
}

/// What follows a principal label at the start of `line` (see
/// [`principal_label`]), lower case, if the line opens with one.
fn principal_label_rest(line: &str) -> Option<String> {
    let line = line.trim_start_matches([' ', '\t', '*', '-', '>', '•']);
    let head: String = line.chars().take(48).collect::<String>().to_lowercase();
    let mut h = head.as_str();
    let mut re = false;
    if let Some(r) = h.strip_prefix("re").map(str::trim_start)
        && let Some(r) = r.strip_prefix(':')
    {
        h = r.trim_start();
        re = true;
    }
    let mut ours = false;
    for p in ["our ", "my "] {
        if let Some(r) = h.strip_prefix(p) {
            h = r.trim_start();
            ours = true;
            break;
        }
    }
    let mut r = [
        "client",
        "member",
        "constituent",
        "resident",
        "service user",
        "patient",
        "tenant",
    ]
    .iter()
    .find_map(|w| h.strip_prefix(w))?;
    r = r
        .strip_prefix("'s")
        .or_else(|| r.strip_prefix("’s"))
        .unwrap_or(r);
    for q in [" full name", " name", " details"] {
        if let Some(x) = r.strip_prefix(q) {
            r = x;
            break;
        }
    }
    let r = r.trim_start_matches([' ', '\t']);
    if let Some(rest) = r.strip_prefix([':', '-', '–', '—']) {
        return Some(rest.to_owned());
    }
    if ours && let Some(rest) = r.strip_prefix(',') {
        return Some(rest.to_owned());
    }
    (re && ours && !r.starts_with(char::is_alphanumeric)).then(|| r.to_owned())
}

/// Whether a line opens with a short label and a colon ("Address:",
/// "Tel:", "DOB:", "Mobile (personal):"): one line of a labelled block.
fn label_line(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t', '*', '-', '>', '•']);
    let Some(colon) = line.get(..line.len().min(28)).and_then(|h| h.find(':')) else {
        return false;
    };
    let label = line.get(..colon).unwrap_or("");
    !label.trim().is_empty()
        && label.split_whitespace().count() <= 3
        && label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '(' | ')' | '/'))
}

/// The pronoun a title gives ("Mrs", "Miss", "Ms" → she; "Mr" → he),
/// just before a name or at its start.
fn title_gender(before: &str, name: &str) -> Option<Gender> {
    let word = |s: &str| s.trim_end_matches(['.', ' ', '\t']).to_ascii_lowercase();
    let last = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .map(word);
    let first = name.split_whitespace().next().map(word);
    [last, first]
        .into_iter()
        .flatten()
        .find_map(|w| match w.as_str() {
            "mrs" | "miss" | "ms" => Some(Gender::She),
            "mr" => Some(Gender::He),
            _ => None,
        })
}

/// Bank details, the only kinds a "paid into" cue governs.
fn is_bank(kind: Kind) -> bool {
    matches!(kind, Kind::Iban | Kind::SortCode | Kind::AccountNumber)
}

/// Whether a word follows `end` after spaces (not a comma, bracket or line
/// end).
fn word_after(text: &str, end: usize) -> bool {
    let after = slice_after(text, end, 16);
    let rest = after.trim_start_matches([' ', '\t']);
    rest.len() < after.len() && rest.chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether a possessive `'s` follows directly ("Daniel's wife").
fn possessive_after(text: &str, end: usize) -> bool {
    let after = slice_after(text, end, 4);
    after.starts_with("'s") || after.starts_with("’s") || after.starts_with('\'')
}

/// Whether an age follows a name given to the reporter with only commas,
/// brackets, quotes and one short bracketed aside between ("Jo Bloggs,
/// 52", "Jo (31)", "'Lexi, 33'", "Jo Bloggs (spelled back), 52").
fn age_after_own_name(text: &str, around: &Around, start: usize) -> bool {
    let Some((Kind::Name, end, Party::Reporter)) = around.prev else {
        return false;
    };
    let Some(gap) = text.get(end..start).filter(|g| g.len() <= 48) else {
        return false;
    };
    let gap = match (gap.find('('), gap.find(')')) {
        (Some(open), Some(close)) if open < close && close + 1 < gap.len() => {
            let (head, tail) = (
                gap.get(..open).unwrap_or(""),
                gap.get(close + 1..).unwrap_or(""),
            );
            let aside = gap.get(open + 1..close).unwrap_or("");
            if aside.contains(['.', '!', '?', '\n']) {
                return false;
            }
            format!("{head}{tail}")
        }
        _ => gap.to_owned(),
    };
    gap.len() <= 4
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | ',' | '(' | '\'' | '"' | '-'))
}

#[cfg(test)]
mod gender_tests {
    use proptest::prelude::*;

    use super::Gender;

    /// The pronoun count as first written: split on characters.
    fn by_chars(text: &str) -> Option<Gender> {
        let (mut he, mut she) = (0usize, 0usize);
        for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("hes") {
                he += 1;
            } else if word.eq_ignore_ascii_case("she") || word.eq_ignore_ascii_case("shes") {
                she += 1;
            }
        }
        match he.cmp(&she) {
            std::cmp::Ordering::Greater => Some(Gender::He),
            std::cmp::Ordering::Less => Some(Gender::She),
            std::cmp::Ordering::Equal => None,
        }
    }

    #[test]
    fn the_pronoun_used_most_is_the_officers() {
        assert_eq!(Gender::of_officer("He said. he's there"), Some(Gender::He));
        assert_eq!(
            Gender::of_officer("SHE came, shes gone, he left"),
            Some(Gender::She)
        );
        assert_eq!(Gender::of_officer("he she"), None);
        // Non-ASCII letters separate words, as they did.
        assert_eq!(Gender::of_officer("éheé shé"), Some(Gender::He));
        assert_eq!(Gender::of_officer("the hen sheds"), None);
    }

    proptest! {
        #[test]
        fn counting_bytes_matches_counting_characters(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("he"), Just("He"), Just("HES"), Just("she"), Just("Shes"),
                    Just("hen"), Just("ashe"), Just(" "), Just("'"), Just("é"),
                    Just("’"), Just("\u{1F600}"), Just("s"), Just("h"), Just("e"),
                ],
                0..40,
            )
        ) {
            let text: String = parts.concat();
            prop_assert_eq!(Gender::of_officer(&text), by_chars(&text));
        }
    }
}
