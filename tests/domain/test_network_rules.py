"""The proxy's login taken out of its URL (to the keyring) and put back (for the client)."""

from __future__ import annotations

import pytest

from desktop.domain.network_rules import has_proxy_login, split_proxy_login, with_proxy_login


@pytest.mark.parametrize(
    ("url", "split"),
    [
        (
            "http://alice:s3cret@proxy.example.com:8080",
            ("http://proxy.example.com:8080", "alice", "s3cret"),
        ),
        # Percent-encoded as a URL must be; decoded for the fields.
        ("http://kim%40corp:p%3Aw%40d@proxy:3128/", ("http://proxy:3128/", "kim@corp", "p:w@d")),
        # A raw @ in a password: the host is what follows the last one.
        ("http://alice:p@ss@proxy:8080", ("http://proxy:8080", "alice", "p@ss")),
        ("https://alice@proxy:8443", ("https://proxy:8443", "alice", "")),
        ("http://proxy.example.com:8080", ("http://proxy.example.com:8080", "", "")),
        ("http://proxy:8080/path@not-a-login", ("http://proxy:8080/path@not-a-login", "", "")),
        ("alice:pw@proxy:8080", ("alice:pw@proxy:8080", "", "")),  # no scheme: left to the rules
    ],
)
def test_split_proxy_login(url: str, split: tuple[str, str, str]) -> None:
    assert split_proxy_login(url) == split
    assert has_proxy_login(url) == (split[0] != url)


@pytest.mark.parametrize(
    ("user", "password"),
    [("alice", "s3cret"), ("kim@corp", "p:w@d/?#%"), ("alice", ""), ("김민지", "비밀번호")],
)
def test_a_login_put_back_comes_out_the_same(user: str, password: str) -> None:
    url = with_proxy_login("http://proxy.example.com:8080", user, password)
    assert url.endswith("@proxy.example.com:8080")
    assert split_proxy_login(url) == ("http://proxy.example.com:8080", user, password)


def test_a_url_with_its_own_login_or_without_a_user_stays_as_given() -> None:
    given = "http://bob:theirs@proxy:8080"
    assert with_proxy_login(given, "alice", "mine") == given
    assert with_proxy_login("http://proxy:8080", "", "") == "http://proxy:8080"
    assert with_proxy_login("", "alice", "mine") == ""
