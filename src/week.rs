//! The week baked into the app. The build (`build.rs`) reads and checks the data file
//! with the core crate, exactly as the build steps do, and writes it out again; here it
//! is only decoded, so no data check runs at start-up. The `.wasm` decodes it as an
//! update is decoded (the browser's `JSON.parse`, then serde-wasm-bindgen), so that it
//! carries one set of the model's `Deserialize` impls, not two: 6.9 kB gzip less than
//! postcard's (docs/performance.md). Natively (the build steps, the tests) it is postcard.

use aelw_core::model::Dataset;
use aelw_core::zone::ZoneRules;
use std::sync::OnceLock;

/// The checked week, as the build wrote it for the `.wasm`.
#[cfg(target_arch = "wasm32")]
static BAKED: &str = include_str!(concat!(env!("OUT_DIR"), "/week.json"));

/// The checked week, as the build wrote it for the native build steps.
#[cfg(not(target_arch = "wasm32"))]
static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/week.postcard"));

/// The baked week, decoded on first use.
pub fn baked() -> &'static Dataset {
    static WEEK: OnceLock<Dataset> = OnceLock::new();
    // Only a build that wrote the week with other types than it reads could fail.
    WEEK.get_or_init(|| decode().unwrap_or_else(|e| panic!("the baked week does not decode: {e}")))
}

/// The baked week read by the browser's JSON parser and serde-wasm-bindgen.
#[cfg(target_arch = "wasm32")]
fn decode() -> Result<Dataset, String> {
    crate::browser::read_baked_week(BAKED)
}

/// The baked week read by postcard.
#[cfg(not(target_arch = "wasm32"))]
fn decode() -> Result<Dataset, String> {
    postcard::from_bytes(BAKED).map_err(|e| e.to_string())
}

/// The summit zone's rules around the week, as the build worked them out from the tz
/// database (`crates/zone`).
static BAKED_ZONE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/zone.postcard"));

/// The summit's zone, for turning the data's times into instants and back: the baked
/// rules, decoded on first use. An update of the week keeps its zone (`accept_update`),
/// so these rules hold for it too.
pub fn zone() -> &'static ZoneRules {
    static ZONE: OnceLock<ZoneRules> = OnceLock::new();
    ZONE.get_or_init(|| match postcard::from_bytes(BAKED_ZONE) {
        Ok(rules) => rules,
        Err(e) => panic!("the baked zone does not decode: {e}"),
    })
}

/// Keeps a checked update of the week for the rest of the visit, beside the baked one:
/// `?data=` at the start, then each newer release the live refresh applies, as often as
/// they come. Each is kept for good (the views take the week as `&'static`); a week sees
/// a few dozen releases at most.
pub fn keep_update(update: Dataset) -> &'static Dataset {
    Box::leak(Box::new(update))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn the_baked_week_is_the_data_file() {
        // The file the build baked: `$AELW_DATA` (`make … DATA=`), else the Bangkok week's.
        let path = aelw_core::data::data_path(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
        let text = std::fs::read_to_string(&path).expect("the data file");
        let mut week = aelw_core::data::parse(&text).expect("a checked week");
        // Without the calendar UIDs, which only the build steps use (see build.rs).
        for event in &mut week.events {
            event.uid = None;
        }
        assert_eq!(super::baked(), &week);
    }

    #[test]
    fn the_baked_zone_is_the_data_file_s_from_the_tz_database() {
        let path = aelw_core::data::data_path(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
        let text = std::fs::read_to_string(&path).expect("the data file");
        let (_, rules) = aelw_zone::parse(&text).expect("a checked week");
        assert_eq!(super::zone(), &rules);
        assert!(
            rules.offsets.len() < 10,
            "a window of two years around the week"
        );
    }

    #[test]
    fn every_release_of_a_visit_is_kept() {
        let release = |version| {
            let mut week = super::baked().clone();
            week.version = version;
            super::keep_update(week)
        };
        let built = super::baked().version;
        let (first, second, third) = (release(built + 1), release(built + 2), release(built + 3));
        assert_eq!(
            [first.version, second.version, third.version],
            [built + 1, built + 2, built + 3]
        );
        // The baked week stays as it was built, beside them.
        assert_eq!(super::baked().version, built);
    }
}
