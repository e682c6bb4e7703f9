//! The intake report: what a front end sends (JSON contract v1).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::Date;
use super::json::{self, SchemaVersion};
use super::limits::Limits;
use super::redact::{Opt, Texts};
use crate::error::{Error, ErrorKind, Result};
use crate::taxonomy::{Category, Discrimination, Force, Rank, Role};

/// How the report reached the service.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The online form.
    Online,
    /// A call to the phone line, typed in by a call agent.
    Telephone,
}

/// Where the conduct happened.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// In person.
    InPerson,
    /// Online (social media, messages, apps).
    Online,
    /// Both in person and online.
    Both,
    /// Not known.
    Unknown,
}

/// How the reporter knows what they report.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HowKnown {
    /// The reporter saw or experienced it.
    FirstHand,
    /// The reporter was told about it.
    SecondHand,
    /// Not said.
    #[default]
    Unknown,
}

/// Whether the reporter may be contacted.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReporterMode {
    /// No contact details; nobody can reach the reporter.
    #[default]
    Anonymous,
    /// Contact details are given so the service can route questions back.
    Confidential,
}

/// A force as the reporter gave it: kept as written, resolved against the
/// registry when it matches a code, name or alias. An unrecognised force is
/// never rejected; it stays unresolved.
///
/// In JSON it is the string as given.
///
/// ```
/// use report_shield::ForceRef;
/// let f = ForceRef::new("the Met");
/// assert_eq!(f.force().map(|f| f.code), Some("metropolitan"));
/// assert_eq!(f.as_str(), "the Met");
/// assert!(!ForceRef::new("Gotham City PD").is_resolved());
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ForceRef {
    given: String,
    force: Option<&'static Force>,
}

impl ForceRef {
    /// Resolves `text` against the registry and keeps it as given.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        let given = text.into();
        let force = Force::lookup(&given);
        Self { given, force }
    }

    /// The text as given.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.given
    }

    /// The registry force, if the text resolved.
    #[must_use]
    pub fn force(&self) -> Option<&'static Force> {
        self.force
    }

    /// Whether the text resolved to a registry force.
    #[must_use]
    pub fn is_resolved(&self) -> bool {
        self.force.is_some()
    }
}

impl fmt::Debug for ForceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.force {
            Some(force) => write!(f, "ForceRef({})", force.code),
            None => f.write_str("ForceRef(<unresolved>)"),
        }
    }
}

impl Serialize for ForceRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.given)
    }
}

impl<'de> Deserialize<'de> for ForceRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d).map(ForceRef::new)
    }
}

impl JsonSchema for ForceRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ForceRef".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut m = serde_json::Map::new();
        m.insert("type".into(), "string".into());
        m.insert(
            "description".into(),
            "A police force: a registry code (\"west-midlands\"), an official name or a common \
             alias (\"the Met\", \"GMP\"). Unrecognised text is kept and marked unresolved."
                .into(),
        );
        schemars::Schema::from(m)
    }
}

/// A person being reported: an officer, member of staff or volunteer.
/// These details are the evidence and are kept.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// The subject's name as the reporter knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What kind of police worker they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Their rank (any usual form on input; the canonical code on output).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    /// Their collar (shoulder) number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collar_number: Option<String>,
    /// Their force, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<ForceRef>,
    /// Their station or base.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station: Option<String>,
    /// A description (appearance, vehicle, habits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Their social media or messaging handles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub online_handles: Vec<String>,
}

impl Subject {
    /// A subject with no details yet; set the public fields or use the
    /// `with_*` methods.
    ///
    /// ```
    /// use report_shield::{Rank, Role, Subject};
    /// let s = Subject::new()
    ///     .with_name("Daniel Reeves")
    ///     .with_role(Role::Officer)
    ///     .with_rank(Rank::Constable)
    ///     .with_collar_number("4471")
    ///     .with_force("West Midlands Police");
    /// assert_eq!(s.force.as_ref().and_then(|f| f.force()).map(|f| f.code), Some("west-midlands"));
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the name.
    #[must_use]
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the role.
    #[must_use]
    pub fn with_role(mut self, role: Role) -> Self {
        self.role = Some(role);
        self
    }

    /// Sets the rank.
    #[must_use]
    pub fn with_rank(mut self, rank: Rank) -> Self {
        self.rank = Some(rank);
        self
    }

    /// Sets the collar number.
    #[must_use]
    pub fn with_collar_number(mut self, collar: impl Into<String>) -> Self {
        self.collar_number = Some(collar.into());
        self
    }

    /// Sets the force (resolved against the registry, kept as given).
    #[must_use]
    pub fn with_force(mut self, force: impl Into<String>) -> Self {
        self.force = Some(ForceRef::new(force));
        self
    }

    /// Sets the station.
    #[must_use]
    pub fn with_station(mut self, station: impl Into<String>) -> Self {
        self.station = Some(station.into());
        self
    }

    /// Sets the description.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Adds an online handle.
    #[must_use]
    pub fn with_online_handle(mut self, handle: impl Into<String>) -> Self {
        self.online_handles.push(handle.into());
        self
    }
}

impl fmt::Debug for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Subject")
            .field("name", &Opt(&self.name))
            .field("role", &self.role)
            .field("rank", &self.rank)
            .field("collar_number", &Opt(&self.collar_number))
            .field("force", &self.force)
            .field("station", &Opt(&self.station))
            .field("description", &Opt(&self.description))
            .field("online_handles", &Texts(&self.online_handles))
            .finish()
    }
}

/// The dates between which something happened.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// The first day.
    pub from: Date,
    /// The last day (not before `from`).
    pub to: Date,
}

impl DateRange {
    /// A range; see [`Report::validate`] for the `from <= to` rule.
    #[must_use]
    pub const fn new(from: Date, to: Date) -> Self {
        Self { from, to }
    }
}

/// When the incident happened: a date (`"2026-11-20"`) or a range
/// (`{"from": "2026-11-01", "to": "2026-11-20"}`).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum IncidentDate {
    /// On one day.
    On(Date),
    /// Some time between two days.
    Between(DateRange),
}

impl<'de> Deserialize<'de> for IncidentDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = IncidentDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date or an object with `from` and `to`")
            }
            fn visit_str<E: serde::de::Error>(
                self,
                v: &str,
            ) -> std::result::Result<Self::Value, E> {
                Date::parse(v).map(IncidentDate::On).ok_or_else(|| {
                    E::custom(json::own_message(
                        "is not a real calendar date written YYYY-MM-DD",
                    ))
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<Self::Value, A::Error> {
                DateRange::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(IncidentDate::Between)
            }
        }
        d.deserialize_any(V)
    }
}

/// What happened, when and where (the facts, kept).
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<IncidentDate>,
    /// Where, in the reporter's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Whether the subject was on duty; absent or `null` when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_duty: Option<bool>,
    /// In person, online or both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

impl Incident {
    /// An incident with no details yet; set the public fields.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }
}

impl fmt::Debug for Incident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Incident")
            .field("date", &self.date)
            .field("location", &Opt(&self.location))
            .field("on_duty", &self.on_duty)
            .field("setting", &self.setting)
            .finish()
    }
}

/// Safeguarding flags; either makes the report urgent.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Safeguarding {
    /// Someone is at risk of harm.
    #[serde(default)]
    pub someone_at_risk: bool,
    /// Someone is in immediate danger.
    #[serde(default)]
    pub immediate_danger: bool,
}

impl Safeguarding {
    /// Safeguarding flags.
    #[must_use]
    pub const fn new(someone_at_risk: bool, immediate_danger: bool) -> Self {
        Self {
            someone_at_risk,
            immediate_danger,
        }
    }
}

/// How to reach a confidential reporter. Never leaves the crate in a
/// disseminated report; `Debug` shows only which fields are present.
///
/// ```
/// use report_shield::Contact;
/// let c = Contact::new().with_name("Sam Example").with_phone("07700 900123");
/// assert!(c.is_reachable());
/// assert!(!format!("{c:?}").contains("900123"));
/// ```
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The reporter's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// An email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// A postcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// When it is safe to call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_time: Option<String>,
}

fn filled(v: &Option<String>) -> bool {
    v.as_deref().is_some_and(|s| !s.trim().is_empty())
}

impl Contact {
    /// An empty contact block; set the public fields or use `with_*`.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the name.
    #[must_use]
    pub fn with_name(mut self, v: impl Into<String>) -> Self {
        self.name = Some(v.into());
        self
    }

    /// Sets the phone number.
    #[must_use]
    pub fn with_phone(mut self, v: impl Into<String>) -> Self {
        self.phone = Some(v.into());
        self
    }

    /// Sets the email address.
    #[must_use]
    pub fn with_email(mut self, v: impl Into<String>) -> Self {
        self.email = Some(v.into());
        self
    }

    /// Sets the postal address.
    #[must_use]
    pub fn with_address(mut self, v: impl Into<String>) -> Self {
        self.address = Some(v.into());
        self
    }

    /// Sets the postcode.
    #[must_use]
    pub fn with_postcode(mut self, v: impl Into<String>) -> Self {
        self.postcode = Some(v.into());
        self
    }

    /// Sets the best time to call.
    #[must_use]
    pub fn with_best_time(mut self, v: impl Into<String>) -> Self {
        self.best_time = Some(v.into());
        self
    }

    /// Whether there is at least one way to reach the reporter: a
    /// non-blank phone, email, address or postcode.
    #[must_use]
    pub fn is_reachable(&self) -> bool {
        filled(&self.phone)
            || filled(&self.email)
            || filled(&self.address)
            || filled(&self.postcode)
    }

    /// Whether any field is present.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self == &Contact::default()
    }
}

impl fmt::Debug for Contact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contact")
            .field("name", &Opt(&self.name))
            .field("phone", &Opt(&self.phone))
            .field("email", &Opt(&self.email))
            .field("address", &Opt(&self.address))
            .field("postcode", &Opt(&self.postcode))
            .field("best_time", &Opt(&self.best_time))
            .finish()
    }
}

/// Who reported and whether they can be reached.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reporter {
    /// Anonymous or confidential.
    pub mode: ReporterMode,
    /// Contact details: required for confidential reports, forbidden for
    /// anonymous ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

impl Reporter {
    /// An anonymous reporter (no contact details).
    #[must_use]
    pub fn anonymous() -> Self {
        Self::default()
    }

    /// A confidential reporter who can be reached through `contact`.
    #[must_use]
    pub fn confidential(contact: Contact) -> Self {
        Self {
            mode: ReporterMode::Confidential,
            contact: Some(contact),
        }
    }
}

/// A file the reporter attached (photos, screenshots).
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The file name as uploaded (often identifying: replaced by a token
    /// on the way out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The media type (`image/jpeg`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// The size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
}

impl Attachment {
    /// An attachment with a file name.
    #[must_use]
    pub fn new(file_name: impl Into<String>) -> Self {
        Self {
            file_name: Some(file_name.into()),
            ..Self::default()
        }
    }

    /// Sets the media type.
    #[must_use]
    pub fn with_media_type(mut self, v: impl Into<String>) -> Self {
        self.media_type = Some(v.into());
        self
    }

    /// Sets the size in bytes.
    #[must_use]
    pub fn with_size_bytes(mut self, v: u64) -> Self {
        self.size_bytes = Some(v);
        self
    }
}

impl fmt::Debug for Attachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attachment")
            .field("file_name", &Opt(&self.file_name))
            .field("media_type", &self.media_type)
            .field("size_bytes", &self.size_bytes)
            .finish()
    }
}

/// An intake report, JSON contract v1: what a front end sends.
///
/// Read one with [`Report::from_json`] (which also validates it against the
/// default [`Limits`]) or build one in Rust with [`Report::new`] and call
/// [`Report::validate`].
///
/// ```
/// use report_shield::{Category, Contact, Limits, Report, Reporter, Subject};
///
/// let report = Report::new("He asked for £200 to lose the ticket.", [Category::Bribery])
///     .with_subject(Subject::new().with_name("Daniel Reeves").with_force("the Met"))
///     .with_reporter(Reporter::confidential(Contact::new().with_email("sam@example.com")));
/// report.validate(&Limits::default())?;
///
/// let json = report.to_json()?;
/// let again = Report::from_json(&json)?;
/// assert_eq!(again, report);
/// # Ok::<(), report_shield::Error>(())
/// ```
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Intake report (JSON contract v1)",
    description = "What an intake front end sends to report-shield."
)]
pub struct Report {
    /// Always 1.
    pub(crate) schema_version: SchemaVersion,
    /// The intake system's own reference. Never disseminated as is: the
    /// disseminated `reference` is derived from it with the key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The day the report was received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<Date>,
    /// Online form or phone line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// One or more categories, no repeats.
    pub categories: Vec<Category>,
    /// Kinds of discrimination; only with [`Category::Discrimination`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discrimination: Vec<Discrimination>,
    /// The people reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<Subject>,
    /// When, where and in what setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<Incident>,
    /// The reporter's account, written or dictated. Required, not blank.
    pub narrative: String,
    /// How the reporter knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_known: Option<HowKnown>,
    /// Safeguarding flags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguarding: Option<Safeguarding>,
    /// Anonymous or confidential, with contact details. Absent means
    /// anonymous.
    #[serde(default)]
    pub reporter: Reporter,
    /// Attached files (metadata only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Report")
            .field("schema_version", &json::SCHEMA_VERSION)
            .field("id", &Opt(&self.id))
            .field("received", &self.received)
            .field("channel", &self.channel)
            .field("categories", &self.categories)
            .field("discrimination", &self.discrimination)
            .field("subjects", &self.subjects)
            .field("incident", &self.incident)
            .field("narrative", &"<redacted>")
            .field("how_known", &self.how_known)
            .field("safeguarding", &self.safeguarding)
            .field("reporter", &self.reporter)
            .field("attachments", &self.attachments)
            .finish()
    }
}

fn limit_err(field: &str, limit: usize, unit: &str) -> Error {
    Error::new(
        ErrorKind::LimitExceeded,
        format!("`{field}` exceeds the limit of {limit} {unit}"),
    )
}

fn invalid(msg: String) -> Error {
    Error::new(ErrorKind::InvalidReport, msg)
}

fn check_text(field: &dyn Fn() -> String, v: &Option<String>, max: usize) -> Result<()> {
    match v {
        Some(s) if s.len() > max => Err(limit_err(&field(), max, "bytes")),
        _ => Ok(()),
    }
}

impl Report {
    /// A new anonymous report with a narrative and its categories; add
    /// the rest with the public fields or the `with_*` methods.
    #[must_use]
    pub fn new(
        narrative: impl Into<String>,
        categories: impl IntoIterator<Item = Category>,
    ) -> Self {
        Self {
            schema_version: SchemaVersion,
            id: None,
            received: None,
            channel: None,
            categories: categories.into_iter().collect(),
            discrimination: Vec::new(),
            subjects: Vec::new(),
            incident: None,
            narrative: narrative.into(),
            how_known: None,
            safeguarding: None,
            reporter: Reporter::anonymous(),
            attachments: Vec::new(),
        }
    }

    /// The contract version (always 1).
    #[must_use]
    pub fn schema_version(&self) -> u32 {
        1
    }

    /// Sets the intake id.
    #[must_use]
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets the received date.
    #[must_use]
    pub fn with_received(mut self, date: Date) -> Self {
        self.received = Some(date);
        self
    }

    /// Sets the channel.
    #[must_use]
    pub fn with_channel(mut self, channel: Channel) -> Self {
        self.channel = Some(channel);
        self
    }

    /// Adds a kind of discrimination.
    #[must_use]
    pub fn with_discrimination(mut self, d: Discrimination) -> Self {
        self.discrimination.push(d);
        self
    }

    /// Adds a subject.
    #[must_use]
    pub fn with_subject(mut self, subject: Subject) -> Self {
        self.subjects.push(subject);
        self
    }

    /// Sets the incident.
    #[must_use]
    pub fn with_incident(mut self, incident: Incident) -> Self {
        self.incident = Some(incident);
        self
    }

    /// Sets how the reporter knows.
    #[must_use]
    pub fn with_how_known(mut self, how: HowKnown) -> Self {
        self.how_known = Some(how);
        self
    }

    /// Sets the safeguarding flags.
    #[must_use]
    pub fn with_safeguarding(mut self, s: Safeguarding) -> Self {
        self.safeguarding = Some(s);
        self
    }

    /// Sets the reporter.
    #[must_use]
    pub fn with_reporter(mut self, reporter: Reporter) -> Self {
        self.reporter = reporter;
        self
    }

    /// Adds an attachment.
    #[must_use]
    pub fn with_attachment(mut self, a: Attachment) -> Self {
        self.attachments.push(a);
        self
    }

    /// Reads and validates a report with the default [`Limits`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`] for malformed JSON, [`ErrorKind::UnknownField`],
    /// [`ErrorKind::MissingField`], [`ErrorKind::UnsupportedVersion`],
    /// [`ErrorKind::InvalidReport`] for a wrong type, a value outside its
    /// set or a broken rule, [`ErrorKind::LimitExceeded`]. Messages name
    /// the field (`subjects[0].rank`), never its value.
    pub fn from_json(text: &str) -> Result<Report> {
        Self::from_json_with_limits(text, &Limits::default())
    }

    /// Like [`Report::from_json`] for bytes; invalid UTF-8 is an
    /// [`ErrorKind::Json`] error.
    ///
    /// # Errors
    ///
    /// As [`Report::from_json`].
    pub fn from_slice(bytes: &[u8]) -> Result<Report> {
        Self::from_slice_with_limits(bytes, &Limits::default())
    }

    /// Like [`Report::from_slice`] with explicit limits.
    ///
    /// # Errors
    ///
    /// As [`Report::from_json`].
    pub fn from_slice_with_limits(bytes: &[u8], limits: &Limits) -> Result<Report> {
        if bytes.len() > limits.max_input_bytes() {
            return Err(limit_err(
                "the JSON input",
                limits.max_input_bytes(),
                "bytes",
            ));
        }
        Self::from_json_with_limits(json::utf8(bytes)?, limits)
    }

    /// Reads and validates a report with explicit limits.
    ///
    /// # Errors
    ///
    /// As [`Report::from_json`].
    pub fn from_json_with_limits(text: &str, limits: &Limits) -> Result<Report> {
        if text.len() > limits.max_input_bytes() {
            return Err(limit_err(
                "the JSON input",
                limits.max_input_bytes(),
                "bytes",
            ));
        }
        let report: Report = json::from_str(text)?;
        report.validate(limits)?;
        Ok(report)
    }

    /// Writes the report as compact JSON (contract v1).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`] if serialisation fails (it does not for these
    /// types).
    pub fn to_json(&self) -> Result<String> {
        json::to_string(self, false)
    }

    /// Writes the report as indented JSON.
    ///
    /// # Errors
    ///
    /// As [`Report::to_json`].
    pub fn to_json_pretty(&self) -> Result<String> {
        json::to_string(self, true)
    }

    /// Checks the contract's rules and the size limits.
    ///
    /// Rules: at least one category and no repeats; `discrimination` only
    /// with the discrimination category; a narrative that is not blank; an
    /// incident date range with `from` not after `to`; an anonymous
    /// reporter gives no contact details; a confidential reporter gives
    /// contact details with a phone, email, address or postcode.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidReport`] or [`ErrorKind::LimitExceeded`],
    /// naming the field.
    pub fn validate(&self, limits: &Limits) -> Result<()> {
        let short = limits.max_short_text_bytes();
        let long = limits.max_long_text_bytes();

        if self.categories.is_empty() {
            return Err(invalid(
                "`categories` must list at least one category".into(),
            ));
        }
        for (i, c) in self.categories.iter().enumerate() {
            if self
                .categories
                .get(..i)
                .is_some_and(|prev| prev.contains(c))
            {
                return Err(invalid(format!("`categories[{i}]` repeats a category")));
            }
        }
        if !self.discrimination.is_empty() && !self.categories.contains(&Category::Discrimination) {
            return Err(invalid(
                "`discrimination` is only allowed with the `discrimination` category".into(),
            ));
        }
        for (i, d) in self.discrimination.iter().enumerate() {
            if self
                .discrimination
                .get(..i)
                .is_some_and(|prev| prev.contains(d))
            {
                return Err(invalid(format!("`discrimination[{i}]` repeats a kind")));
            }
        }

        if self.narrative.len() > limits.max_narrative_bytes() {
            return Err(limit_err(
                "narrative",
                limits.max_narrative_bytes(),
                "bytes",
            ));
        }
        if self.narrative.trim().is_empty() {
            return Err(invalid("`narrative` is blank".into()));
        }
        check_text(&|| "id".into(), &self.id, short)?;

        if self.subjects.len() > limits.max_subjects() {
            return Err(limit_err("subjects", limits.max_subjects(), "subjects"));
        }
        for (i, s) in self.subjects.iter().enumerate() {
            let p = |f: &str| format!("subjects[{i}].{f}");
            check_text(&|| p("name"), &s.name, short)?;
            check_text(&|| p("collar_number"), &s.collar_number, short)?;
            let force = s.force.as_ref().map(|f| f.as_str().to_owned());
            check_text(&|| p("force"), &force, short)?;
            check_text(&|| p("station"), &s.station, short)?;
            check_text(&|| p("description"), &s.description, long)?;
            if s.online_handles.len() > limits.max_handles_per_subject() {
                return Err(limit_err(
                    &p("online_handles"),
                    limits.max_handles_per_subject(),
                    "handles",
                ));
            }
            for (j, h) in s.online_handles.iter().enumerate() {
                if h.len() > short {
                    return Err(limit_err(
                        &p(&format!("online_handles[{j}]")),
                        short,
                        "bytes",
                    ));
                }
            }
        }

        if let Some(inc) = &self.incident {
            check_text(&|| "incident.location".into(), &inc.location, long)?;
            if let Some(IncidentDate::Between(r)) = inc.date
                && r.from > r.to
            {
                return Err(invalid("`incident.date`: `from` is after `to`".into()));
            }
        }

        match (self.reporter.mode, &self.reporter.contact) {
            (ReporterMode::Anonymous, Some(_)) => {
                return Err(invalid(
                    "`reporter.contact` is not allowed when `reporter.mode` is anonymous".into(),
                ));
            }
            (ReporterMode::Confidential, None) => {
                return Err(invalid(
                    "`reporter.contact` is required when `reporter.mode` is confidential".into(),
                ));
            }
            (ReporterMode::Confidential, Some(c)) => {
                check_text(&|| "reporter.contact.name".into(), &c.name, short)?;
                check_text(&|| "reporter.contact.phone".into(), &c.phone, short)?;
                check_text(&|| "reporter.contact.email".into(), &c.email, short)?;
                check_text(&|| "reporter.contact.address".into(), &c.address, long)?;
                check_text(&|| "reporter.contact.postcode".into(), &c.postcode, short)?;
                check_text(&|| "reporter.contact.best_time".into(), &c.best_time, short)?;
                if !c.is_reachable() {
                    return Err(invalid(
                        "`reporter.contact` must give a phone, email, address or postcode".into(),
                    ));
                }
            }
            (ReporterMode::Anonymous, None) => {}
        }

        if self.attachments.len() > limits.max_attachments() {
            return Err(limit_err(
                "attachments",
                limits.max_attachments(),
                "attachments",
            ));
        }
        for (i, a) in self.attachments.iter().enumerate() {
            check_text(
                &|| format!("attachments[{i}].file_name"),
                &a.file_name,
                short,
            )?;
            check_text(
                &|| format!("attachments[{i}].media_type"),
                &a.media_type,
                short,
            )?;
        }
        Ok(())
    }
}
