//! Where bp keeps its files: the config file, the caches, the import journals and bookmarks,
//! the sandbox's state. On Linux and macOS the XDG places come first (`$XDG_CONFIG_HOME` or
//! `~/.config`, as gh and most CLIs read them on macOS too, where `dirs` would say
//! `~/Library/Application Support`); the platform's directory is used when only it holds
//! bp's file (a macOS user of an older bp keeps it). Windows keeps its own directories:
//! `%APPDATA%` and `%LOCALAPPDATA%`, read from the environment as Go's `os.UserConfigDir`
//! and gh read them (so a redirected profile, or a test, moves bp's files along), else the
//! known folders. The choice is one pure function, [`choose`], so that each platform's rule
//! is tested away from it: Windows' on any host, Linux's and macOS's on any Unix host.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Linux,
    MacOs,
    Windows,
}

impl Platform {
    /// The platform bp was built for (any other unix goes by the Linux rule).
    pub fn current() -> Platform {
        if cfg!(windows) {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::MacOs
        } else {
            Platform::Linux
        }
    }
}

/// What a directory is for: each has its XDG variable, its place under the home directory
/// and its platform directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Config,
    Cache,
    State,
    Data,
}

impl Kind {
    /// The variable naming the kind's directory on `platform`: `XDG_*`, or on Windows
    /// `APPDATA` (config, sandbox state) and `LOCALAPPDATA` (caches, journals, bookmarks).
    pub fn var(self, platform: Platform) -> &'static str {
        match (platform, self) {
            (Platform::Windows, Kind::Config | Kind::Data) => "APPDATA",
            (Platform::Windows, Kind::Cache | Kind::State) => "LOCALAPPDATA",
            _ => self.xdg_var(),
        }
    }

    fn xdg_var(self) -> &'static str {
        match self {
            Kind::Config => "XDG_CONFIG_HOME",
            Kind::Cache => "XDG_CACHE_HOME",
            Kind::State => "XDG_STATE_HOME",
            Kind::Data => "XDG_DATA_HOME",
        }
    }

    /// The XDG default, under the home directory.
    pub fn under_home(self) -> &'static str {
        match self {
            Kind::Config => ".config",
            Kind::Cache => ".cache",
            Kind::State => ".local/state",
            Kind::Data => ".local/share",
        }
    }

    /// The platform's directory as `dirs` gives it (the state's falls back to the local
    /// data directory, as macOS and Windows have no state directory).
    fn platform_dir(self) -> Option<PathBuf> {
        match self {
            Kind::Config => dirs::config_dir(),
            Kind::Cache => dirs::cache_dir(),
            Kind::State => dirs::state_dir().or_else(dirs::data_local_dir),
            Kind::Data => dirs::data_dir(),
        }
    }
}

/// Why a path was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A variable names the directory: `XDG_CONFIG_HOME`, …, or `APPDATA` on Windows.
    Env(&'static str),
    /// The XDG default under the home directory (`~/.config`, …).
    Home(&'static str),
    /// The platform's directory, because only it holds the file (macOS).
    OnlyPlatform,
    /// The platform's directory: Windows without its variable, or no home directory.
    Platform,
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rule::Env(var) => write!(f, "env {var}"),
            Rule::Home(dir) => write!(f, "~/{dir}"),
            Rule::OnlyPlatform => f.write_str("platform dir, the only one with it"),
            Rule::Platform => f.write_str("platform dir"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub path: PathBuf,
    pub rule: Rule,
    /// Whether the path existed when chosen.
    pub exists: bool,
}

/// What [`choose`] decides from: the platform, the kind's variable on it ([`Kind::var`]),
/// the home directory and the platform's directory for the kind.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    pub platform: Platform,
    pub kind: Kind,
    pub var: Option<&'a OsStr>,
    pub home: Option<&'a Path>,
    pub platform_dir: Option<&'a Path>,
}

/// Where `rel` (`bp/config.toml`, `bp`) lives. Windows: under `%APPDATA%` or
/// `%LOCALAPPDATA%` when set, else in the platform directory. Linux and
/// macOS: under the XDG variable (when absolute, as the XDG spec asks) or the home default,
/// unless, on macOS, only the platform directory has it; where neither has it, the XDG
/// place, for a new file. The platform directory without a home; `None` without either.
pub fn choose(inputs: Inputs, rel: &Path, exists: &dyn Fn(&Path) -> bool) -> Option<Choice> {
    let found = |path: PathBuf, rule: Rule| {
        let exists = exists(&path);
        Choice { path, rule, exists }
    };
    let platform = inputs.platform_dir.map(|d| d.join(rel));
    let kind = inputs.kind;
    let var = inputs.var.filter(|v| !v.is_empty()).map(Path::new);
    if inputs.platform == Platform::Windows {
        return match var {
            Some(dir) => Some(found(dir.join(rel), Rule::Env(kind.var(Platform::Windows)))),
            None => platform.map(|p| found(p, Rule::Platform)),
        };
    }
    let preferred = match var.filter(|x| x.is_absolute()) {
        Some(xdg) => Some(found(xdg.join(rel), Rule::Env(kind.xdg_var()))),
        None => inputs.home.map(|h| {
            let rule = Rule::Home(kind.under_home());
            found(h.join(kind.under_home()).join(rel), rule)
        }),
    };
    let Some(preferred) = preferred else {
        return platform.map(|q| found(q, Rule::Platform));
    };
    // On Linux the platform directory is the XDG one: a fallback only on macOS.
    match platform {
        Some(q) if inputs.platform == Platform::MacOs && !preferred.exists && exists(&q) => {
            Some(Choice {
                path: q,
                rule: Rule::OnlyPlatform,
                exists: true,
            })
        }
        _ => Some(preferred),
    }
}

/// [`choose`] on this machine: its platform and directories, `var` for the environment.
pub fn locate(kind: Kind, rel: &Path, var: &dyn Fn(&str) -> Option<OsString>) -> Option<Choice> {
    let platform = Platform::current();
    let value = var(kind.var(platform));
    let home = dirs::home_dir();
    let platform_dir = kind.platform_dir();
    let inputs = Inputs {
        platform,
        kind,
        var: value.as_deref(),
        home: home.as_deref(),
        platform_dir: platform_dir.as_deref(),
    };
    choose(inputs, rel, &|p| p.exists())
}

/// bp's directory of `kind` (`~/.cache/bp`, …), from the process's environment.
pub fn bp_dir(kind: Kind) -> Option<PathBuf> {
    locate(kind, Path::new("bp"), &|name| std::env::var_os(name)).map(|c| c.path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const HOME: &str = "/home/u";

    /// The platform directory of `kind` on `platform` for a user whose home is `HOME`.
    fn platform_dir(platform: Platform, kind: Kind) -> &'static str {
        match (platform, kind) {
            (Platform::Linux, Kind::Config) => "/home/u/.config",
            (Platform::Linux, Kind::Cache) => "/home/u/.cache",
            (Platform::Linux, Kind::State) => "/home/u/.local/state",
            (Platform::Linux, Kind::Data) => "/home/u/.local/share",
            (Platform::MacOs, Kind::Cache) => "/home/u/Library/Caches",
            (Platform::MacOs, _) => "/home/u/Library/Application Support",
            (Platform::Windows, Kind::Config | Kind::Data) => "C:\\Users\\u\\AppData\\Roaming",
            (Platform::Windows, _) => "C:\\Users\\u\\AppData\\Local",
        }
    }

    /// `choose` for `rel` with the given XDG value and existing files.
    fn run(platform: Platform, kind: Kind, xdg: Option<&str>, existing: &[&str]) -> Choice {
        let existing: BTreeSet<PathBuf> = existing.iter().map(PathBuf::from).collect();
        let dir = PathBuf::from(platform_dir(platform, kind));
        let inputs = Inputs {
            platform,
            kind,
            var: xdg.map(OsStr::new),
            home: Some(Path::new(HOME)),
            platform_dir: Some(&dir),
        };
        let rel = match kind {
            Kind::Config => Path::new("bp/config.toml"),
            _ => Path::new("bp"),
        };
        choose(inputs, rel, &|p| existing.contains(p)).unwrap()
    }

    fn choice(path: impl Into<PathBuf>, rule: Rule, exists: bool) -> Choice {
        let path = path.into();
        Choice { path, rule, exists }
    }

    #[cfg(unix)]
    const XDG: Rule = Rule::Env("XDG_CONFIG_HOME");
    #[cfg(unix)]
    const DOT_CONFIG: Rule = Rule::Home(".config");

    // Unix paths (`/x` is relative on Windows): a Linux or macOS user's inputs, which exist
    // only on a Unix host. So for the next two.
    #[cfg(unix)]
    #[test]
    fn linux_config() {
        let p = Platform::Linux;
        let c = Kind::Config;
        // XDG set: its file, there or not.
        let x = "/x/bp/config.toml";
        assert_eq!(run(p, c, Some("/x"), &[x]), choice(x, XDG, true));
        assert_eq!(run(p, c, Some("/x"), &[]), choice(x, XDG, false));
        // ~/.config: the platform directory too.
        let home = "/home/u/.config/bp/config.toml";
        assert_eq!(run(p, c, None, &[home]), choice(home, DOT_CONFIG, true));
        // Neither: ~/.config, for a new file.
        assert_eq!(run(p, c, None, &[]), choice(home, DOT_CONFIG, false));
        // XDG set, but only ~/.config (the platform directory without it) has the file.
        assert_eq!(
            run(p, c, Some("/x"), &[home]),
            choice(x, XDG, false),
            "on Linux the platform directory follows XDG_CONFIG_HOME"
        );
        // A relative XDG value is ignored, as the spec says.
        assert_eq!(run(p, c, Some("rel"), &[]), choice(home, DOT_CONFIG, false));
    }

    #[cfg(unix)]
    #[test]
    fn macos_config() {
        let p = Platform::MacOs;
        let c = Kind::Config;
        let x = "/x/bp/config.toml";
        let home = "/home/u/.config/bp/config.toml";
        let lib = "/home/u/Library/Application Support/bp/config.toml";
        // XDG set and there: it wins over the platform directory's.
        assert_eq!(run(p, c, Some("/x"), &[x, lib]), choice(x, XDG, true));
        // ~/.config exists: it wins too.
        assert_eq!(
            run(p, c, None, &[home, lib]),
            choice(home, DOT_CONFIG, true)
        );
        assert_eq!(run(p, c, None, &[home]), choice(home, DOT_CONFIG, true));
        // Only the platform directory has it: kept.
        let only = choice(lib, Rule::OnlyPlatform, true);
        assert_eq!(run(p, c, None, &[lib]), only);
        assert_eq!(run(p, c, Some("/x"), &[lib]), only);
        // Neither: the XDG place, for a new file.
        assert_eq!(run(p, c, None, &[]), choice(home, DOT_CONFIG, false));
        assert_eq!(run(p, c, Some("/x"), &[]), choice(x, XDG, false));
    }

    #[test]
    fn windows_config() {
        let p = Platform::Windows;
        let c = Kind::Config;
        let app = PathBuf::from("C:\\Users\\u\\AppData\\Roaming").join("bp/config.toml");
        let home = "/home/u/.config/bp/config.toml";
        // Without APPDATA, the known folder: XDG's places and ~/.config are not Windows'.
        for existing in [&[home][..], &[][..]] {
            assert_eq!(
                run(p, c, None, existing),
                choice(&app, Rule::Platform, false)
            );
        }
        let there = app.to_str().unwrap();
        assert_eq!(
            run(p, c, None, &[there]),
            choice(&app, Rule::Platform, true)
        );
        // APPDATA names the directory (a roaming profile elsewhere, say), there or not.
        let roaming = PathBuf::from("D:\\Profiles\\u\\Roaming");
        assert_eq!(
            run(p, c, roaming.to_str(), &[there]),
            choice(roaming.join("bp/config.toml"), Rule::Env("APPDATA"), false)
        );
        // Caches, journals and bookmarks under LOCALAPPDATA, the sandbox's state under
        // APPDATA; else the known folders.
        for (kind, var) in [
            (Kind::Cache, "LOCALAPPDATA"),
            (Kind::State, "LOCALAPPDATA"),
            (Kind::Data, "APPDATA"),
        ] {
            assert_eq!(kind.var(p), var);
            let win = PathBuf::from(platform_dir(p, kind)).join("bp");
            assert_eq!(
                run(p, kind, None, &["/x/bp", "/home/u/.cache/bp"]),
                choice(&win, Rule::Platform, false)
            );
            let named = PathBuf::from("E:\\v");
            assert_eq!(
                run(p, kind, named.to_str(), &[]),
                choice(named.join("bp"), Rule::Env(var), false)
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn cache_state_and_data() {
        let cases = [
            (
                Kind::Cache,
                "/home/u/.cache/bp",
                "/home/u/Library/Caches/bp",
            ),
            (
                Kind::State,
                "/home/u/.local/state/bp",
                "/home/u/Library/Application Support/bp",
            ),
            (
                Kind::Data,
                "/home/u/.local/share/bp",
                "/home/u/Library/Application Support/bp",
            ),
        ];
        for (kind, home, lib) in cases {
            let xdg = Rule::Env(kind.xdg_var());
            let dot = Rule::Home(kind.under_home());
            for p in [Platform::Linux, Platform::MacOs] {
                assert_eq!(
                    run(p, kind, Some("/x"), &["/x/bp"]),
                    choice("/x/bp", xdg, true)
                );
                assert_eq!(run(p, kind, None, &[home]), choice(home, dot, true));
                assert_eq!(run(p, kind, None, &[]), choice(home, dot, false));
            }
            let mac = Platform::MacOs;
            assert_eq!(
                run(mac, kind, None, &[lib]),
                choice(lib, Rule::OnlyPlatform, true)
            );
            assert_eq!(
                run(mac, kind, Some("/x"), &[lib]),
                choice(lib, Rule::OnlyPlatform, true)
            );
            assert_eq!(run(mac, kind, None, &[home, lib]), choice(home, dot, true));
        }
    }

    #[test]
    fn without_a_home() {
        let dir = PathBuf::from("/p");
        let inputs = Inputs {
            platform: Platform::MacOs,
            kind: Kind::Cache,
            var: None,
            home: None,
            platform_dir: Some(&dir),
        };
        let c = choose(inputs, Path::new("bp"), &|_| false).unwrap();
        assert_eq!(c, choice("/p/bp", Rule::Platform, false));
        let none = Inputs {
            platform_dir: None,
            ..inputs
        };
        assert_eq!(choose(none, Path::new("bp"), &|_| false), None);
    }
}
