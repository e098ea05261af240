"""Who may do what: the three roles and the one table of actions each may take.

Every service method that writes or reveals personal data calls ``require(ctx, action)``
first, so the window and the CLI obey the same rule; the window asks ``allowed`` to grey
out what the signed-in role may not use. Roles are ranked: a supervisor may do all an
operator may, an admin all a supervisor may. A session without a role (signed out,
locked) may do nothing guarded.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.errors import NotAllowed
from desktop_app.i18n import QT_TRANSLATE_NOOP, Text, tr


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def label(self) -> str:
        """The role's name for people (Indonesian source, translated)."""
        return tr(_LABELS[self])


_RANK = {Role.OPERATOR: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}
_LABELS = {Role.OPERATOR: QT_TRANSLATE_NOOP("Roles", "operator"),
           Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "supervisor"),
           Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "admin")}

# The one home of the rule: action -> (the lowest role that may take it, what it is in words).
ACTIONS: dict[str, tuple[Role, Text]] = {
    "register": (Role.OPERATOR, QT_TRANSLATE_NOOP("Roles", "Mendaftarkan peserta")),
    "edit": (Role.OPERATOR, QT_TRANSLATE_NOOP("Roles", "Mengubah data peserta")),
    "import": (Role.OPERATOR, QT_TRANSLATE_NOOP("Roles", "Mengimpor daftar dari desa")),
    "print": (Role.OPERATOR, QT_TRANSLATE_NOOP("Roles", "Mencetak kartu, daftar dan rekap")),
    "list.export.masked": (Role.OPERATOR, QT_TRANSLATE_NOOP("Roles", "Mengekspor daftar dengan NIK tersamar")),
    "records.cross_office": (Role.OPERATOR, QT_TRANSLATE_NOOP("Roles", "Mencari orang yang terdaftar di dua kantor")),
    "delete": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Menghapus pendaftaran")),
    "restore": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Memulihkan pendaftaran yang dihapus")),
    "nik.unmask": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Menampilkan NIK lengkap")),
    "list.export.full": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Mengekspor daftar dengan NIK lengkap")),
    "batch.export": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Mengekspor berkas batch untuk BPJS")),
    "batch.submit": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Menandai batch sudah dikirim")),
    "batch.answers": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Memasukkan berkas jawaban BPJS")),
    "batch.manage": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Mengelola batch")),
    "correction": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Mengoreksi data yang sudah dikirim ke BPJS")),
    "audit.read": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Membaca log pemrosesan")),
    "subject.view": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Melihat semua data tentang satu orang")),
    "office.setup": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Mengubah profil kantor")),
    "scheme.manage": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Mengelola skema dan tarif")),
    "operators.manage": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Mengelola akun operator")),
    "backup.manage": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Mengelola cadangan")),
    "restore.database": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Memulihkan basis data dari cadangan")),
    "key.recovery": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Memakai kunci pemulihan")),
    "data.purge": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Menghapus data skema yang sudah lama berakhir")),
    "keys.trust": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Mempercayai kunci publik kantor lain")),
    "sync.exchange": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Mengirim dan menerima berkas tukar antar kantor")),
    "sync.resolve": (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Roles", "Memutuskan konflik tukar data")),
    "sync.key": (Role.ADMIN, QT_TRANSLATE_NOOP("Roles", "Membuat, mengekspor dan mengimpor kunci tukar kabupaten")),
}

M_REFUSED = QT_TRANSLATE_NOOP("Roles", "{what} hanya boleh dilakukan oleh {roles}; Anda masuk sebagai {name} "
                                       "({role}).")
M_SIGNED_OUT = QT_TRANSLATE_NOOP("Roles", "{what} memerlukan operator yang sudah masuk; silakan masuk dulu.")
M_WHO = {Role.OPERATOR: QT_TRANSLATE_NOOP("RolesWho", "operator, supervisor atau admin"),
         Role.SUPERVISOR: QT_TRANSLATE_NOOP("RolesWho", "supervisor atau admin"),
         Role.ADMIN: QT_TRANSLATE_NOOP("RolesWho", "admin")}


def needed(action: str) -> Role:
    """The lowest role that may take ``action`` (a name from ``ACTIONS``; an unknown name is a bug)."""
    try:
        return ACTIONS[action][0]
    except KeyError:
        raise ValueError(f"unknown action {action!r}") from None


def role_of(ctx) -> Role | None:
    """The role of the operator signed in on ``ctx`` (a ``Context`` or a ``Session``), or ``None``."""
    session = getattr(ctx, "session", ctx)
    return session.role


def allowed(ctx, action: str) -> bool:
    """Whether the session of ``ctx`` may take ``action`` (the window greys out the rest)."""
    role, least = role_of(ctx), needed(action)
    return role is not None and Role(role).rank >= least.rank


def refusal(ctx, action: str) -> str:
    """The sentence ``require`` would refuse ``action`` with ("" when ``ctx`` may take it): the tooltip
    of a greyed-out button."""
    if allowed(ctx, action):
        return ""
    least, what = ACTIONS[action]
    role = role_of(ctx)
    if role is None:
        return tr(M_SIGNED_OUT, what=what)
    session = getattr(ctx, "session", ctx)
    return tr(M_REFUSED, what=what, roles=M_WHO[least], name=session.operator, role=Role(role).label())


def require(ctx, action: str) -> None:
    """Raise ``NotAllowed`` with a sentence naming the role needed unless ``ctx`` may take ``action``."""
    sentence = refusal(ctx, action)
    if sentence:
        raise NotAllowed(sentence, action)
