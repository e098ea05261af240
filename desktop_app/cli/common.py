"""Shared plumbing for CLI commands: options, opening the office, output, errors."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app import scratch
from desktop_app.errors import UserError
from desktop_app.i18n import LANGUAGES, fill, set_language, translate
from desktop_app.paths import default_db_path
from desktop_app.services.context import Context

log = logging.getLogger(__name__)

EXIT_OK, EXIT_NEGATIVE, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 3


def choose_language(argv: list[str]) -> list[str]:
    """Set the language of every CLI text — ``--lang en`` anywhere on the line, else ``LINDUNGI_LANG``,
    else Indonesian — before the parser is built, so the help follows it too. Returns ``argv``
    without the ``--lang`` option (it may stand after the command)."""
    language, rest, skip = os.environ.get("LINDUNGI_LANG", "id"), [], False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--lang" and i + 1 < len(argv):
            language, skip = argv[i + 1], True
        elif arg.startswith("--lang="):
            language = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    set_language(language if language in LANGUAGES else "id")
    return rest


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` and the sign-in options (``cli.signin``) every command on the database takes."""
    from desktop_app.cli.signin import add_signin_options

    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help=translate("Cli", "berkas basis data (bawaan: LINDUNGI_DB atau folder data pengguna)"))
    parser.add_argument("--operator", default=None, metavar="NAMA",
                        help=translate("Cli", "bekerja sebagai operator terdaftar ini, dengan perannya (bawaan: "
                                              "LINDUNGI_OPERATOR, atau satu-satunya operator aktif kantor)"))
    add_signin_options(parser)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "keluaran JSON untuk program lain"))


def db_path(args: argparse.Namespace) -> Path:
    return args.db or default_db_path()


def operator_name(args: argparse.Namespace | None = None) -> str:
    """The operator named by ``--operator`` or ``LINDUNGI_OPERATOR``, else ``cli:<login name>``."""
    named = getattr(args, "operator", None) or os.environ.get("LINDUNGI_OPERATOR")
    if named:
        return named
    try:
        return f"cli:{getpass.getuser()}"
    except OSError:  # no login name (e.g. a service account)
        return "cli"


def sign_in(ctx: Context, args: argparse.Namespace, unlocked: str | None = None) -> None:
    """Work as the operator ``--operator``/``LINDUNGI_OPERATOR`` names, with the role the operators
    table gives them (logged as "sign_in"), so a command may do exactly what the window would let
    that operator do. Unnamed: the office's only active operator; an office without operators yet
    (before set-up) works as the unnamed command line with the operator role. ``unlocked``: the
    operator whose password opened the key file (the failed sign-ins it kept are logged first)."""
    from desktop_app.services.unlocking import begin_session

    named = unlocked or getattr(args, "operator", None) or os.environ.get("LINDUNGI_OPERATOR")
    if not named:
        active = [o["name"] for o in ctx.store.office.operators()]
        if not active:
            return
        if len(active) > 1:
            raise UserError(fill(translate("Cli", "Sebutkan operator yang bekerja: --operator NAMA atau "
                                                  "LINDUNGI_OPERATOR (operator kantor ini: {names})."),
                                 names=", ".join(active)))
        named = active[0]
    begin_session(ctx, named)


@contextmanager
def open_context(args: argparse.Namespace, *, create: bool = False, migrate: bool = True,
                 auto_backup: bool = True, check: bool = True, signed_in: bool = True) -> Iterator[Context]:
    """Sign in with a password (``cli.signin``: the key file gives the data key), open the office
    database named by ``--db`` and the region data, and work as that operator with the role the
    operators table gives them (``sign_in``; ``signed_in=False`` for commands that read no personal
    data, e.g. the health check)."""
    from desktop_app.cli.signin import unlock
    from desktop_app.storage.reference import RegionStore
    from desktop_app.storage.store import Store

    key, unlocked = unlock(args, db_path(args), create=create)
    store = Store.open(db_path(args), create=create, migrate=migrate, auto_backup=auto_backup, check=check, key=key)
    if store.backup_notice:                                  # said once, never a failure
        print(f"lindungi: {store.backup_notice}", file=sys.stderr)
    regions = RegionStore()
    try:
        ctx = Context(store, regions, operator=unlocked or operator_name(args))
        if signed_in:
            sign_in(ctx, args, unlocked)
        yield ctx
    finally:
        store.close()
        regions.close()


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(f"lindungi: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command; expected failures become one clear line and exit 2. Library
    scratch files go to the app's own folder, and what a crashed run left is swept first."""
    scratch.use_private_tempdir()
    scratch.sweep()
    try:
        return args.handler(args)
    except UserError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail(translate("Cli", "dibatalkan."))
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # damage the check at open missed, or a bug: log the traceback, say one line
        from desktop_app.storage.database import damage_found

        damaged = damage_found(exc, db_path(args)) if hasattr(args, "db") else None
        if damaged is not None:
            return fail(str(damaged))
        log.exception("command %s failed", args.command)
        print("lindungi: " + translate("Cli", "terjadi kesalahan tak terduga; detail tersimpan di log."),
              file=sys.stderr)
        return EXIT_BUG
