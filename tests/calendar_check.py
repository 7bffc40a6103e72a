"""The calendar files read back by a second independent parser, Python's icalendar
(`make test-calendar`): every .ics of each build given parses without errors, with each
event's UID, and each timed event at the instant its date and time name in the summit's
zone by Python's own tz database (zoneinfo). Usage: calendar_check.py <dist folder>..."""

import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar


def check(root: Path) -> int:
    [data_file] = (root / "data").glob("*.json")
    data = json.loads(data_file.read_text("utf-8"))
    zone = ZoneInfo(data["week"]["time_zone"])
    events = {e["id"]: e for e in data["events"]}
    files = sorted(root.glob("calendar/**/*.ics")) + sorted(root.glob("th/calendar/**/*.ics"))
    expected = 2 * (1 + len(data["days"]) + len(data["tracks"]) + len(data["events"]))
    assert len(files) == expected, f"{root}: {len(files)} files, not {expected}"
    for path in files:
        lang = "th" if path.relative_to(root).parts[0] == "th" else "en"
        cal = Calendar.from_ical(path.read_bytes())
        assert not cal.errors, f"{path}: {cal.errors}"
        for vevent in cal.walk("VEVENT"):
            assert not vevent.errors, f"{path}: {vevent.errors}"
            event_id = str(vevent["URL"]).rsplit("/", 1)[1].split(".")[0]
            source = events[event_id]
            assert str(vevent["UID"]) == f"{source['uid']}-{lang}", path
            start = vevent["DTSTART"].dt
            if source.get("start"):
                day = date.fromisoformat(source["date"])
                hh, mm = map(int, source["start"].split(":"))
                want = datetime(day.year, day.month, day.day, hh, mm, tzinfo=zone)
                assert start.timestamp() == want.timestamp(), f"{path}: {start} != {want}"
            else:
                span = source.get("span") or {"from": source["date"], "to": source["date"]}
                assert start == date.fromisoformat(span["from"]), path
                end = vevent["DTEND"].dt
                assert end == date.fromisoformat(span["to"]) + timedelta(days=1), path
    return len(files)


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        print(f"{folder}: {check(Path(folder))} calendar files read back by icalendar")
