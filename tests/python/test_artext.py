# Copyright (c) artext authors. MIT licence (see LICENSE).
"""The Python module against the command line (ctest python.pytest).

The module must give, for every golden sample, the dict the CLI prints as
JSON; the same on threads as one by one; and the CLI's messages as
exceptions (less the flag name the CLI adds to a limit's message, such as
"(--max-bytes)": Python callers set the option, not the flag).
ARTEXT_BINARY and ARTEXT_SOURCE_DIR come from CMake; the module from
PYTHONPATH (build/python).
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

import artext

SOURCE = Path(os.environ["ARTEXT_SOURCE_DIR"])
BINARY = os.environ["ARTEXT_BINARY"]
SAMPLES = sorted((SOURCE / "samples").glob("*.html"))
# The fixture options the command line can also be given.
CLI_FLAGS = {"url": "--url", "charset": "--charset", "min_words": "--min-words"}


def fixture_options(page):
    expected = json.loads(page.with_suffix(".expected.json").read_text())
    options = expected.get("options", {})
    return {k: v for k, v in options.items() if k in CLI_FLAGS}


def run_cli(page, options, *extra):
    args = [BINARY, "--explain", *extra]
    for key, value in options.items():
        args += [CLI_FLAGS[key], str(value)]
    return subprocess.run(args + [str(page)], capture_output=True, text=True)


def test_samples_exist():
    assert len(SAMPLES) > 50


@pytest.mark.parametrize("page", SAMPLES, ids=lambda p: p.stem)
def test_dict_equals_cli_json(page):
    options = fixture_options(page)
    cli = run_cli(page, options)
    assert cli.returncode == 0, cli.stderr
    got = artext.extract(page.read_bytes(), explain=True, **options)
    assert got == json.loads(cli.stdout)


def test_str_input_equals_bytes_input():
    page = SOURCE / "samples" / "reference-joongang.html"
    from_bytes = artext.extract(page.read_bytes())
    from_str = artext.extract(page.read_bytes().decode(from_bytes["encoding"]))
    assert from_str["headline"] == from_bytes["headline"]
    assert from_str["text"] == from_bytes["text"]


def test_threads_give_the_same_results():
    pages = [p.read_bytes() for p in SAMPLES]
    one_by_one = [artext.extract(p) for p in pages]
    for jobs in (1, 4):
        assert list(artext.extract_many(pages, jobs=jobs, chunk=16)) == one_by_one


def test_extract_many_takes_urls_and_returns_errors_in_place():
    page = (SOURCE / "samples" / "reference-joongang.html").read_bytes()
    url = "https://example.org/a.html"
    out = list(artext.extract_many(
        [(page, url), {"html": b"%PDF-1.4 x", "url": None}, page],
        jobs=2, errors="return"))
    assert out[0] == artext.extract(page, url=url)
    assert isinstance(out[1], artext.NotHtmlError)
    assert out[2] == artext.extract(page)
    with pytest.raises(artext.NotHtmlError):
        list(artext.extract_many([page, b""], jobs=2))


@pytest.mark.parametrize("content", [b"", b"   \n", b"%PDF-1.4\n%binary",
                                     b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"])
def test_bad_input_raises_the_cli_message(content, tmp_path):
    page = tmp_path / "bad.html"
    page.write_bytes(content)
    cli = run_cli(page, {})
    assert cli.returncode == 1
    with pytest.raises(artext.NotHtmlError) as error:
        artext.extract(content)
    # The CLI prints "artext: PATH: MESSAGE".
    assert f"{page}: {error.value}" in cli.stderr


def test_too_large_raises_the_library_message(tmp_path):
    content = b"<html><p>" + b"x" * 100
    with pytest.raises(artext.TooLargeError, match="limit is 10$") as error:
        artext.extract(content, max_input_bytes=10)
    # The library names no command-line flag; the CLI adds the one that set
    # the limit after the same message.
    page = tmp_path / "big.html"
    page.write_bytes(content)
    cli = run_cli(page, {}, "--max-bytes", "10")
    assert cli.returncode == 1
    assert f"{page}: {error.value} (--max-bytes)" in cli.stderr


def test_wrong_arguments_raise_type_errors():
    with pytest.raises(TypeError, match="unexpected option 'colour'"):
        artext.extract(b"<p>x</p>", colour="red")
    with pytest.raises(TypeError, match="bytes or str"):
        artext.extract(42)


def test_version_matches_cli():
    cli = subprocess.run([BINARY, "--version"], capture_output=True, text=True)
    assert cli.stdout.splitlines()[0] == f"artext {artext.__version__}"
