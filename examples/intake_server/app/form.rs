//! The submitted form: every field kept exactly as typed (so the form can
//! be shown again with nothing lost), and the intake report built from it.

use std::collections::BTreeMap;

use report_shield::{
    Category, Contact, Date, Discrimination, Force, HowKnown, Incident, IncidentDate, Limits, Rank,
    Report, Reporter, Role, Safeguarding, Setting, Subject, TextContext,
};

/// The single-valued fields of the form, by their `name`.
pub(crate) const TEXT_FIELDS: &[&str] = &[
    "subject_name",
    "subject_role",
    "subject_rank",
    "subject_collar",
    "subject_force",
    "subject_station",
    "subject_description",
    "incident_date",
    "incident_location",
    "incident_on_duty",
    "incident_setting",
    "narrative",
    "how_known",
    "someone_at_risk",
    "immediate_danger",
    "reporter_mode",
    "contact_name",
    "contact_phone",
    "contact_email",
    "contact_address",
    "contact_postcode",
    "contact_best_time",
    "action",
];

/// The contact fields, shown only for a confidential report.
pub(crate) const CONTACT_FIELDS: &[&str] = &[
    "contact_name",
    "contact_phone",
    "contact_email",
    "contact_address",
    "contact_postcode",
    "contact_best_time",
];

/// What the reporter sent, as typed.
#[derive(Default, Clone)]
pub(crate) struct FormInput {
    fields: BTreeMap<&'static str, String>,
    /// Ticked category codes, as sent.
    pub(crate) categories: Vec<String>,
    /// Ticked discrimination kinds, as sent.
    pub(crate) discrimination: Vec<String>,
}

// Debug never shows what the reporter typed.
impl std::fmt::Debug for FormInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormInput")
            .field("fields", &format_args!("<{} fields>", self.fields.len()))
            .finish_non_exhaustive()
    }
}

impl FormInput {
    /// Reads an `application/x-www-form-urlencoded` body. Unknown field
    /// names are ignored; a repeated single-valued field keeps its last
    /// value.
    pub(crate) fn parse(body: &[u8]) -> FormInput {
        let mut input = FormInput::default();
        for (name, value) in form_urlencoded::parse(body) {
            match name.as_ref() {
                "categories" => input.categories.push(value.into_owned()),
                "discrimination" => input.discrimination.push(value.into_owned()),
                other => {
                    if let Some(known) = TEXT_FIELDS.iter().find(|f| **f == other) {
                        input.fields.insert(known, value.into_owned());
                    }
                }
            }
        }
        input
    }

    /// A field's value as typed, or `""`.
    pub(crate) fn get(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// Sets a field (used by the JSON preview endpoint).
    pub(crate) fn set(&mut self, name: &str, value: impl Into<String>) {
        if let Some(known) = TEXT_FIELDS.iter().find(|f| **f == name) {
            self.fields.insert(known, value.into());
        }
    }

    /// A field's value trimmed, or `None` when blank.
    fn value(&self, name: &str) -> Option<String> {
        let v = self.get(name).trim();
        (!v.is_empty()).then(|| v.to_owned())
    }

    /// Whether a category code is ticked.
    pub(crate) fn has_category(&self, code: &str) -> bool {
        self.categories.iter().any(|c| c == code)
    }

    /// Whether a discrimination kind is ticked.
    pub(crate) fn has_discrimination(&self, code: &str) -> bool {
        self.discrimination.iter().any(|c| c == code)
    }

    /// Whether the reporter chose to be contactable.
    pub(crate) fn is_confidential(&self) -> bool {
        self.get("reporter_mode") == "confidential"
    }

    fn subject(&self) -> Subject {
        let mut s = Subject::new();
        s.name = self.value("subject_name");
        s.collar_number = self.value("subject_collar");
        s.station = self.value("subject_station");
        s.description = self.value("subject_description");
        if let Some(force) = self.value("subject_force") {
            s = s.with_force(force);
        }
        s
    }

    fn contact(&self) -> Contact {
        let mut c = Contact::new();
        c.name = self.value("contact_name");
        c.phone = self.value("contact_phone");
        c.email = self.value("contact_email");
        c.address = self.value("contact_address");
        c.postcode = self.value("contact_postcode");
        c.best_time = self.value("contact_best_time");
        c
    }

    /// The context for checking the narrative while it is being written:
    /// the officer's details to keep and the reporter's contact details to
    /// protect, exactly as the submitted report would give them.
    pub(crate) fn text_context(&self) -> TextContext {
        let mut report =
            Report::new(self.get("narrative"), [Category::Other]).with_subject(self.subject());
        if self.is_confidential() {
            let contact = self.contact();
            if !contact.is_empty() {
                report = report.with_reporter(Reporter::confidential(contact));
            }
        }
        TextContext::for_report(&report)
    }

    /// Builds and validates the intake report, or says what to fix, field
    /// by field. Messages never repeat what was typed.
    pub(crate) fn to_report(&self, limits: &Limits) -> Result<Report, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field: &'static str, message: &str| {
            errors.push(FieldError {
                field,
                message: message.to_owned(),
            });
        };

        let mut categories = Vec::new();
        for code in &self.categories {
            match Category::from_code(code) {
                Some(c) if !categories.contains(&c) => categories.push(c),
                Some(_) => {}
                None => err(
                    "categories",
                    "Choose the kinds of wrongdoing from the list.",
                ),
            }
        }
        if self.categories.is_empty() {
            err(
                "categories",
                "Choose at least one kind of wrongdoing you are reporting.",
            );
        }
        let mut discrimination = Vec::new();
        for code in &self.discrimination {
            match Discrimination::ALL.iter().find(|d| d.code() == code) {
                Some(d) if !discrimination.contains(d) => discrimination.push(*d),
                Some(_) => {}
                None => err(
                    "discrimination",
                    "Choose the kinds of discrimination from the list.",
                ),
            }
        }
        if !discrimination.is_empty() && !categories.contains(&Category::Discrimination) {
            err(
                "discrimination",
                "You chose a kind of discrimination: also tick \u{2018}Discrimination\u{2019}, or untick the kind.",
            );
        }

        let narrative = self.get("narrative");
        if narrative.trim().is_empty() {
            err(
                "narrative",
                "Tell us what happened: the narrative cannot be empty.",
            );
        }

        let mut subject = self.subject();
        if let Some(role) = self.value("subject_role") {
            match Role::ALL.iter().find(|r| r.code() == role) {
                Some(r) => subject.role = Some(*r),
                None => err("subject_role", "Choose a role from the list."),
            }
        }
        if let Some(rank) = self.value("subject_rank") {
            match Rank::from_code(&rank).or_else(|| Rank::parse(&rank)) {
                Some(r) => subject.rank = Some(r),
                None => err(
                    "subject_rank",
                    "Choose a rank from the list, or leave it blank and describe the rank in the description.",
                ),
            }
        }
        if let Some(force) = self.value("subject_force")
            && Force::by_code(&force).is_none()
        {
            err("subject_force", "Choose a force from the list.");
        }
        let has_subject = subject.name.is_some()
            || subject.role.is_some()
            || subject.rank.is_some()
            || subject.collar_number.is_some()
            || subject.force.is_some()
            || subject.station.is_some()
            || subject.description.is_some();

        let mut incident = Incident::new();
        if let Some(date) = self.value("incident_date") {
            match Date::parse(&date) {
                Some(d) => incident.date = Some(IncidentDate::On(d)),
                None => err(
                    "incident_date",
                    "Enter the date as year-month-day (for example 2026-11-20), or leave it blank.",
                ),
            }
        }
        incident.location = self.value("incident_location");
        match self.get("incident_on_duty") {
            "yes" => incident.on_duty = Some(true),
            "no" => incident.on_duty = Some(false),
            "" | "unknown" => {}
            _ => err("incident_on_duty", "Choose yes, no or not sure."),
        }
        match self.get("incident_setting") {
            "" => {}
            code => match SETTINGS.iter().find(|(c, _, _)| *c == code) {
                Some((_, s, _)) => incident.setting = Some(*s),
                None => err(
                    "incident_setting",
                    "Choose where it happened from the list.",
                ),
            },
        }
        let has_incident = incident.date.is_some()
            || incident.location.is_some()
            || incident.on_duty.is_some()
            || incident.setting.is_some();

        let how_known = match self.get("how_known") {
            "" => None,
            code => match HOW_KNOWN.iter().find(|(c, _, _)| *c == code) {
                Some((_, h, _)) => Some(*h),
                None => {
                    err("how_known", "Choose how you know about this from the list.");
                    None
                }
            },
        };

        let safeguarding = Safeguarding::new(
            self.get("someone_at_risk") == "yes",
            self.get("immediate_danger") == "yes",
        );

        let contact = self.contact();
        let reporter = match self.get("reporter_mode") {
            "confidential" => {
                if contact.is_reachable() {
                    Some(Reporter::confidential(contact))
                } else {
                    err(
                        "contact_phone",
                        "To be contacted, give a phone number, an email address, a postal address or a postcode, or choose to stay anonymous.",
                    );
                    None
                }
            }
            "anonymous" => {
                if contact.is_empty() {
                    Some(Reporter::anonymous())
                } else {
                    err(
                        "reporter_mode",
                        "You chose to stay anonymous, but contact details are filled in. Clear them, or choose confidential.",
                    );
                    None
                }
            }
            _ => {
                err(
                    "reporter_mode",
                    "Choose whether to stay anonymous or to give contact details.",
                );
                None
            }
        };

        let Some(reporter) = reporter else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }

        let mut report = Report::new(narrative, categories).with_reporter(reporter);
        report.discrimination = discrimination;
        if has_subject {
            report = report.with_subject(subject);
        }
        if has_incident {
            report = report.with_incident(incident);
        }
        if let Some(h) = how_known {
            report = report.with_how_known(h);
        }
        report = report.with_safeguarding(safeguarding);
        report = report.with_channel(report_shield::Channel::Online);

        // The crate's own rules and size limits; its messages name the
        // field and the limit, never a value.
        report.validate(limits).map_err(|e| {
            vec![FieldError {
                field: "",
                message: format!("The report could not be accepted: {e}."),
            }]
        })?;
        Ok(report)
    }
}

/// One problem with the form, for the field with that `name` (`""` for
/// the form as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldError {
    /// The field's `name`.
    pub(crate) field: &'static str,
    /// What to do, in plain words.
    pub(crate) message: String,
}

/// Where it happened: code, value, label.
pub(crate) const SETTINGS: &[(&str, Setting, &str)] = &[
    ("in_person", Setting::InPerson, "In person"),
    (
        "online",
        Setting::Online,
        "Online (social media, messages, apps)",
    ),
    ("both", Setting::Both, "Both"),
    ("unknown", Setting::Unknown, "Not sure"),
];

/// How the reporter knows: code, value, label.
pub(crate) const HOW_KNOWN: &[(&str, HowKnown, &str)] = &[
    (
        "first_hand",
        HowKnown::FirstHand,
        "I saw or experienced it myself",
    ),
    (
        "second_hand",
        HowKnown::SecondHand,
        "Someone told me about it",
    ),
    ("unknown", HowKnown::Unknown, "I would rather not say"),
];
