//! The query string: the view options a link carries, read and written so that any
//! options the app produces survive the round trip, and the data source a link may name.

use crate::embed::{Theme, parse_accent, parse_pym_id};
use crate::filter::{Filters, Known};
use crate::model::{Date, Lang, Time};
use crate::zone::{DAY, Instant, ZoneRules, days_from_date, parse_offset};

/// The longest search text kept from a URL; longer input is cut at a character boundary.
pub const MAX_QUERY_CHARS: usize = 100;

/// What the query string asks for. The default is the full week in the default language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewOptions {
    /// `lang=en|th`; `None` when absent or unknown.
    pub lang: Option<Lang>,
    /// `track`, `priority` and `q`: what the week is narrowed to.
    pub filters: Filters,
    /// `data=`: where to fetch an update of the data from (checked by `data_source`).
    pub data: Option<String>,
    /// `embed=1`: the compact view for iframes.
    pub embed: bool,
    /// `theme=light|dark|auto`.
    pub theme: Option<Theme>,
    /// `accent=rrggbb`: the host's accent colour, as `#rrggbb`.
    pub accent: Option<String>,
    /// `childId=`: the id Pym.js gives the frame.
    pub pym_id: Option<String>,
    /// `tz=local`: show clock times in the reader's own time zone instead of ICT.
    pub local_times: bool,
    /// `now=`: the moment a preview link sets the app's clock to. It stays in the
    /// reader's own address (`page_url`), and goes into no link the app writes.
    pub now: Option<PreviewAt>,
}

/// What `?now=` says: a moment to preview the page at, or a value that is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PreviewAt {
    /// `2022-11-18T09:30`: a date and a wall-clock time in the summit's zone.
    Local(Date, Time),
    /// `2022-11-18T02:30Z`, `2022-11-18T09:30+07:00`: an instant (RFC 3339).
    Instant(Instant),
    /// Anything else, as given (cut short), for the notice that says it was not used.
    Malformed(String),
}

/// The longest `?now=` value kept to show in the notice.
const MAX_PREVIEW_CHARS: usize = 40;

impl PreviewAt {
    /// Reads `YYYY-MM-DDTHH:MM` (seconds allowed, then dropped), with `Z` or an offset
    /// for an instant, without one for the summit's wall clock. A `+` before the offset
    /// arrives as a space when the link did not escape it, and is read as `+`.
    pub fn parse(text: &str) -> PreviewAt {
        Self::read(text.trim())
            .unwrap_or_else(|| PreviewAt::Malformed(text.chars().take(MAX_PREVIEW_CHARS).collect()))
    }

    fn read(text: &str) -> Option<PreviewAt> {
        let (date, rest) = text.split_at_checked(10)?;
        let date = Date::parse(date)?;
        let rest = rest.strip_prefix(['T', 't'])?;
        let time = Time::parse(rest.get(..5)?)?;
        let mut rest = &rest[5..];
        let mut seconds = 0;
        if let Some(after) = rest.strip_prefix(':') {
            let digits = after
                .get(..2)
                .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
            seconds = digits.parse::<i64>().ok().filter(|&s| s < 60)?;
            rest = &after[2..];
        }
        let wall = days_from_date(date) * DAY
            + i64::from(time.hour) * 3600
            + i64::from(time.minute) * 60
            + seconds;
        match rest {
            "" => Some(PreviewAt::Local(date, time)),
            "Z" | "z" => Some(PreviewAt::Instant(wall)),
            _ => {
                let offset = match rest.strip_prefix(' ') {
                    Some(unsigned) => parse_offset(&format!("+{unsigned}")),
                    None => parse_offset(rest),
                }?;
                Some(PreviewAt::Instant(wall - i64::from(offset)))
            }
        }
    }

    /// The instant it names, with the summit's zone for a wall-clock time; `None` for a
    /// malformed value.
    pub fn instant(&self, rules: &ZoneRules) -> Option<Instant> {
        match self {
            PreviewAt::Local(date, time) => Some(rules.instant(*date, *time)),
            PreviewAt::Instant(at) => Some(*at),
            PreviewAt::Malformed(_) => None,
        }
    }

    /// The value written back into the reader's address: a wall-clock time as given, an
    /// instant in UTC, a malformed value as it came.
    pub fn query_value(&self) -> String {
        match self {
            PreviewAt::Local(date, time) => format!("{date}T{time}"),
            PreviewAt::Instant(at) => {
                let date = crate::zone::date_from_days(at.div_euclid(DAY));
                let secs = at.rem_euclid(DAY);
                let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
                if s == 0 {
                    format!("{date}T{h:02}:{m:02}Z")
                } else {
                    format!("{date}T{h:02}:{m:02}:{s:02}Z")
                }
            }
            PreviewAt::Malformed(text) => text.clone(),
        }
    }
}

impl ViewOptions {
    /// The same options with every filter cleared (language, data and embed settings stay).
    pub fn cleared(&self) -> ViewOptions {
        ViewOptions {
            filters: Filters::default(),
            ..self.clone()
        }
    }

    /// The options for the standalone app: the same view, without the embed settings.
    pub fn standalone(&self) -> ViewOptions {
        ViewOptions {
            embed: false,
            theme: None,
            accent: None,
            pym_id: None,
            ..self.clone()
        }
    }
}

/// Reads view options from a query string, with or without its leading `?`.
/// `known` are the tracks and cards that exist; other values are dropped.
pub fn parse_query(search: &str, known: &Known) -> ViewOptions {
    let mut opts = ViewOptions::default();
    let search = search.strip_prefix('?').unwrap_or(search);
    for pair in search.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match percent_decode(key).as_str() {
            "lang" => {
                opts.lang = match value.as_str() {
                    "en" => Some(Lang::En),
                    "th" => Some(Lang::Th),
                    _ => opts.lang,
                }
            }
            "track" => {
                for id in value.split(',') {
                    if known.tracks.contains(&id) {
                        opts.filters.set_track(id, true, &known.tracks);
                    }
                }
            }
            "priority" => {
                for id in value.split(',') {
                    if known.priorities.contains(&id) {
                        opts.filters.set_priority(id, true, &known.priorities);
                    }
                }
            }
            "q" => opts.filters.query = clean_query(&value),
            "data" if !value.is_empty() => opts.data = Some(value),
            "embed" => opts.embed = value == "1",
            "theme" => opts.theme = Theme::parse(&value).or(opts.theme),
            "accent" => opts.accent = parse_accent(&value).or(opts.accent.take()),
            "tz" => opts.local_times = value == "local",
            "childId" => opts.pym_id = parse_pym_id(&value).or(opts.pym_id.take()),
            "now" => opts.now = Some(PreviewAt::parse(&value)),
            _ => {}
        }
    }
    opts
}

/// Search text as it is kept: control characters become spaces, runs of space collapse,
/// and it is cut to `MAX_QUERY_CHARS`.
pub fn clean_query(raw: &str) -> String {
    let spaced: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_QUERY_CHARS)
        .collect();
    let mut out = String::with_capacity(spaced.len());
    for word in spaced.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // Keep one trailing space while someone is typing between words.
    if spaced.ends_with(' ') && !out.is_empty() {
        out.push(' ');
    }
    out
}

/// Writes view options as a query string with its `?`, or `""` for the default view.
/// `parse_query(format_query(o)) == o` for every `o` that `parse_query` can produce,
/// but for `now`, which only the reader's own address keeps (`page_url`): a preview
/// clock is never copied into a shared link, a canonical address or an embed snippet.
pub fn format_query(opts: &ViewOptions) -> String {
    let mut parts = Vec::new();
    if let Some(lang) = opts.lang {
        parts.push(format!("lang={}", lang.code()));
    }
    let filters = &opts.filters;
    if !filters.tracks.is_empty() {
        parts.push(format!("track={}", filters.tracks.join(",")));
    }
    if !filters.priorities.is_empty() {
        parts.push(format!("priority={}", filters.priorities.join(",")));
    }
    if !filters.query.is_empty() {
        parts.push(format!("q={}", percent_encode(&filters.query)));
    }
    if let Some(data) = &opts.data {
        parts.push(format!("data={}", percent_encode(data)));
    }
    if opts.local_times {
        parts.push("tz=local".into());
    }
    if opts.embed {
        parts.push("embed=1".into());
    }
    if let Some(theme) = opts.theme {
        parts.push(format!("theme={}", theme.as_str()));
    }
    if let Some(accent) = &opts.accent {
        parts.push(format!("accent={}", accent.trim_start_matches('#')));
    }
    if let Some(id) = &opts.pym_id {
        parts.push(format!("childId={id}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Decodes `%XX` escapes and `+` (as a space). Invalid escapes are kept as written, and
/// byte sequences that are not UTF-8 become U+FFFD, so every input has a result.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex_at = |i: usize| bytes.get(i).copied().and_then(hex);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let (Some(hi), Some(lo)) = (hex_at(i + 1), hex_at(i + 2))
        {
            out.push(hi << 4 | lo);
            i += 3;
            continue;
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Encodes everything but unreserved characters; spaces become `+`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The address of a data update given as `?data=`, if it is acceptable: an absolute
/// `https:` URL, or a relative URL on this site (`/data/x.json`, `data/x.json`,
/// `./x.json`). Anything with another scheme, a protocol-relative `//host`, backslashes,
/// spaces or control characters is refused.
pub fn data_source(raw: &str) -> Option<&str> {
    if raw.is_empty()
        || raw.len() > 2048
        || raw
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return None;
    }
    if crate::ids::is_https_url(raw) {
        return Some(raw);
    }
    // A relative reference must not start with `//` and must not have a scheme, i.e. no
    // `:` before the first `/`, `?` or `#`.
    let head = raw.split(['/', '?', '#']).next().unwrap_or("");
    (!raw.starts_with("//") && !head.contains(':')).then_some(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tracks and cards of the Bangkok week, which links may name.
    static CARDS: std::sync::LazyLock<Known<'static>> =
        std::sync::LazyLock::new(|| crate::data::fixture().known());

    #[test]
    fn an_empty_query_is_the_default_view() {
        assert_eq!(parse_query("", &CARDS), ViewOptions::default());
        assert_eq!(parse_query("?", &CARDS), ViewOptions::default());
        assert_eq!(format_query(&ViewOptions::default()), "");
    }

    #[test]
    fn known_options_are_read_and_unknown_ones_ignored() {
        let o = parse_query(
            "?utm_source=chat&lang=th&track=media,leaders,nope&priority=balance,x&q=Bangkok+Goals&embed=1",
            &CARDS,
        );
        assert_eq!(o.lang, Some(Lang::Th));
        assert_eq!(o.filters.tracks, ["leaders", "media"]);
        assert_eq!(o.filters.priorities, ["balance"]);
        assert_eq!(o.filters.query, "Bangkok Goals");
        assert!(o.filters.is_filtered());
        assert!(!o.cleared().filters.is_filtered());
        assert_eq!(o.cleared().lang, Some(Lang::Th));
    }

    #[test]
    fn filters_toggle_in_their_canonical_order_without_duplicates() {
        let mut o = parse_query(
            "track=media,leaders,media&priority=balance,open,balance",
            &CARDS,
        );
        assert_eq!(o.filters.tracks, ["leaders", "media"]);
        assert_eq!(o.filters.priorities, ["open", "balance"]);
        o.filters.set_track("senior-officials", true, &CARDS.tracks);
        o.filters.set_track("media", true, &CARDS.tracks);
        o.filters.set_track("leaders", false, &CARDS.tracks);
        assert_eq!(o.filters.tracks, ["senior-officials", "media"]);
        o.filters.set_priority("connect", true, &CARDS.priorities);
        o.filters.set_priority("open", false, &CARDS.priorities);
        o.filters.set_priority("open", false, &CARDS.priorities);
        assert_eq!(o.filters.priorities, ["connect", "balance"]);
        assert_eq!(
            format_query(&o),
            "?track=senior-officials,media&priority=connect,balance"
        );
    }

    #[test]
    fn bad_values_fall_back_quietly() {
        let o = parse_query("lang=fr&track=&priority=&q=%E0%B8", &CARDS);
        assert_eq!(o.lang, None);
        assert!(o.filters.tracks.is_empty() && o.filters.priorities.is_empty());
        assert_eq!(o.filters.query, "\u{FFFD}");
        assert_eq!(parse_query("q=%zz%2", &CARDS).filters.query, "%zz%2");
        assert_eq!(parse_query("&&=&q", &CARDS), ViewOptions::default());
    }

    #[test]
    fn queries_round_trip() {
        let cases = [
            "?lang=en",
            "?track=senior-officials,business",
            "?priority=open,balance",
            "?q=Safe+passage",
            "?lang=th&track=leaders&priority=connect&q=%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%8D%E0%B8%8D%E0%B8%B2",
            "?q=100%25+%26+more%3D%3F%23",
        ];
        for case in cases {
            let parsed = parse_query(case, &CARDS);
            assert_eq!(format_query(&parsed), case, "{case}");
            assert_eq!(parse_query(&format_query(&parsed), &CARDS), parsed);
        }
        // Order and duplicates are normalised.
        let o = parse_query("track=media,leaders,media&priority=balance,open", &CARDS);
        assert_eq!(
            format_query(&o),
            "?track=leaders,media&priority=open,balance"
        );
    }

    #[test]
    fn the_data_source_survives_filters_and_round_trips() {
        let o = parse_query("?data=%2Fdata%2Fnew.json&track=media", &CARDS);
        assert_eq!(o.data.as_deref(), Some("/data/new.json"));
        assert_eq!(o.cleared().data.as_deref(), Some("/data/new.json"));
        assert_eq!(parse_query(&format_query(&o), &CARDS), o);
    }

    #[test]
    fn only_https_or_same_site_data_sources_are_accepted() {
        for ok in [
            "https://example.org/aelw.json",
            "/data/aelw-2022.json",
            "data/x.json",
            "./x.json",
            "../x.json",
            "x.json?v=2",
        ] {
            assert_eq!(data_source(ok), Some(ok), "{ok}");
        }
        for bad in [
            "http://example.org/x.json",
            "javascript:alert(1)",
            "data:application/json,{}",
            "//evil.example/x.json",
            "\\\\evil/x",
            "/\\evil",
            "https://",
            "file:///etc/passwd",
            "x y.json",
            "",
            "blob:https://a.b/1",
            "HTTPS://a.b/x",
        ] {
            assert_eq!(data_source(bad), None, "{bad}");
        }
    }

    #[test]
    fn embed_options_are_read_validated_and_kept() {
        let o = parse_query(
            "?embed=1&theme=dark&accent=%231D70B8&childId=example-1&track=media&tz=local",
            &CARDS,
        );
        assert!(o.embed);
        assert_eq!(o.theme, Some(Theme::Dark));
        assert_eq!(o.accent.as_deref(), Some("#1d70b8"));
        assert_eq!(o.pym_id.as_deref(), Some("example-1"));
        assert_eq!(o.cleared().accent.as_deref(), Some("#1d70b8"));
        assert_eq!(parse_query(&format_query(&o), &CARDS), o);
        let bad = parse_query("?embed=yes&theme=neon&accent=red&childId=a%22b", &CARDS);
        assert_eq!(bad, ViewOptions::default());
        assert_eq!(format_query(&o.standalone()), "?track=media&tz=local");
    }

    #[test]
    fn search_text_is_tidied_and_bounded() {
        assert_eq!(clean_query("  safe \t passage  "), "safe passage ");
        assert_eq!(clean_query("a\u{0}b"), "a b");
        assert_eq!(
            clean_query(&"ก".repeat(500)).chars().count(),
            MAX_QUERY_CHARS
        );
        assert_eq!(clean_query("   "), "");
    }

    #[test]
    fn a_preview_clock_is_read_in_the_summits_zone_or_as_an_instant() {
        let rules = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
        let date = Date::parse("2022-11-18").unwrap();
        let nine_thirty = Time::parse("09:30").unwrap();
        let expected = rules.instant(date, nine_thirty);
        assert_eq!(
            PreviewAt::parse("2022-11-18T09:30"),
            PreviewAt::Local(date, nine_thirty)
        );
        // Floating: the summit's wall clock, whatever the reader's zone.
        assert_eq!(
            PreviewAt::parse("2022-11-18T09:30").instant(&rules),
            Some(expected)
        );
        for same in [
            "2022-11-18T02:30Z",
            "2022-11-18T02:30:00Z",
            "2022-11-18t02:30z",
            "2022-11-18T09:30+07:00",
            "2022-11-18T09:30 07:00",
            "2022-11-17T18:30-08:00",
        ] {
            assert_eq!(
                PreviewAt::parse(same).instant(&rules),
                Some(expected),
                "{same}"
            );
        }
        assert_eq!(
            PreviewAt::parse("2022-11-18T02:30:15Z").instant(&rules),
            Some(expected + 15)
        );
        for junk in [
            "",
            "tomorrow",
            "2022-11-18",
            "2022-11-18 09:30",
            "2022-11-18T9:30",
            "2022-11-18T24:00",
            "2022-02-30T09:30",
            "2022-11-18T09:30:60Z",
            "2022-11-18T09:30+7",
            "2022-11-18T09:30+15:00",
            "2022-11-18T09:30Zjunk",
            "2022-11-18T09:30ก",
        ] {
            assert!(
                matches!(PreviewAt::parse(junk), PreviewAt::Malformed(ref t) if t == junk),
                "{junk}"
            );
            assert_eq!(PreviewAt::parse(junk).instant(&rules), None);
        }
        let long = "x".repeat(500);
        assert_eq!(
            PreviewAt::parse(&long),
            PreviewAt::Malformed("x".repeat(MAX_PREVIEW_CHARS))
        );
    }

    #[test]
    fn a_preview_clock_is_never_written_into_a_link() {
        let o = parse_query("?track=media&now=2022-11-18T09%3A30%2B07%3A00", &CARDS);
        assert_eq!(
            o.now,
            Some(PreviewAt::Instant(
                PreviewAt::parse("2022-11-18T02:30Z")
                    .instant(&ZoneRules::fixed("UTC", 0, "UTC"))
                    .unwrap()
            ))
        );
        assert_eq!(format_query(&o), "?track=media");
        assert_eq!(format_query(&o.standalone()), "?track=media");
        // Only the reader's own address keeps it, so that a reload keeps the preview.
        let page = crate::url::Page::default();
        assert_eq!(
            crate::url::page_url("https://x.org/", page, &o, "#gala-dinner"),
            "https://x.org/?track=media&now=2022-11-18T02%3A30Z#gala-dinner"
        );
        let floating = parse_query("?now=2022-11-18T09:30", &CARDS);
        assert_eq!(
            crate::url::page_url("https://x.org/", page, &floating, ""),
            "https://x.org/?now=2022-11-18T09%3A30"
        );
        let junk = parse_query("?now=soon", &CARDS);
        assert_eq!(junk.now, Some(PreviewAt::Malformed("soon".into())));
        assert_eq!(crate::url::page_link(page, page, &junk, None), "./");
    }
}
