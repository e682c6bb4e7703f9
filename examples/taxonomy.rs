//! Prints the taxonomy (categories, discrimination kinds, roles, ranks and
//! the 48 forces) as tables, or as JSON with `--json`, so a front end can
//! build its form from it.
//!
//! ```text
//! cargo run --example taxonomy
//! cargo run --example taxonomy -- --json
//! ```

use clap::Parser;

/// Print the report-shield taxonomy.
#[derive(Debug, Parser)]
#[command(about = "Print categories, roles, ranks and forces (JSON contract v1)")]
struct Args {
    /// Print JSON instead of tables.
    #[arg(long)]
    json: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let t = report_shield::taxonomy();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&t)?);
        return Ok(());
    }

    println!("CATEGORIES");
    println!(
        "{:<18} {:<26} {:<24} {:<10} intelligence",
        "code", "label", "unit", "iopc"
    );
    for c in t.categories {
        let intel: Vec<&str> = c.intelligence_categories.iter().map(|i| i.code()).collect();
        println!(
            "{:<18} {:<26} {:<24} {:<10} {}",
            c.category.code(),
            c.label,
            c.unit.code(),
            c.iopc_referral.code(),
            if intel.is_empty() {
                "-".to_owned()
            } else {
                intel.join(", ")
            }
        );
        println!("{:<18} {}", "", c.description);
    }

    println!("\nDISCRIMINATION");
    for d in &t.discrimination {
        println!("{:<18} {}", d.code, d.label);
    }

    println!("\nROLES");
    for r in &t.roles {
        println!("{:<20} {}", r.code, r.label);
    }

    println!("\nRANKS");
    println!("{:<32} {:<10} title", "code", "abbrev");
    for r in &t.ranks {
        println!("{:<32} {:<10} {}", r.code, r.abbreviation, r.title);
    }

    println!("\nFORCES ({})", t.forces.len());
    println!(
        "{:<20} {:<36} {:<17} {:<12} aliases",
        "code", "name", "country", "kind"
    );
    for f in t.forces {
        println!(
            "{:<20} {:<36} {:<17} {:<12} {}",
            f.code,
            f.name,
            f.country.code(),
            f.kind.code(),
            f.aliases.join(", ")
        );
    }
    Ok(())
}
