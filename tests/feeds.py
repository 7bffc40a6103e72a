"""The Atom feeds of built sites, read back by an independent parser (feedparser).

    python3 tests/feeds.py <site folder>...

Each folder is a built site (dist/, target/dist-hooks/, target/dist-summit/). For each,
both feeds (feed.xml, th/feed.xml) must parse without a problem (bozo 0), say their
language (xml:lang), have one entry per release of the site's data file, newest first,
each with a tag: id, a release time, a title in the feed's language and a link to the
data file, and a rel="self" link to where the feed is. Folders built from the same data
file must give the same ids: they are stable across builds. `make test-feeds` runs it
after the builds, with feedparser installed into target/py.
"""

import json
import pathlib
import sys

import feedparser

TITLES = {"en": "Release ", "th": "ฉบับที่ "}
FEEDS = {"en": "feed.xml", "th": "th/feed.xml"}


def releases(site):
    """The data file's releases, in either shape of the file, and its name."""
    [path] = list((site / "data").glob("*.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    if "releases" in data:
        listed = data["releases"]
    else:
        listed = [{"version": data["version"], "released": data["updated"],
                   "changes": data.get("changes", [])}]
    return path.name, listed


def check(site):
    """Every problem of the site's feeds, and their ids by language."""
    problems, ids = [], {}
    name, listed = releases(site)
    for lang, file in FEEDS.items():
        where = f"{site}/{file}"
        parsed = feedparser.parse((site / file).read_bytes())
        if parsed.bozo:
            problems.append(f"{where}: not well-formed: {parsed.bozo_exception}")
            continue
        feed = parsed.feed
        if parsed.version != "atom10":
            problems.append(f"{where}: is {parsed.version!r}, not Atom 1.0")
        if feed.get("language") != lang:
            problems.append(f"{where}: xml:lang is {feed.get('language')!r}, not {lang!r}")
        for field in ("id", "title", "updated", "author"):
            if not feed.get(field):
                problems.append(f"{where}: the feed has no {field}")
        selves = [l.href for l in feed.get("links", []) if l.rel == "self"]
        if len(selves) != 1 or not selves[0].endswith("/" + file):
            problems.append(f"{where}: rel=self is {selves}, not one link ending in /{file}")
        entries = parsed.entries
        if len(entries) != len(listed):
            problems.append(f"{where}: {len(entries)} entries for {len(listed)} releases")
        for entry, release in zip(entries, reversed(listed)):
            version, lines = release["version"], release.get("changes", [])
            if not entry.id.startswith("tag:") or not entry.id.endswith(f"/release/{version}" + ("/th" if lang == "th" else "")):
                problems.append(f"{where}: release {version}'s id is {entry.id!r}")
            if not entry.title.startswith(TITLES[lang] + str(version)):
                problems.append(f"{where}: release {version}'s title is {entry.title!r}")
            if not entry.get("updated_parsed"):
                problems.append(f"{where}: release {version} has no time")
            elif release["released"].endswith("Z"):
                stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(entry.updated_parsed[:6])
                if stamp != release["released"]:
                    problems.append(f"{where}: release {version} is dated {stamp}, not {release['released']}")
            content = entry.content[0].value if entry.get("content") else ""
            for line in lines:
                if line[lang] not in content:
                    problems.append(f"{where}: release {version} lacks the line {line[lang]!r}")
            related = [l.href for l in entry.get("links", []) if l.rel == "related"]
            if not any(href.endswith("/data/" + name) for href in related):
                problems.append(f"{where}: release {version} does not link data/{name}")
        found = [e.id for e in entries] + [feed.get("id")]
        if len(set(found)) != len(found):
            problems.append(f"{where}: an id is used twice: {found}")
        ids[lang] = found
    return name, ids, problems


def main(sites):
    problems, seen = [], {}
    for site in map(pathlib.Path, sites):
        name, ids, found = check(site)
        problems += found
        if name in seen and seen[name][1] != ids:
            problems.append(f"{site}: ids differ from {seen[name][0]}'s, built from the same {name}")
        seen.setdefault(name, (site, ids))
        if not found:
            count = sum(len(v) - 1 for v in ids.values())
            print(f"feeds: {site}: {count} entries in two languages read back by feedparser {feedparser.__version__}")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]) if len(sys.argv) > 1 else "usage: feeds.py <site folder>...")
