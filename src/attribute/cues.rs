//! The context cues attribution looks for around a finding, compiled once
//! into one multi-pattern regex (one pass over the text) plus a few small
//! anchored regexes used on short slices next to a finding.
//!
//! All patterns are case-insensitive and use ASCII word boundaries
//! (`(?-u:\b)`), as style.md §6 asks. Short rank abbreviations that are
//! also ordinary lower-case words ("pc", "cc", "acc", "di") are matched
//! case-sensitively so that "my pc" or "my acc" is never read as a rank.

use std::ops::Range;

use regex_automata::meta;

use crate::error::Result;
use crate::text::{Fragments, regex_set_from_hirs};

/// What a cue says about the finding it governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// First-person context that applies within a short window ("my number
    /// is", "text me on", "I live at").
    FirstPerson,
    /// A self-introduction ("I'm", "my name is", "I,"): first person, but
    /// only when the finding follows it directly.
    SelfIntro,
    /// Third-person reference to the officer ("his number", "he texted me
    /// from", "the officer's car").
    ThirdPerson,
    /// Someone else's detail ("his wife's number", "the witness's phone").
    ThirdParty,
    /// The reporter's own family ("my son", "our daughter", "my mum's
    /// number", "my sister is"): a relative of the reporter identifies the
    /// reporter, so their details are protected as the reporter's.
    Kin,
    /// "the officer", "officer called": names the subject when a name
    /// follows directly.
    Officer,
    /// Asking for money to be paid somewhere ("he wanted it paid into"):
    /// third person, for bank details only.
    PayTo,
    /// Where money went, said by someone other than the writer ("he paid
    /// by bank transfer to this:", "paid into an account in his wife's
    /// name", "the account he gave"): third person, for bank details only.
    /// The rules drop it when the writer is the payer ("I paid … to this
    /// account:"): that is decided by the officer asking (`PayTo`).
    MoneyTo,
    /// A capitalised name's bank details ("Furey's bank details he paid
    /// into:", "Sherratt's wife's account"): third person, for bank
    /// details only, when the rules find the name is the officer's.
    NamedAccount,
    /// A bare "he" / "she" with a verb of use ("she can be reached on",
    /// "he drives"): third person for vehicles, addresses and other
    /// details, but never enough to make contact details the officer's.
    PronounUse,
    /// A capitalised name with a verb of use ("Tatlock drives a grey
    /// Audi", "Reeves lives at"): when the rules find the name is the
    /// officer's, as a pronoun would be (`PronounUse`): third person for
    /// vehicles, addresses and other details, never for contact details.
    NamedUse,
    /// Contact done to the reporter ("he started adding me on insta"):
    /// third person, for contact details (handle, phone, email, URL) only.
    ContactFrom,
    /// An account the reporter says the addressee made ("You set up a fake
    /// profile, …", "your burner account"): a report written to the
    /// officer. Third person, for online accounts (handle, URL, email).
    YouMade,
    /// "The account is …", "the profile he uses is …": the account a
    /// report is about. Third person for online accounts only when the
    /// officer was named in the same or the sentence before (checked by
    /// the rules); otherwise no cue.
    TheAccount,
    /// A police vehicle ("a marked Astra", "the police van", "a force
    /// vehicle"): third person, for vehicle registrations only.
    ForceVehicle,
    /// The person a representative writes for ("our client's mobile",
    /// "the member is 34", "my constituent's address"): the reporter in
    /// substance when the writer says they write for someone (the rules
    /// check); otherwise no cue.
    Principal,
    /// The end of a sentence or a clause change ("but", "and he"): cues do
    /// not reach across it.
    Break,
}

/// One cue found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cue {
    pub(crate) class: CueClass,
    pub(crate) range: Range<usize>,
}

/// Rank abbreviations and titles, as a regex fragment (no capture groups).
/// Ambiguous short forms are case-sensitive.
const RANK_RE: &str = r"(?:(?-i:PC|Pc|DC|PS|DS|DI|CI|SC|ACC|DCC|CC|DCI|DSU|DSI|TDC)|sgt|serjeant|sergeant|insp|inspector|ch\.?\s*insp|chief\s+inspector|supt|superintendent|ch\.?\s*supt|chief\s+superintendent|chief\s+constable|(?:deputy|assistant)\s+chief\s+constable|commander|pcso|special\s+constable|special|police\s+constable|constable|detective(?:\s+(?:constable|sergeant|inspector|chief\s+inspector|superintendent))?|det\.?\s*(?:con|sgt|insp|supt)|officer)";

/// Words that may qualify a detail ("his *work* number").
const ADJ_RE: &str = r"(?:work|personal|private|own|new|old|other|second|spare|burner|real|actual|home|main|mobile|phone|police|job|official|secret|current|usual|e-?mail|contact|car|landline|instagram|insta|snapchat|snap|collar|shoulder|warrant|staff|payroll|employee|badge|service)";

/// Details a possessive can point at ("my *number*", "his *car*").
const NOUN_RE: &str = r"(?:numbers?|no|nos|num|numba|numbr|nmbr|mobile|mob|phone|fone|fon|phne|cell|landline|digits|e-?mails?|e-?mail\s+address|address|addy|postcode|post\s+code|house|flat|home|place|street|road|car|van|vehicle|motor|bike|motorbike|reg|registration|plates?|number\s+plate|ni|national\s+insurance(?:\s+number)?|nhs(?:\s+number)?|bank(?:\s+details)?|account|acc|card|sort\s+code|iban|dob|date\s+of\s+birth|birthday|passport|licen[cs]e|insta|instagram|ig|snap|snapchat|handle|username|user\s+name|twitter|tiktok|facebook|fb|whatsapp|telegram|signal|details|ip|website|site|profile|page|collar\s+number|shoulder\s+number|warrant\s+(?:card\s+)?number|badge\s+number|age|utr|tax\s+reference|pay\s?pal|venmo|revolut|monzo|cash\s?app|starling|skrill|wallet)";

/// People whose details are neither the reporter's nor the officer's.
const REL_RE: &str = r"(?:wife|husband|partner|ex|friend|mate|sister|brother|mum|mom|mother|dad|father|son|daughter|child|kid|neighbour|neighbor|witness|victim|colleague|boss|manager|landlord|landlady|tenant|girlfriend|boyfriend|fianc[eé]e?|cousin|aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandad|grandfather|grandmother|niece|nephew|solicitor|lodger|flatmate|housemate|carer)";

/// The reporter's family: with "my" or "our" before it, the person is
/// related to the reporter ("our son", "my mum"). Bare "ex" is left out:
/// "my ex" is nearly always the officer in these reports.
const KIN_RE: &str = r"(?:(?:step-?)?(?:wife|husband|partner|sister|brother|sibling|mum|mom|mam|mummy|mother|dad|daddy|father|parent|son|daughter|child|children|kid|baby|cousin|aunt|auntie|aunty|uncle|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandfather|grandmother|grandson|granddaughter|grandchild|grandchildren|niece|nephew|girlfriend|boyfriend|fianc[eé]e?|(?:mother|father|sister|brother|son|daughter)-in-law))";

/// Words that may stand between "my"/"our" and a family word ("our
/// *youngest* son").
const KIN_QUAL_RE: &str = r"(?:little|baby|eldest|oldest|youngest|older|younger|big|twin|teenage|elderly|disabled|new|late|two|three)";

/// Official numbers of the reporter's own, as police staff ("staff
/// number", "collar no", "warrant card number").
const SERVICE_NO: &str = r"(?:collar|shoulder|warrant|staff|payroll|employee|badge|service|pay)\s*(?:card\s+)?(?:number|no\.?|num|#|id)?";

/// Contact verbs: the detail is the officer's only when it is where the
/// contact came *from* ("he texted me from …"); "he called 07700 …" names
/// the number he called, which may be the reporter's.
const CONTACT_VERB: &str = r"(?:texted|texts|text|txted|called|calls|call|rang|rings|ring|phone|message|email|phoned|phones|messaged|messages|whatsapped|whatsapps|contacted|contacts|emailed|emails|dm'?e?d)";

/// Verbs of use or ownership: the detail that follows is the officer's
/// ("he drives …", "she lives at …", "he is on …").
const USE_VERB_RE: &str = r"(?:used|uses|drives|drove|driving|was\s+driving|is\s+driving|parks|parked|lives|lived|owns|owned|goes\s+by|is\s+on|was\s+on|can\s+be\s+reached\s+on|(?:pulled|turned|rolled)\s+up\s+in|got\s+out\s+of|gets\s+out\s+of|was\s+sat\s+in|sits\s+in|sat\s+in)";

/// Asking for money to be paid somewhere: the account that follows is the
/// asker's ("he wanted it paid into", "she asked me to send the money to").
const PAY_TO: &str = r"(?:wanted|wants|asked|asks|told|tells|made|makes|got|demanded|demands|instructed)(?:\s+(?:me|us|it|the\s+money|the\s+cash|money|cash|payment|payments|to|be)){0,4}\s+(?:paid|pay|sent|send|transferred|transfer|put|deposited|deposit|moved)(?:\s+(?:it|the\s+money|the\s+cash|money|cash))?{SUM}\s+(?:in)?to";

/// Verbs of money moving ("paid", "transferred", "went") for `MoneyTo`.
const MONEY_VERB: &str = r"(?:paid|pays|pay|paying|transferred|transfers|transfer|transferring|sent|sends|send|deposited|wired|moved|went|goes|go|going|lodged)";

/// Police and security roles a writer may give as their own job ("I'm a
/// steward", "I am a Special Constable", "I'm a detention officer"), with
/// up to two qualifiers ("trainee", "rail").
const ROLE_RE: &str = r"(?:(?:special|trainee|student|probationer|probationary|serving|new|senior|police|rail|railway|match\s*day|event|civilian|volunteer|response|neighbourhood|traffic|custody|detention|community|support|front\s+counter)\s+){0,2}(?:officer|staff|volunteer|steward|marshal|special|constable|cadet|investigator|detention\s+officer|call\s+handler|dispatcher|controller|operator|analyst|civilian|security(?:\s+(?:guard|officer))?|guard|door\s*(?:man|supervisor)|bouncer|warden|ranger|enforcement\s+officer|probationer|trainee|member\s+of\s+(?:police\s+)?staff)";

/// A sum of money between "pay" and "into" ("told me to pay £1,200
/// into").
const SUM: &str = r"(?:\s+(?:[£$€]\s?)?\d[\d,.]*\s?(?:k|grand|quid|pounds)?)?";

/// Contact done *to* the reporter: the handle or number that follows is
/// the one it came from ("started adding me on insta (@x)").
const TO_ME: &str = r"(?:adding|added|adds|following|followed|follows|messaging|messaged|dming|dm['’]?d|contacting|contacted)\s+me\s+(?:on|from|via|through|using)";

/// Posts said to have been made from somewhere, in the passive ("review
/// was posted from", "the ads were placed via"). Calls and messages are
/// left out: "calls came from 07700 …" names no one.
const POSTED: &str = r"(?:reviews?|posts?|comments?|tweets?|ads?|adverts?|listings?|uploads?)\s+(?:was|were|had\s+been|have\s+been|has\s+been|is|are|got)\s+(?:all\s+)?(?:posted|made|written|uploaded|left|placed|created|put\s+up)\s+(?:from|using|via)";

/// Who a third-person sentence is about.
const HE: &str = r"(?:and\s+)?(?:he|she|the\s+officer|{RANK}\.?\s+[a-z]+)";

/// Adverbs and auxiliaries between the pronoun and the verb.
const AUX_RE: &str = r"(?:(?:['’]d|then|also|later|still|even|would|had|has|always|sometimes|once|now|usually|often)\s+)?";

/// Markers for the fragments above, used in the patterns; each fragment
/// is parsed once (see `crate::text::Fragments`).
const RANK: &str = "(?<RANK>)";
const ADJ: &str = "(?<ADJ>)";
const NOUN: &str = "(?<NOUN>)";
const REL: &str = "(?<REL>)";
const KIN: &str = "(?<KIN>)";
const KIN_QUAL: &str = "(?<KIN_QUAL>)";
const USE_VERB: &str = "(?<USE_VERB>)";
const AUX: &str = "(?<AUX>)";
const ROLE: &str = "(?<ROLE>)";

/// The fragments, parsed once for all the cue patterns.
fn fragments() -> Result<Fragments> {
    Fragments::new(
        "(?i)",
        &[
            ("RANK", RANK_RE),
            ("ADJ", ADJ_RE),
            ("NOUN", NOUN_RE),
            ("REL", REL_RE),
            ("KIN", KIN_RE),
            ("KIN_QUAL", KIN_QUAL_RE),
            ("USE_VERB", USE_VERB_RE),
            ("AUX", AUX_RE),
            ("ROLE", ROLE_RE),
        ],
        "attribution cue fragments",
    )
}

/// The compiled cues.
#[derive(Debug)]
pub(crate) struct Cues {
    scan: meta::Regex,
    classes: Vec<CueClass>,
    /// Anchored at the end of the slice before a finding: a rank, with an
    /// optional collar number or first name between it and the finding.
    rank_before: meta::Regex,
    /// Anchored at the start of a finding's text: it begins with a rank.
    rank_lead: meta::Regex,
    /// Anchored at the start of the slice after a finding: "(PC 4471)".
    rank_after: meta::Regex,
    /// Anchored at the start of the slice after a finding: "is mine", or
    /// the writer asking to withhold it ("- please keep that from him").
    mine_after: meta::Regex,
    /// Anchored at the start of the slice after a finding: "is his".
    his_after: meta::Regex,
    /// Anchored at the end of the slice before an age: "he's", "she is".
    age_his: meta::Regex,
    /// A gap between a self-introduction and a collar number: only
    /// punctuation, spaces and a rank.
    rank_gap: meta::Regex,
    /// Rank words, whole-string, for stripping from names and collars.
    rank_word: meta::Regex,
    /// A gap between the reporter's own name and a collar number (either
    /// order): punctuation, a rank, a "staff number" label.
    collar_gap: meta::Regex,
    /// Anchored at the end of the slice before a collar number: the writer
    /// giving their own police or staff role, then the number ("I am a
    /// Special Constable at Kendal, SC ", "I'm a steward, badge ").
    self_role: meta::Regex,
    /// Anchored at the end of the slice before bank details: a payment the
    /// reporter made, to an account that is not theirs ("I paid from my
    /// card … to IBAN ", "told me to pay it into account ").
    pay_dest: meta::Regex,
    /// Anchored at the end of the slice before a name: "she is ", "his
    /// name is ".
    pronoun_intro: meta::Regex,
    /// Anywhere: the writer reports for someone else ("my gran wants me
    /// to write this", "on behalf of my client"), or a call handler notes
    /// a caller's details ("caller gave her DOB as").
    on_behalf: meta::Regex,
}

impl Cues {
    pub(crate) fn new() -> Result<Self> {
        let fragments = fragments()?;
        let (classes, patterns): (Vec<CueClass>, Vec<String>) = cue_table().into_iter().unzip();
        let hirs = patterns
            .iter()
            .map(|p| fragments.compose(p, "attribution cue patterns"))
            .collect::<Result<Vec<_>>>()?;
        let scan = regex_set_from_hirs(&hirs, "attribution cue patterns")?;
        let [
            rank_before,
            rank_lead,
            rank_after,
            mine_after,
            his_after,
            age_his,
            rank_gap,
            rank_word,
            collar_gap,
            self_role,
            pay_dest,
            pronoun_intro,
            on_behalf,
        ] = anchored_patterns().map(|(what, p)| {
            fragments
                .compose(&p, what)
                .and_then(|hir| regex_set_from_hirs(&[hir], what))
        });
        Ok(Self {
            scan,
            classes,
            rank_before: rank_before?,
            rank_lead: rank_lead?,
            rank_after: rank_after?,
            mine_after: mine_after?,
            his_after: his_after?,
            age_his: age_his?,
            rank_gap: rank_gap?,
            rank_word: rank_word?,
            collar_gap: collar_gap?,
            self_role: self_role?,
            pay_dest: pay_dest?,
            pronoun_intro: pronoun_intro?,
            on_behalf: on_behalf?,
        })
    }

    /// Every cue in `text`, in order, non-overlapping (one pass).
    pub(crate) fn scan(&self, text: &str) -> Vec<Cue> {
        self.scan
            .find_iter(text)
            .filter_map(|m| {
                let class = *self.classes.get(m.pattern().as_usize())?;
                Some(Cue {
                    class,
                    range: m.range(),
                })
            })
            .collect()
    }

    /// Whether `before` (the text just before a finding) ends in a rank,
    /// optionally followed by a collar number or one capitalised name.
    pub(crate) fn rank_before(&self, before: &str) -> bool {
        self.rank_before.is_match(before)
    }

    /// Whether a finding's own text starts with a rank ("PC 4471").
    pub(crate) fn rank_lead(&self, finding: &str) -> bool {
        self.rank_lead.is_match(finding)
    }

    /// Whether the text just after a finding gives a rank and number.
    pub(crate) fn rank_after(&self, after: &str) -> bool {
        self.rank_after.is_match(after)
    }

    /// Distance to a first-person cue just after a finding ("… is mine",
    /// "… - no wait don't put that").
    pub(crate) fn mine_after(&self, after: &str) -> Option<usize> {
        self.mine_after.find(after).map(|m| m.len())
    }

    /// Distance to a third-person cue just after a finding ("… is his").
    pub(crate) fn his_after(&self, after: &str) -> Option<usize> {
        self.his_after.find(after).map(|m| m.len())
    }

    /// The pronoun phrase just before an age ("he's", "she is", "the
    /// officer was"), if any: the age is that person's.
    pub(crate) fn age_his<'t>(&self, before: &'t str) -> Option<&'t str> {
        self.age_his
            .find(before)
            .and_then(|m| before.get(m.range()))
    }

    /// Whether the text before a collar number ends with the writer giving
    /// their own role and then the number.
    pub(crate) fn self_role(&self, before: &str) -> bool {
        self.self_role.is_match(before)
    }

    /// Whether the text before bank details ends with a payment the
    /// reporter made to them.
    pub(crate) fn pay_dest(&self, before: &str) -> bool {
        self.pay_dest.is_match(before)
    }

    /// The "she is" / "his name is" phrase just before a name, if any.
    pub(crate) fn pronoun_intro<'t>(&self, before: &'t str) -> Option<&'t str> {
        self.pronoun_intro
            .find(before)
            .and_then(|m| before.get(m.range()))
    }

    /// The first phrase in `text` saying the writer reports for someone
    /// else ("my gran wants me to write this"), if any.
    pub(crate) fn on_behalf<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.on_behalf.find(text).and_then(|m| text.get(m.range()))
    }

    /// Whether a gap is only spaces, punctuation and an optional rank.
    pub(crate) fn rank_gap(&self, gap: &str) -> bool {
        self.rank_gap.is_match(gap)
    }

    /// Whether a gap between the reporter's name and a collar number
    /// holds only punctuation, a rank and a label ("staff number").
    pub(crate) fn collar_gap(&self, gap: &str) -> bool {
        self.collar_gap.is_match(gap)
    }

    /// Whether a single word is a rank or a title (dropped when comparing
    /// names and collar numbers).
    pub(crate) fn is_rank_word(&self, word: &str) -> bool {
        self.rank_word.is_match(word)
    }
}

/// The anchored patterns used on short slices next to a finding, in the
/// order of the `Cues` fields, each with what it is (for errors).
fn anchored_patterns() -> [(&'static str, String); 13] {
    let b = r"(?-u:\b)";
    // Whom a writer reports for.
    let who = format!(
        r"(?:{KIN_QUAL}\s+)?(?:{KIN}|{REL}|client|service\s+user|patient|resident|pupil|student)s?"
    );
    // Whom a representative (solicitor, union rep, MP's or councillor's
    // caseworker, advocate) writes for.
    let case = r"(?:client|member|constituent|resident|service\s+user|tenant|patient)";
    [
        (
            "rank-before pattern",
            format!(
                r"(?i){b}{RANK}\.?\s*(?:[a-z]{{0,2}}\s?\d{{1,6}}[a-z]?\s*)?(?:(?-i:[A-Z][a-z'’-]+)\s+)?[,(]?\s*$"
            ),
        ),
        (
            "rank-lead pattern",
            format!(r"(?i)^\s*{RANK}\.?(?:\s|\d|$)"),
        ),
        (
            "rank-after pattern",
            format!(r"(?i)^\s*[,(\[]?\s*{RANK}\.?\s*[a-z]{{0,2}}\s?\d{{1,6}}"),
        ),
        (
            "first-person-after pattern",
            format!(
                r"(?i)^[\s,(\[:=–-]*(?:(?:(?:which|that|it)\s+)?(?:(?:is|was|['’]s)\s+)?(?:mine|ours|my|our)|(?:(?:please|pls|but|oh|so|and)\s+)?(?:no\s+)?(?:wait\s*[,.]?\s+)?(?:(?:do\s+not|don['’]?t|dont|never)\s+(?:put|share|pass|give|show|print|publish|include|send|disclose|mention|write\s+down|write)\s+(?:that|this|it|those|these|them)|keep\s+(?:that|this|it)\s+(?:from|private|quiet|secret|confidential|to\s+yoursel(?:f|ves)|between|off))){b}"
            ),
        ),
        (
            "third-person-after pattern",
            format!(
                r"(?i)^[\s,(\[:=–-]*(?:(?:which|that|it)\s+)?(?:(?:is|was|['’]s)\s+)?(?:his|hers|the\s+officer['’]s){b}"
            ),
        ),
        (
            "third-person-age pattern",
            format!(
                r"(?i){b}(?:he|she|the\s+officer)(?:['’]s|\s+is|\s+was)(?:\s+(?:aged|about|around|only|nearly|over|under|roughly))?\s*$"
            ),
        ),
        (
            "rank-gap pattern",
            format!(
                r"(?i)^[\s,:]*(?:(?:a|an)\s+)?(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?(?:{RANK}\.?\s*(?:[a-z]{{1,2}}\s*)?(?:\d{{1,6}}[a-z]?\s*)?)?[\s,:]*$"
            ),
        ),
        (
            "rank-word pattern",
            format!(r"(?i)^(?:{RANK}|mr|mrs|ms|miss|mx|dr)$"),
        ),
        (
            "collar-gap pattern",
            format!(
                r"(?i)^[\s,;:(\[–-]*(?:{RANK}\.?\s*)?(?:{SERVICE_NO}\s*(?:(?:is|was)\s+|:\s*)?)?[\s(\[#]*$"
            ),
        ),
        (
            "self-role pattern",
            format!(
                r"(?i){b}(?:I['’]?m|I\s+am|I\s+was|I\s+work\s+as|I\s+serve\s+as)\s+(?:a|an)\s+(?:{RANK}|{ROLE})\.?(?:\s+(?:at|in|for|on|from|of|based\s+(?:at|in)|working\s+(?:at|in|for|out\s+of))\s+(?:the\s+)?(?-i:[A-Z][A-Za-z'’&-]*)(?:\s+(?-i:[A-Z][A-Za-z'’&-]*)){{0,3}}(?:\s+myself)?\s*[,:;(–-])?\s*[,:;(–-]?\s*(?:{RANK}\.?\s*)?(?:{SERVICE_NO}\s*(?:(?:is|was)\s+|:\s*)?)?[\s(\[#]*$"
            ),
        ),
        (
            "pay-destination pattern",
            format!(
                r"(?i){b}(?:(?:I|we)\s+(?:then\s+|also\s+|had\s+to\s+|was\s+made\s+to\s+|ended\s+up\s+)?(?:paid|transferred|sent|deposited|moved|put)|(?:me|us)\s+to\s+(?:pay|transfer|send|deposit|move|put)){b}[^.!?\n]{{0,80}}?{b}(?:in)?to\s+(?:(?:an?|the|this|that|his|her|their)\s+)?(?:(?:bank\s+)?account|iban|a/c|acc)?(?:\s+(?:number|no\.?|details))?\s*[:#]?\s*$"
            ),
        ),
        (
            "pronoun-intro pattern",
            format!(
                r"(?i){b}(?:(?:she|he)(?:['’]s|\s+is|\s+was)(?:\s+(?:called|named))?|(?:her|his)\s+(?:full\s+)?name(?:['’]s|\s+is|\s+was))\s*,?\s*$"
            ),
        ),
        (
            "on-behalf pattern",
            format!(
                r"(?i){b}(?:(?:my|our)\s+{who}\s+(?:has\s+|have\s+|had\s+)?(?:wants|wanted|want|asked|asks|needs|needed|begged|told|got)\s+(?:me|us)\s+to\s+(?:write|report|send|fill|put|do|make|submit|type|e-?mail|tell|help)|(?:writing|reporting|filling\s+(?:this|it)\s+in|typing\s+this|submitting\s+this|making\s+(?:this|a)\s+(?:report|complaint)|doing\s+this|sending\s+this|contacting\s+you|report(?:ing)?\s+this)\s+(?:(?:this|it)\s+)?(?:for|on\s+behalf\s+of)\s+(?:my|our)\s+{who}|on\s+behalf\s+of\s+(?:my|our)\s+{who}|(?:writing|reporting|acting|write|report|act)\s+(?:(?:this|it)\s+)?(?:for|on\s+behalf\s+of)\s+(?:a|an|the|this|my|our)\s+{case}|passing\s+on\s+(?:a|an|the|this|my|our)\s+{case}['’]s|(?:we|I)\s+act\s+for|our\s+client|my\s+constituent|caller\s+(?:gave|gives|provided|provides|confirmed|confirms|supplied|supplies|stated|states|says|said)\s+(?:her|his)\s+(?:name|full\s+name|first\s+name|surname|dob|d\.o\.b|date\s+of\s+birth|age|address|postcode|number|mobile|phone\s+number|landline|details|e-?mail)){b}"
            ),
        ),
    ]
}

/// The cue table: each pattern of the one-pass scan with its class, in
/// priority order (leftmost-first: an earlier pattern wins a tie).
fn cue_table() -> Vec<(CueClass, String)> {
    let b = r"(?-u:\b)";
    let he = HE.replace("{RANK}", RANK);
    let pay_to = PAY_TO.replace("{SUM}", SUM);
    vec![
        // The reporter's own family first: "my sister's number", "our son
        // Alfie", "my mum is 81" identify the reporter.
        (
            CueClass::Kin,
            format!(
                r"(?i){b}(?:my|our){b}\s+(?:{KIN_QUAL}\s+)?{KIN}(?:['’]s|s['’])\s+(?:{ADJ}\s+){{0,2}}(?:nos?\.|d\.o\.b\.?|{NOUN}{b})"
            ),
        ),
        (
            CueClass::Kin,
            format!(r"(?i){b}(?:my|our){b}\s+(?:{KIN_QUAL}\s+)?{KIN}s?{b}"),
        ),
        // A representative's client, member or constituent: theirs.
        (
            CueClass::Principal,
            format!(
                r"(?i){b}(?:our|my|the|this)\s+(?:client|member|constituent|resident|service\s+user)(?:['’]s\s+(?:{ADJ}\s+){{0,2}}(?:nos?\.|d\.o\.b\.?|{NOUN}{b})|\s+(?:is|was)(?:\s+aged)?{b}|,?\s+aged{b})"
            ),
        ),
        // Someone else's detail first, so that "his wife's number" is
        // not read as "his number".
        (
            CueClass::ThirdParty,
            format!(
                r"(?i){b}(?:my|his|her|their|the|a|our){b}\s+{REL}(?:['’]s|s['’])\s+(?:{ADJ}\s+){{0,2}}(?:nos?\.|d\.o\.b\.?|{NOUN}{b})"
            ),
        ),
        (
            CueClass::ThirdParty,
            format!(
                r"(?i){b}(?:witness|victim)(?:['’]s|es['’])?\s+(?:{ADJ}\s+){{0,2}}(?:nos?\.|d\.o\.b\.?|{NOUN}{b})"
            ),
        ),
        (
            CueClass::ThirdParty,
            format!(r"(?i){b}(?:my|his|her|their|our){b}\s+{REL}s?\s+(?:is|was|who\s+is|aged){b}"),
        ),
        // Third-person reference to the officer.
        (
            CueClass::ThirdPerson,
            format!(
                r"(?i){b}(?:and\s+)?(?:his|her|the\s+officer['’]s|the\s+officers['’]|{RANK}\.?\s+[a-z]+(?:\s+[a-z]+)?['’]s){b}\s*(?:{ADJ}\s+){{0,2}}(?:nos?\.|d\.o\.b\.?|{NOUN}{b})"
            ),
        ),
        (
            CueClass::ThirdPerson,
            format!(r"(?i){b}(?:and\s+)?(?:his|hers)\s+(?:is|was|one\s+is|['’]s){b}"),
        ),
        (
            CueClass::ThirdPerson,
            format!(
                r"(?i){b}{he}\s*{AUX}{CONTACT_VERB}(?:\s+(?:me|us|her|him|them|my\s+[a-z]+))?\s+(?:from|using|off|via|with){b}"
            ),
        ),
        // "she can be reached on", "he lives at": a bare pronoun is
        // often the caller herself or someone else; the officer named
        // ("the officer lives at", "PC Reeves drives") is not.
        (
            CueClass::ThirdPerson,
            format!(r"(?i){b}(?:and\s+)?(?:the\s+officer|{RANK}\.?\s+[a-z]+)\s*{AUX}{USE_VERB}{b}"),
        ),
        // "he used 07700 …": what he used is his.
        (
            CueClass::ThirdPerson,
            format!(r"(?i){b}(?:and\s+)?(?:he|she)\s*{AUX}(?:used|uses){b}"),
        ),
        (
            CueClass::PronounUse,
            format!(r"(?i){b}(?:and\s+)?(?:he|she)\s*{AUX}{USE_VERB}{b}"),
        ),
        // "PCSO Lee Carragher has been messaging her daughter on Snapchat
        // (leecarr_88)": the account the officer contacts someone from
        // (handles and links only, like any `PronounUse`).
        (
            CueClass::PronounUse,
            format!(
                r"(?i){b}(?:he|she|the\s+officer|{RANK}\.?(?:\s+[a-z]+){{1,2}})\s+{AUX}(?:been\s+|was\s+|is\s+|keeps\s+|kept\s+|started\s+|began\s+)?(?:messag(?:ing|ed|es)|text(?:ing|ed|s)|contact(?:ing|ed|s)|add(?:ing|ed|s)|follow(?:ing|ed|s)|dm(?:ing|s|['’]?d)|groom(?:ing|ed|s)|chatting\s+(?:to|with)|talking\s+to)\s+(?:[a-z'’]+\s+){{0,3}}?(?:on|via|through|using|over)\s+(?:snap(?:chat)?|insta(?:gram)?|ig|facebook|fb|messenger|tiktok|twitter|whatsapp|telegram|kik|discord|grindr|tinder|hinge|bumble|reddit|xbox|psn|steam|roblox|onlyfans|signal){b}"
            ),
        ),
        // After the pronoun patterns, so "He drives" stays `PronounUse`.
        (
            CueClass::NamedUse,
            format!(r"(?i){b}(?-i:[A-Z][A-Za-z'’-]*[a-z])\s+{AUX}{USE_VERB}{b}"),
        ),
        (CueClass::PayTo, format!(r"(?i){b}{he}\s*{AUX}{pay_to}{b}")),
        // Where the money went: "he paid by bank transfer to this:",
        // "paid into an account in Sherratt's wife's name". The writer as
        // payer is part of the match, for the rules to see.
        (
            CueClass::MoneyTo,
            format!(
                r"(?i){b}(?:(?:I|we)\s+(?:then\s+|also\s+|just\s+|had\s+to\s+)?)?{MONEY_VERB}(?:\s+(?:it|them|the\s+money|the\s+cash|money|cash|payments?|the\s+payments?|the\s+bribes?|the\s+fees?|everything|the\s+rest|(?:his|her|their)\s+cut))?{SUM}(?:\s+(?:by|via|through|over)\s+(?:a\s+)?(?:bank\s+transfer|transfer|bacs|faster\s+payments?|online\s+banking|the\s+app|paypal))?\s+(?:in)?to\s+(?:(?:this|that|the\s+following|the\s+below)(?:\s+(?:bank\s+)?(?:account|acc|a/c|iban|details)(?:\s+(?:number|no\.?|details))?\s*[:=–-]?|\s*[:=–-])|(?:an?|the|his|her|their|another|some|one)\s+(?:[a-z]+\s+)?(?:bank\s+)?(?:account|acc|a/c)\s+in\s+(?:his|her|their|a|someone\s+else['’]s|[a-z][a-z'’-]*['’]s)(?:\s+[a-z]+['’]s)?\s+name{b})"
            ),
        ),
        // "the account he gave", "the bank details PC Orr sent me", "an
        // account DC Farrant provided:".
        (
            CueClass::MoneyTo,
            format!(
                r"(?i){b}(?:the|an?|this|that)\s+(?:bank\s+details|account\s+details|payee\s+details|payment\s+details|(?:bank\s+)?(?:account|a/c|acc)|iban|sort\s+code|details)(?:\s+(?:number|no\.?|details))?\s+(?:that\s+|which\s+)?(?:he|she|the\s+officer|{RANK}\.?\s+[a-z]+)\s+{AUX}(?:gave|gives|sent|sends|provided|provides|texted|messaged|wanted|wants|asked\s+for|uses|used|nominated|set\s+up|opened)(?:\s+(?:me|us|him|her|them|the\s+caller|c/l))?{b}"
            ),
        ),
        // "He sent the payee details himself:", "she gave me her bank
        // details": the details the officer handed over are where the money
        // was to go.
        (
            CueClass::MoneyTo,
            format!(
                r"(?i){b}{he}\s*{AUX}(?:gave|sent|provided|texted|messaged|emailed|e-mailed|wrote\s+down|passed)(?:\s+(?:me|us|the\s+caller|c/l))?\s+(?:the|his|her|their)\s+(?:own\s+)?(?:bank\s+details|account\s+details|payee\s+details|payment\s+details|(?:bank\s+)?account(?:\s+(?:number|no\.?))?|sort\s+code|iban)(?:\s+(?:himself|herself|themselves|to\s+(?:me|us)))?{b}"
            ),
        ),
        // "the money went from my cousin's account to his, sort code …":
        // the destination of money moved to the officer is his (the
        // source account, given before "to his", is the payer's).
        (
            CueClass::MoneyTo,
            format!(
                r"(?i){b}from\s+(?:my|our|his|her|their|a|an|the)(?:\s+[a-z]+['’]s)?\s+(?:own\s+)?(?:bank\s+|savings\s+|joint\s+|business\s+|current\s+)?(?:account|acc|a/c)\s+(?:(?:in)?to|over\s+to)\s+(?:his|hers|theirs|the\s+officer['’]s|{RANK}\.?\s+[a-z]+['’]s)(?:\s+(?:own\s+)?(?:bank\s+)?(?:account|acc|a/c))?{b}"
            ),
        ),
        // "it went from his account to mine, sort code …": the
        // destination is the writer's own account.
        (
            CueClass::FirstPerson,
            format!(
                r"(?i){b}from\s+(?:his|her|their|the\s+officer['’]s|{RANK}\.?\s+[a-z]+['’]s)\s+(?:own\s+)?(?:bank\s+)?(?:account|acc|a/c)\s+(?:(?:in)?to|over\s+to)\s+(?:mine|ours|my|our)(?:\s+(?:own\s+)?(?:bank\s+)?(?:account|acc|a/c))?{b}"
            ),
        ),
        // "Furey's bank details he paid into:", "Sherratt's wife's
        // account": the rules check the name is the officer's.
        (
            CueClass::NamedAccount,
            format!(
                r"(?i){b}(?-i:[A-Z][A-Za-z'’-]*[a-z])['’]s\s+(?:(?:wife|husband|partner|missus|brother|sister|mum|mother|dad|father|son|daughter|girlfriend|boyfriend|mate|friend|cousin|company|business|firm)['’]s\s+)?(?:{ADJ}\s+){{0,2}}(?:bank\s+details|bank\s+account(?:\s+(?:details|number|no\.?))?|account\s+(?:details|number|no\.?)|account|sort\s+code|iban|bank)(?:\s+(?:that\s+|which\s+)?(?:he|she|they|we|I|the\s+caller|caller|c/l)\s+(?:had\s+)?(?:paid|sent|transferred|put|moved|deposited)(?:\s+(?:it|the\s+money|money|cash|the\s+cash))?{SUM}\s+(?:in)?to)?{b}"
            ),
        ),
        // The reporter's own posting is first person ("I post online
        // as jo_b"); anyone else's is the officer's.
        (
            CueClass::FirstPerson,
            format!(
                r"(?i){b}(?:I|we)\s+(?:post|posted|go|went|am|was|are)\s+(?:[a-z]+\s+){{0,3}}(?:online|on\s+[a-z]+)\s+as{b}"
            ),
        ),
        (
            CueClass::ThirdPerson,
            format!(
                r"(?i){b}(?:posts|posted|posting|goes|went|is\s+known|known)\s+(?:[a-z]+\s+){{0,3}}(?:online|on\s+[a-z]+)\s+as{b}"
            ),
        ),
        // Where posts were made from, in the passive: "one review was
        // posted from 192.0.2.114" is the officer's; "my posts were made from …" are the writer's (one
        // cue, listed first, so the passive inside it is not read alone).
        (
            CueClass::FirstPerson,
            format!(r"(?i){b}(?:my|our)\s+(?:[a-z]+\s+)?{POSTED}{b}"),
        ),
        (CueClass::ThirdPerson, format!(r"(?i){b}{POSTED}{b}")),
        (CueClass::ContactFrom, format!(r"(?i){b}{TO_ME}{b}")),
        // A report written to the officer: "You set up a fake profile,
        // …", "your burner account".
        (
            CueClass::YouMade,
            format!(
                r"(?i){b}(?:you(?:['’]ve|\s+have|\s+had)?\s+(?:also\s+|then\s+)?(?:set\s+up|setup|made|make|created|create|opened|started|run|ran|use|used|operate|operated)\s+(?:a|an|another|this|that|the|your)|your)\s+(?:(?:fake|secret|new|second|other|anonymous|burner|private|own)\s+){{0,2}}(?:profile|account|page|username|user\s+name|handle|channel|e-?mail(?:\s+address)?){b}"
            ),
        ),
        // "The account is …": the officer's only with the officer just
        // named (the rules check).
        (
            CueClass::TheAccount,
            format!(
                r"(?i){b}the\s+(?:(?:fake|secret|other|second|anonymous|burner|online|instagram|insta|facebook|twitter|tiktok|snapchat|forum|social\s+media)\s+)?(?:account|profile|page|username|user\s+name|handle|channel)(?:\s+name)?(?:\s+(?:he|she)\s+(?:uses|used|posts|posted|messaged\s+me|messages\s+me)(?:\s+(?:from|as|on|with))?)?\s*(?:is|was|:|=|–|-|is\s+called|was\s+called|called|named)(?:\s|$)"
            ),
        ),
        // First-person context. "My number he uses is …": the possessive
        // before the noun says whose it is, whoever uses it; one cue, so
        // the "he uses" inside it is not read on its own.
        (
            CueClass::FirstPerson,
            format!(
                r"(?i){b}(?:my|our){b}\s+(?:{ADJ}\s+){{0,2}}{NOUN}\s+(?:that\s+|which\s+)?(?:he|she|they|the\s+officer|{RANK}\.?\s+[a-z]+)\s+{AUX}(?:uses|used|has|had|got|saved|kept|calls|called|rings|rang|texts|texted|messages|messaged|contacts|contacted|knows|knew|wrote\s+down|took\s+down)(?:\s+(?:for\s+me|to\s+(?:call|text|ring|contact|message)\s+me))?{b}"
            ),
        ),
        (
            CueClass::FirstPerson,
            format!(r"(?i){b}(?:my|our){b}\s+(?:{ADJ}\s+){{0,2}}(?:nos?\.|d\.o\.b\.?|{NOUN}{b})"),
        ),
        // A call note about the caller, who is the reporter: "Caller's
        // badge number is", "the caller's mobile", "c/l's address".
        (
            CueClass::FirstPerson,
            format!(
                r"(?i){b}(?:the\s+)?(?:caller|c/l|reporter|informant)['’]s\s+(?:{ADJ}\s+){{0,2}}(?:nos?\.|d\.o\.b\.?|{NOUN}{b})"
            ),
        ),
        // "my PCSO number", "my SC no.": the reporter's own collar number.
        (
            CueClass::FirstPerson,
            format!(
                r"(?i){b}(?:my|our){b}\s+(?:own\s+)?{RANK}\.?\s+(?:no\.|(?:number|no|num|id){b})"
            ),
        ),
        (
            CueClass::FirstPerson,
            format!(
                r"(?i){b}(?:text|txt|call|ring|phone|message|msg|whatsapp|contact|reach|e-?mail|dm|add|follow|find|get\s+hold\s+of|get\s+in\s+touch\s+with)\s+(?:me|us){b}"
            ),
        ),
        (
            CueClass::FirstPerson,
            format!(r"(?i){b}(?:me|us)\s+(?:at|on|via){b}"),
        ),
        (
            CueClass::FirstPerson,
            format!(
                r"(?i){b}(?:I|we)(?:\s+|['’]m\s+|\s+am\s+|\s+are\s+|['’]re\s+|\s+was\s+|\s+were\s+)(?:live|lived|living|stay|stayed|staying|reside|resided|residing|drive|drove|driving|own|owned|was\s+born|were\s+born)(?:\s+(?:at|in|on|a|an))?{b}"
            ),
        ),
        (
            CueClass::FirstPerson,
            format!(r"(?i){b}(?:I['’]?m|I\s+am)\s+(?:on|at|in|aged){b}"),
        ),
        (
            CueClass::FirstPerson,
            format!(r"(?i){b}(?:mine|ours)\s+(?:is|was){b}"),
        ),
        // Self-introductions and sign-offs: only directly before. "I'm
        // her son, Jo Bloggs" introduces the reporter by a relation.
        (
            CueClass::SelfIntro,
            format!(
                r"(?i){b}(?:I['’]?m|I\s+am)\s+(?:his|her|their|the\s+[a-z]+['’]s)\s+(?:{KIN}|{REL}){b}\s*,?\s*"
            ),
        ),
        (
            CueClass::SelfIntro,
            format!(
                r"(?i){b}(?:my\s+(?:full\s+|real\s+)?name(?:\s+(?:on|in|for)\s+(?:the|my|that|this)\s+[a-z]+)?\s+(?:is|was)|my\s+name['’]s|(?:I['’]?m|I\s+am|I\s+was)(?:\s+(?:called|named))?|I\s*,|signed\s*,?|yours\s+(?:sincerely|faithfully|truly)\s*,?|kind\s+regards\s*,?|regards\s*,?|many\s+thanks\s*,?|thanks\s*,?|from\s*:|name\s*:)\s*"
            ),
        ),
        // A list or form line about the writer: "* me: Jo Bloggs",
        // "Reporter: Jo Bloggs".
        (
            CueClass::SelfIntro,
            r"(?im)^[ \t*•·>-]*(?:me|myself|reporter|my\s+details|about\s+me)[ \t]*:[ \t]*"
                .to_owned(),
        ),
        // A police vehicle: its registration is the force's (the
        // officer's side), not the reporter's.
        (
            CueClass::ForceVehicle,
            format!(
                r"(?i){b}(?:(?:un)?marked(?:\s+(?:police|force|patrol|response))?\s+[a-z]+|(?:police|force|patrol|panda|response|traffic|pool|job|area\s+car)\s+(?:car|van|vehicle|motor|motorbike|bike|carrier|estate|4x4|suv|people\s+carrier)s?){b}"
            ),
        ),
        // "the officer": names the subject when a name follows.
        (
            CueClass::Officer,
            format!(
                r"(?i){b}(?:the\s+officer(?:['’]s\s+name\s+(?:is|was))?|(?:an\s+)?officer\s+(?:called|named)|the\s+officer\s+(?:is|was)\s+(?:called|named))"
            ),
        ),
        // Clause and sentence breaks.
        (
            CueClass::Break,
            format!(
                r"(?i){b}(?:but|whereas|while|whilst|although|though|however|and\s+(?:he|she|his|her|the\s+officer|then))(?-u:\b)"
            ),
        ),
        (CueClass::Break, r"[.!?;](?:\s|$)|[\n\r]".to_owned()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cue set's lazy DFA has room to spare for realistic report
    /// text: over every field of the evaluation corpus and the held-out
    /// sets its forward DFA needs at most half of the cache it is given.
    #[test]
    fn dfa_cache_has_room_for_report_text() {
        use regex_automata::{hybrid, nfa::thompson};
        let texts = crate::testdata::free_texts();
        assert!(texts.len() > 2000);
        let fragments = fragments().unwrap();
        let hirs: Vec<_> = cue_table()
            .iter()
            .map(|(_, p)| fragments.compose(p, "test").unwrap())
            .collect();
        let nfa = thompson::NFA::compiler()
            .configure(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build_many_from_hir(&hirs)
            .unwrap();
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new().cache_capacity(4 * crate::text::SET_DFA_CACHE_CAPACITY),
            )
            .build_from_nfa(nfa)
            .unwrap();
        let mut cache = dfa.create_cache();
        for t in &texts {
            let input = regex_automata::Input::new(t.as_str());
            let mut at = 0;
            // Every forward search the scan makes: from each match end.
            while let Ok(Some(m)) = dfa.try_search_fwd(&mut cache, &input.clone().span(at..t.len()))
            {
                if m.offset() <= at {
                    break;
                }
                at = m.offset();
            }
        }
        let used = cache.memory_usage();
        let nfa = dfa.get_nfa();
        eprintln!(
            "cues: {} NFA states, {} byte classes; forward DFA {used} bytes over {} texts",
            nfa.states().len(),
            nfa.byte_classes().alphabet_len(),
            texts.len()
        );
        assert!(used > 1 << 20, "{used}");
        assert!(
            2 * used <= crate::text::SET_DFA_CACHE_CAPACITY,
            "the cue set's forward DFA needs {used} bytes for the evaluation texts"
        );
    }

    /// Every pattern with its fragments spliced in has the same syntax
    /// tree as the pattern written out in full (as it was before the
    /// fragments were shared), so it compiles to the same regex.
    #[test]
    fn composed_patterns_equal_the_written_out_patterns() {
        let fragments = fragments().unwrap();
        let all: Vec<String> = cue_table()
            .into_iter()
            .map(|(_, p)| p)
            .chain(anchored_patterns().into_iter().map(|(_, p)| p))
            .collect();
        assert_eq!(all.len(), 57);
        for p in &all {
            let written = fragments.expand(p);
            assert!(!written.contains("(?<"), "{written}");
            let composed = fragments.compose(p, "test").unwrap();
            let direct = regex_automata::util::syntax::parse(&written).unwrap();
            assert_eq!(composed, direct, "{written}");
        }
    }

    /// The same matches as the written-out patterns on text with Unicode
    /// case folds (Kelvin sign, long s), non-ASCII spaces and digits,
    /// Turkish dotted i, Greek sigma and combining marks.
    #[test]
    fn scan_and_anchored_matches_equal_the_written_out_patterns() {
        let fragments = fragments().unwrap();
        let cues = Cues::new().unwrap();
        let written: Vec<String> = cue_table()
            .into_iter()
            .map(|(_, p)| fragments.expand(&p))
            .collect();
        let old_scan = crate::text::regex_set(&written).unwrap();
        let old_anchored: Vec<regex::Regex> = anchored_patterns()
            .into_iter()
            .map(|(_, p)| regex::Regex::new(&fragments.expand(&p)).unwrap())
            .collect();
        let texts = [
            "my \u{212A}id's number is 07700 900123",
            "his wife\u{2019}s mobile, my \u{17F}ister's phone",
            "PC\u{a0}4471 Reeves texted me from 07700 900321.",
            "Sgt \u{FF14}\u{FF14}\u{FF17}\u{FF11} is mine",
            "\u{130}nspector Jones; the off\u{131}cer's car",
            "\u{3A3}\u{3C3}\u{3C2} he\u{301} lives at 1 Road",
            "I'm on 07700 900000 \u{2003}and he drives AB12 CDE",
            "de\u{301}tective con\u{17F}table \u{212A}ELLY, the officer called Rae",
            "DETECTIVE INSPECTOR Rae (DI 123) \u{2014} is his",
            "my name is Jo, regards, mine is 01632 960000",
            "our youngest son\u{2019}s phone, my \u{212A}ids, I'm her son, Jo",
            "Jo Bloggs, staff no. C2318 \u{2013} PC PL 4419, \u{FF14}",
            "I am a \u{17F}pecial Constable at Kendal, SC \u{FF14}471; I'm a steward, badge ",
            "DS Orr told me to pay \u{a3}1,200 into; I paid from my card 4929 to IBAN ",
            "my \u{212A}id's gran wants me to write this. she is Gwen, her name is ",
            "You set up a fake profile, the account he uses is: my PCSO number is 7",
        ];
        for t in texts {
            let new: Vec<_> = cues.scan(t);
            let old: Vec<_> = old_scan
                .find_iter(t)
                .map(|m| (m.pattern().as_usize(), m.range()))
                .collect();
            let new_ids: Vec<_> = cues
                .scan
                .find_iter(t)
                .map(|m| (m.pattern().as_usize(), m.range()))
                .collect();
            assert_eq!(new_ids, old, "{t}");
            assert_eq!(new.len(), old.len(), "{t}");
            // Every suffix and prefix, for the anchored patterns.
            let cuts = (0..=t.len()).filter(|&i| t.is_char_boundary(i));
            for i in cuts {
                let (head, tail) = t.split_at(i);
                for s in [head, tail] {
                    let got = [
                        cues.rank_before.find(s).map(|m| m.range()),
                        cues.rank_lead.find(s).map(|m| m.range()),
                        cues.rank_after.find(s).map(|m| m.range()),
                        cues.mine_after.find(s).map(|m| m.range()),
                        cues.his_after.find(s).map(|m| m.range()),
                        cues.age_his.find(s).map(|m| m.range()),
                        cues.rank_gap.find(s).map(|m| m.range()),
                        cues.rank_word.find(s).map(|m| m.range()),
                        cues.collar_gap.find(s).map(|m| m.range()),
                        cues.self_role.find(s).map(|m| m.range()),
                        cues.pay_dest.find(s).map(|m| m.range()),
                        cues.pronoun_intro.find(s).map(|m| m.range()),
                        cues.on_behalf.find(s).map(|m| m.range()),
                    ];
                    let want: Vec<_> = old_anchored
                        .iter()
                        .map(|r| r.find(s).map(|m| m.range()))
                        .collect();
                    assert_eq!(got.to_vec(), want, "{s}");
                }
            }
        }
    }
}
