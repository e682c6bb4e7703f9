//! The registry of the 48 UK police forces.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use serde::Serialize;

/// The nation (or nations) a force serves.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Country {
    /// England.
    England,
    /// Wales.
    Wales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
    /// England, Wales and Scotland (British Transport Police).
    GreatBritain,
    /// The whole United Kingdom (Civil Nuclear Constabulary, Ministry of
    /// Defence Police).
    UnitedKingdom,
}

impl Country {
    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Country::England => "england",
            Country::Wales => "wales",
            Country::Scotland => "scotland",
            Country::NorthernIreland => "northern_ireland",
            Country::GreatBritain => "great_britain",
            Country::UnitedKingdom => "united_kingdom",
        }
    }
}

/// Whether a force is a territorial force or a special police force.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ForceKind {
    /// One of the 45 territorial forces (43 in England and Wales, Police
    /// Scotland, PSNI).
    Territorial,
    /// A special police force (BTP, CNC, MDP).
    Special,
}

impl ForceKind {
    /// The stable snake_case code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            ForceKind::Territorial => "territorial",
            ForceKind::Special => "special",
        }
    }
}

/// One UK police force in the registry.
///
/// ```
/// use report_shield::{Country, Force, ForceKind};
/// let btp = Force::lookup("British Transport Police");
/// assert_eq!(btp.map(|f| (f.code, f.kind)), Some(("btp", ForceKind::Special)));
/// assert_eq!(Force::lookup("Heddlu Gwent").map(|f| f.country), Some(Country::Wales));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Force {
    /// The stable code: the police.uk force id where there is one
    /// (`"west-midlands"`, `"btp"`), else a slug in the same style
    /// (`"police-scotland"`, `"civil-nuclear"`, `"ministry-of-defence"`).
    pub code: &'static str,
    /// The official name.
    pub name: &'static str,
    /// The ONS Police Force Area code (E23…/W15…), where there is one.
    pub ons_code: Option<&'static str>,
    /// The nation(s) served.
    pub country: Country,
    /// Territorial or special.
    pub kind: ForceKind,
    /// Common other names ("the Met", "GMP", "West Mids Police" …).
    pub aliases: &'static [&'static str],
}

static FORCES: [Force; 48] = [
    Force {
        code: "avon-and-somerset",
        name: "Avon and Somerset Police",
        ons_code: Some("E23000036"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Avon and Somerset Constabulary",
            "Avon & Somerset",
            "Avon and Somerset",
            "A&S Police",
        ],
    },
    Force {
        code: "bedfordshire",
        name: "Bedfordshire Police",
        ons_code: Some("E23000026"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Beds Police",
            "Bedfordshire",
            "Beds",
            "Bedfordshire Constabulary",
        ],
    },
    Force {
        code: "cambridgeshire",
        name: "Cambridgeshire Constabulary",
        ons_code: Some("E23000023"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Cambs Police",
            "Cambridgeshire Police",
            "Cambridgeshire",
            "Cambs",
        ],
    },
    Force {
        code: "cheshire",
        name: "Cheshire Constabulary",
        ons_code: Some("E23000006"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Cheshire Police", "Cheshire", "Cheshire Police Force"],
    },
    Force {
        code: "city-of-london",
        name: "City of London Police",
        ons_code: Some("E23000034"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "CoLP",
            "City Police",
            "City of London",
            "London City Police",
        ],
    },
    Force {
        code: "cleveland",
        name: "Cleveland Police",
        ons_code: Some("E23000013"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Cleveland", "Cleveland Constabulary", "Teesside Police"],
    },
    Force {
        code: "cumbria",
        name: "Cumbria Constabulary",
        ons_code: Some("E23000002"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Cumbria Police", "Cumbria", "Cumbrian Police"],
    },
    Force {
        code: "derbyshire",
        name: "Derbyshire Constabulary",
        ons_code: Some("E23000018"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Derbyshire Police", "Derbyshire", "Derbys Police"],
    },
    Force {
        code: "devon-and-cornwall",
        name: "Devon and Cornwall Police",
        ons_code: Some("E23000035"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Devon & Cornwall Police",
            "D&C Police",
            "Devon and Cornwall Constabulary",
            "Devon and Cornwall",
        ],
    },
    Force {
        code: "dorset",
        name: "Dorset Police",
        ons_code: Some("E23000039"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Dorset", "Dorset Constabulary"],
    },
    Force {
        code: "durham",
        name: "Durham Constabulary",
        ons_code: Some("E23000008"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Durham Police", "Durham", "County Durham Police"],
    },
    Force {
        code: "dyfed-powys",
        name: "Dyfed-Powys Police",
        ons_code: Some("W15000004"),
        country: Country::Wales,
        kind: ForceKind::Territorial,
        aliases: &[
            "Heddlu Dyfed-Powys",
            "Dyfed-Powys",
            "Dyfed Powys Constabulary",
        ],
    },
    Force {
        code: "essex",
        name: "Essex Police",
        ons_code: Some("E23000028"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Essex", "Essex Constabulary"],
    },
    Force {
        code: "gloucestershire",
        name: "Gloucestershire Constabulary",
        ons_code: Some("E23000037"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Gloucestershire Police",
            "Glos Police",
            "Gloucestershire",
            "Glos",
        ],
    },
    Force {
        code: "greater-manchester",
        name: "Greater Manchester Police",
        ons_code: Some("E23000005"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "GMP",
            "Manchester Police",
            "Greater Manchester",
            "Greater Manchester Police Service",
        ],
    },
    Force {
        code: "gwent",
        name: "Gwent Police",
        ons_code: Some("W15000002"),
        country: Country::Wales,
        kind: ForceKind::Territorial,
        aliases: &["Heddlu Gwent", "Gwent", "Gwent Constabulary"],
    },
    Force {
        code: "hampshire",
        name: "Hampshire Constabulary",
        ons_code: Some("E23000030"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Hampshire and Isle of Wight Constabulary",
            "Hampshire Police",
            "Hants Police",
            "Hampshire",
            "Hants",
        ],
    },
    Force {
        code: "hertfordshire",
        name: "Hertfordshire Constabulary",
        ons_code: Some("E23000027"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Herts Police",
            "Hertfordshire Police",
            "Hertfordshire",
            "Herts",
        ],
    },
    Force {
        code: "humberside",
        name: "Humberside Police",
        ons_code: Some("E23000012"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Humberside", "Humberside Constabulary", "Hull Police"],
    },
    Force {
        code: "kent",
        name: "Kent Police",
        ons_code: Some("E23000032"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Kent", "Kent Constabulary", "Kent County Constabulary"],
    },
    Force {
        code: "lancashire",
        name: "Lancashire Constabulary",
        ons_code: Some("E23000003"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Lancashire Police", "Lancs Police", "Lancashire", "Lancs"],
    },
    Force {
        code: "leicestershire",
        name: "Leicestershire Police",
        ons_code: Some("E23000021"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Leics Police",
            "Leicestershire",
            "Leics",
            "Leicestershire Constabulary",
        ],
    },
    Force {
        code: "lincolnshire",
        name: "Lincolnshire Police",
        ons_code: Some("E23000020"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Lincs Police", "Lincolnshire", "Lincs"],
    },
    Force {
        code: "merseyside",
        name: "Merseyside Police",
        ons_code: Some("E23000004"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Merseyside", "Liverpool Police", "Merseyside Constabulary"],
    },
    Force {
        code: "metropolitan",
        name: "Metropolitan Police Service",
        ons_code: Some("E23000001"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Met",
            "Met Police",
            "Met Police Service",
            "Metropolitan Police",
            "Metropolitan",
            "MPS",
            "Scotland Yard",
            "New Scotland Yard",
            "London Metropolitan Police",
        ],
    },
    Force {
        code: "norfolk",
        name: "Norfolk Constabulary",
        ons_code: Some("E23000024"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Norfolk Police", "Norfolk"],
    },
    Force {
        code: "north-wales",
        name: "North Wales Police",
        ons_code: Some("W15000001"),
        country: Country::Wales,
        kind: ForceKind::Territorial,
        aliases: &["Heddlu Gogledd Cymru", "North Wales", "NWP"],
    },
    Force {
        code: "north-yorkshire",
        name: "North Yorkshire Police",
        ons_code: Some("E23000009"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "North Yorks Police",
            "North Yorkshire",
            "NYP",
            "N Yorks Police",
        ],
    },
    Force {
        code: "northamptonshire",
        name: "Northamptonshire Police",
        ons_code: Some("E23000022"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Northants Police", "Northamptonshire", "Northants"],
    },
    Force {
        code: "northumbria",
        name: "Northumbria Police",
        ons_code: Some("E23000007"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Northumbria",
            "Northumbria Constabulary",
            "Newcastle Police",
        ],
    },
    Force {
        code: "nottinghamshire",
        name: "Nottinghamshire Police",
        ons_code: Some("E23000019"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Notts Police", "Nottinghamshire", "Notts"],
    },
    Force {
        code: "south-wales",
        name: "South Wales Police",
        ons_code: Some("W15000003"),
        country: Country::Wales,
        kind: ForceKind::Territorial,
        aliases: &["Heddlu De Cymru", "South Wales", "SWP"],
    },
    Force {
        code: "south-yorkshire",
        name: "South Yorkshire Police",
        ons_code: Some("E23000011"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["South Yorks Police", "South Yorkshire", "SYP"],
    },
    Force {
        code: "staffordshire",
        name: "Staffordshire Police",
        ons_code: Some("E23000015"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Staffs Police", "Staffordshire", "Staffs"],
    },
    Force {
        code: "suffolk",
        name: "Suffolk Constabulary",
        ons_code: Some("E23000025"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Suffolk Police", "Suffolk"],
    },
    Force {
        code: "surrey",
        name: "Surrey Police",
        ons_code: Some("E23000031"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Surrey", "Surrey Constabulary"],
    },
    Force {
        code: "sussex",
        name: "Sussex Police",
        ons_code: Some("E23000033"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Sussex", "Sussex Constabulary"],
    },
    Force {
        code: "thames-valley",
        name: "Thames Valley Police",
        ons_code: Some("E23000029"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["TVP", "Thames Valley", "Thames Valley Constabulary"],
    },
    Force {
        code: "warwickshire",
        name: "Warwickshire Police",
        ons_code: Some("E23000017"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["Warks Police", "Warwickshire", "Warks"],
    },
    Force {
        code: "west-mercia",
        name: "West Mercia Police",
        ons_code: Some("E23000016"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["West Mercia", "West Mercia Constabulary", "Mercia Police"],
    },
    Force {
        code: "west-midlands",
        name: "West Midlands Police",
        ons_code: Some("E23000014"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "WMP",
            "West Mids Police",
            "West Midlands",
            "West Mids",
            "Birmingham Police",
        ],
    },
    Force {
        code: "west-yorkshire",
        name: "West Yorkshire Police",
        ons_code: Some("E23000010"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &["WYP", "West Yorks Police", "West Yorkshire", "West Yorks"],
    },
    Force {
        code: "wiltshire",
        name: "Wiltshire Police",
        ons_code: Some("E23000038"),
        country: Country::England,
        kind: ForceKind::Territorial,
        aliases: &[
            "Wilts Police",
            "Wiltshire",
            "Wilts",
            "Wiltshire Constabulary",
        ],
    },
    Force {
        code: "police-scotland",
        name: "Police Scotland",
        ons_code: None,
        country: Country::Scotland,
        kind: ForceKind::Territorial,
        aliases: &[
            "Police Service of Scotland",
            "Scottish Police",
            "Poileas Alba",
            "Scotland Police",
        ],
    },
    Force {
        code: "northern-ireland",
        name: "Police Service of Northern Ireland",
        ons_code: None,
        country: Country::NorthernIreland,
        kind: ForceKind::Territorial,
        aliases: &[
            "PSNI",
            "Northern Ireland Police",
            "Northern Ireland",
            "NI Police",
        ],
    },
    Force {
        code: "btp",
        name: "British Transport Police",
        ons_code: None,
        country: Country::GreatBritain,
        kind: ForceKind::Special,
        aliases: &[
            "BTP",
            "Transport Police",
            "British Transport",
            "Railway Police",
        ],
    },
    Force {
        code: "civil-nuclear",
        name: "Civil Nuclear Constabulary",
        ons_code: None,
        country: Country::UnitedKingdom,
        kind: ForceKind::Special,
        aliases: &[
            "CNC",
            "Civil Nuclear Police",
            "Nuclear Police",
            "Civil Nuclear",
        ],
    },
    Force {
        code: "ministry-of-defence",
        name: "Ministry of Defence Police",
        ons_code: None,
        country: Country::UnitedKingdom,
        kind: ForceKind::Special,
        aliases: &["MDP", "MoD Police", "Defence Police", "Ministry of Defence"],
    },
];

/// All 48 forces, in a stable order (the 43 forces of England and Wales
/// alphabetically, then Police Scotland, PSNI, BTP, CNC and MDP).
#[must_use]
pub fn forces() -> &'static [Force] {
    &FORCES
}

/// Words dropped from the end of a name when that is unambiguous.
const SUFFIXES: [&[&str]; 5] = [
    &["police", "service"],
    &["police", "force"],
    &["constabulary"],
    &["police"],
    &["force"],
];

/// Lower-case ASCII words: "Avon & Somerset Constabulary." →
/// ["avon", "and", "somerset", "constabulary"].
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if c == '&' {
                out.push("and".to_owned());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn strip_the(w: &[String]) -> &[String] {
    match w.split_first() {
        Some((first, rest)) if first == "the" && !rest.is_empty() => rest,
        _ => w,
    }
}

fn strip_suffix(w: &[String]) -> Option<&[String]> {
    for suf in SUFFIXES {
        if w.len() > suf.len() {
            let (head, tail) = w.split_at(w.len() - suf.len());
            if tail.iter().map(String::as_str).eq(suf.iter().copied()) {
                return Some(head);
            }
        }
    }
    None
}

struct Index {
    exact: HashMap<String, usize>,
    stripped: HashMap<String, usize>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact = HashMap::new();
        let mut stripped: HashMap<String, Option<usize>> = HashMap::new();
        for (i, f) in FORCES.iter().enumerate() {
            let forms = [f.code, f.name]
                .into_iter()
                .chain(f.aliases.iter().copied());
            for form in forms {
                let w = words(form);
                let w = strip_the(&w);
                exact.entry(w.join(" ")).or_insert(i);
                if let Some(head) = strip_suffix(w) {
                    let e = stripped.entry(head.join(" ")).or_insert(Some(i));
                    if *e != Some(i) {
                        *e = None; // ambiguous: more than one force
                    }
                }
            }
        }
        let stripped = stripped
            .into_iter()
            .filter_map(|(k, v)| v.map(|i| (k, i)))
            .filter(|(k, _)| !exact.contains_key(k))
            .collect();
        Index { exact, stripped }
    })
}

impl Force {
    /// Finds a force by its code, official name or a common alias.
    ///
    /// Case, spacing and punctuation do not matter (`"Dyfed Powys"`,
    /// `"west-midlands"`, `"Avon & Somerset"`), a leading "the" is ignored,
    /// and a trailing "police", "constabulary", "police service", "police
    /// force" or "force" is ignored where that leaves an unambiguous name
    /// (`"Kent Constabulary"`, `"the Met police"`).
    ///
    /// ```
    /// use report_shield::Force;
    /// let a = Force::lookup("the met").map(|f| f.code);
    /// assert_eq!(a, Some("metropolitan"));
    /// assert_eq!(Force::lookup("Met Police").map(|f| f.code), a);
    /// assert_eq!(Force::lookup("GMP").map(|f| f.name), Some("Greater Manchester Police"));
    /// assert!(Force::lookup("Gotham City Police").is_none());
    /// ```
    #[must_use]
    pub fn lookup(text: &str) -> Option<&'static Force> {
        if text.len() > 256 {
            return None;
        }
        let idx = index();
        let w = words(text);
        let w = strip_the(&w);
        if w.is_empty() {
            return None;
        }
        let key = w.join(" ");
        if let Some(&i) = idx.exact.get(&key) {
            return FORCES.get(i);
        }
        if let Some(&i) = idx.stripped.get(&key) {
            return FORCES.get(i);
        }
        let head = strip_suffix(w)?;
        let key = head.join(" ");
        idx.exact
            .get(&key)
            .or_else(|| idx.stripped.get(&key))
            .and_then(|&i| FORCES.get(i))
    }

    /// The force with exactly this code.
    #[must_use]
    pub fn by_code(code: &str) -> Option<&'static Force> {
        FORCES.iter().find(|f| f.code == code)
    }
}

impl fmt::Display for Force {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_48_forces_with_unique_codes() {
        assert_eq!(forces().len(), 48);
        let mut codes: Vec<_> = forces().iter().map(|f| f.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 48);
        let territorial = forces()
            .iter()
            .filter(|f| f.kind == ForceKind::Territorial)
            .count();
        assert_eq!(territorial, 45);
        let ew = forces()
            .iter()
            .filter(|f| matches!(f.country, Country::England | Country::Wales))
            .count();
        assert_eq!(ew, 43);
        for f in forces() {
            assert!(f.aliases.len() >= 2, "{} needs aliases", f.code);
            assert_eq!(Force::by_code(f.code), Some(f));
        }
    }

    #[test]
    fn met_aliases_agree() {
        let met = Force::lookup("metropolitan").map(|f| f.code);
        assert_eq!(met, Some("metropolitan"));
        for s in [
            "the met",
            "Met Police",
            "THE MET POLICE",
            "Metropolitan Police",
            "metropolitan police service",
            "MPS",
            "the Metropolitan Police Service",
            "  met. ",
        ] {
            assert_eq!(Force::lookup(s).map(|f| f.code), met, "{s}");
        }
    }

    #[test]
    fn suffixes_and_punctuation() {
        let cases = [
            ("Kent Constabulary", "kent"),
            ("Avon & Somerset Constabulary", "avon-and-somerset"),
            ("avon and somerset police", "avon-and-somerset"),
            ("Dyfed Powys", "dyfed-powys"),
            ("west-midlands", "west-midlands"),
            ("West Mids Police", "west-midlands"),
            ("WMP", "west-midlands"),
            ("the GMP", "greater-manchester"),
            ("Durham Police Force", "durham"),
            ("Police Scotland", "police-scotland"),
            ("PSNI", "northern-ireland"),
            ("BTP", "btp"),
            ("CNC", "civil-nuclear"),
            ("MDP", "ministry-of-defence"),
            ("North Wales Police Service", "north-wales"),
            ("Hampshire and Isle of Wight Constabulary", "hampshire"),
        ];
        for (s, code) in cases {
            assert_eq!(Force::lookup(s).map(|f| f.code), Some(code), "{s}");
        }
    }

    #[test]
    fn non_forces_do_not_resolve() {
        for s in [
            "",
            "the",
            "police",
            "the police",
            "constabulary",
            "Wales",
            "Yorkshire",
            "West",
            "North",
            "Police Service",
            "Gotham City Police",
            "NCA",
        ] {
            assert_eq!(Force::lookup(s), None, "{s:?}");
        }
        assert_eq!(Force::lookup(&"met ".repeat(1000)), None);
    }
}
