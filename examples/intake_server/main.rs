//! A reference intake front end: an accessible web form that embeds
//! report-shield. As the reporter writes, it shows what would be changed and
//! what might still identify them; on Send it anonymises the report and
//! appends what the force will receive to a JSON Lines outbox.
//!
//! ```text
//! cargo run --example intake_server -- --demo-key --port 8080
//! cargo run --example intake_server -- --key-file k1.key --policy strict --outbox /srv/outbox.jsonl
//! ```
//!
//! It listens on 127.0.0.1 only (a free port unless `--port` is given) and
//! prints its address. It logs no requests, sets no cookies, loads nothing
//! from other sites and never writes the raw report anywhere.

mod app;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use clap::Parser;
use report_shield::{Anonymiser, Key, Limits, Policy};

/// Serve the reference intake form on 127.0.0.1.
#[derive(Debug, Parser)]
#[command(about = "Reference intake form for report-shield (listens on 127.0.0.1 only)")]
struct Args {
    /// Port to listen on; 0 picks a free port.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Use a fresh random key for this run only (tokens change on every
    /// start): for trying the form, never for real reports.
    #[arg(long, conflicts_with_all = ["key_file", "key_env"])]
    demo_key: bool,
    /// Read the pseudonymisation key from this key file.
    #[arg(long, value_name = "PATH", conflicts_with = "key_env")]
    key_file: Option<PathBuf>,
    /// Read the pseudonymisation key from this environment variable.
    #[arg(long, value_name = "VAR")]
    key_env: Option<String>,
    /// The policy: `dissemination` (default), `strict`, or a policy JSON file.
    #[arg(long, default_value = "dissemination", value_name = "NAME|PATH")]
    policy: String,
    /// The JSON Lines file that disseminated reports are appended to
    /// [default: report-shield-outbox.jsonl in the system temp folder].
    #[arg(long, value_name = "PATH")]
    outbox: Option<PathBuf>,
}

fn load_key(args: &Args) -> Result<Key, String> {
    if args.demo_key {
        return Key::generate("demo").map_err(|e| e.to_string());
    }
    if let Some(path) = &args.key_file {
        return Key::from_file(path).map_err(|e| e.to_string());
    }
    if let Some(var) = &args.key_env {
        return Key::from_env(var).map_err(|e| e.to_string());
    }
    Err("no key: pass --demo-key to try the form, or --key-file PATH / --key-env VAR".to_owned())
}

fn load_policy(name: &str) -> Result<Policy, String> {
    match name {
        "dissemination" => Ok(Policy::dissemination()),
        "strict" => Ok(Policy::strict()),
        path => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the policy file: {}", e.kind()))?;
            Policy::from_json(&text).map_err(|e| e.to_string())
        }
    }
}

fn main() {
    let args = Args::parse();
    if let Err(message) = run(&args) {
        eprintln!("intake_server: {message}");
        std::process::exit(2);
    }
}

fn run(args: &Args) -> Result<(), String> {
    let key = load_key(args)?;
    let policy = load_policy(&args.policy)?;
    let limits = Limits::default();
    let anonymiser = Anonymiser::builder()
        .key(key)
        .policy(policy)
        .max_text_bytes(limits.max_narrative_bytes())
        .limits(limits)
        .build()
        .map_err(|e| e.to_string())?;
    let outbox = app::Outbox::new(
        args.outbox
            .clone()
            .unwrap_or_else(|| std::env::temp_dir().join("report-shield-outbox.jsonl")),
    );

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async {
        let listener =
            tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, args.port)))
                .await
                .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", args.port))?;
        let addr = listener
            .local_addr()
            .map_err(|e| format!("cannot read the address: {e}"))?;
        if args.demo_key {
            println!(
                "warning: demo key: tokens change on every start; never use it for real reports"
            );
        }
        println!(
            "policy: {}, key id: {}",
            anonymiser.policy().name(),
            anonymiser.key_id()
        );
        println!("outbox: {}", outbox.path().display());
        println!("listening on http://{addr}/");
        let app = app::router(anonymiser, outbox);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| format!("server error: {e}"))
    })
}
