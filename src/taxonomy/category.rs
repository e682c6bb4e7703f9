//! Report categories, discrimination kinds, receiving units and the IOPC
//! referral indication.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a report is about: the five published categories of the service
/// plus `other` (the service text says reports "may include, but are not
/// limited to" the five).
///
/// Serialised as its stable snake_case code (`"abuse_of_position"`).
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Providing information or influence in return for money or favours.
    Bribery,
    /// Using a policing position for personal advantage, financial or
    /// otherwise.
    AbuseOfPosition,
    /// Crossing professional boundaries or abusing a position for a sexual
    /// purpose.
    SexualMisconduct,
    /// Abusing or controlling a partner or someone they have a relationship
    /// with.
    DomesticAbuse,
    /// Racist, homophobic, misogynistic, disablist or transphobic conduct,
    /// on or off duty, in person or online.
    Discrimination,
    /// Serious corruption or abuse that fits none of the above.
    Other,
}

/// The specialist unit of a force that receives a report.
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// The Professional Standards Department (PSD).
    ProfessionalStandards,
    /// The Anti-Corruption (or Counter-Corruption) Unit, which sits under
    /// the PSD.
    AntiCorruption,
}

impl Unit {
    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Unit::ProfessionalStandards => "professional_standards",
            Unit::AntiCorruption => "anti_corruption",
        }
    }

    /// A human label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Unit::ProfessionalStandards => "Professional Standards Department",
            Unit::AntiCorruption => "Anti-Corruption Unit",
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Whether a report points at a mandatory referral to the Independent
/// Office for Police Conduct. Ordered: `None < Consider < Indicated`.
///
/// This is an indication for the receiving unit, not a decision: a force
/// must refer when the conduct alleged would, if true, meet the criteria.
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum IopcReferral {
    /// No referral criterion is suggested.
    None,
    /// A criterion may apply (for example serious corruption); the unit
    /// should consider it.
    Consider,
    /// The conduct alleged falls under a mandatory referral criterion
    /// (abuse of position for a sexual purpose counts as serious
    /// corruption; conduct aggravated by discrimination).
    Indicated,
}

impl IopcReferral {
    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            IopcReferral::None => "none",
            IopcReferral::Consider => "consider",
            IopcReferral::Indicated => "indicated",
        }
    }
}

impl fmt::Display for IopcReferral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The national corruption-related intelligence collection categories
/// (Counter Corruption (Intelligence) APP, as quoted by HMICFRS).
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum IntelligenceCategory {
    /// Infiltration.
    Infiltration,
    /// Disclosure of information.
    DisclosureOfInformation,
    /// Perverting the course of justice.
    PervertingTheCourseOfJustice,
    /// Sexual misconduct.
    SexualMisconduct,
    /// Controlled drug use and supply.
    ControlledDrugUseAndSupply,
    /// Theft and fraud.
    TheftAndFraud,
    /// Misusing force systems.
    MisusingForceSystems,
    /// Abuse of authority.
    AbuseOfAuthority,
    /// Inappropriate association.
    InappropriateAssociation,
    /// Vulnerability.
    Vulnerability,
    /// Commit, incite, aid and abet, assist an offender.
    AssistingAnOffender,
    /// Other.
    Other,
}

impl IntelligenceCategory {
    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Infiltration => "infiltration",
            Self::DisclosureOfInformation => "disclosure_of_information",
            Self::PervertingTheCourseOfJustice => "perverting_the_course_of_justice",
            Self::SexualMisconduct => "sexual_misconduct",
            Self::ControlledDrugUseAndSupply => "controlled_drug_use_and_supply",
            Self::TheftAndFraud => "theft_and_fraud",
            Self::MisusingForceSystems => "misusing_force_systems",
            Self::AbuseOfAuthority => "abuse_of_authority",
            Self::InappropriateAssociation => "inappropriate_association",
            Self::Vulnerability => "vulnerability",
            Self::AssistingAnOffender => "assisting_an_offender",
            Self::Other => "other",
        }
    }
}

/// Everything the taxonomy knows about one [`Category`].
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryInfo {
    /// The category.
    #[serde(rename = "code")]
    pub category: Category,
    /// A short human label.
    pub label: &'static str,
    /// One line from the published service text.
    pub description: &'static str,
    /// The unit that receives reports in this category.
    pub unit: Unit,
    /// The default IOPC referral indication.
    pub iopc_referral: IopcReferral,
    /// The matching national counter-corruption intelligence categories;
    /// empty where none exists (domestic abuse, discrimination).
    pub intelligence_categories: &'static [IntelligenceCategory],
}

/// The category table. Units: bribery, abuse of position and sexual
/// misconduct are corruption (APSP is "a serious form of corruption") and
/// go to the Anti-Corruption Unit; domestic abuse, discrimination and other
/// go to Professional Standards. IOPC: indicated for sexual misconduct and
/// discrimination, consider for the rest.
static CATEGORIES: [CategoryInfo; 6] = [
    CategoryInfo {
        category: Category::Bribery,
        label: "Bribery",
        description: "Provides information or influence in return for money or favours.",
        unit: Unit::AntiCorruption,
        iopc_referral: IopcReferral::Consider,
        intelligence_categories: &[
            IntelligenceCategory::DisclosureOfInformation,
            IntelligenceCategory::InappropriateAssociation,
            IntelligenceCategory::TheftAndFraud,
        ],
    },
    CategoryInfo {
        category: Category::AbuseOfPosition,
        label: "Abuse of position",
        description: "Uses their policing position for personal advantage, financial or otherwise.",
        unit: Unit::AntiCorruption,
        iopc_referral: IopcReferral::Consider,
        intelligence_categories: &[
            IntelligenceCategory::AbuseOfAuthority,
            IntelligenceCategory::MisusingForceSystems,
        ],
    },
    CategoryInfo {
        category: Category::SexualMisconduct,
        label: "Sexual misconduct",
        description: "Crosses professional boundaries or abuses their position for sexual purposes.",
        unit: Unit::AntiCorruption,
        iopc_referral: IopcReferral::Indicated,
        intelligence_categories: &[IntelligenceCategory::SexualMisconduct],
    },
    CategoryInfo {
        category: Category::DomesticAbuse,
        label: "Domestic abuse",
        description: "Abuses or controls their partner, or those they have a relationship with.",
        unit: Unit::ProfessionalStandards,
        iopc_referral: IopcReferral::Consider,
        intelligence_categories: &[],
    },
    CategoryInfo {
        category: Category::Discrimination,
        label: "Discrimination",
        description: "Engages in racist, homophobic, misogynistic or disablist conduct, on or off duty, in person or online.",
        unit: Unit::ProfessionalStandards,
        iopc_referral: IopcReferral::Indicated,
        intelligence_categories: &[],
    },
    CategoryInfo {
        category: Category::Other,
        label: "Other corruption or abuse",
        description: "Other serious corruption or abuse by a serving officer, member of staff or volunteer.",
        unit: Unit::ProfessionalStandards,
        iopc_referral: IopcReferral::Consider,
        intelligence_categories: &[IntelligenceCategory::Other],
    },
];

/// Every category with its routing facts, in a stable order.
///
/// ```
/// let cats = report_shield::categories();
/// assert_eq!(cats.len(), 6);
/// assert_eq!(cats[0].category.code(), "bribery");
/// ```
#[must_use]
pub fn categories() -> &'static [CategoryInfo] {
    &CATEGORIES
}

impl Category {
    /// Every category, in a stable order.
    pub const ALL: [Category; 6] = [
        Category::Bribery,
        Category::AbuseOfPosition,
        Category::SexualMisconduct,
        Category::DomesticAbuse,
        Category::Discrimination,
        Category::Other,
    ];

    /// The stable snake_case code used in JSON.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Category::Bribery => "bribery",
            Category::AbuseOfPosition => "abuse_of_position",
            Category::SexualMisconduct => "sexual_misconduct",
            Category::DomesticAbuse => "domestic_abuse",
            Category::Discrimination => "discrimination",
            Category::Other => "other",
        }
    }

    /// The category for a code, if there is one.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The full taxonomy entry.
    #[must_use]
    pub fn info(self) -> &'static CategoryInfo {
        match self {
            Category::Bribery => &CATEGORIES[0],
            Category::AbuseOfPosition => &CATEGORIES[1],
            Category::SexualMisconduct => &CATEGORIES[2],
            Category::DomesticAbuse => &CATEGORIES[3],
            Category::Discrimination => &CATEGORIES[4],
            Category::Other => &CATEGORIES[5],
        }
    }

    /// A short human label.
    #[must_use]
    pub fn label(self) -> &'static str {
        self.info().label
    }

    /// One line from the published service text.
    #[must_use]
    pub fn description(self) -> &'static str {
        self.info().description
    }

    /// The receiving unit.
    #[must_use]
    pub fn unit(self) -> Unit {
        self.info().unit
    }

    /// The default IOPC referral indication.
    #[must_use]
    pub fn iopc_referral(self) -> IopcReferral {
        self.info().iopc_referral
    }

    /// The matching national intelligence categories (may be empty).
    #[must_use]
    pub fn intelligence_categories(self) -> &'static [IntelligenceCategory] {
        self.info().intelligence_categories
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The kind of discriminatory conduct, used only with
/// [`Category::Discrimination`].
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Discrimination {
    /// Racist conduct.
    Racist,
    /// Homophobic conduct.
    Homophobic,
    /// Misogynistic conduct.
    Misogynistic,
    /// Disablist conduct.
    Disablist,
    /// Transphobic conduct.
    Transphobic,
    /// Any other discriminatory conduct.
    Other,
}

impl Discrimination {
    /// Every kind, in a stable order.
    pub const ALL: [Discrimination; 6] = [
        Discrimination::Racist,
        Discrimination::Homophobic,
        Discrimination::Misogynistic,
        Discrimination::Disablist,
        Discrimination::Transphobic,
        Discrimination::Other,
    ];

    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Discrimination::Racist => "racist",
            Discrimination::Homophobic => "homophobic",
            Discrimination::Misogynistic => "misogynistic",
            Discrimination::Disablist => "disablist",
            Discrimination::Transphobic => "transphobic",
            Discrimination::Other => "other",
        }
    }

    /// A human label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Discrimination::Racist => "Racist",
            Discrimination::Homophobic => "Homophobic",
            Discrimination::Misogynistic => "Misogynistic",
            Discrimination::Disablist => "Disablist",
            Discrimination::Transphobic => "Transphobic",
            Discrimination::Other => "Other discrimination",
        }
    }
}

impl fmt::Display for Discrimination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_enum_order_and_codes_match_serde() {
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(categories()[i].category, *c);
            assert_eq!(c.info().category, *c);
            let json = serde_json::to_string(c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.code()));
            assert_eq!(Category::from_code(c.code()), Some(*c));
        }
        assert_eq!(Category::from_code("Bribery"), None);
        for d in Discrimination::ALL {
            assert_eq!(
                serde_json::to_string(&d).unwrap(),
                format!("\"{}\"", d.code())
            );
        }
    }

    #[test]
    fn routing_defaults_follow_the_documented_table() {
        use Category::*;
        let acu = [Bribery, AbuseOfPosition, SexualMisconduct];
        for c in Category::ALL {
            let want = if acu.contains(&c) {
                Unit::AntiCorruption
            } else {
                Unit::ProfessionalStandards
            };
            assert_eq!(c.unit(), want, "{c}");
            let iopc = if matches!(c, SexualMisconduct | Discrimination) {
                IopcReferral::Indicated
            } else {
                IopcReferral::Consider
            };
            assert_eq!(c.iopc_referral(), iopc, "{c}");
        }
        assert!(IopcReferral::None < IopcReferral::Consider);
        assert!(IopcReferral::Consider < IopcReferral::Indicated);
        assert!(DomesticAbuse.intelligence_categories().is_empty());
        assert_eq!(
            SexualMisconduct.intelligence_categories(),
            &[IntelligenceCategory::SexualMisconduct]
        );
    }
}
