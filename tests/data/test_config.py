"""Where the data lives and how to sign in.

Precedence, highest first: managed (machine-wide) settings, environment, ``.env`` (working
directory, then the per-user config folder), the user's settings, defaults. The autouse
fixture runs every test in a temp HOME (the working directory) with
``AWS_DEFAULT_REGION=ap-northeast-2`` and fake access keys set.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from desktop.data.config import (
    DEFAULTS,
    ConnectionSettings,
    CredentialMode,
    Credentials,
    Resolved,
    dotenv_credentials,
    mask_key_id,
    mask_url_credentials,
    read_dotenv,
    resolve,
)
from desktop.data.connection import (
    Saved,
    Sources,
    assemble_connection,
    load_connection,
    read_sources,
    resolved_values,
    user_config_dir,
)
from desktop.data.errors import ConfigError, CredentialsError
from desktop.data.secrets import SecretStore
from desktop.settings import (
    CA_BUNDLE,
    CREDENTIAL_MODE,
    DEPARTMENTS_TABLE,
    ENDPOINT_URL,
    EVENTS_TABLE,
    PROFILE,
    PROXY,
    REGION,
    AppSettings,
)

KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def write_env(folder: Path, **values: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".env"
    path.write_text("".join(f"{k}={v}\n" for k, v in values.items()), encoding="utf-8")
    return path


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """The per-user config folder, kept apart from the working directory."""
    return tmp_path / "config"


@pytest.fixture
def no_region_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_REGION", raising=False)
    monkeypatch.delenv("AWS_DEFAULT_REGION", raising=False)


def resolved(settings: AppSettings, config_dir: Path) -> dict[str, Resolved]:
    return resolved_values(settings, config_dir=config_dir)[0]


# --- resolve(): the precedence itself -------------------------------------------------------


def test_defaults_when_nothing_is_set() -> None:
    assert resolve({}, environ={}, dotenv={}) == {
        "region": Resolved("ap-northeast-2", "default"),
        "departments_table": Resolved("departments", "default"),
        "events_table": Resolved("events", "default"),
        "endpoint_url": Resolved("", "default"),
        "ca_bundle": Resolved("", "default"),
        "proxy": Resolved("", "default"),
    }


@pytest.mark.parametrize(
    ("environ", "dotenv", "saved", "expected"),
    [
        pytest.param(
            {"AWS_REGION": "us-east-1"},
            {"AWS_REGION": "eu-west-1"},
            {"region": "ap-southeast-1"},
            Resolved("us-east-1", "environment"),
            id="environment-beats-all",
        ),
        pytest.param(
            {"AWS_DEFAULT_REGION": "us-east-1"},
            {"AWS_REGION": "eu-west-1"},
            {},
            Resolved("us-east-1", "environment"),
            id="any-environment-variable-beats-dotenv",
        ),
        pytest.param(
            {"AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-west-2"},
            {},
            {},
            Resolved("us-east-1", "environment"),
            id="AWS_REGION-beats-AWS_DEFAULT_REGION",
        ),
        pytest.param(
            {"AWS_REGION": "", "AWS_DEFAULT_REGION": "us-west-2"},
            {},
            {},
            Resolved("us-west-2", "environment"),
            id="empty-variable-is-unset",
        ),
        pytest.param(
            {"AWS_REGION": "   "},
            {},
            {"region": "ap-southeast-1"},
            Resolved("ap-southeast-1", "settings"),
            id="blank-variable-is-unset",
        ),
        pytest.param(
            {},
            {"AWS_DEFAULT_REGION": "eu-west-1"},
            {"region": "ap-southeast-1"},
            Resolved("eu-west-1", ".env"),
            id="dotenv-beats-settings",
        ),
        pytest.param(
            {},
            {},
            {"region": " ap-southeast-1 "},
            Resolved("ap-southeast-1", "settings"),
            id="settings-beat-default",
        ),
        pytest.param(
            {},
            {},
            {"region": "  "},
            Resolved("ap-northeast-2", "default"),
            id="blank-setting-is-unset",
        ),
    ],
)
def test_region_precedence(
    environ: dict[str, str], dotenv: dict[str, str], saved: dict[str, str], expected: Resolved
) -> None:
    assert resolve(saved, environ=environ, dotenv=dotenv)["region"] == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"AWS_ENDPOINT_URL": "http://generic:4566"}, "http://generic:4566"),
        ({"AWS_ENDPOINT_URL_DYNAMODB": "http://dynamo:8000"}, "http://dynamo:8000"),
        (
            {
                "AWS_ENDPOINT_URL": "http://generic:4566",
                "AWS_ENDPOINT_URL_DYNAMODB": "http://dynamo:8000",
            },
            "http://dynamo:8000",
        ),
    ],
)
def test_dynamodb_endpoint_variable_beats_the_generic_one(
    environ: dict[str, str], expected: str
) -> None:
    assert resolve({}, environ=environ)["endpoint_url"] == Resolved(expected, "environment")


def test_each_value_is_resolved_on_its_own() -> None:
    values = resolve(
        {"events_table": "saved-events", "endpoint_url": "http://saved:8000"},
        environ={"AWS_REGION": "us-east-1"},
        dotenv={"DEPARTMENTS_TABLE": "env-file-departments", "AWS_REGION": "eu-west-1"},
    )
    assert values == {
        "region": Resolved("us-east-1", "environment"),
        "departments_table": Resolved("env-file-departments", ".env"),
        "events_table": Resolved("saved-events", "settings"),
        "endpoint_url": Resolved("http://saved:8000", "settings"),
        "ca_bundle": Resolved("", "default"),
        "proxy": Resolved("", "default"),
    }


def test_table_names_from_the_environment() -> None:
    values = resolve(
        {"departments_table": "a", "events_table": "b"},
        environ={"DEPARTMENTS_TABLE": "departments-dev", "EVENTS_TABLE": "events-dev"},
    )
    assert values["departments_table"] == Resolved("departments-dev", "environment")
    assert values["events_table"] == Resolved("events-dev", "environment")


# --- The layers as the app reads them: os.environ, .env files, AppSettings ------------------


def test_real_environment_wins(
    app_settings: AppSettings, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.setenv("EVENTS_TABLE", "events-env")
    write_env(Path.cwd(), AWS_REGION="eu-west-1", EVENTS_TABLE="events-file")
    app_settings.set(REGION, "ap-southeast-1")
    app_settings.set(EVENTS_TABLE, "events-saved")
    values = resolved(app_settings, config_dir)
    assert values["region"] == Resolved("us-east-1", "environment")
    assert values["events_table"] == Resolved("events-env", "environment")


def test_fixture_region_comes_from_the_environment(
    app_settings: AppSettings, config_dir: Path
) -> None:
    # The autouse fixture sets AWS_DEFAULT_REGION, which outranks .env and settings.
    write_env(Path.cwd(), AWS_REGION="eu-west-1")
    assert resolved(app_settings, config_dir)["region"] == Resolved("ap-northeast-2", "environment")


@pytest.mark.usefixtures("no_region_in_environment")
def test_working_directory_dotenv_beats_config_folder_dotenv(
    app_settings: AppSettings, config_dir: Path
) -> None:
    write_env(Path.cwd(), AWS_REGION="eu-west-1")
    write_env(config_dir, AWS_REGION="us-west-2", DEPARTMENTS_TABLE="departments-user")
    app_settings.set(REGION, "ap-southeast-1")
    values = resolved(app_settings, config_dir)
    assert values["region"] == Resolved("eu-west-1", ".env")
    # What the working directory's file does not set still comes from the other file.
    assert values["departments_table"] == Resolved("departments-user", ".env")


@pytest.mark.usefixtures("no_region_in_environment")
def test_config_folder_dotenv_beats_settings(app_settings: AppSettings, config_dir: Path) -> None:
    write_env(config_dir, AWS_REGION="us-west-2")
    app_settings.set(REGION, "ap-southeast-1")
    assert resolved(app_settings, config_dir)["region"] == Resolved("us-west-2", ".env")


@pytest.mark.usefixtures("no_region_in_environment")
def test_default_config_folder_is_the_per_user_one(app_settings: AppSettings) -> None:
    write_env(user_config_dir(), AWS_REGION="us-west-2")
    values, _ = resolved_values(app_settings)
    assert values["region"] == Resolved("us-west-2", ".env")


@pytest.mark.usefixtures("no_region_in_environment")
def test_saved_settings_beat_defaults(app_settings: AppSettings, config_dir: Path) -> None:
    app_settings.set(REGION, "ap-southeast-1")
    app_settings.set(DEPARTMENTS_TABLE, "dept-saved")
    app_settings.set(ENDPOINT_URL, "http://localhost:8000")
    values = resolved(app_settings, config_dir)
    assert values["region"] == Resolved("ap-southeast-1", "settings")
    assert values["departments_table"] == Resolved("dept-saved", "settings")
    assert values["endpoint_url"] == Resolved("http://localhost:8000", "settings")
    assert values["events_table"] == Resolved("events", "default")


@pytest.mark.usefixtures("no_region_in_environment")
def test_defaults_last(app_settings: AppSettings, config_dir: Path) -> None:
    values = resolved(app_settings, config_dir)
    assert {name: r.source for name, r in values.items()} == dict.fromkeys(values, "default")
    assert values["region"].value == "ap-northeast-2"


def test_managed_setting_beats_the_users(app_settings: AppSettings, config_dir: Path) -> None:
    app_settings.system.setValue(EVENTS_TABLE.key, "events-managed")
    app_settings.set(EVENTS_TABLE, "events-user")
    value = resolved(app_settings, config_dir)["events_table"]
    assert value == Resolved("events-managed", "managed")
    assert value.locked


@pytest.mark.usefixtures("no_region_in_environment")
def test_dotenv_files_do_not_modify_the_environment(
    app_settings: AppSettings, config_dir: Path
) -> None:
    write_env(Path.cwd(), AWS_REGION="eu-west-1", EVENTS_TABLE="e", AWS_ACCESS_KEY_ID="from-file")
    write_env(config_dir, DEPARTMENTS_TABLE="d", SECRET_KEY="flask")
    before = dict(os.environ)
    _, dotenv = resolved_values(app_settings, config_dir=config_dir)
    assert dotenv["AWS_REGION"] == "eu-west-1"
    assert dotenv["SECRET_KEY"] == "flask"
    assert dict(os.environ) == before


def test_read_dotenv_earlier_files_win(tmp_path: Path) -> None:
    first = write_env(tmp_path / "a", AWS_REGION="first", EVENTS_TABLE="e")
    second = write_env(tmp_path / "b", AWS_REGION="second", DEPARTMENTS_TABLE="d")
    assert read_dotenv([first, second]) == {
        "AWS_REGION": "first",
        "EVENTS_TABLE": "e",
        "DEPARTMENTS_TABLE": "d",
    }


def test_guide_dotenv_is_understood(tmp_path: Path) -> None:
    # dynamodb-guide.md 3.1, comments and the web app's Flask variables included.
    path = tmp_path / ".env"
    path.write_text(
        "# AWS 설정\n"
        "AWS_REGION=ap-northeast-2\n"
        f"AWS_ACCESS_KEY_ID={KEY_ID}\n"
        f"AWS_SECRET_ACCESS_KEY={SECRET}\n"
        "\n"
        "# DynamoDB 테이블 이름\n"
        "DEPARTMENTS_TABLE=departments\n"
        "EVENTS_TABLE=events\n"
        "FLASK_ENV=development\n",
        encoding="utf-8",
    )
    dotenv = read_dotenv([path])
    assert resolve({}, environ={}, dotenv=dotenv)["region"] == Resolved("ap-northeast-2", ".env")
    assert dotenv_credentials(dotenv) == Credentials(CredentialMode.DEFAULT, "", KEY_ID, SECRET)


@pytest.mark.parametrize(
    "dotenv",
    [{}, {"AWS_ACCESS_KEY_ID": KEY_ID}, {"AWS_SECRET_ACCESS_KEY": SECRET}],
)
def test_dotenv_credentials_need_both_keys(dotenv: dict[str, str]) -> None:
    assert dotenv_credentials(dotenv) is None


# --- load_connection(): credential modes ----------------------------------------------------


def test_connection_carries_the_resolved_values(
    app_settings: AppSettings,
    secrets: SecretStore,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    write_env(Path.cwd(), DEPARTMENTS_TABLE="departments-file")
    app_settings.set(EVENTS_TABLE, "events-saved")
    app_settings.set(ENDPOINT_URL, "http://localhost:8000")
    connection = load_connection(app_settings, secrets, config_dir=config_dir)
    assert connection.region == "us-east-1"
    assert connection.departments_table == "departments-file"
    assert connection.events_table == "events-saved"
    assert connection.endpoint_url == "http://localhost:8000"
    assert connection.credentials == Credentials(CredentialMode.DEFAULT)


def test_keyring_mode_uses_the_stored_key(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    secrets.save(KEY_ID, SECRET)
    app_settings.set(CREDENTIAL_MODE, "keyring")
    # Keys in a .env file do not replace the keyring's.
    write_env(Path.cwd(), AWS_ACCESS_KEY_ID="AKIAFROMDOTENV000000", AWS_SECRET_ACCESS_KEY="x")
    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials
    assert credentials == Credentials(CredentialMode.KEYRING, "", KEY_ID, SECRET)


def test_keyring_mode_without_a_stored_key_is_a_credentials_error(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    app_settings.set(CREDENTIAL_MODE, "keyring")
    with pytest.raises(CredentialsError) as caught:
        load_connection(app_settings, secrets, config_dir=config_dir)
    assert caught.value.code == "NoCredentials"


def test_profile_mode_carries_the_profile_name(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    secrets.save(KEY_ID, SECRET)
    app_settings.set(CREDENTIAL_MODE, "profile")
    app_settings.set(PROFILE, "dept-sso")
    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials
    assert credentials == Credentials(CredentialMode.PROFILE, "dept-sso")
    assert credentials.describe() == "profile dept-sso"


def test_unknown_credential_mode_is_a_config_error(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    app_settings.system.setValue(CREDENTIAL_MODE.key, "Keyring ")
    with pytest.raises(ConfigError) as caught:
        load_connection(app_settings, secrets, config_dir=config_dir)
    assert caught.value.code == "InvalidCredentialMode"


def test_default_mode_prefers_the_real_environment_keys(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    # The fixture's AWS_ACCESS_KEY_ID is in the environment: boto3 finds it there itself.
    write_env(Path.cwd(), AWS_ACCESS_KEY_ID=KEY_ID, AWS_SECRET_ACCESS_KEY=SECRET)
    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials
    assert credentials == Credentials(CredentialMode.DEFAULT)


def test_default_mode_uses_dotenv_keys_when_the_environment_has_none(
    app_settings: AppSettings,
    secrets: SecretStore,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    write_env(config_dir, AWS_ACCESS_KEY_ID=KEY_ID, AWS_SECRET_ACCESS_KEY=SECRET)
    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials
    assert credentials == Credentials(CredentialMode.DEFAULT, "", KEY_ID, SECRET)
    assert "AWS_ACCESS_KEY_ID" not in os.environ


def test_default_mode_without_any_keys_uses_the_chain(
    app_settings: AppSettings,
    secrets: SecretStore,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials
    assert credentials == Credentials(CredentialMode.DEFAULT)
    assert credentials.describe() == "default credential chain"


def test_environ_argument_replaces_os_environ(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    write_env(config_dir, AWS_ACCESS_KEY_ID=KEY_ID, AWS_SECRET_ACCESS_KEY=SECRET)
    connection = load_connection(
        app_settings, secrets, environ={"AWS_REGION": "us-east-1"}, config_dir=config_dir
    )
    assert connection.region == "us-east-1"
    assert connection.credentials.access_key_id == KEY_ID


# --- Secrets never shown; endpoints checked -------------------------------------------------


def test_repr_never_shows_the_secret() -> None:
    credentials = Credentials(CredentialMode.KEYRING, "", KEY_ID, SECRET)
    connection = ConnectionSettings(credentials=credentials)
    for text in (repr(credentials), str(credentials), repr(connection), str(connection)):
        assert SECRET not in text
    assert SECRET not in credentials.describe()
    assert KEY_ID not in credentials.describe()
    assert credentials.describe() == "access key AKIA…MPLE"


@pytest.mark.parametrize(
    ("key_id", "masked"), [(KEY_ID, "AKIA…MPLE"), ("short", "…"), ("", "…"), ("12345678", "…")]
)
def test_mask_key_id(key_id: str, masked: str) -> None:
    assert mask_key_id(key_id) == masked


@pytest.mark.parametrize(
    "endpoint", ["", "http://localhost:8000", "https://dynamodb.ap-northeast-2.amazonaws.com"]
)
def test_check_accepts_web_endpoints(endpoint: str) -> None:
    ConnectionSettings(endpoint_url=endpoint).check()


@pytest.mark.parametrize(
    "endpoint", ["localhost:8000", "ftp://localhost", "file:///tmp/db", "http://", "javascript:x"]
)
def test_check_refuses_other_endpoints(endpoint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        ConnectionSettings(endpoint_url=endpoint).check()
    assert caught.value.code == "InvalidEndpoint"


@pytest.mark.parametrize(
    ("settings", "code"),
    [
        (ConnectionSettings(region=" "), "NoRegion"),
        (ConnectionSettings(departments_table=""), "NoTable"),
        (ConnectionSettings(events_table=" "), "NoTable"),
    ],
)
def test_check_refuses_missing_values(settings: ConnectionSettings, code: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings.check()
    assert caught.value.code == code


def test_source_key_and_endpoint_label() -> None:
    aws = ConnectionSettings(region="us-east-1")
    local = ConnectionSettings(endpoint_url="http://localhost:8000")
    assert aws.endpoint_label() == "dynamodb.us-east-1.amazonaws.com"
    assert local.endpoint_label() == "http://localhost:8000"
    assert aws.source_key() != local.source_key()
    assert ConnectionSettings().source_key() == ConnectionSettings().source_key()


@pytest.mark.parametrize(
    ("written", "keyed"),
    [
        ("", ""),
        ("http://127.0.0.1:5000/", "http://127.0.0.1:5000"),
        ("HTTP://LocalHost:80/", "http://localhost"),
        (
            "https://DynamoDB.ap-northeast-2.amazonaws.com:443//",
            "https://dynamodb.ap-northeast-2.amazonaws.com",
        ),
        ("https://proxy.example:8443/Dynamo/", "https://proxy.example:8443/Dynamo"),
        ("http://[::1]:8000/", "http://[::1]:8000"),
        (" http://localhost:8000 ", "http://localhost:8000"),
    ],
)
def test_one_server_written_several_ways_is_one_source(written: str, keyed: str) -> None:
    from desktop.data.config import normalised_endpoint, normalised_source_key

    assert normalised_endpoint(written) == keyed
    settings = ConnectionSettings(endpoint_url=written)
    assert settings.source_key() == f"ap-northeast-2|{keyed}|departments|events"
    # A key saved before endpoints were normalised names the same source.
    old_key = f"ap-northeast-2|{written}|departments|events"
    assert normalised_source_key(old_key) == settings.source_key()


# --- assemble_connection(): the one place a connection is put together -----------------------


def test_typed_values_override_every_source() -> None:
    sources = Sources(
        {
            "region": Resolved("eu-west-1", "environment"),
            "departments_table": Resolved("web-departments", ".env"),
            "events_table": Resolved("events", "default"),
            "endpoint_url": Resolved("http://localhost:8000", "settings"),
        },
        {},
    )

    as_resolved = assemble_connection(Credentials(), sources, environ={})
    typed = assemble_connection(
        Credentials(),
        sources,
        typed={"region": " us-east-2 ", "events_table": "team-events", "endpoint_url": ""},
        environ={},
    )

    assert (as_resolved.region, as_resolved.departments_table) == ("eu-west-1", "web-departments")
    assert as_resolved.endpoint_url == "http://localhost:8000"
    assert (typed.region, typed.departments_table, typed.events_table) == (
        "us-east-2",
        "web-departments",  # not typed: the resolved value
        "team-events",
    )
    assert typed.endpoint_url == ""  # a cleared endpoint means AWS itself


def test_nothing_resolved_yet_gives_the_defaults() -> None:
    assert assemble_connection(Credentials(), environ={}) == ConnectionSettings()


def test_the_dotenv_keys_serve_only_the_standard_chain_without_environment_keys() -> None:
    dotenv = {"AWS_ACCESS_KEY_ID": "AKIADOTENV0000000000", "AWS_SECRET_ACCESS_KEY": "s"}
    sources = Sources({}, dotenv)
    profile = Credentials(CredentialMode.PROFILE, "team")

    chain = assemble_connection(Credentials(), sources, environ={}).credentials
    environment = assemble_connection(
        Credentials(), sources, environ={"AWS_PROFILE": "other"}
    ).credentials

    assert chain.access_key_id == "AKIADOTENV0000000000"
    assert environment == Credentials()
    assert assemble_connection(profile, sources, environ={}).credentials == profile


# --- Managed values are locked: nothing on the PC overrides them ----------------------------

# Per value: its setting, an environment variable, and four different values for the four
# layers above the default (managed, environment, .env, the user's settings).
LADDER = {
    "region": (REGION, "AWS_REGION", ("ap-northeast-2", "us-east-1", "eu-west-1", "us-west-2")),
    "departments_table": (DEPARTMENTS_TABLE, "DEPARTMENTS_TABLE", ("dm", "de", "dd", "ds")),
    "events_table": (EVENTS_TABLE, "EVENTS_TABLE", ("em", "ee", "ed", "es")),
    "endpoint_url": (
        ENDPOINT_URL,
        "AWS_ENDPOINT_URL",
        ("http://managed:1", "http://env:2", "http://dotenv:3", "http://saved:4"),
    ),
    "ca_bundle": (CA_BUNDLE, "AWS_CA_BUNDLE", ("/m.pem", "/e.pem", "/d.pem", "/s.pem")),
    "proxy": (PROXY, "HTTPS_PROXY", ("http://m:1", "http://e:2", "http://d:3", "http://s:4")),
}


@pytest.mark.usefixtures("no_region_in_environment")
@pytest.mark.parametrize("name", list(LADDER))
def test_each_layer_beats_the_ones_below(
    name: str,
    app_settings: AppSettings,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setting, variable, (managed, environment, dotenv, saved) = LADDER[name]
    app_settings.system.setValue(setting.key, managed)
    monkeypatch.setenv(variable, environment)
    write_env(config_dir, **{variable: dotenv})
    app_settings.set(setting, saved)

    seen = [resolved(app_settings, config_dir)[name]]
    app_settings.system.remove(setting.key)
    seen.append(resolved(app_settings, config_dir)[name])
    monkeypatch.delenv(variable)
    seen.append(resolved(app_settings, config_dir)[name])
    (config_dir / ".env").unlink()
    seen.append(resolved(app_settings, config_dir)[name])
    app_settings.set(setting, None)
    seen.append(resolved(app_settings, config_dir)[name])

    assert seen == [
        Resolved(managed, "managed"),
        Resolved(environment, "environment"),
        Resolved(dotenv, ".env"),
        Resolved(saved, "settings"),
        Resolved(DEFAULTS[name], "default"),
    ]
    assert [value.locked for value in seen] == [True, False, False, False, False]


def test_managed_region_beats_the_environment_and_every_dotenv(
    app_settings: AppSettings,
    secrets: SecretStore,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Issue #22: IT's machine-wide region against a .env in the launch folder.
    app_settings.system.setValue(REGION.key, "ap-northeast-2")
    app_settings.system.setValue(EVENTS_TABLE.key, "events-managed")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    write_env(Path.cwd(), AWS_REGION="eu-west-1", EVENTS_TABLE="events-cwd")
    write_env(config_dir, AWS_REGION="us-west-2", EVENTS_TABLE="events-config")

    connection = load_connection(app_settings, secrets, config_dir=config_dir, admin=True)

    assert (connection.region, connection.events_table) == ("ap-northeast-2", "events-managed")
    values = resolved(app_settings, config_dir)
    assert values["region"] == Resolved("ap-northeast-2", "managed")
    assert values["events_table"] == Resolved("events-managed", "managed")


def test_a_blank_managed_endpoint_keeps_the_pc_on_aws(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    app_settings.system.setValue(ENDPOINT_URL.key, "")
    environ = {"AWS_ENDPOINT_URL": "http://localhost:8000"}
    write_env(config_dir, AWS_ENDPOINT_URL_DYNAMODB="http://localhost:9000")

    connection = load_connection(app_settings, secrets, environ=environ, config_dir=config_dir)

    assert connection.endpoint_url == ""
    assert resolved(app_settings, config_dir)["endpoint_url"] == Resolved("", "managed")


def test_a_blank_managed_region_is_the_default_one() -> None:
    values = resolve({}, managed={"region": " "}, environ={"AWS_REGION": "us-east-1"})
    assert values["region"] == Resolved("ap-northeast-2", "managed")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"HTTPS_PROXY": "http://proxy:8080"}, Resolved("http://proxy:8080", "environment")),
        ({"https_proxy": "http://lower:3128"}, Resolved("http://lower:3128", "environment")),
        (
            {"HTTPS_PROXY": " ", "https_proxy": "http://lower:1"},
            Resolved("http://lower:1", "environment"),
        ),
        ({"HTTP_PROXY": "http://plain:80"}, Resolved("", "default")),
    ],
)
def test_proxy_from_the_environment(environ: dict[str, str], expected: Resolved) -> None:
    assert resolve({}, environ=environ)["proxy"] == expected


def test_the_connection_carries_the_network_values(
    app_settings: AppSettings,
    secrets: SecretStore,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_settings.system.setValue(PROXY.key, "http://proxy.corp:8080")
    monkeypatch.setenv("HTTPS_PROXY", "http://elsewhere:3128")
    write_env(config_dir, AWS_CA_BUNDLE="/etc/corp/root.pem")

    connection = load_connection(app_settings, secrets, config_dir=config_dir)

    assert connection.proxy == "http://proxy.corp:8080"
    assert connection.ca_bundle == "/etc/corp/root.pem"


# --- The installed window reads no .env in its working directory ---------------------------


@pytest.mark.usefixtures("no_region_in_environment")
def test_the_installed_window_ignores_the_working_directorys_dotenv(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    write_env(Path.cwd(), AWS_REGION="eu-west-1", EVENTS_TABLE="events-cwd")
    write_env(config_dir, EVENTS_TABLE="events-config")

    window = load_connection(app_settings, secrets, config_dir=config_dir, frozen=True)
    admin = load_connection(app_settings, secrets, config_dir=config_dir, frozen=True, admin=True)
    source = load_connection(app_settings, secrets, config_dir=config_dir, frozen=False)

    assert (window.region, window.events_table) == ("ap-northeast-2", "events-config")
    assert (admin.region, admin.events_table) == ("eu-west-1", "events-cwd")
    assert (source.region, source.events_table) == ("eu-west-1", "events-cwd")


@pytest.mark.usefixtures("no_region_in_environment")
def test_frozen_is_this_process_unless_told(
    app_settings: AppSettings, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_env(Path.cwd(), AWS_REGION="eu-west-1")
    assert resolved(app_settings, config_dir)["region"] == Resolved("eu-west-1", ".env")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resolved(app_settings, config_dir)["region"] == Resolved("ap-northeast-2", "default")
    sources = read_sources(Saved.read(app_settings), config_dir=config_dir, admin=True)
    assert sources.resolved["region"] == Resolved("eu-west-1", ".env")
    assert sources.dotenv_files == (Path.cwd() / ".env",)


# --- Credentials: a managed mode is followed as set -----------------------------------------


@pytest.fixture
def no_environment_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")


@pytest.mark.usefixtures("no_environment_keys")
def test_a_managed_default_mode_ignores_dotenv_keys(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    write_env(config_dir, AWS_ACCESS_KEY_ID=KEY_ID, AWS_SECRET_ACCESS_KEY=SECRET)
    app_settings.set(CREDENTIAL_MODE, "default")
    assert load_connection(app_settings, secrets, config_dir=config_dir).credentials == (
        Credentials(CredentialMode.DEFAULT, "", KEY_ID, SECRET)
    )

    app_settings.system.setValue(CREDENTIAL_MODE.key, "default")
    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials
    assert credentials == Credentials(CredentialMode.DEFAULT)


@pytest.mark.parametrize("variable", ["AWS_PROFILE", "AWS_ACCESS_KEY_ID"])
def test_a_managed_keyring_mode_beats_the_environment_and_dotenv(
    variable: str,
    app_settings: AppSettings,
    secrets: SecretStore,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secrets.save(KEY_ID, SECRET)
    app_settings.system.setValue(CREDENTIAL_MODE.key, "keyring")
    app_settings.set(CREDENTIAL_MODE, "default")
    monkeypatch.setenv(variable, "AKIAENVIRONMENT00000" if "KEY" in variable else "personal")
    write_env(Path.cwd(), AWS_ACCESS_KEY_ID="AKIAFROMDOTENV000000", AWS_SECRET_ACCESS_KEY="x")

    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials

    assert credentials == Credentials(CredentialMode.KEYRING, "", KEY_ID, SECRET)


def test_a_managed_profile_beats_the_environments_profile(
    app_settings: AppSettings,
    secrets: SecretStore,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_settings.system.setValue(CREDENTIAL_MODE.key, "profile")
    app_settings.system.setValue(PROFILE.key, "dept-sso")
    app_settings.set(PROFILE, "personal")
    monkeypatch.setenv("AWS_PROFILE", "other")

    credentials = load_connection(app_settings, secrets, config_dir=config_dir).credentials

    assert credentials == Credentials(CredentialMode.PROFILE, "dept-sso")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pass@proxy:8080", "http://***@proxy:8080"),
        ("https://key:s3cr%40t@db.example/path?x=1", "https://***@db.example/path?x=1"),
        ("user:pass@proxy:3128", "***@proxy:3128"),
        ("http://proxy:8080/a@b", "http://proxy:8080/a@b"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("", ""),
    ],
)
def test_mask_url_credentials(url: str, shown: str) -> None:
    assert mask_url_credentials(url) == shown


# --- the proxy's login from the keyring -----------------------------------------------------

PROXY_PASSWORD = "pr0xy-S3cret"


def test_the_users_proxy_gets_the_keyrings_login_back(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    app_settings.set(PROXY, "http://proxy.example.com:8080")
    secrets.save_proxy("staff", PROXY_PASSWORD)

    connection = load_connection(app_settings, secrets, environ={}, config_dir=config_dir)

    assert connection.proxy == f"http://staff:{PROXY_PASSWORD}@proxy.example.com:8080"
    assert PROXY_PASSWORD not in repr(connection)
    # A typed proxy (the settings dialog's, a command's) carries its own login.
    typed = load_connection(
        app_settings,
        secrets,
        environ={},
        config_dir=config_dir,
        typed={"proxy": "http://other.example.com:3128"},
    )
    assert typed.proxy == "http://other.example.com:3128"


@pytest.mark.parametrize("where", ["managed", "environment", ".env"])
def test_a_proxy_from_elsewhere_is_used_as_given(
    where: str, app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    given = "http://it:their-password@proxy.corp.example:3128"
    environ: dict[str, str] = {}
    app_settings.set(PROXY, "http://proxy.example.com:8080")
    if where == "managed":
        app_settings.system.setValue(PROXY.key, given)
    elif where == "environment":
        environ["HTTPS_PROXY"] = given
    else:
        write_env(config_dir, HTTPS_PROXY=given)
    secrets.save_proxy("staff", PROXY_PASSWORD)

    connection = load_connection(app_settings, secrets, environ=environ, config_dir=config_dir)

    assert connection.proxy == given


def test_a_proxy_saved_with_its_login_by_an_earlier_version_still_works(
    app_settings: AppSettings, secrets: SecretStore, config_dir: Path
) -> None:
    saved = f"http://staff:{PROXY_PASSWORD}@proxy.example.com:8080"
    app_settings.set(PROXY, saved)

    connection = load_connection(app_settings, secrets, environ={}, config_dir=config_dir)

    assert connection.proxy == saved


def test_without_a_keyring_the_users_proxy_is_used_without_a_login(
    app_settings: AppSettings, config_dir: Path
) -> None:
    app_settings.set(PROXY, "http://proxy.example.com:8080")
    no_keyring = SecretStore(fail.Keyring())  # type: ignore[no-untyped-call]

    connection = load_connection(app_settings, no_keyring, environ={}, config_dir=config_dir)

    assert connection.proxy == "http://proxy.example.com:8080"
