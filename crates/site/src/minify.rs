//! The stylesheets as shipped: without their comments and layout, which are a third of
//! their gzipped bytes and are read by people in `style/`, not by browsers. Trunk's own
//! minifier cannot be used: it minifies the HTML too, and drops the `<!---->` comments
//! that the app's hydration follows (see `Trunk.toml`).

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
