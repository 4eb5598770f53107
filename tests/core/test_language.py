from __future__ import annotations

import pytest

from wegly_viewer.core.language import choose_language
from wegly_viewer.core.settings import Settings


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
        ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "pt_BR.UTF-8", "LANG": "en_US.UTF-8"}, "pt_BR"),
        ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "pt_BR.UTF-8"}, "en"),
        ({"LANGUAGE": "pt_BR:en", "LANG": "en_US.UTF-8"}, "pt_BR"),
        ({"LANGUAGE": "", "LC_ALL": "C", "LANG": "pt_BR.UTF-8"}, "pt_BR"),
        ({}, "en"),
    ],
)
def test_the_locale_decides(environ: dict[str, str], expected: str) -> None:
    assert choose_language(environ) == expected


def test_the_flag_beats_setting_and_locale() -> None:
    assert choose_language({"LANG": "pt_BR.UTF-8"}, "pt_BR", "en") == "en"
    assert choose_language({"LANG": "en_US.UTF-8"}, "system", "pt_BR") == "pt_BR"


def test_the_setting_beats_the_locale() -> None:
    assert choose_language({"LANG": "pt_BR.UTF-8"}, "en") == "en"
    assert choose_language({"LANG": "en_US.UTF-8"}, "pt_BR") == "pt_BR"


def test_the_system_default_only_when_the_environment_names_nothing() -> None:
    assert choose_language({}, system_default="pt_BR") == "pt_BR"
    assert choose_language({"LANG": "en_US.UTF-8"}, system_default="pt_BR") == "en"


def test_settings_default_to_the_system_language_and_old_files_still_load() -> None:
    assert Settings().language == "system"
    assert Settings.model_validate({"version": 1, "theme": "dark"}).language == "system"
    assert Settings.model_validate({"version": 1, "language": "pt_BR"}).language == "pt_BR"
