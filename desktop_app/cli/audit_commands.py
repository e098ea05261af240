"""The processing log on the command line: ``lindungi audit`` (read, filter, export) and ``audit verify``."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_NEGATIVE, EXIT_OK, add_db_option, add_json_option, open_context, print_json
from desktop_app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "audit",
        help=translate("CliAudit", "baca dan periksa log pemrosesan"),
        description=translate("CliAudit", "Log pemrosesan: siapa melakukan apa, kapan, pada data siapa. "
                                          "'audit verify' memeriksa rantai hash log."),
    )
    add_db_option(p)
    add_json_option(p)
    audit_sub = p.add_subparsers(dest="audit_command", metavar=translate("CliAudit", "PERINTAH"))
    v = audit_sub.add_parser(
        "verify",
        help=translate("CliAudit", "periksa bahwa log pemrosesan utuh"),
        description=translate("CliAudit", "Periksa rantai hash log pemrosesan dan sebutkan mata rantai pertama "
                                          "yang putus. Keluar 0 bila utuh, 1 bila tidak."),
    )
    add_db_option(v)
    add_json_option(v)
    v.set_defaults(handler=cmd_verify)
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.audit_check import AuditCheck, sentence

    with open_context(args, auto_backup=False) as ctx:
        report = AuditCheck(ctx).run()
    if args.json:
        print_json(report.as_dict())
    else:
        print(sentence(report))
    return EXIT_OK if report.ok else EXIT_NEGATIVE
