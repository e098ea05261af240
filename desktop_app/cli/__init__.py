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
from desktop_app.cli.common import choose_language, run_command
from desktop_app.i18n import translate

COMMAND_MODULES = (
    "desktop_app.cli.core_commands",
    "desktop_app.cli.backup_commands",
    "desktop_app.cli.rates_commands",
    "desktop_app.cli.scheme_commands",
    "desktop_app.cli.batch_commands",
    "desktop_app.cli.excel_commands",
    "desktop_app.cli.print_commands",
    "desktop_app.cli.key_commands",
    "desktop_app.cli.audit_commands",
    "desktop_app.cli.office_commands",
    "desktop_app.cli.sync_commands",
)



def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its help in the chosen language (``--lang`` or ``LINDUNGI_LANG``)."""
    description = translate("Cli", "Lindungi: pendaftaran pekerja rentan untuk BPJS Ketenagakerjaan. "
                                   "Tanpa perintah, aplikasi jendela dibuka.")
    parser = argparse.ArgumentParser(prog="lindungi", description=description)
    parser.add_argument("--version", action="version", version=f"Lindungi {__version__}")
    parser.add_argument("--lang", choices=("id", "en"), help=translate("Cli", "bahasa keluaran (bawaan: id)"))
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "PERINTAH"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str]) -> int:
    argv = choose_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return run_command(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
