"""Do the contact rules read a notation or remember the sets' numbers? A dictation check on the development sets.

Every phone number, BSN, e-mail address and number plate of a development set is rewritten in a
notation picked (seeded, the same every run) from those dictation and hurried typing produce, and
the note is scrubbed again:

  - phone numbers: digit by digit in words ("nul zes een twee ..."), in pairs ("nul zes twaalf
    vierendertig ..."), words and digits mixed ("06 twaalf 34 ..."), "plus eenendertig ..." for
    +31, or typed a digit at a time ("0 6 1 2 ...") or with a slash ("06/12345678");
  - BSN: digit by digit in words, or in pairs;
  - e-mail addresses: said ("punt", "apenstaartje", "at", "dot") or obfuscated ("(at)", "[dot]",
    spaces around "@");
  - plates: said a letter and a number at a time ("twaalf x k t vier"), or spaced in lower case.

Half of the notes are also lower-cased, as a dictated note is. An identifier counts as removed
when no stretch of it that says four digits or more (for an e-mail address: its domain) is left;
as flagged when what is left lies under a suspect of the review step. Prints per set and
category: rewritten, removed, removed or flagged, and the notes whose every rewritten contact
detail went. The rules were written for these notations (from made-up examples): this checks
them on the sets' own sentences and numbers, not on unseen phrasing. Never run on the held-out
sets.

    python benchmarks/deid_dictate.py [--sets corpus dev ...] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import deid_quality as dq  # noqa: E402

DEVELOPMENT = (*dq.DEVELOPMENT, *getattr(dq, "NEW_DEVELOPMENT", ()))
CATEGORIES = ("phone", "bsn", "email", "plate")


def _words() -> dict[int, str]:
    """0-99 in Dutch words, as num2words writes them (the data file the rules read)."""
    path = Path(dq.ROOT) / "src" / "werkbord" / "privacy" / "data" / "number_words_nl.txt"
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            value, word = line.split("\t")
            out[int(value)] = word
    return out


WORDS = _words()


def _pairs(digits: str) -> list[str]:
    return [digits[i : i + 2] for i in range(0, len(digits), 2)]


def _say_pair(pair: str, rng: random.Random) -> str:
    if pair.startswith("0") or len(pair) == 1:
        return " ".join(WORDS[int(c)] for c in pair)
    return WORDS[int(pair)]


def say_phone(text: str, rng: random.Random) -> str | None:
    digits = re.sub(r"\D", "", text)
    international = text.lstrip().startswith(("+31", "0031"))
    if international:
        digits = "0" + digits[4:] if digits.startswith("0031") else "0" + digits[2:]
    if len(digits) != 10 or not digits.startswith("0"):
        return None  # a foreign or odd number: not rewritten
    style = rng.choice(("digits", "pairs", "mixed", "plus", "typed", "slash"))
    if style == "typed":
        return " ".join(digits)
    if style == "slash":
        return f"{digits[:2]}/{digits[2:]}"
    head = "nul " + WORDS[int(digits[1])]
    rest = digits[2:]
    if style == "plus" or (international and style != "digits"):
        head = "plus eenendertig " + WORDS[int(digits[1])]
    if style == "digits":
        return " ".join(WORDS[int(c)] for c in digits)
    parts = [_say_pair(p, rng) for p in _pairs(rest)]
    if style == "mixed":
        parts = [p if i % 2 else pair for i, (p, pair) in enumerate(zip(parts, _pairs(rest), strict=True))]
    return " ".join([head, *parts])


def say_bsn(text: str, rng: random.Random) -> str | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) != 9:
        return None
    if rng.random() < 0.5:
        return " ".join(WORDS[int(c)] for c in digits)
    return " ".join(_say_pair(p, rng) for p in _pairs(digits))


def say_email(text: str, rng: random.Random) -> str | None:
    m = re.fullmatch(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)*)\.([a-z]{2,})", text.strip(), re.IGNORECASE)
    if m is None:
        return None
    local, domain, tld = m.groups()
    style = rng.choice(("punt", "at", "dot", "brackets", "squares", "spaced"))
    if style == "spaced":
        return f"{local} @ {domain}.{tld}"
    at, dot = {
        "punt": (" apenstaartje ", " punt "),
        "at": (" at ", " punt "),
        "dot": (" at ", " dot "),
        "brackets": ("(at)", "(dot)"),
        "squares": (" [at] ", " [dot] "),
    }[style]
    said_local = re.sub(r"[.]", dot, local).replace("_", " underscore ").replace("-", " streepje ")
    return f"{said_local}{at}{domain.replace('.', dot)}{dot}{tld}".strip()


def say_plate(text: str, rng: random.Random) -> str | None:
    groups = re.split(r"[-\s]", text.strip())
    if len(groups) != 3 or len("".join(groups)) != 6:
        return None
    if rng.random() < 0.5:
        return " ".join(g.lower() for g in groups)
    said = []
    for g in groups:
        if g.isdigit():
            said += [WORDS[int(g)]] if len(g) <= 2 and not g.startswith("0") else [WORDS[int(c)] for c in g]
        else:
            said += list(g.lower())
    return " ".join(said)


SAY = {"phone": say_phone, "bsn": say_bsn, "email": say_email, "plate": say_plate}


def left_over(said: str, category: str, out: str) -> list[str]:
    """What is left of ``said`` in ``out``: stretches that say four digits or more (a domain)."""
    if category == "email":
        domain = re.split(r"\s*(?:apenstaartje|\(at\)|\[at\]|\bat\b|@)\s*", said)[-1]
        return [domain] if dq.present(domain, out) else []
    tokens = said.split()
    spoken = {w: len(str(v)) for v, w in WORDS.items()}
    weight = [len(t) if t.isdigit() else spoken.get(t, 1 if len(t) == 1 else 0) for t in tokens]
    left = []
    for i in range(len(tokens)):
        total = 0
        for j in range(i, len(tokens)):
            total += weight[j]
            if total >= 4:
                stretch = " ".join(tokens[i : j + 1])
                if dq.present(stretch, out):
                    left.append(stretch)
                break
    return left


def measure(name: str, show: bool) -> dict[str, list[int]]:
    notes, own = dq.load_set(dq.SETS[name])
    protected = sorted(set(dq.template_words()) | set(own))
    scrub, suspects = dq.werkbord_scrub(protected), dq.werkbord_suspects(protected)
    per = {c: [0, 0, 0] for c in (*CATEGORIES, "notes")}
    for i, note in enumerate(notes):
        chosen = [x for x in note.identifiers if x.category in CATEGORIES]
        if not chosen:
            continue
        rng = random.Random(int(hashlib.md5(f"dictate{name}{i}".encode()).hexdigest()[:8], 16))
        text, said = note.text, []
        lowered = rng.random() < 0.5
        if lowered:
            text = text.lower()
        for x in sorted(chosen, key=lambda x: -len(x.text)):
            new = SAY[x.category](x.text, rng)
            pattern = r"(?<!\w)" + re.escape(x.text.lower() if lowered else x.text) + r"(?!\w)"
            if new is None or not re.search(pattern, text):
                continue
            text = re.sub(pattern, lambda _m, new=new: new, text)
            said.append((x.category, new))
        if not said:
            continue
        out, _ = scrub(text, note.field)
        spans = [(s.start, s.start + len(s.text)) for s in suspects(out)]
        all_gone = True
        for category, new in said:
            per[category][0] += 1
            left = left_over(new, category, out)
            if not left:
                per[category][1] += 1
                per[category][2] += 1
                continue
            all_gone = False
            if all(dq.flagged(stretch, out, spans) for stretch in left):
                per[category][2] += 1
            if show:
                print(f"  {name} {category} left {left!r}: {out!r}")
        per["notes"][0] += 1
        per["notes"][1] += all_gone
        per["notes"][2] += all_gone
    return per


def _share(part: int, total: int) -> str:
    return f"{part / total:.1%}" if total else "—"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=[s for s in DEVELOPMENT if dq.SETS.get(s, Path()).is_file()])
    ap.add_argument("--show", action="store_true", help="list what is left")
    args = ap.parse_args()
    held_out = [s for s in args.sets if s.startswith("frozen")]
    if held_out:
        sys.exit(f"deid_dictate.py is for development sets only, not {', '.join(held_out)}")
    total = {c: [0, 0, 0] for c in (*CATEGORIES, "notes")}
    print("| set | " + " | ".join(f"{c}: removed / or flagged (of n)" for c in CATEGORIES) + " | notes fully |")
    print("| --- |" + " --- |" * (len(CATEGORIES) + 1))
    for name in args.sets:
        per = measure(name, args.show)
        for c, (n, r, f) in per.items():
            total[c] = [total[c][0] + n, total[c][1] + r, total[c][2] + f]
        print(_row(name, per))
    print(_row("all", total))


def _row(name: str, per: dict[str, list[int]]) -> str:
    cells = [f"{_share(r, n)} / {_share(f, n)} ({n})" for c, (n, r, f) in per.items() if c != "notes"]
    n, r, _ = per["notes"]
    return f"| {name} | " + " | ".join(cells) + f" | {_share(r, n)} ({n}) |"


if __name__ == "__main__":
    main()
