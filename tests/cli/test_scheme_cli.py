"""``lindungi scheme create --type adhoc`` sets up a task officers' scheme the window would; ``list``
shows both kinds; a scheme without its dates is one clear line, exit 2."""

import json

from desktop_app.__main__ import main


def test_create_an_ad_hoc_scheme_and_list_it(ctx, db_path, capsys):
    args = ["scheme", "create", "--db", str(db_path), "--name", "KPPS Pilkada 2026", "--type", "adhoc",
            "--agency", "Kesbangpol", "--task-start", "2026-11-20", "--task-end", "2026-12-10",
            "--honorarium", "1500000", "--risk-class", "3", "--json"]
    assert main(args) == 0
    made = json.loads(capsys.readouterr().out)
    assert (made["kind"], made["agency"], made["task_start"], made["task_end"], made["honorarium"],
            made["risk_class"], made["rate_version"]) == \
        ("adhoc", "Kesbangpol", "2026-11-20", "2026-12-10", 1_500_000, 3, "PU-PP44-2015")
    scheme = ctx.store.schemes.get(made["id"])
    assert (scheme.coverage_start.iso(), scheme.coverage_end.iso()) == ("2026-11", "2026-12")
    assert main(["scheme", "list", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "KPPS Pilkada 2026 (20/11/2026 – 10/12/2026)" in out and "Kesbangpol" in out and "APBD Kabupaten" in out


def test_a_scheme_without_dates_is_refused(ctx, db_path, capsys):
    assert main(["scheme", "create", "--db", str(db_path), "--name", "X", "--type", "adhoc",
                 "--risk-class", "2"]) == 2
    assert "--task-start" in capsys.readouterr().err
    assert main(["scheme", "create", "--db", str(db_path), "--name", "Y", "--type", "adhoc", "--task-start",
                 "2026-11-20", "--task-end", "2026-11-26"]) == 2          # no risk class: cannot be costed
    assert len(ctx.store.schemes.all()) == 1
