"""Accounts: salted scrypt password hashes, roles, lockout after repeated wrong passwords."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import User, utcnow
from .errors import Conflict, NotFound, ServiceError, ValidationError
from .permissions import ADMIN, APPROVER, ROLES, has_accounts, require
from .store import Store, UserInfo
from .validate import optional_line, required_line

MAX_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 6
# Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): about 50 ms here. Hashes made by
# earlier versions (scrypt, n=2**14) still verify and are replaced at the next successful login.
_ARGON2 = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


class AuthenticationError(ServiceError):
    """Wrong user name or password, a disabled or locked account."""


def hash_password(password: str) -> str:
    return str(_ARGON2.hash(password))


def verify_password(password: str, stored: str) -> bool:
    if stored.startswith("$argon2"):
        try:
            return bool(_ARGON2.verify(stored, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
    try:  # a hash from an earlier version
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                            p=int(p), dklen=len(expected))
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith("$argon2") or bool(_ARGON2.check_needs_rehash(stored))


@dataclass(frozen=True)
class UserData:
    id: int
    username: str
    full_name: str
    roles: tuple[str, ...]
    disabled: bool
    locked_until: dt.datetime | None


def list_users(store: Store) -> list[UserData]:
    with store.read() as s:
        return [_data(u) for u in s.scalars(select(User).order_by(User.username))]


def add_user(store: Store, username: str, password: str, roles: list[str], full_name: str = "") -> int:
    """Create an account. The very first needs no one logged in and becomes admin and approver
    (the head of office); after that only an administrator adds accounts."""
    name = _username(username)
    _check_password(password)
    wanted = _roles(roles)
    first = not has_accounts(store)
    if first:
        wanted = tuple(sorted(set(wanted) | {ADMIN, APPROVER}))
    else:
        require(store, ADMIN, "thêm tài khoản")
    with store.write() as s:
        if s.scalars(select(User).where(func.lower(User.username) == name.lower())).first():
            raise Conflict(f"Đã có tài khoản «{name}».")
        user = User(username=name, full_name=optional_line("Họ tên", full_name, 200),
                    roles=",".join(wanted), password_hash=hash_password(password))
        return store.added(s, user, "user", after={"username": name, "roles": list(wanted)})


def login(store: Store, username: str, password: str, purpose: str = "login") -> UserInfo:
    """Check the password; five wrong ones lock the account for LOCK_MINUTES. Every refusal is
    recorded in the audit (`purpose`: login, approval, password — what the password was asked for).
    A read-only copy (another copy holds the database) checks but writes nothing.

    Returns who is now acting; raises AuthenticationError with the reason in plain words.
    """
    if store.read_only:
        return _check_only(store, username, password)
    error: str | None = None
    info: UserInfo | None = None
    with store._sessions() as s, s.begin():
        user = _find(s, username)
        now = utcnow()
        if user is None:
            error = "Sai tên đăng nhập hoặc mật khẩu."
        elif user.disabled:
            error = f"Tài khoản «{user.username}» đã bị khóa bởi quản trị viên."
        elif user.locked_until and user.locked_until > now:
            minutes = int((user.locked_until - now).total_seconds() // 60) + 1
            error = (f"Tài khoản «{user.username}» tạm khóa do nhập sai mật khẩu nhiều lần; "
                     f"thử lại sau {minutes} phút.")
        elif not verify_password(password, user.password_hash):
            user.failed_attempts += 1
            if user.failed_attempts >= MAX_ATTEMPTS:
                user.failed_attempts = 0
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                store.audit(s, "lock", "user", user.id, after={"minutes": LOCK_MINUTES})
                error = (f"Sai mật khẩu {MAX_ATTEMPTS} lần: tài khoản «{user.username}» bị tạm khóa "
                         f"{LOCK_MINUTES} phút.")
            else:
                error = (f"Sai tên đăng nhập hoặc mật khẩu "
                         f"(còn {MAX_ATTEMPTS - user.failed_attempts} lần thử).")
        else:
            user.failed_attempts = 0
            user.locked_until = None
            if needs_rehash(user.password_hash):  # brought up to the current cost
                user.password_hash = hash_password(password)
            info = UserInfo(user.id, user.username, tuple(r for r in user.roles.split(",") if r),
                            user.full_name)
        if error is not None:
            store.audit(s, f"{purpose}-failed", "user", user.id if user is not None else None,
                        after={"username": username[:80], "reason": error})
    if error is not None or info is None:  # the failed attempt is committed before we say so
        raise AuthenticationError(error or "Sai tên đăng nhập hoặc mật khẩu.")
    return info


def _check_only(store: Store, username: str, password: str) -> UserInfo:
    with store.read() as s:
        user = _find(s, username)
        now = utcnow()
        if user is None or user.disabled or (user.locked_until and user.locked_until > now) \
                or not verify_password(password, user.password_hash):
            raise AuthenticationError("Sai tên đăng nhập hoặc mật khẩu (bản chỉ đọc: không ghi số lần thử).")
        return UserInfo(user.id, user.username, tuple(r for r in user.roles.split(",") if r), user.full_name)


def check_password(store: Store, password: str) -> None:
    """Ask the acting user's password again, as a signature (approval). Counts toward lockout."""
    if store.user is None:
        raise AuthenticationError("Cần đăng nhập.")
    login(store, store.user.username, password, purpose="approval")


def change_password(store: Store, old: str, new: str) -> None:
    """The acting user changes their own password."""
    if store.user is None:
        raise AuthenticationError("Cần đăng nhập.")
    login(store, store.user.username, old, purpose="password")
    _check_password(new)
    with store.write() as s:
        user = s.get(User, store.user.id)
        assert user is not None
        user.password_hash = hash_password(new)
        store.audit(s, "password", "user", user.id)


def reset_password(store: Store, username: str, new: str) -> None:
    require(store, ADMIN, "đặt lại mật khẩu")
    _check_password(new)
    with store.write() as s:
        user = _find(s, username)
        if user is None:
            raise NotFound("tài khoản", username)
        user.password_hash = hash_password(new)
        user.failed_attempts, user.locked_until = 0, None
        store.audit(s, "reset-password", "user", user.id)


def set_disabled(store: Store, username: str, disabled: bool) -> None:
    require(store, ADMIN, "khóa/mở tài khoản")
    with store.write() as s:
        user = _find(s, username)
        if user is None:
            raise NotFound("tài khoản", username)
        if disabled and store.user and user.id == store.user.id:
            raise ValidationError("Tài khoản", "không thể tự khóa tài khoản của mình.")
        user.disabled = disabled
        store.audit(s, "disable" if disabled else "enable", "user", user.id)



def _find(s: Session, username: str) -> User | None:
    return s.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()


def _username(name: str) -> str:
    clean = required_line("Tên đăng nhập", name, 80)
    if any(ch.isspace() for ch in clean):
        raise ValidationError("Tên đăng nhập", "không được có dấu cách.")
    return clean


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("Mật khẩu", f"cần ít nhất {MIN_PASSWORD} ký tự.")


def _roles(roles: list[str]) -> tuple[str, ...]:
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise ValidationError("Vai trò", f"«{bad[0]}» không có; chọn trong {', '.join(ROLES)}.")
    if not roles:
        raise ValidationError("Vai trò", "cần ít nhất một vai trò.")
    return tuple(sorted(set(roles)))


def _data(u: User) -> UserData:
    return UserData(u.id, u.username, u.full_name, tuple(r for r in u.roles.split(",") if r),
                    u.disabled, u.locked_until)
