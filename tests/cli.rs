//! The example binaries as a user runs them: exit codes, a failing input that does not stop the
//! others, output files written whole, one output line per input line.
//!
//! `cargo test` builds the examples next to the test binaries (target/<profile>/examples); where
//! they are missing (a test run that skipped them) the tests say so and pass. `cargo test --test
//! cli` alone does not rebuild them: run `cargo build --examples` first.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn example(name: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    let path = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if path.exists() {
        Some(path)
    } else {
        eprintln!("note: {} not built; skipping", path.display());
        None
    }
}

fn run(bin: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("stdin takes the input");
    child.wait_with_output().expect("the example ends")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zhreport-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn batch_goes_on_after_a_failed_document_and_writes_the_file_whole() {
    let Some(batch) = example("batch") else {
        return;
    };
    let dir = scratch("batch");
    let good = dir.join("a.txt");
    std::fs::write(
        &good,
        "2023年工作总结\n一、基本情况\n新建4家院士工作站，投入20万元。\n",
    )
    .unwrap();
    let binary = dir.join("b.bin");
    std::fs::write(&binary, [0u8, 0, 0, 1, 0xff, 0xfe, 0, 0].repeat(64)).unwrap();
    let out = dir.join("out.jsonl");
    let missing = dir.join("missing.txt");
    let args = [
        binary.to_str().unwrap(),
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--jobs",
        "2",
    ];
    let result = run(&batch, &args, b"");
    assert_eq!(result.status.code(), Some(1), "some documents failed");
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(stderr.matches("error:").count(), 2, "{stderr}");
    assert!(stderr.contains("documents: 1"), "{stderr}");
    let written = std::fs::read_to_string(&out).expect("the output exists");
    let lines: Vec<serde_json::Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["counts"][0]["value"], 4);
    assert_eq!(lines[0]["money"][0]["value"], 200000);
    // No temporary file is left beside the output.
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn batch_writes_documents_in_input_order_when_later_ones_finish_first() {
    let Some(batch) = example("batch") else {
        return;
    };
    let dir = scratch("order");
    // More documents than the batch keeps in flight (8 per job), the first ones the longest, so
    // that later documents are done before earlier ones and must wait to be written.
    let total = 40;
    let mut args = Vec::new();
    for i in 0..total {
        let path = dir.join(format!("{i:02}.txt"));
        let body = "各项工作稳步推进，群众满意度持续提升。\n".repeat((total - i) * 40);
        std::fs::write(&path, format!("新建{}家院士工作站。\n{body}", i + 1)).unwrap();
        args.push(path.to_str().unwrap().to_string());
    }
    args.extend(["--jobs", "2"].map(String::from));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = run(&batch, &args, b"");
    assert_eq!(result.status.code(), Some(0));
    let stdout = String::from_utf8(result.stdout).expect("UTF-8 output");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), total);
    for (i, line) in lines.iter().enumerate() {
        let file = line["file"].as_str().expect("a file field");
        assert!(file.ends_with(&format!("{i:02}.txt")), "line {i} is {file}");
        assert_eq!(line["counts"][0]["value"], i + 1, "line {i}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_exit_2_with_a_message_on_stderr() {
    for name in ["batch", "recognize", "report_to_json", "kpi_table"] {
        let Some(bin) = example(name) else {
            continue;
        };
        let result = run(&bin, &["--no-such-option"], b"");
        assert_eq!(result.status.code(), Some(2), "{name}");
        assert!(result.stdout.is_empty(), "{name}");
        assert!(!result.stderr.is_empty(), "{name}");
        let version = run(&bin, &["--version"], b"");
        assert!(
            String::from_utf8_lossy(&version.stdout).starts_with("zhreport "),
            "{name}"
        );
    }
}

#[test]
fn recognize_prints_one_line_per_input_line() {
    let Some(recognize) = example("recognize") else {
        return;
    };
    let mut input = Vec::new();
    input.extend_from_slice("新建4家院士工作站。\n".as_bytes());
    input.extend_from_slice(b"\xff\xfe not UTF-8\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(
        r#"{"text": "今年投入20万元", "reference_date": "2021-05-01"}"#.as_bytes(),
    );
    let result = run(&recognize, &["--reference-date", "2022-06-30", "-"], &input);
    assert_eq!(result.status.code(), Some(0));
    let out = String::from_utf8(result.stdout).unwrap();
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["counts"][0]["unit"], "家");
    assert_eq!(lines[1]["numbers"].as_array().map(Vec::len), Some(0));
    assert_eq!(lines[3]["dates"][0]["start"], "2021-01-01");
    assert_eq!(lines[3]["money"][0]["value"], 200000);

    // The same lines from a GBK file (a Windows export) and from UTF-16.
    let lines = "新建4家院士工作站。\n投入20万元\n";
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(lines.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    for bytes in [encoding_of(lines), utf16] {
        let result = run(&recognize, &[], &bytes);
        let out = String::from_utf8(result.stdout).unwrap();
        let facts: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(facts.len(), 2, "{out}");
        assert_eq!(facts[0]["counts"][0]["unit"], "家");
        assert_eq!(facts[1]["money"][0]["value"], 200000);
    }

    let bad_date = run(&recognize, &["--reference-date", "2022-13-01"], b"");
    assert_eq!(bad_date.status.code(), Some(2));
}

#[test]
fn report_to_json_reads_stdin_and_writes_tsv() {
    let Some(bin) = example("report_to_json") else {
        return;
    };
    let gbk = encoding_of("一、基本情况\n新建4家院士工作站。\n");
    let result = run(&bin, &["-", "--format", "tsv"], &gbk);
    assert_eq!(result.status.code(), Some(0));
    let out = String::from_utf8(result.stdout).unwrap();
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0][1], "kind");
    assert_eq!(rows[1][..5], ["-", "count", "基本情况", "院士工作站", "4"]);
}

/// The text in GB18030, as a Windows-made report file would hold it.
fn encoding_of(text: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(text).0.into_owned()
}

#[test]
fn kpi_table_json_keeps_the_report_field_order() {
    let Some(bin) = example("kpi_table") else {
        return;
    };
    let result = run(
        &bin,
        &["-f", "json", "--compact", "-"],
        "引进院士专家团队30余个。".as_bytes(),
    );
    assert_eq!(result.status.code(), Some(0));
    let out = String::from_utf8(result.stdout).unwrap();
    assert!(out.starts_with(r#"{"file":"-","title":"#), "{out}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["counts"][0]["value"], 30);
    assert_eq!(v["counts"][0]["approx"], "more_than");
}
