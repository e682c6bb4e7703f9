//! The pages, as plain accessible HTML. Every value that did not come
//! from this file goes through [`esc`]; no inline script or style (the CSP
//! forbids both).

use std::fmt::Write as _;

use report_shield::{Disseminated, Rank, ReporterMode, categories, forces, taxonomy};

use super::form::{CONTACT_FIELDS, FieldError, FormInput, HOW_KNOWN, SETTINGS};
use super::words::{Preview, action_words, capitalise, party_words};

/// Escapes text for an HTML text node or a quoted attribute value.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Field limits shown to the browser (`maxlength`), matching the crate's
/// default [`report_shield::Limits`].
const SHORT: usize = 1024;
const LONG: usize = 4096;
const NARRATIVE: usize = 64 * 1024;

/// A whole page around `body`.
pub(crate) fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n\
<title>{title}</title>\n<link rel=\"stylesheet\" href=\"/static/intake.css\">\n\
<script src=\"/static/intake.js\" defer></script>\n</head>\n<body>\n\
<a class=\"skip\" href=\"#main\">Skip to the form</a>\n\
<header><p class=\"service\">Police Anti-Corruption and Abuse Reporting Service <span class=\"tag\">reference form</span></p></header>\n\
<main id=\"main\">\n{body}</main>\n</body>\n</html>\n",
        title = esc(title),
    )
}

/// A short page with a heading and a paragraph (errors, not found).
pub(crate) fn message_page(title: &str, text: &str) -> String {
    page(
        title,
        &format!(
            "<h1>{}</h1>\n<p>{}</p>\n<p><a href=\"/\">Back to the form</a></p>\n",
            esc(title),
            esc(text)
        ),
    )
}

/// What was typed and what is wrong with it, for the field helpers.
struct Values<'a> {
    input: &'a FormInput,
    errors: &'a [FieldError],
}

fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// The id of a field's element, for labels and the error summary.
fn field_id(field: &str) -> String {
    format!("f-{}", field.replace('_', "-"))
}

fn error_html(errors: &[FieldError], field: &str) -> (String, String) {
    match error_for(errors, field) {
        Some(e) => (
            format!(
                "<p class=\"error-message\" id=\"{}-error\"><span class=\"visually-hidden\">Error:</span> {}</p>\n",
                field_id(field),
                esc(&e.message)
            ),
            format!(
                " aria-invalid=\"true\" aria-describedby=\"{}-error\"",
                field_id(field)
            ),
        ),
        None => (String::new(), String::new()),
    }
}

fn text_input(
    out: &mut String,
    v: &Values<'_>,
    field: &str,
    label: &str,
    hint: &str,
    kind: &str,
    autocomplete: &str,
) {
    let id = field_id(field);
    let (err, attrs) = error_html(v.errors, field);
    let hint_html = if hint.is_empty() {
        String::new()
    } else {
        format!("<p class=\"hint\" id=\"{id}-hint\">{}</p>\n", esc(hint))
    };
    let described = if hint.is_empty() || !attrs.is_empty() {
        String::new()
    } else {
        format!(" aria-describedby=\"{id}-hint\"")
    };
    let _ = write!(
        out,
        "<div class=\"field\">\n<label for=\"{id}\">{label}</label>\n{hint_html}{err}\
<input type=\"{kind}\" id=\"{id}\" name=\"{name}\" value=\"{value}\" maxlength=\"{SHORT}\" autocomplete=\"{autocomplete}\"{attrs}{described}>\n</div>\n",
        label = esc(label),
        name = esc(field),
        value = esc(v.input.get(field)),
    );
}

fn textarea(
    out: &mut String,
    v: &Values<'_>,
    field: &str,
    label: &str,
    hint: &str,
    rows: u32,
    max: usize,
) {
    let id = field_id(field);
    let (err, attrs) = error_html(v.errors, field);
    let hint_html = if hint.is_empty() {
        String::new()
    } else {
        format!("<p class=\"hint\" id=\"{id}-hint\">{}</p>\n", esc(hint))
    };
    let described = if hint.is_empty() || !attrs.is_empty() {
        String::new()
    } else {
        format!(" aria-describedby=\"{id}-hint\"")
    };
    let _ = write!(
        out,
        "<div class=\"field\">\n<label for=\"{id}\">{label}</label>\n{hint_html}{err}\
<textarea id=\"{id}\" name=\"{name}\" rows=\"{rows}\" maxlength=\"{max}\" autocomplete=\"off\"{attrs}{described}>{value}</textarea>\n</div>\n",
        label = esc(label),
        name = esc(field),
        value = esc(v.input.get(field)),
    );
}

fn select(
    out: &mut String,
    v: &Values<'_>,
    field: &str,
    label: &str,
    blank: &str,
    options: &[(String, String)],
) {
    let id = field_id(field);
    let (err, attrs) = error_html(v.errors, field);
    let current = v.input.get(field);
    let _ = write!(
        out,
        "<div class=\"field\">\n<label for=\"{id}\">{}</label>\n{err}<select id=\"{id}\" name=\"{}\"{attrs}>\n<option value=\"\">{}</option>\n",
        esc(label),
        esc(field),
        esc(blank)
    );
    for (value, text) in options {
        let selected = if value == current { " selected" } else { "" };
        let _ = writeln!(
            out,
            "<option value=\"{}\"{selected}>{}</option>",
            esc(value),
            esc(text)
        );
    }
    out.push_str("</select>\n</div>\n");
}

fn radios(
    out: &mut String,
    v: &Values<'_>,
    field: &str,
    legend: &str,
    options: &[(&str, &str)],
    default: &str,
) {
    let id = field_id(field);
    let (err, attrs) = error_html(v.errors, field);
    let current = match v.input.get(field) {
        "" => default,
        v => v,
    };
    let _ = write!(
        out,
        "<fieldset class=\"radios\" id=\"{id}\"{attrs}>\n<legend>{}</legend>\n{err}",
        esc(legend)
    );
    for (i, (value, text)) in options.iter().enumerate() {
        let checked = if *value == current { " checked" } else { "" };
        let _ = writeln!(
            out,
            "<div class=\"choice\"><input type=\"radio\" id=\"{id}-{i}\" name=\"{}\" value=\"{}\"{checked}> <label for=\"{id}-{i}\">{}</label></div>",
            esc(field),
            esc(value),
            esc(text)
        );
    }
    out.push_str("</fieldset>\n");
}

fn checkbox(out: &mut String, input: &FormInput, field: &str, label: &str) {
    let id = field_id(field);
    let checked = if input.get(field) == "yes" {
        " checked"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<div class=\"choice\"><input type=\"checkbox\" id=\"{id}\" name=\"{}\" value=\"yes\"{checked}> <label for=\"{id}\">{}</label></div>",
        esc(field),
        esc(label)
    );
}

fn error_summary(out: &mut String, errors: &[FieldError]) {
    if errors.is_empty() {
        return;
    }
    out.push_str(
        "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"error-summary\">\n\
<h2>There is a problem with your report</h2>\n<p>Nothing you typed has been lost. Please correct:</p>\n<ul>\n",
    );
    for e in errors {
        if e.field.is_empty() {
            let _ = writeln!(out, "<li>{}</li>", esc(&e.message));
        } else {
            let _ = writeln!(
                out,
                "<li><a href=\"#{}\">{}</a></li>",
                field_id(e.field),
                esc(&e.message)
            );
        }
    }
    out.push_str("</ul>\n</div>\n");
}

/// The preview section: filled by the server for the Preview button, and
/// by `intake.js` as the reporter types (same ids and classes).
pub(crate) fn preview_section(out: &mut String, preview: Option<&Preview>) {
    out.push_str(
        "<section id=\"preview\" class=\"preview\" aria-labelledby=\"preview-heading\">\n\
<h2 id=\"preview-heading\">Before you send: what could identify you</h2>\n",
    );
    match preview {
        None => out.push_str(
            "<p id=\"preview-status\" role=\"status\">The check appears here as you write. Without JavaScript, press \u{2018}Preview\u{2019}.</p>\n<div id=\"preview-body\"></div>\n",
        ),
        Some(p) => {
            let _ = writeln!(
                out,
                "<p id=\"preview-status\" role=\"status\">{}</p>",
                esc(&p.summary)
            );
            out.push_str("<div id=\"preview-body\">\n");
            preview_body(out, p);
            out.push_str("</div>\n");
        }
    }
    out.push_str("</section>\n");
}

fn preview_body(out: &mut String, p: &Preview) {
    out.push_str("<h3>What would be changed</h3>\n");
    if p.changes.is_empty() {
        out.push_str("<p class=\"none\">Nothing in your account would be changed.</p>\n");
    } else {
        out.push_str("<ul id=\"preview-changes\">\n");
        for c in &p.changes {
            let _ = writeln!(
                out,
                "<li class=\"change\"><q>{}</q> {}</li>",
                esc(&c.excerpt),
                esc(&c.explanation)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h3>Things to think about</h3>\n");
    if p.hints.is_empty() {
        out.push_str(
            "<p class=\"none\">No phrases found that usually point to the person reporting.</p>\n",
        );
    } else {
        out.push_str("<ul id=\"preview-hints\">\n");
        for h in &p.hints {
            let _ = writeln!(
                out,
                "<li class=\"hint hint-{}\"><strong>{}</strong> {}</li>",
                esc(h.severity),
                esc(&h.headline),
                esc(&h.message)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h3>What the force would read</h3>\n");
    let _ = writeln!(
        out,
        "<blockquote id=\"preview-result\">{}</blockquote>",
        esc(&p.result)
    );
}

/// The report form, with what was typed, the problems to fix and, after
/// Preview, the check of the narrative.
pub(crate) fn form_page(
    input: &FormInput,
    errors: &[FieldError],
    preview: Option<&Preview>,
) -> String {
    let t = taxonomy();
    let v = Values { input, errors };
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(
        "<h1>Report a police officer, member of police staff or volunteer</h1>\n\
<p class=\"lead\">Report bribery, abuse of position, sexual misconduct, domestic abuse or discrimination by someone in the police. You can stay anonymous. Before you send, this form shows you what would be changed in your account and what might still tell the officer who you are.</p>\n\
<p class=\"warning\"><strong>If someone is in immediate danger, call 999.</strong></p>\n",
    );
    error_summary(&mut out, errors);
    out.push_str("<form id=\"report-form\" method=\"post\" action=\"/\" accept-charset=\"utf-8\" novalidate>\n");

    // --- categories
    let (err, attrs) = error_html(errors, "categories");
    let _ = write!(
        out,
        "<fieldset class=\"checkboxes\" id=\"f-categories\"{attrs}>\n<legend>What are you reporting?</legend>\n<p class=\"hint\">Tick all that apply.</p>\n{err}"
    );
    for (i, c) in categories().iter().enumerate() {
        let code = c.category.code();
        let checked = if input.has_category(code) {
            " checked"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<div class=\"choice\"><input type=\"checkbox\" id=\"f-cat-{i}\" name=\"categories\" value=\"{}\" aria-describedby=\"f-cat-{i}-desc\"{checked}> <label for=\"f-cat-{i}\">{}</label>\n<p class=\"hint\" id=\"f-cat-{i}-desc\">{}</p></div>",
            esc(code),
            esc(c.label),
            esc(c.description)
        );
    }
    let (err, attrs) = error_html(errors, "discrimination");
    let _ = write!(
        out,
        "<fieldset class=\"checkboxes nested\" id=\"f-discrimination\"{attrs}>\n<legend>If you ticked discrimination: what kind?</legend>\n{err}"
    );
    for (i, d) in t.discrimination.iter().enumerate() {
        let checked = if input.has_discrimination(d.code) {
            " checked"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<div class=\"choice\"><input type=\"checkbox\" id=\"f-disc-{i}\" name=\"discrimination\" value=\"{}\"{checked}> <label for=\"f-disc-{i}\">{}</label></div>",
            esc(d.code),
            esc(d.label)
        );
    }
    out.push_str("</fieldset>\n</fieldset>\n");

    // --- subject
    out.push_str("<fieldset>\n<legend>Who are you reporting?</legend>\n<p class=\"hint\">Give what you know. The officer\u{2019}s details are kept so the force can act.</p>\n");
    text_input(
        &mut out,
        &v,
        "subject_name",
        "Their name",
        "",
        "text",
        "off",
    );
    let roles: Vec<(String, String)> = t
        .roles
        .iter()
        .map(|r| (r.code.to_owned(), r.label.to_owned()))
        .collect();
    select(
        &mut out,
        &v,
        "subject_role",
        "Their role",
        "Not sure",
        &roles,
    );
    let ranks: Vec<(String, String)> = Rank::ALL
        .iter()
        .map(|r| {
            (
                r.code().to_owned(),
                format!("{} ({})", r.title(), r.abbreviation()),
            )
        })
        .collect();
    select(
        &mut out,
        &v,
        "subject_rank",
        "Their rank",
        "Not sure",
        &ranks,
    );
    text_input(
        &mut out,
        &v,
        "subject_collar",
        "Collar or warrant number",
        "Usually on the shoulder, for example 4471 or MP1234.",
        "text",
        "off",
    );
    let mut force_list: Vec<(String, String)> = forces()
        .iter()
        .map(|f| (f.code.to_owned(), f.name.to_owned()))
        .collect();
    force_list.sort_by(|a, b| a.1.cmp(&b.1));
    select(
        &mut out,
        &v,
        "subject_force",
        "Their police force",
        "Not sure",
        &force_list,
    );
    text_input(
        &mut out,
        &v,
        "subject_station",
        "Their station or team",
        "",
        "text",
        "off",
    );
    textarea(
        &mut out,
        &v,
        "subject_description",
        "What they look like",
        "For example height, hair, uniform, car.",
        3,
        LONG,
    );
    out.push_str("</fieldset>\n");

    // --- incident
    out.push_str("<fieldset>\n<legend>When and where did it happen?</legend>\n");
    text_input(
        &mut out,
        &v,
        "incident_date",
        "Date",
        "For example 2026-11-20. Leave blank if you are not sure.",
        "date",
        "off",
    );
    {
        // A date input needs no long limit; the location does.
        let id = field_id("incident_location");
        let (err, attrs) = error_html(errors, "incident_location");
        let _ = write!(
            out,
            "<div class=\"field\">\n<label for=\"{id}\">Place</label>\n{err}<input type=\"text\" id=\"{id}\" name=\"incident_location\" value=\"{}\" maxlength=\"{LONG}\" autocomplete=\"off\"{attrs}>\n</div>\n",
            esc(input.get("incident_location"))
        );
    }
    radios(
        &mut out,
        &v,
        "incident_on_duty",
        "Were they on duty?",
        &[("yes", "Yes"), ("no", "No"), ("unknown", "Not sure")],
        "",
    );
    let settings: Vec<(&str, &str)> = SETTINGS.iter().map(|(c, _, l)| (*c, *l)).collect();
    radios(
        &mut out,
        &v,
        "incident_setting",
        "Where did it happen?",
        &settings,
        "",
    );
    out.push_str("</fieldset>\n");

    // --- narrative and the check
    textarea(
        &mut out,
        &v,
        "narrative",
        "What happened?",
        "Describe what they did, when, and who else was there. Names of people who could identify you, your phone number or where you live are not needed: the check below shows what would be changed.",
        12,
        NARRATIVE,
    );
    preview_section(&mut out, preview);

    // --- how known, safeguarding
    let how: Vec<(&str, &str)> = HOW_KNOWN.iter().map(|(c, _, l)| (*c, *l)).collect();
    radios(
        &mut out,
        &v,
        "how_known",
        "How do you know about this?",
        &how,
        "",
    );
    out.push_str("<fieldset class=\"checkboxes\">\n<legend>Is anyone at risk?</legend>\n");
    checkbox(
        &mut out,
        input,
        "someone_at_risk",
        "Someone is at risk of harm from this person",
    );
    checkbox(
        &mut out,
        input,
        "immediate_danger",
        "Someone is in immediate danger (also call 999)",
    );
    out.push_str("</fieldset>\n");

    // --- reporter
    out.push_str("<fieldset id=\"f-reporter\">\n<legend>Can we contact you?</legend>\n");
    let (err, attrs) = error_html(errors, "reporter_mode");
    let mode = match input.get("reporter_mode") {
        "" => "anonymous",
        v => v,
    };
    let _ = write!(
        out,
        "<div class=\"radios\" id=\"f-reporter-mode\" role=\"radiogroup\" aria-label=\"Anonymous or confidential\"{attrs}>\n{err}"
    );
    for (i, (value, label, hint)) in [
        (
            "anonymous",
            "No, stay anonymous",
            "Nobody will be able to contact you. The force receives no contact details.",
        ),
        (
            "confidential",
            "Yes, confidentially",
            "The service keeps your details so it can ask you questions. The force receives only a code, never your details.",
        ),
    ]
    .iter()
    .enumerate()
    {
        let checked = if *value == mode { " checked" } else { "" };
        let _ = writeln!(
            out,
            "<div class=\"choice\"><input type=\"radio\" id=\"f-mode-{i}\" name=\"reporter_mode\" value=\"{value}\" aria-describedby=\"f-mode-{i}-hint\"{checked}> <label for=\"f-mode-{i}\">{label}</label>\n<p class=\"hint\" id=\"f-mode-{i}-hint\">{hint}</p></div>"
        );
    }
    out.push_str("</div>\n<fieldset id=\"contact-fields\" class=\"nested\">\n<legend>Your contact details</legend>\n<p class=\"note\" id=\"contact-note\">Only fill these in if you chose \u{2018}Yes, confidentially\u{2019}. Give at least a phone number, an email address, an address or a postcode.</p>\n");
    for field in CONTACT_FIELDS {
        let (label, kind, auto) = match *field {
            "contact_name" => ("Your name", "text", "name"),
            "contact_phone" => ("Phone number", "tel", "tel"),
            "contact_email" => ("Email address", "email", "email"),
            "contact_address" => ("Address", "text", "street-address"),
            "contact_postcode" => ("Postcode", "text", "postal-code"),
            _ => ("A good time to contact you", "text", "off"),
        };
        text_input(&mut out, &v, field, label, "", kind, auto);
    }
    out.push_str("</fieldset>\n</fieldset>\n");

    out.push_str(
        "<div class=\"actions\">\n\
<button type=\"submit\" name=\"action\" value=\"preview\" class=\"secondary\" id=\"preview-button\">Preview</button>\n\
<button type=\"submit\" name=\"action\" value=\"submit\" id=\"submit-button\">Send report</button>\n\
</div>\n</form>\n",
    );
    let title = if errors.is_empty() {
        "Report police corruption or abuse"
    } else {
        "Error: Report police corruption or abuse"
    };
    page(title, &out)
}

fn row(out: &mut String, label: &str, value: &str) {
    if value.is_empty() {
        return;
    }
    let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(value));
}

/// The page after sending: what the force will receive.
pub(crate) fn receipt_page(d: &Disseminated, json_pretty: &str) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(
        "<h1>Your report has been sent</h1>\n<p class=\"lead\">Thank you. This is exactly what the force will receive. Your original words and your contact details are not passed on.</p>\n<h2>What the force will receive</h2>\n<dl class=\"record\" id=\"receipt\">\n",
    );
    row(&mut out, "Reference", &d.reference);
    row(
        &mut out,
        "Force",
        d.force.as_ref().map_or("Not known", |f| f.name.as_str()),
    );
    row(&mut out, "Team", d.unit.label());
    let cats: Vec<&str> = d.categories.iter().map(|c| c.label()).collect();
    row(&mut out, "What is reported", &cats.join(", "));
    let disc: Vec<&str> = d.discrimination.iter().map(|c| c.label()).collect();
    row(&mut out, "Kind of discrimination", &disc.join(", "));
    row(&mut out, "Priority", &capitalise(d.priority.code()));
    for (i, s) in d.subjects.iter().enumerate() {
        let mut parts = Vec::new();
        let who: Vec<&str> = s
            .rank
            .map(|r| r.title())
            .into_iter()
            .chain(s.name.as_deref())
            .collect();
        if !who.is_empty() {
            parts.push(who.join(" "));
        }
        if let Some(c) = &s.collar_number {
            parts.push(format!("collar number {c}"));
        }
        if let Some(f) = &s.force {
            parts.push(f.force().map_or(f.as_str(), |f| f.name).to_owned());
        }
        if let Some(st) = &s.station {
            parts.push(st.clone());
        }
        if let Some(r) = s.role {
            parts.push(r.label().to_owned());
        }
        let label = if d.subjects.len() > 1 {
            format!("Officer {}", i + 1)
        } else {
            "Officer".to_owned()
        };
        row(&mut out, &label, &parts.join(", "));
        if let Some(desc) = &s.description {
            row(&mut out, "Description", desc);
        }
    }
    if let Some(inc) = &d.incident {
        if let Some(date) = &inc.date {
            let text = serde_json::to_string(date).unwrap_or_default();
            row(&mut out, "When", text.trim_matches('"'));
        }
        if let Some(loc) = &inc.location {
            row(&mut out, "Where", loc);
        }
        match inc.on_duty {
            Some(true) => row(&mut out, "On duty", "yes"),
            Some(false) => row(&mut out, "On duty", "no"),
            None => {}
        }
    }
    let _ = writeln!(
        out,
        "<dt>What happened</dt><dd><blockquote id=\"receipt-narrative\">{}</blockquote></dd>",
        esc(&d.narrative)
    );
    let how = match d.how_known {
        report_shield::HowKnown::FirstHand => "Saw or experienced it",
        report_shield::HowKnown::SecondHand => "Was told about it",
        _ => "Not said",
    };
    row(&mut out, "How the reporter knows", how);
    let contact = match d.reporter.mode {
        ReporterMode::Confidential => {
            "No contact details. The service holds a code for them, so it can pass on the force\u{2019}s questions."
        }
        _ => "None: you chose to stay anonymous.",
    };
    row(&mut out, "Contact details", contact);
    out.push_str("</dl>\n<h2>What was changed</h2>\n");
    if d.redactions.is_empty() {
        out.push_str("<p>Nothing was changed.</p>\n");
    } else {
        out.push_str("<ul id=\"receipt-changes\">\n");
        for r in &d.redactions {
            let times = if r.count == 1 {
                String::new()
            } else {
                format!(" ({} times)", r.count)
            };
            let _ = writeln!(
                out,
                "<li>{}{}: {}{}.</li>",
                esc(&capitalise(r.kind.plain_words())),
                esc(party_words(r.role)),
                esc(&action_words(r.action, r.kind, "was")),
                esc(&times)
            );
        }
        out.push_str("</ul>\n");
    }
    if !d.review.is_empty() {
        out.push_str("<h2>Notes for the reviewer</h2>\n<p>A reviewer at the service reads these before the report goes to the force:</p>\n<ul>\n");
        for h in &d.review {
            let _ = writeln!(out, "<li>{}</li>", esc(&h.message));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<details>\n<summary>The exact record (JSON)</summary>\n<pre id=\"receipt-json\">{}</pre>\n</details>\n<p><a href=\"/\">Make another report</a></p>",
        esc(json_pretty)
    );
    page("Report sent", &out)
}
