//! Runs the `posta` binary as a whole process, the way a script does: the
//! C locale, standard streams piped, what it printed as text.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// A command running `exe` (the test's `env!("CARGO_BIN_EXE_posta")`) in
/// the C locale (no `LC_ALL`, `LC_MESSAGES` or `LANGUAGE`), with its
/// standard streams piped.
pub fn command(exe: &str) -> Command {
    let mut command = Command::new(exe);
    command
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Starts `command`, writes `stdin` to it, closes it and waits for the end.
pub fn run(command: &mut Command, stdin: &str) -> Output {
    let mut child = command.spawn().expect("run posta");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("stdin");
    drop(input);
    child.wait_with_output().expect("posta finishes")
}

/// Runs `exe` with `args` in the Posta home `home`, `stdin` given.
pub fn posta(exe: &str, home: &Path, args: &[&str], stdin: &str) -> Output {
    run(command(exe).args(args).env("POSTA_HOME", home), stdin)
}

/// What the process printed on standard output.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What the process printed on standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Standard output and standard error.
pub fn text(output: &Output) -> (String, String) {
    (stdout(output), stderr(output))
}

/// Panics, showing both streams, unless the process exited with `code`.
#[track_caller]
pub fn assert_code(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(output),
        stderr(output)
    );
}

/// Standard output of a process that must have exited with 0.
#[track_caller]
pub fn ok(output: &Output) -> String {
    assert_code(output, 0);
    stdout(output)
}

/// Whether any file below `dir` contains `needle`.
pub fn any_file_contains(dir: &Path, needle: &str) -> bool {
    crate::wizard::files_under(dir).iter().any(|path| {
        std::fs::read(path)
            .map(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
            .unwrap_or(false)
    })
}

/// Panics, showing standard output, unless it contains `words`.
#[track_caller]
pub fn assert_stdout_has(output: &Output, words: &str) {
    let stdout = stdout(output);
    assert!(stdout.contains(words), "{words:?} not in:\n{stdout}");
}

/// Panics, showing standard error, unless it contains `words`.
#[track_caller]
pub fn assert_stderr_has(output: &Output, words: &str) {
    let stderr = stderr(output);
    assert!(stderr.contains(words), "{words:?} not in:\n{stderr}");
}
