//! The stylesheets and the app's JS glue as shipped: without their comments and layout,
//! which are a third of their gzipped bytes and are read by people (in `style/`, and in
//! wasm-bindgen's output), not by browsers. Trunk's own minifier cannot be used: it
//! minifies the HTML too, and drops the `<!---->` comments that the app's hydration
//! follows (see `Trunk.toml`). The CSS is minified here, by hand, as its rules are few
//! (comments, white space, strings); JS is not, so terser does it, an npm tool the
//! Makefile installs beside wasm-opt.

use base64::Engine as _;
use sha2::{Digest, Sha384};
use std::path::Path;
use std::process::Command;

/// `css` without comments, with each run of white space outside strings made one space,
/// or none next to `{`, `}`, `;` or `,` (where CSS never needs it). Strings are kept as
/// they are; white space elsewhere (a descendant selector, `calc(1px + 2px)`, `a :is(b)`)
/// stays as one space.
pub fn css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    // Whether white space (or a comment) was skipped since the last character kept.
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                keep_space(&mut out, &mut space, c);
                out.push(c);
                while let Some(s) = chars.next() {
                    out.push(s);
                    if s == '\\' {
                        out.extend(chars.next());
                    } else if s == c {
                        break;
                    }
                }
            }
            c => {
                keep_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the one space skipped before `next`, unless `next` or the character before
/// needs none.
fn keep_space(out: &mut String, space: &mut bool, next: char) {
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
    if std::mem::take(space) && !tight(next) && out.chars().last().is_some_and(|c| !tight(c)) {
        out.push(' ');
    }
}

/// Minifies the JS module at `path` in place with terser (found on `PATH`: the Makefile
/// puts `target/tools`' there), names kept where they are exported or are properties
/// (wasm-bindgen's imports are looked up by name). Returns the new file's `integrity`.
pub fn js_file(path: &Path) -> Result<String, String> {
    let out = path.with_extension("min.js");
    let status = Command::new("terser")
        .arg(path)
        .args(["--module", "--compress", "--mangle", "--output"])
        .arg(&out)
        .status()
        .map_err(|e| format!("cannot run terser ({e}): `make build` installs it"))?;
    if !status.success() {
        let _ = std::fs::remove_file(&out);
        return Err(format!("terser could not minify {}", path.display()));
    }
    std::fs::rename(&out, path).map_err(|e| format!("cannot replace {}: {e}", path.display()))?;
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(integrity(&bytes))
}

/// The `integrity` value of a file with these bytes, as trunk writes it: `sha384-…`.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_layout_go_strings_and_needed_spaces_stay() {
        let given = "/* The masthead. */\n.a  > .b ,\n.c :is(.d) {\n  margin: 0 auto;\n  \
                     width: calc(100% - 2rem); /* why */\n  content: \"a  /* b */  ,  c\";\n}\n\
                     @media (width >= 40rem) {\n  .e::after { content: ' \\' } ' }\n}\n";
        assert_eq!(
            css(given),
            ".a > .b,.c :is(.d){margin: 0 auto;width: calc(100% - 2rem);\
             content: \"a  /* b */  ,  c\";}@media (width >= 40rem){.e::after{content: ' \\' } '}}"
        );
    }

    #[test]
    fn integrity_is_the_sha384_browsers_check() {
        // The values of `openssl dgst -sha384 -binary | base64`, as in MDN's example.
        assert_eq!(
            integrity(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
        assert_eq!(
            integrity(b"alert('Hello, world.');"),
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
    }

    #[test]
    fn the_shipped_stylesheets_keep_every_rule() {
        for sheet in [
            include_str!("../../../style/main.css"),
            include_str!("../../../style/timeline.css"),
        ] {
            let small = css(sheet);
            assert!(small.len() * 10 < sheet.len() * 9, "at least 10 % smaller");
            for c in ['{', '}', '"', '(', ')'] {
                let outside_comments = |s: &str| {
                    s.split("/*")
                        .enumerate()
                        .map(|(i, part)| {
                            if i == 0 {
                                part
                            } else {
                                part.split_once("*/").map_or("", |p| p.1)
                            }
                        })
                        .map(|part| part.matches(c).count())
                        .sum::<usize>()
                };
                assert_eq!(small.matches(c).count(), outside_comments(sheet), "{c}");
            }
            assert_eq!(css(&small), small, "minifying twice changes nothing");
        }
    }
}
