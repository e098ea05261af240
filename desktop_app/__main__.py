"""``python -m desktop_app`` / ``lindungi``: the window, or a CLI command when one is given."""

from __future__ import annotations

import sys

GUI_VALUE_OPTIONS = {"--db", "--lang"}


def wants_gui(argv: list[str]) -> bool:
    """True when no subcommand is given: only window options such as ``--db PATH``
    or ``--demo``. Help and version requests go to the CLI."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in GUI_VALUE_OPTIONS:
            skip = True
        elif arg in ("-h", "--help", "--version") or not arg.startswith("-"):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from desktop_app.console import ensure_console_streams
    ensure_console_streams()
    if argv[:1] == ["--sync-worker"]:                        # the exchange engine's own process (docs/sync.md)
        from desktop_app.storage.sync_worker import serve
        return serve()
    if "--self-test" in argv or "--startup-probe" in argv:    # diagnostics, see desktop_app/selftest.py
        from desktop_app.selftest import run_diagnostic
        return run_diagnostic(argv)
    from desktop_app.logs import configure_logging

    configure_logging()
    if wants_gui(argv):
        from desktop_app.app import run_gui
        return run_gui(argv)
    from desktop_app.cli import main as cli_main
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
