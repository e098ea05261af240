"""Headless commands over the services: ``lindungi <command> …``.

Each command group lives in its own module and registers its subcommands in
``COMMAND_MODULES``; ``desktop_app.__main__`` sends here whenever a subcommand
is given, and opens the window otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop_app import __version__
from desktop_app.cli.common import run_command

COMMAND_MODULES = (
    "desktop_app.cli.core_commands",
    "desktop_app.cli.rates_commands",
    "desktop_app.cli.batch_commands",
    "desktop_app.cli.excel_commands",
    "desktop_app.cli.print_commands",
)

DESCRIPTION = ("Lindungi: pendaftaran pekerja rentan untuk BPJS Ketenagakerjaan. "
               "Tanpa perintah, aplikasi jendela dibuka.")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lindungi", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"Lindungi {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return run_command(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
