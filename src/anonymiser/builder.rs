//! Building an [`Anonymiser`]: everything is validated here, once.

use std::fmt;

use super::{Anonymiser, ScopeMode};
use crate::attribute::Attributor;
use crate::detect::Detector;
use crate::error::{Error, ErrorKind, Result};
use crate::model::Limits;
use crate::policy::Policy;
use crate::pseudonym::{Key, Keyring, Scope};
use crate::review::Reviewer;

/// The default limit on a lone text given to
/// [`Anonymiser::anonymise_text`] or [`Anonymiser::review`]: 16 MiB.
/// Reports have their own, smaller limits ([`Limits`]).
pub const DEFAULT_MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// Configures and builds an [`Anonymiser`].
///
/// `new()` takes no arguments; setters take the builder by value and
/// return it, so a configuration reads as one expression; `build()`
/// validates the key, the policy and the detector patterns, and returns
/// the immutable anonymiser or a typed error.
///
/// ```
/// use report_shield::{Anonymiser, Policy, Scope, dangerous};
///
/// let anonymiser = Anonymiser::builder()
///     .key(dangerous::insecure_test_key())
///     .policy(Policy::strict())
///     .scope(Scope::Deployment("pilot".into()))
///     .allow("Steelhouse Lane")
///     .build()?;
/// assert_eq!(anonymiser.policy().name(), "strict");
/// # Ok::<(), report_shield::Error>(())
/// ```
pub struct AnonymiserBuilder {
    keyring: Option<Keyring>,
    policy: Policy,
    scope: ScopeMode,
    limits: Limits,
    allow: Vec<String>,
    max_text_bytes: usize,
}

impl fmt::Debug for AnonymiserBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AnonymiserBuilder")
            .field("key_id", &self.keyring.as_ref().map(Keyring::active_id))
            .field("policy", &self.policy.name())
            .field("scope", &self.scope)
            .field("allowed", &format_args!("<{} values>", self.allow.len()))
            .field("max_text_bytes", &self.max_text_bytes)
            .finish_non_exhaustive()
    }
}

impl Default for AnonymiserBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl AnonymiserBuilder {
    /// A builder with the [`Policy::dissemination`] policy, the global
    /// token scope, default [`Limits`] and no key.
    #[must_use]
    pub fn new() -> Self {
        Self {
            keyring: None,
            policy: Policy::dissemination(),
            scope: ScopeMode::Fixed(Scope::Global),
            limits: Limits::default(),
            allow: Vec::new(),
            max_text_bytes: DEFAULT_MAX_TEXT_BYTES,
        }
    }

    /// Uses `key` as the only key (the active one).
    #[must_use]
    pub fn key(mut self, key: Key) -> Self {
        self.keyring = Some(Keyring::new(key));
        self
    }

    /// Uses a keyring: its active key makes new tokens, older keys stay
    /// available to [`Keyring::verify`] tokens made before a rotation.
    #[must_use]
    pub fn keyring(mut self, keyring: Keyring) -> Self {
        self.keyring = Some(keyring);
        self
    }

    /// Uses `policy` instead of [`Policy::dissemination`].
    #[must_use]
    pub fn policy(mut self, policy: Policy) -> Self {
        self.policy = policy;
        self
    }

    /// Makes every token in one fixed scope (for example one per
    /// deployment).
    #[must_use]
    pub fn scope(mut self, scope: Scope) -> Self {
        self.scope = ScopeMode::Fixed(scope);
        self
    }

    /// Makes tokens per receiving force: the same value gives different
    /// tokens in reports routed to different forces, so two forces cannot
    /// join their data on tokens. Lone texts use the global scope.
    #[must_use]
    pub fn scope_per_force(mut self) -> Self {
        self.scope = ScopeMode::PerForce;
        self
    }

    /// Uses `limits` for reports instead of [`Limits::default`].
    #[must_use]
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Never treats `value` as identifying, in any text (a station name,
    /// the service's own phone number). Matching ignores case and spacing.
    #[must_use]
    pub fn allow(mut self, value: impl Into<String>) -> Self {
        self.allow.push(value.into());
        self
    }

    /// The largest lone text [`Anonymiser::anonymise_text`] and
    /// [`Anonymiser::review`] accept, in bytes (default
    /// [`DEFAULT_MAX_TEXT_BYTES`]). Longer texts are an error, never
    /// truncated.
    #[must_use]
    pub fn max_text_bytes(mut self, bytes: usize) -> Self {
        self.max_text_bytes = bytes;
        self
    }

    /// Validates the configuration and builds the anonymiser.
    ///
    /// Most of the work is compiling the three built-in pattern sets
    /// (detectors, attribution cues, risk-hint phrases). They are compiled
    /// side by side on scoped threads that are joined before `build`
    /// returns (no thread outlives it), or one after another where no
    /// thread can be started. Building takes about 20 ms of CPU time; do it
    /// once and share the [`Anonymiser`].
    ///
    /// # Errors
    ///
    /// - [`ErrorKind::InvalidKey`] if no key was set.
    /// - [`ErrorKind::InvalidPolicy`] if the policy is incomplete,
    ///   contradictory or would disclose the reporter.
    /// - [`ErrorKind::InvalidPattern`] if a detector pattern fails to
    ///   compile (a bug; reported, never a panic).
    pub fn build(self) -> Result<Anonymiser> {
        let keyring = self.keyring.ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidKey,
                "no key set: give the builder a key or keyring",
            )
        })?;
        self.policy.validate()?;
        let mut detector = Detector::builder();
        for value in &self.allow {
            detector.allow(value.clone());
        }
        // The three pattern sets are independent: compile the cues and the
        // risk-hint phrases on other threads while this one compiles the
        // detector (build wall time on two cores ~halves; the work is the
        // same). Without threads, they are compiled here in turn.
        let (detector, attributor, reviewer) = std::thread::scope(|s| {
            let attributor = spawn_or_run(s, Attributor::new);
            let reviewer = spawn_or_run(s, Reviewer::new);
            let detector = detector.build();
            (detector, attributor.join(), reviewer.join())
        });
        Ok(Anonymiser {
            detector: detector?,
            attributor: attributor?,
            reviewer: reviewer?,
            policy: self.policy,
            keyring,
            scope: self.scope,
            limits: self.limits,
            max_text_bytes: self.max_text_bytes,
        })
    }
}

/// A build step run on a scoped thread, or run already (no thread could be
/// started).
enum Step<'scope, T> {
    Thread(std::thread::ScopedJoinHandle<'scope, Result<T>>),
    Done(Result<T>),
}

impl<T> Step<'_, T> {
    fn join(self) -> Result<T> {
        match self {
            Step::Thread(handle) => handle.join().unwrap_or_else(|_| {
                Err(Error::new(
                    ErrorKind::InvalidPattern,
                    "built-in patterns failed to compile",
                ))
            }),
            Step::Done(result) => result,
        }
    }
}

fn spawn_or_run<'scope, 'env, T: Send + 'scope>(
    s: &'scope std::thread::Scope<'scope, 'env>,
    f: fn() -> Result<T>,
) -> Step<'scope, T> {
    match std::thread::Builder::new().spawn_scoped(s, f) {
        Ok(handle) => Step::Thread(handle),
        Err(_) => Step::Done(f()),
    }
}
