//! The phrase families behind risk hints, and their fixed messages.
//!
//! Every pattern is case-insensitive, uses ASCII word boundaries and
//! accepts straight or curly apostrophes. Patterns describe general forms
//! (a possessive with any relationship noun, any "I live" + position), not
//! fixed strings.
//!
//! | family | examples | severity |
//! |---|---|---|
//! | relationship | "my ex-partner", "my husband", "his ex", "the father of my children", "we were together for 6 years", "I'm his sergeant" | High (partner, family, "I'm his …"); Medium (landlord, tenant, colleague, manager, boss, carer) |
//! | proximity | "I live next door", "from my window", "my neighbour", "on my street", "he parks outside my house" | Medium |
//! | workplace | "I work with him", "we're on the same shift", "as his line manager" (High); "I work at the custody suite", "I'm a PCSO" (Medium) | High / Medium |
//! | gendered self-reference | "as a woman", "as a gay man", "I'm a mum of two" (Low); "I'm his wife" (High, also a relationship) | Low / High |
//! | unique event | an exact date and an exact time in one sentence: "on 12 March at 23:40", "last Tuesday at 7.15pm" | Medium |
//! | sole knowledge | "I was the only one there", "only I know", "nobody else saw", "I'm the only one he told" | High |
//!
//! "His wife", "the husband of a friend" and other relationships that are
//! not the reporter's give no relationship hint.

use crate::error::Result;
use crate::review::hint::{HintCategory, Severity};
use crate::text::Fragments;

use HintCategory::{GenderedSelfReference, Proximity, Relationship, SoleKnowledge, Workplace};
use Severity::{High, Low, Medium};

/// Intimate partners, current or former.
const PARTNER_RE: &str = r"(?:husband|wife|partner|spouse|boyfriend|girlfriend|bf|gf|fianc[eé]e?|other\s+half|ex|ex[\s-]*(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse))";
/// Family members.
const FAMILY_RE: &str = r"(?:son|daughter|child|children|kids?|baby|mum|mom|mother|dad|father|step[\s-]*(?:son|daughter|mum|mom|mother|dad|father|brother|sister|child|children|kids?)|brother|sister|twin|uncle|aunt|auntie|cousin|nephew|niece|nan|nana|gran|granny|grandma|grandad|granddad|grandfather|grandmother|grandson|granddaughter|(?:mother|father|brother|sister|son|daughter)[\s-]*in[\s-]*law|in[\s-]*laws)";
/// Other personal relationships.
const SOCIAL_RE: &str = r"(?:landlord|landlady|tenant|lodger|flatmate|housemate|colleague|co[\s-]*worker|workmate|manager|line\s+manager|boss|supervisor|carer|care\s+worker|friend|best\s+friend|mate)";
/// Police and work roles someone can hold relative to the officer.
const ROLE_RE: &str = r"(?:sergeant|sgt|inspector|insp|supervisor|line\s+manager|manager|boss|colleague|co[\s-]*worker|crewmate|tutor|tutor\s+constable|partner|oppo|superintendent|chief\s+inspector|staff\s+officer|pcso|special)";
/// Gendered nouns for the reporter.
const GENDERED: &str = r"(?:woman|women|man|lady|gentleman|female|male|girl|boy|mother|mum|mom|father|dad|wife|husband|widow|widower|lesbian|gay|bisexual|bi|trans|transgender|non[\s-]*binary|nonbinary)";
/// Places in or at a home.
const HOME_RE: &str = r"(?:house|home|flat|place|door|front\s+door|window|bedroom\s+window|building|block|garden|drive|driveway|balcony|bedroom|kitchen|front\s+room|living\s+room|doorstep)";
/// Neighbourhood units.
const AREA_RE: &str = r"(?:street|road|estate|block|floor|landing|close|avenue|lane|crescent|court|terrace|cul[\s-]*de[\s-]*sac|building|village|corridor)";
/// Work units.
const UNIT_RE: &str = r"(?:team|response\s+team|shift|relief|unit|squad|section|department|watch|station|nick|office|division|custody\s+suite|control\s+room|neighbourhood\s+team|patrol\s+team|car|crew)";
/// Small counts, in words or digits.
const COUNT_RE: &str = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|a\s+couple\s+of)";

/// Markers for the fragments above, used in the patterns; each fragment
/// is parsed once (see `crate::text::Fragments`).
const PARTNER: &str = "(?<PARTNER>)";
const FAMILY: &str = "(?<FAMILY>)";
const SOCIAL: &str = "(?<SOCIAL>)";
const ROLE: &str = "(?<ROLE>)";
const HOME: &str = "(?<HOME>)";
const AREA: &str = "(?<AREA>)";
const UNIT: &str = "(?<UNIT>)";
const COUNT: &str = "(?<COUNT>)";

/// The fragments, parsed once for all the phrase patterns.
pub(crate) fn fragments() -> Result<Fragments> {
    Fragments::new(
        "(?i)",
        &[
            ("PARTNER", PARTNER_RE),
            ("FAMILY", FAMILY_RE),
            ("SOCIAL", SOCIAL_RE),
            ("ROLE", ROLE_RE),
            ("HOME", HOME_RE),
            ("AREA", AREA_RE),
            ("UNIT", UNIT_RE),
            ("COUNT", COUNT_RE),
        ],
        "risk-hint phrase fragments",
    )
}

/// The phrase table: a pattern and the hints each match gives.
pub(crate) fn table() -> Vec<(String, &'static [(HintCategory, Severity)])> {
    let b = r"(?-u:\b)";
    let ap = "['’]";
    let im = format!(r"(?:I{ap}?m|I\s+am|I\s+was|I{ap}ve\s+been|I\s+used\s+to\s+be)");
    vec![
        // --- "I'm his …": the reporter's own role to the officer.
        (
            format!(
                r"(?i){b}{im}\s+(?:his|her|their)\s+(?:(?:ex|former|estranged|current|new|second)[\s-]+)?(?:husband|wife|girlfriend|boyfriend|fianc[eé]e?|ex[\s-]*(?:husband|wife|girlfriend|boyfriend|fianc[eé]e?))s?{b}"
            ),
            &[(Relationship, High), (GenderedSelfReference, High)],
        ),
        (
            format!(
                r"(?i){b}{im}\s+(?:his|her|their)\s+(?:(?:ex|former|current|new|direct|old)[\s-]+)?(?:{PARTNER}|{FAMILY}|{ROLE}|{SOCIAL}|neighbour|neighbor|next[\s-]*door\s+neighbour)s?{b}"
            ),
            &[(Relationship, High)],
        ),
        // --- Workplace, same team (before the generic "my …" forms).
        (
            format!(
                r"(?i){b}(?:I|we)\s+(?:work|worked|am\s+working|was\s+working|have\s+worked|used\s+to\s+work|serve|served)\s+(?:(?:closely|directly)\s+)?(?:with|alongside|under|for|beside)\s+(?:him|her|them|the\s+officer|the\s+same\s+(?:officer|person))"
            ),
            &[(Workplace, High)],
        ),
        (
            format!(
                r"(?i){b}(?:we|I)(?:{ap}re|\s+are|\s+were|{ap}m|\s+am|\s+was)\s+(?:both\s+)?(?:on|in|at|from)\s+(?:the\s+same|his|her)\s+{UNIT}{b}"
            ),
            &[(Workplace, High)],
        ),
        (
            format!(r"(?i){b}(?:as|being)\s+(?:his|her|their)\s+{ROLE}{b}"),
            &[(Workplace, High)],
        ),
        (
            format!(
                r"(?i){b}(?:at|in|on|from)\s+the\s+same\s+(?:{UNIT}|force|police\s+station){b}"
            ),
            &[(Workplace, High)],
        ),
        // --- Workplace, general.
        (
            format!(
                r"(?i){b}I\s+(?:work|worked|am\s+working|was\s+working|used\s+to\s+work|volunteer|volunteered)\s+(?:at|in|on|for|as)\s+(?:(?:the|a|an)\s+)?[a-z-]+(?:\s+(?:suite|room|desk|counter|office|centre|center|station|team|unit|department|hub|force|police))?"
            ),
            &[(Workplace, Medium)],
        ),
        (
            format!(
                r"(?i){b}{im}\s+(?:a|an|the)\s+(?:(?:police|special|civilian|serving|retired|former|trainee|student)\s+)*(?:pcso|special|special\s+constable|constable|officer|detective|sergeant|inspector|call\s+handler|dispatcher|despatcher|controller|custody\s+(?:officer|sergeant|assistant|detention\s+officer)|detention\s+officer|staff|member\s+of\s+(?:police\s+)?staff|civilian|volunteer|psv|investigator|analyst|enquiry\s+officer|front\s+counter\s+(?:clerk|officer))s?{b}"
            ),
            &[(Workplace, Medium)],
        ),
        (
            format!(
                r"(?i){b}my\s+(?:sergeant|sgt|inspector|shift|team|relief|unit|squad|station|nick|tutor|crewmate|oppo){b}"
            ),
            &[(Workplace, Medium)],
        ),
        // --- Relationship.
        (
            format!(
                r"(?i){b}my\s+(?:{FAMILY})(?:{ap}s?)?\s+(?:father|mother|dad|mum|mom|parent){b}"
            ),
            &[(Relationship, High)],
        ),
        (
            format!(
                r"(?i){b}my\s+(?:(?:ex|former|late|current|then|estranged|abusive|violent|controlling|now|new|old|own|eldest|youngest|oldest|little|younger|older|baby|teenage|adult|\d{{1,2}}[\s-]*year[\s-]*old)[\s-]+){{0,2}}(?:{PARTNER}|{FAMILY}){ap}?s?{b}"
            ),
            &[(Relationship, High)],
        ),
        (
            format!(
                r"(?i){b}(?:his|her|their)\s+ex(?:[\s-]*(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse))?{b}"
            ),
            &[(Relationship, High)],
        ),
        (
            format!(
                r"(?i){b}(?:the\s+)?(?:father|mother|dad|mum|mom|parent)\s+of\s+my\s+(?:{FAMILY}|unborn\s+(?:child|baby)){b}"
            ),
            &[(Relationship, High)],
        ),
        (
            format!(
                r"(?i){b}(?:we|he\s+and\s+I|she\s+and\s+I|me\s+and\s+(?:him|her))\s+(?:were|was|have\s+been|had\s+been|are|{ap}ve\s+been|{ap}d\s+been|got)\s+(?:together|married|engaged|in\s+a\s+relationship|a\s+couple|seeing\s+each\s+other|dating|partners)"
            ),
            &[(Relationship, High)],
        ),
        (
            format!(
                r"(?i){b}(?:we|he\s+and\s+I|she\s+and\s+I)\s+(?:(?:have|had)\s+)?(?:split\s+up|broke\s+up|separated|divorced|dated|lived\s+together|live\s+together|got\s+married|got\s+engaged|have\s+{COUNT}\s+(?:{FAMILY})|had\s+{COUNT}\s+(?:{FAMILY})){b}"
            ),
            &[(Relationship, High)],
        ),
        (
            format!(
                r"(?i){b}(?:our|we\s+have\s+a)\s+(?:{FAMILY}|marriage|relationship|wedding|divorce|separation){b}"
            ),
            &[(Relationship, High)],
        ),
        (
            format!(r"(?i){b}my\s+(?:{SOCIAL}){ap}?s?{b}"),
            &[(Relationship, Medium)],
        ),
        // --- Proximity.
        (
            format!(
                r"(?i){b}(?:I|we)\s+(?:live|lived|stay|stayed|am\s+living|{ap}m\s+living|are\s+living|{ap}re\s+living|used\s+to\s+live)\s+(?:(?:right|just|directly|literally|only)\s+)?(?:next\s+door|opposite|across\s+(?:the\s+(?:road|street|way|landing|hall)|from)|over\s+the\s+road|above|below|beneath|under|upstairs|downstairs|round\s+the\s+corner|around\s+the\s+corner|near(?:by)?|close\s+(?:to|by)|a\s+few\s+doors|(?:two|three|\d)\s+doors|on\s+the\s+same\s+{AREA}|in\s+the\s+same\s+{AREA}|in\s+the\s+(?:flat|house)\s+(?:above|below|next\s+door|opposite))"
            ),
            &[(Proximity, Medium)],
        ),
        (
            format!(r"(?i){b}from\s+my\s+(?:{HOME}|car|work|office){b}"),
            &[(Proximity, Medium)],
        ),
        (
            format!(r"(?i){b}my\s+(?:next[\s-]*door\s+)?(?:neighbou?rs?|next[\s-]*door){b}"),
            &[(Proximity, Medium)],
        ),
        (
            format!(r"(?i){b}(?:on|in|along|down|up)\s+my\s+{AREA}{b}"),
            &[(Proximity, Medium)],
        ),
        (
            format!(
                r"(?i){b}(?:outside|opposite|across\s+from|near|next\s+to|behind|in\s+front\s+of|by)\s+(?:my|our)\s+(?:{HOME}){b}"
            ),
            &[(Proximity, Medium)],
        ),
        (
            format!(r"(?i){b}(?:same|next)\s+(?:{AREA})\s+(?:as|to)\s+(?:me|us){b}"),
            &[(Proximity, Medium)],
        ),
        // --- Gendered self-reference.
        (
            format!(
                r"(?i){b}(?:as\s+an?|{im}\s+an?|being\s+an?)\s+(?:[a-z-]+\s+){{0,2}}?{GENDERED}(?:\s+(?:woman|women|man|men|person|people|girl|boy))?(?:\s+of\s+{COUNT})?{b}"
            ),
            &[(GenderedSelfReference, Low)],
        ),
        // --- Sole knowledge.
        (
            format!(
                r"(?i){b}(?:{im}|I\s+was)\s+the\s+only\s+(?:one|person|people|witness|woman|man|girl|boy|officer|member\s+of\s+staff|[a-z]+)(?:\s+(?:there|present|who|that|he|she|in|on|at|left)){{0,1}}{b}"
            ),
            &[(SoleKnowledge, High)],
        ),
        (
            format!(
                r"(?i){b}only\s+(?:I|me|myself)\s+(?:know|knew|saw|heard|was|were|could|have|had|am){b}"
            ),
            &[(SoleKnowledge, High)],
        ),
        (
            format!(
                r"(?i){b}(?:no\s*(?:one|body|-one)|nobody)\s+else\s+(?:saw|sees|knows|knew|heard|was|were|is|could|has|had|would|can){b}"
            ),
            &[(SoleKnowledge, High)],
        ),
        (
            format!(
                r"(?i){b}(?:he|she|they)\s+(?:only\s+(?:told|showed|confided\s+in|trusted)\s+me|(?:told|showed|confided\s+in|trusted)\s+(?:only\s+me|me\s+and\s+no\s*(?:one|body)\s+else|no\s*(?:one|body)\s+(?:but|except|apart\s+from)\s+me)){b}"
            ),
            &[(SoleKnowledge, High)],
        ),
        (
            format!(
                r"(?i){b}(?:it\s+was\s+)?(?:just|only)\s+(?:me\s+and\s+(?:him|her|them)|(?:him|her)\s+and\s+me|the\s+two\s+of\s+us|us\s+two){b}"
            ),
            &[(SoleKnowledge, High)],
        ),
    ]
}

/// The fixed, plain-words message for a hint. Never quotes the report.
pub(crate) fn message(category: HintCategory, severity: Severity) -> &'static str {
    match (category, severity) {
        (HintCategory::Relationship, Severity::High) => {
            "Describing your relationship to the officer or to someone close to you (for example 'my ex-partner') may tell them who made this report. Consider whether you need to include it."
        }
        (HintCategory::Relationship, _) => {
            "Mentioning someone you know well (for example 'my landlord') may help the officer work out who made this report. Consider whether you need to include it."
        }
        (HintCategory::Proximity, _) => {
            "Saying where you live or where you watched from (for example 'I live next door') may point to you. Consider describing what happened without saying where you were."
        }
        (HintCategory::Workplace, Severity::High) => {
            "Saying that you work with the officer or on the same team may narrow this report down to a few people. Consider whether you need to include it."
        }
        (HintCategory::Workplace, _) => {
            "Saying where you work or what your job is may help someone work out who made this report. Consider whether you need to include it."
        }
        (HintCategory::GenderedSelfReference, Severity::High) => {
            "Describing yourself as the officer's partner may tell them who made this report. Consider whether you need to include it."
        }
        (HintCategory::GenderedSelfReference, _) => {
            "Describing yourself (for example your sex, gender or family) may narrow down who made this report. Consider whether it is needed."
        }
        (HintCategory::UniqueEvent, _) => {
            "An exact date together with an exact time may show who was there at that moment. The date and time are kept as facts; consider whether you need both."
        }
        (HintCategory::SoleKnowledge, _) => {
            "Saying that only you saw or knew something may tell the officer who made this report. Consider whether you need to say so."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every phrase pattern with its fragments spliced in has the same
    /// syntax tree as the pattern written out in full (as it was before
    /// the fragments were shared), so it compiles to the same regex; and
    /// the compiled set finds the same matches on text with Unicode case
    /// folds, non-ASCII spaces, dotted i, sigma and combining marks.
    #[test]
    fn composed_phrases_equal_the_written_out_phrases() {
        let fragments = fragments().unwrap();
        let patterns: Vec<String> = table().into_iter().map(|(p, _)| p).collect();
        assert_eq!(patterns.len(), 29);
        let mut written = Vec::new();
        let mut hirs = Vec::new();
        for p in &patterns {
            let w = fragments.expand(p);
            assert!(!w.contains("(?<"), "{w}");
            let composed = fragments.compose(p, "test").unwrap();
            assert_eq!(
                composed,
                regex_automata::util::syntax::parse(&w).unwrap(),
                "{w}"
            );
            written.push(w);
            hirs.push(composed);
        }
        let old = crate::text::regex_set(&written).unwrap();
        let new = crate::text::regex_set_from_hirs(&hirs, "test").unwrap();
        for t in [
            "I'm his ex-wife and my \u{17F}on lives next door",
            "I live ne\u{301}xt door; my \u{212A}ids and I were together",
            "we have\u{a0}two \u{212A}ids, I work with him on the same \u{17F}hift",
            "as a wo\u{302}man \u{130} was the only one there; nobody else saw",
            "\u{3A3}\u{3C2} my landlord's car, from my bedroom window \u{2003} on my street",
            "MY EX-HUSBAND AND I SPLIT UP; I'M A PCSO; ONLY I KNEW",
        ] {
            let a: Vec<_> = old.find_iter(t).map(|m| (m.pattern(), m.range())).collect();
            let b: Vec<_> = new.find_iter(t).map(|m| (m.pattern(), m.range())).collect();
            assert!(!a.is_empty(), "{t}");
            assert_eq!(a, b, "{t}");
        }
    }
}
