//! The JSON contract v1: intake reports and disseminated reports.

mod date;
mod disseminated;
mod intake;
pub(crate) mod json;
mod limits;
mod redact;

pub use self::date::Date;
pub use self::disseminated::{
    Disseminated, DisseminatedAttachment, DisseminatedReporter, RoutedForce,
};
pub use self::intake::{
    Attachment, Channel, Contact, DateRange, ForceRef, HowKnown, Incident, IncidentDate, Report,
    Reporter, ReporterMode, Safeguarding, Setting, Subject,
};
#[allow(unused_imports)] // SchemaVersion: for the anonymiser building a `Disseminated`
pub(crate) use self::json::{SchemaVersion, own_message};
pub use self::limits::Limits;

fn schema_string<T: schemars::JsonSchema>() -> String {
    let schema = schemars::SchemaGenerator::new(schemars::generate::SchemaSettings::draft2020_12())
        .into_root_schema_for::<T>();
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// The JSON Schema (draft 2020-12) of the intake report, as committed in
/// `schema/intake-report.v1.json`.
#[must_use]
pub fn intake_report_schema() -> String {
    schema_string::<Report>()
}

/// The JSON Schema (draft 2020-12) of the disseminated report, as
/// committed in `schema/disseminated-report.v1.json`.
#[must_use]
pub fn disseminated_report_schema() -> String {
    schema_string::<Disseminated>()
}
