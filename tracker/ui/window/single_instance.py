"""One Pivot per data folder: a lock file in the folder, and a local socket on which a second
launch asks the first to come to the front before it exits (without opening the database).

A lock left by a Pivot that was killed is recognised (its process is gone) and taken over.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from tracker.paths import LOCK_FILE

WAKE_UP = b"raise\n"


def server_name(data_dir: Path) -> str:
    """A socket name per data folder (two folders, two Pivots)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"pivot-{digest}"


class SingleInstance(QObject):
    raise_requested = Signal()  # a second launch asked this window to come to the front

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only Pivot of the folder (call ``listen`` once the
        application exists); False after asking the running one to come to the front."""
        if self._lock.tryLock(200):
            return True
        if self._lock.error() is not QLockFile.LockError.LockFailedError:
            # Not another Pivot: the folder cannot hold the lock (read-only, not ours). Go on
            # without it; the opening checks say what is wrong with the folder, if anything.
            return True
        self._wake_running()
        return False

    def listen(self) -> None:
        """Answer later launches (they ask this window to come to the front)."""
        QLocalServer.removeServer(self._name)  # a socket left by a killed Pivot
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        self._server.listen(self._name)

    def _wake_running(self) -> None:
        if QCoreApplication.instance() is None:
            QCoreApplication([])  # the socket needs one; this launch ends right after
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(1000):
            socket.write(WAKE_UP)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()

    def _connected(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            self.raise_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
