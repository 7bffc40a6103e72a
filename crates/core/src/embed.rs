//! The embed contract for portal editors, as pure functions: the messages the framed app
//! posts to its host page, the accent and theme options, and the snippet to paste.
//!
//! Messages, posted to the parent window whenever the content's height or the current
//! section changes (target origin `*`: they carry nothing private):
//! - AMP: `{"sentinel":"amp","type":"embed-size","height":H}`
//! - Pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<H>`
//! - our own: `{"type":"aelw:resize","version":1,"height":H,"section":"<id>"|null}`
//! - WordPress, only when the host gave a secret (`#?secret=…`, see
//!   `url::split_secret`): `{"message":"height","value":H,"secret":"<secret>"}`

use crate::html::escape;
use serde::Serialize;

/// The `type` of our own message.
pub const MESSAGE_TYPE: &str = "aelw:resize";

/// The Pym.js child id used when the host did not pass one (`?childId=`).
pub const DEFAULT_PYM_ID: &str = "aelw";

/// Starting height of the iframe in the snippet, before the first message arrives.
pub const SNIPPET_HEIGHT: u32 = 900;

/// Colour scheme requested by the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Follow `prefers-color-scheme` (also what no parameter means).
    Auto,
}

impl Theme {
    /// Reads `light`, `dark` or `auto`; anything else is ignored.
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The value written to the URL and to `<html data-theme>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Reads a host accent colour: 3 or 6 hex digits, with or without `#` (written `%23` in
/// a URL). Returns it as `#rrggbb`, or `None` for anything else, which is then ignored.
/// The accent only colours decorative borders, never text or what text sits on, so no
/// value can lower the page's contrast.
pub fn parse_accent(s: &str) -> Option<String> {
    let hex = s.strip_prefix('#').unwrap_or(s);
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        6 => Some(format!("#{hex}")),
        3 => Some(hex.chars().fold(String::from("#"), |mut out, c| {
            out.push(c);
            out.push(c);
            out
        })),
        _ => None,
    }
}

/// Reads a Pym.js child id: letters, digits, `-` and `_`, at most 64; else ignored.
pub fn parse_pym_id(s: &str) -> Option<String> {
    (!s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then(|| s.to_string())
}

/// Reads the secret a WordPress host appends to a frame's address (`#?secret=…`): 1 to
/// 64 ASCII letters and digits, the only characters WordPress's host script accepts;
/// anything else is ignored.
pub fn parse_secret(s: &str) -> Option<String> {
    (!s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then(|| s.to_string())
}

/// A message for the host page, posted as the value it serializes to: an object, or
/// Pym.js's plain string. Serialized by the browser adapter (serde-wasm-bindgen), so no
/// JSON is written or escaped by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Message {
    /// AMP's size request.
    Amp(AmpSize),
    /// Pym.js's height, a plain string.
    Pym(String),
    /// Our own host script's.
    Resize(Resize),
    /// WordPress's host script's: a height or a link to open.
    WordPress(WordPress),
}

/// AMP's `{"sentinel":"amp","type":"embed-size","height":H}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AmpSize {
    sentinel: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    height: u32,
}

/// Our own `{"type":"aelw:resize","version":1,"height":H,"section":"<id>"|null}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resize {
    #[serde(rename = "type")]
    kind: &'static str,
    version: u32,
    height: u32,
    section: Option<String>,
}

/// WordPress's `{"message":"height"|"link","value":H|"<url>","secret":"<secret>"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordPress {
    message: &'static str,
    value: WordPressValue,
    secret: String,
}

/// What a WordPress message carries: a height, or the address to open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum WordPressValue {
    /// The frame's height in CSS pixels.
    Height(u32),
    /// A page of this site to open in place of the post.
    Link(String),
}

/// The height messages, for AMP, Pym.js and our own host script, and for WordPress when
/// the host gave a `secret` (already checked by `parse_secret`): WordPress's host script
/// resizes only the frame whose `data-secret` the message repeats. A `section` that is
/// not an id of ours is sent as `null`.
pub fn height_messages(
    height: u32,
    section: Option<&str>,
    pym_id: &str,
    secret: Option<&str>,
) -> Vec<Message> {
    let section = section
        .filter(|id| crate::ids::is_url_safe(id))
        .map(str::to_string);
    let mut messages = vec![
        Message::Amp(AmpSize {
            sentinel: "amp",
            kind: "embed-size",
            height,
        }),
        Message::Pym(format!("pymxPYMx{pym_id}xPYMxheightxPYMx{height}")),
        Message::Resize(Resize {
            kind: MESSAGE_TYPE,
            version: 1,
            height,
            section,
        }),
    ];
    if let Some(secret) = secret.and_then(parse_secret) {
        messages.push(Message::WordPress(WordPress {
            message: "height",
            value: WordPressValue::Height(height),
            secret,
        }));
    }
    messages
}

/// Asks a WordPress host to open `url`, a page of this site, in place of the post: in
/// its sandboxed frame a link cannot open a new window. WordPress's host script follows
/// it only if `url` is on the frame's own host and the frame has focus (it was clicked).
/// Control characters, which no address keeps, are dropped.
pub fn link_message(url: &str, secret: &str) -> Option<Message> {
    let secret = parse_secret(secret)?;
    let url = url.chars().filter(|c| !c.is_control()).collect();
    Some(Message::WordPress(WordPress {
        message: "link",
        value: WordPressValue::Link(url),
        secret,
    }))
}

/// The HTML a portal editor pastes: an iframe of the embed page at `frame_url` (its
/// address, fragment included: `url::page_address`) and the optional host script that
/// sizes it, at `script_url` (`url::host_script`).
pub fn snippet(frame_url: &str, script_url: &str, title: &str) -> String {
    format!(
        "{}\n<script src=\"{}\" defer></script>",
        iframe(frame_url, title, "100%", true),
        escape(script_url),
    )
}

/// The one way the embed's frame is written, for the snippet and the oEmbed responses:
/// the embed page at `src`, its `title`, `width`, the starting height, lazy loading and
/// the permissions its share buttons use. `for_host_script` marks it for `embed.js`,
/// which sizes the frames it finds so marked (the oEmbed hosts size theirs themselves).
pub fn iframe(src: &str, title: &str, width: &str, for_host_script: bool) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{}\" height=\"{SNIPPET_HEIGHT}\" \
         loading=\"lazy\" allow=\"clipboard-write; web-share\"{}></iframe>",
        escape(src),
        escape(title),
        escape(width),
        if for_host_script {
            " data-aelw-embed"
        } else {
            ""
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_and_accents_are_validated() {
        assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
        assert_eq!(Theme::parse("Dark"), None);
        assert_eq!(parse_accent("1D70B8").as_deref(), Some("#1d70b8"));
        assert_eq!(parse_accent("#0a3").as_deref(), Some("#00aa33"));
        for bad in [
            "",
            "#",
            "12345",
            "1234567",
            "red",
            "#ggg000",
            "1d70b8;x:y",
            "url(x)",
            " 1d70b8",
        ] {
            assert_eq!(parse_accent(bad), None, "{bad:?}");
        }
        assert_eq!(parse_pym_id("example-1_a").as_deref(), Some("example-1_a"));
        assert_eq!(parse_pym_id("a\"b"), None);
        assert_eq!(parse_pym_id(&"x".repeat(65)), None);
    }

    /// A message as the host receives it, written as JSON.
    fn json(message: &Message) -> String {
        serde_json::to_string(message).unwrap()
    }

    #[test]
    fn height_messages_follow_amp_pym_and_our_format() {
        let [amp, pym, own] = <[Message; 3]>::try_from(height_messages(
            1234,
            Some("day-2022-11-18"),
            "frame1",
            None,
        ))
        .expect("three messages without a secret");
        assert_eq!(
            json(&amp),
            r#"{"sentinel":"amp","type":"embed-size","height":1234}"#
        );
        assert_eq!(json(&pym), r#""pymxPYMxframe1xPYMxheightxPYMx1234""#);
        assert_eq!(
            json(&own),
            r#"{"type":"aelw:resize","version":1,"height":1234,"section":"day-2022-11-18"}"#
        );
        let [_, _, own] =
            <[Message; 3]>::try_from(height_messages(10, Some("bad\"id"), "x", None)).unwrap();
        assert_eq!(
            json(&own),
            r#"{"type":"aelw:resize","version":1,"height":10,"section":null}"#
        );
    }

    #[test]
    fn wordpress_hears_its_height_only_with_a_valid_secret() {
        let messages = height_messages(640, None, DEFAULT_PYM_ID, Some("Ab12Cd34Ef"));
        assert_eq!(messages.len(), 4);
        assert_eq!(
            json(&messages[3]),
            r#"{"message":"height","value":640,"secret":"Ab12Cd34Ef"}"#
        );
        for bad in ["", "a b", "abc\"", "abc&x=1", "ab-c", "é", &"x".repeat(65)] {
            assert_eq!(parse_secret(bad), None, "{bad:?}");
            assert_eq!(
                height_messages(640, None, DEFAULT_PYM_ID, Some(bad)).len(),
                3,
                "{bad:?}"
            );
        }
        assert_eq!(parse_secret(&"x".repeat(64)).map(|s| s.len()), Some(64));
    }

    #[test]
    fn wordpress_is_asked_to_open_links_to_this_site() {
        let message = link_message("https://x.org/aelw/#day-2022-11-18", "k9").unwrap();
        assert_eq!(
            json(&message),
            r#"{"message":"link","value":"https://x.org/aelw/#day-2022-11-18","secret":"k9"}"#
        );
        let odd = link_message("https://x.org/a\"b\\c\n", "k9").unwrap();
        let parsed: serde_json::Value = serde_json::from_str(&json(&odd)).unwrap();
        assert_eq!(parsed["value"], "https://x.org/a\"b\\c");
        assert_eq!(link_message("https://x.org/", "bad secret"), None);
    }

    #[test]
    fn the_snippet_is_ready_to_paste() {
        let html = snippet(
            "https://example.org/aelw/embed/#priority-balance",
            "https://example.org/aelw/embed.js",
            "Leaders' Week 2022",
        );
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/aelw/embed/#priority-balance\" title=\"Leaders&#39; Week 2022\" \
             width=\"100%\" height=\"900\" loading=\"lazy\" allow=\"clipboard-write; web-share\" data-aelw-embed></iframe>\n\
             <script src=\"https://example.org/aelw/embed.js\" defer></script>"
        );
        assert!(
            snippet("https://x.org/th/embed/", "https://x.org/embed.js", "t")
                .contains("src=\"https://x.org/th/embed/\" title=\"t\"")
        );
    }
}
