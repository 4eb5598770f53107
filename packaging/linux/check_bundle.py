#!/usr/bin/env python3
"""Checks (and fixes) what the Linux bundle needs from the system it is installed on.

    check_bundle.py fix-runpath BUNDLE       RUNPATH/RPATH entries outside the bundle -> $ORIGIN
    check_bundle.py glibc BUNDLE             prints the highest GLIBC_ version any ELF needs
    check_bundle.py check BUNDLE DEB DOC     fails unless: no host path in any RUNPATH/RPATH,
                                             the glibc floor <= the one DOC states and = the
                                             .deb's libc6 (>= ...), and every NEEDED library
                                             is in the bundle or comes with a Depends package

Standard library only; uses readelf, objdump (binutils), patchelf (fix-runpath) and dpkg -S.
"""

# ruff: noqa: S603, S607 - a build tool that runs the system's binutils, patchelf and dpkg

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

GLIBC_RE = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")
# docs/install.md states the floor as "glibc 2.36" (both languages).
DOC_FLOOR_RE = re.compile(r"glibc (\d+\.\d+)")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _dynamic(path: Path) -> str:
    return subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout


def needed(path: Path) -> list[str]:
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", _dynamic(path))


def runpaths(path: Path) -> list[str]:
    entries: list[str] = []
    for value in re.findall(
        r"\((?:RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[([^\]]*)\]", _dynamic(path)
    ):
        entries += [entry for entry in value.split(":") if entry]
    return entries


def host_paths(path: Path) -> list[str]:
    return [entry for entry in runpaths(path) if not entry.startswith("$ORIGIN")]


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, check=False).stdout
    return {tuple(int(part) for part in match if part) for match in GLIBC_RE.findall(out)}


def glibc_floor(bundle: Path) -> tuple[int, ...]:
    versions: set[tuple[int, ...]] = set()
    for path in elf_files(bundle):
        versions |= glibc_versions(path)
    return max(versions, default=(2, 17))


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


def fix_runpath(bundle: Path) -> int:
    """Every RUNPATH/RPATH entry outside the bundle (e.g. the build host's Python prefix)
    becomes $ORIGIN/<relative way to _internal>, where the bundle keeps its libraries."""
    internal = bundle / "_internal"
    fixed = 0
    for path in elf_files(bundle):
        entries = runpaths(path)
        if not any(not entry.startswith("$ORIGIN") for entry in entries):
            continue
        inside = os.path.relpath(internal, path.parent)
        here = "$ORIGIN" if inside == "." else f"$ORIGIN/{inside}"
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
        new = ":".join(dict.fromkeys([*kept, here]))
        subprocess.run(["patchelf", "--set-rpath", new, str(path)], check=True)
        fixed += 1
    print(f"runpath: {fixed} libraries pointed at the bundle instead of a host path")
    return 0


def _package_of(soname: str, cache: dict[str, str | None]) -> str | None:
    """The Debian package that provides ``soname`` on this machine (dpkg -S), or None."""
    if soname in cache:
        return cache[soname]
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    package = None
    for line in listing.splitlines():
        name, _, target = line.strip().partition(" => ")
        if not target or name.split()[0] != soname:
            continue
        for candidate in (target, os.path.realpath(target)):
            owner = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            ).stdout
            if owner:
                package = owner.split(":")[0].split(",")[0].strip()
                break
        if package:
            break
    cache[soname] = package
    return package


def _depends(deb: Path) -> tuple[set[str], str]:
    field = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    names = set()
    libc = ""
    for clause in field.split(","):
        for alternative in clause.split("|"):
            name = alternative.strip().split(" ")[0].split(":")[0]
            names.add(name)
            if name == "libc6":
                match = re.search(r">=\s*([0-9.]+)", alternative)
                libc = match.group(1) if match else ""
    return names, libc


def check(bundle: Path, deb: Path, doc: Path) -> int:
    problems: list[str] = []
    files = elf_files(bundle)
    # 1. No host paths.
    for path in files:
        bad = host_paths(path)
        if bad:
            problems.append(f"{path.relative_to(bundle)}: RUNPATH/RPATH {':'.join(bad)}")
    # 2. glibc floor against the docs and the Depends line.
    floor = glibc_floor(bundle)
    stated = set(DOC_FLOOR_RE.findall(doc.read_text(encoding="utf-8")))
    depends, libc = _depends(deb)
    print(
        f"glibc: the bundle needs GLIBC_{_dotted(floor)}; {doc.name} states "
        f"{', '.join(sorted(stated)) or 'nothing'}; Depends libc6 (>= {libc or '?'})"
    )
    if len(stated) != 1:
        problems.append(f"{doc} must state one glibc floor ('glibc X.Y'), found {sorted(stated)}")
    elif floor > tuple(int(part) for part in next(iter(stated)).split(".")):
        problems.append(f"the bundle needs GLIBC_{_dotted(floor)}, above {doc.name}'s {stated}")
    if libc != _dotted(floor):
        problems.append(f"Depends says libc6 (>= {libc}), the bundle needs {_dotted(floor)}")
    # 3. Every NEEDED library in the bundle or declared.
    names = {path.name for path in bundle.rglob("*")}
    cache: dict[str, str | None] = {}
    outside: dict[str, set[str]] = {}
    for path in files:
        for soname in needed(path):
            if soname not in names:
                outside.setdefault(soname, set()).add(str(path.relative_to(bundle)))
    for soname, users in sorted(outside.items()):
        package = _package_of(soname, cache)
        if package is None:
            problems.append(
                f"{soname} (needed by {', '.join(sorted(users)[:3])}) is neither "
                "bundled nor installed here, so no Depends can provide it"
            )
        elif package not in depends:
            problems.append(
                f"{soname} comes from {package}, which Depends does not declare "
                f"(needed by {', '.join(sorted(users)[:3])})"
            )
    system = sorted({cache[s] or "?" for s in outside})
    print(f"libraries: {len(files)} ELF files; from the system: {', '.join(system)}")
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "fix-runpath":
        return fix_runpath(Path(argv[1]))
    if len(argv) >= 2 and argv[0] == "glibc":
        print(_dotted(glibc_floor(Path(argv[1]))))
        return 0
    if len(argv) >= 4 and argv[0] == "check":
        return check(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
