//! The week baked into the app. The build (`build.rs`) reads and checks the data file
//! with the core crate, exactly as the build steps do, and writes it in postcard's
//! compact form; here it is only decoded, so no JSON is parsed on a reader's phone and
//! no data check runs at start-up.

use aelw_core::model::Dataset;
use aelw_core::zone::{ZoneRules, parse_offset};
use std::sync::OnceLock;

/// The checked week, as the build wrote it.
static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/week.postcard"));

/// The baked week, decoded on first use.
pub fn baked() -> &'static Dataset {
    static WEEK: OnceLock<Dataset> = OnceLock::new();
    WEEK.get_or_init(|| match postcard::from_bytes(BAKED) {
        Ok(week) => week,
        // Only a build that wrote the bytes with other types than it reads could get here.
        Err(e) => panic!("the baked week does not decode: {e}"),
    })
}

/// The summit's zone, for turning the data's times into instants.
// INTERIM (lead's skeleton): one fixed offset from the data. The zone work replaces this
// with the rules the build works out from the tz database and bakes beside the week.
pub fn zone() -> &'static ZoneRules {
    static ZONE: OnceLock<ZoneRules> = OnceLock::new();
    ZONE.get_or_init(|| {
        let week = &baked().week;
        let seconds = parse_offset(&week.utc_offset).unwrap_or(0);
        ZoneRules::fixed(&week.time_zone, seconds, &week.zone_abbr)
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
        let week = aelw_core::data::parse(&text).expect("a checked week");
        assert_eq!(super::baked(), &week);
    }

    #[test]
    fn every_release_of_a_visit_is_kept() {
        let release = |version| {
            let mut week = super::baked().clone();
            week.version = version;
            super::keep_update(week)
        };
        let (first, second, third) = (release(3), release(4), release(5));
        assert_eq!([first.version, second.version, third.version], [3, 4, 5]);
        // The baked week stays as it was built, beside them.
        assert!(super::baked().version < 3);
    }
}
