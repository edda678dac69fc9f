//! The committed JSON Schema matches the output types, and real reports' JSON validates against
//! it. Run with `cargo test --features schema`; `UPDATE_SCHEMA=1` rewrites the committed file.
#![cfg(feature = "schema")]

use std::path::Path;

fn committed_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/report.schema.json")
}

#[test]
fn committed_schema_matches_the_types() {
    let generated = serde_json::to_string_pretty(&zhreport::report_schema()).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::create_dir_all(committed_path().parent().unwrap()).unwrap();
        std::fs::write(committed_path(), &generated).unwrap();
    }
    let committed =
        std::fs::read_to_string(committed_path()).expect("schema/report.schema.json exists");
    assert_eq!(
        committed, generated,
        "schema/report.schema.json is stale: rerun with UPDATE_SCHEMA=1"
    );
}

fn validate(schema: &jsonschema::Validator, name: &str, report: &zhreport::Report) {
    let json = serde_json::to_value(report).unwrap();
    let errors: Vec<String> = schema
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:?}");
}

#[test]
fn reports_validate_against_the_schema() {
    let schema =
        jsonschema::validator_for(&zhreport::report_schema()).expect("the schema compiles");
    let sample = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/sample_report.txt"),
    )
    .unwrap();
    validate(&schema, "sample", &zhreport::parse_bytes(&sample).unwrap());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev/docs");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("note: ../shared/eval not found; only the sample was validated");
        return;
    };
    for f in rd.filter_map(|e| e.ok().map(|e| e.path())) {
        let report = zhreport::parse_bytes(&std::fs::read(&f).unwrap()).unwrap();
        validate(&schema, &f.display().to_string(), &report);
    }
    // A report that breaks the contract is rejected: the validator is not vacuous.
    let mut bad = serde_json::to_value(zhreport::parse("新建4家院士工作站。")).unwrap();
    bad["counts"][0]["value"] = "four".into();
    assert!(!schema.is_valid(&bad));
}
