//! Size limits for intake reports.

/// Size limits applied when a report is read or validated. Anything over a
/// limit is rejected with [`ErrorKind::LimitExceeded`](crate::ErrorKind),
/// naming the field and the limit; nothing is ever truncated.
///
/// Text lengths are in bytes of UTF-8.
///
/// ```
/// use report_shield::Limits;
/// let limits = Limits::default().with_max_subjects(5).with_max_narrative_bytes(16 * 1024);
/// assert_eq!(limits.max_subjects(), 5);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    max_input_bytes: usize,
    max_narrative_bytes: usize,
    max_subjects: usize,
    max_attachments: usize,
    max_short_text_bytes: usize,
    max_long_text_bytes: usize,
    max_handles_per_subject: usize,
}

impl Default for Limits {
    /// 1 MiB of JSON, a 64 KiB narrative, 20 subjects, 50 attachments,
    /// 1 KiB short fields, 4 KiB descriptions, locations and addresses, 10
    /// online handles per subject.
    fn default() -> Self {
        Self {
            max_input_bytes: 1024 * 1024,
            max_narrative_bytes: 64 * 1024,
            max_subjects: 20,
            max_attachments: 50,
            max_short_text_bytes: 1024,
            max_long_text_bytes: 4 * 1024,
            max_handles_per_subject: 10,
        }
    }
}

macro_rules! limit {
    ($get:ident, $set:ident, $doc:literal) => {
        #[doc = concat!("The maximum ", $doc, ".")]
        #[must_use]
        pub const fn $get(&self) -> usize {
            self.$get
        }

        #[doc = concat!("Sets the maximum ", $doc, ".")]
        #[must_use]
        pub const fn $set(mut self, value: usize) -> Self {
            self.$get = value;
            self
        }
    };
}

impl Limits {
    /// The default limits.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    limit!(
        max_input_bytes,
        with_max_input_bytes,
        "size of the whole JSON input, in bytes"
    );
    limit!(
        max_narrative_bytes,
        with_max_narrative_bytes,
        "length of the narrative, in bytes"
    );
    limit!(max_subjects, with_max_subjects, "number of subjects");
    limit!(
        max_attachments,
        with_max_attachments,
        "number of attachments"
    );
    limit!(
        max_short_text_bytes,
        with_max_short_text_bytes,
        "length of a short text field (id, names, rank, collar number, phone, email, \
         postcode, best time, station, handle, file name, media type), in bytes"
    );
    limit!(
        max_long_text_bytes,
        with_max_long_text_bytes,
        "length of a description, location or address, in bytes"
    );
    limit!(
        max_handles_per_subject,
        with_max_handles_per_subject,
        "number of online handles per subject"
    );
}
