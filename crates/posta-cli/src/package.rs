//! `posta package-files DIR` (hidden): the man pages and shell completions
//! the Debian package installs, generated from the same clap definitions
//! the binary parses, so they never drift from the real options.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::CommandFactory;

use super::context::FAILED;
use super::Cli;

/// Arguments of `posta package-files`.
#[derive(Debug, clap::Args)]
pub struct PackageArgs {
    /// Where to write `man/posta.1` (and one page per command) and
    /// `completions/` (bash, zsh, fish).
    pub dir: PathBuf,
}

/// What the man page says beyond the options: the administrator's files.
const FILES: &str = r#".SH FILES
.TP
\fI/etc/posta/defaults.toml\fR
Defaults an administrator sets for every user of the computer (TOML):
\fBlanguage\fR (en, pl, sk or bg) when the user has not chosen one;
\fBcheck_interval\fR, seconds between checks of every folder, for new accounts;
\fBremote_content\fR = false never loads remote images or other remote content;
\fBallow_other_accounts\fR = false lets users add only addresses at a domain of
\fI/etc/posta/providers\fR.
.TP
\fI/etc/posta/providers/*.xml\fR
Mail server settings in Thunderbird's clientConfig 1.1 format, e.g. the
organisation's own server. They win over Posta's bundled provider list.
An \fB<enable visiturl="...">\fR element with \fB<instruction lang="...">\fR
children is shown to users as what they must do at the provider first.
.TP
\fI/usr/share/posta/providers/\fR
The bundled provider list, as compiled into the program.
.PP
A broken file under \fI/etc/posta\fR is reported on standard error with its
name and line, and left out; Posta still starts.
.SH ENVIRONMENT
.TP
\fBPOSTA_ETC\fR
Read the administrator's files from this directory instead of \fI/etc/posta\fR.
.TP
\fBPOSTA_HOME\fR
Keep the configuration, the index and the mail in this directory.
.TP
\fBPOSTA_OFFLINE\fR
Show the mail already on this computer and never connect.
"#;

/// Writes the files; 0 on success.
pub fn run(args: PackageArgs) -> i32 {
    match write_all(&args.dir) {
        Ok(()) => 0,
        Err(err) => {
            eprintln!("{}", posta_i18n::t!("error-io", details = err.to_string()));
            FAILED
        }
    }
}

fn write_all(dir: &Path) -> std::io::Result<()> {
    let man = dir.join("man");
    let completions = dir.join("completions");
    std::fs::create_dir_all(&man)?;
    std::fs::create_dir_all(&completions)?;
    let mut cli = Cli::command();
    cli.build();
    let mut page = Vec::new();
    let main = clap_mangen::Man::new(cli.clone());
    main.render_title(&mut page)?;
    main.render_name_section(&mut page)?;
    main.render_synopsis_section(&mut page)?;
    main.render_description_section(&mut page)?;
    main.render_options_section(&mut page)?;
    main.render_subcommands_section(&mut page)?;
    page.write_all(FILES.as_bytes())?;
    main.render_version_section(&mut page)?;
    std::fs::write(man.join("posta.1"), page)?;
    for sub in cli
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let name = format!("posta-{}", sub.get_name());
        // clap takes `&'static str` names (without its "string" feature);
        // this command runs once and exits.
        let sub = sub.clone().name(&*Box::leak(name.clone().into_boxed_str()));
        let mut page = Vec::new();
        clap_mangen::Man::new(sub).render(&mut page)?;
        std::fs::write(man.join(format!("{name}.1")), page)?;
    }
    for (shell, file) in [
        (clap_complete::Shell::Bash, "posta"),
        (clap_complete::Shell::Zsh, "_posta"),
        (clap_complete::Shell::Fish, "posta.fish"),
    ] {
        let mut out = std::fs::File::create(completions.join(file))?;
        clap_complete::generate(shell, &mut cli, "posta", &mut out);
    }
    Ok(())
}
