"""Where parallel work runs: the pipeline hands tasks to an Executor and never touches pools.

Reading a file someone sent is the riskiest thing a build does: a few kilobytes can ask a PDF
reader for billions of drawings or an image decoder for gigabytes. So every read runs in a worker
process (spawned, never forked: the parent may run a progress thread, and fork copies its locks)
of its own process group, under an address-space limit that the programs it starts (Tesseract,
Ghostscript) inherit, and a deadline. A worker that runs out of time, dies or is killed by the
system is replaced; its task comes back as ``failed(item, reason)``, one rejected file, and the
rest of the case goes on. Ctrl-C or SIGTERM in the build kills the workers' groups at once.

A local pool runs one document per core (Tesseract is single-threaded per page when
OMP_THREAD_LIMIT=1, so processes, not threads, keep both cores busy). ``packet batch
--scheduler`` swaps in a Dask cluster (``DaskExecutor``) behind the same seam.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # imported where a pool starts: a build whose scans are all cached starts none
    import multiprocessing.process
    from multiprocessing.connection import Connection

from packet._exec import die_with
from packet._exec.ocrmypdf import quiet_logging
from packet.errors import BuildError, UsageError

CLUSTER_EXTRA = "pip install 'evidence-packet[cluster]'"

T = TypeVar("T")
R = TypeVar("R")

Failed = Callable[[Any, str], Any]  # the result for an item whose worker was stopped, and why


class Executor(Protocol):
    def map(
        self,
        task: Callable[[T], R],
        items: Sequence[T],
        on_done: Callable[[R], None],
        failed: Callable[[T, str], R],
    ) -> list[R]:
        """Run ``task`` on every item; results in the items' order; ``on_done`` as each finishes;
        ``failed`` makes the result of an item whose worker had to be stopped."""
        ...


@dataclass(frozen=True)
class Limits:
    """What one task may cost."""

    memory_bytes: int  # address space of the worker and of each program it runs
    seconds: float  # until the task says it needs more (``allow``)


_connection: Connection | None = None  # in a worker: the line to the build


def allow(seconds: float) -> None:
    """From inside a task: it needs ``seconds`` more than its first allowance (e.g. once it
    knows its pages). Outside a bounded worker it does nothing."""
    if _connection is not None and seconds > 0:
        _connection.send(("allow", seconds))


class ProcessExecutor:
    def __init__(self, jobs: int, limits: Limits) -> None:
        self.jobs = jobs
        self.limits = limits

    def map(
        self,
        task: Callable[[T], R],
        items: Sequence[T],
        on_done: Callable[[R], None],
        failed: Callable[[T, str], R],
    ) -> list[R]:
        from multiprocessing.connection import wait

        results: list[Any] = [None] * len(items)
        todo = deque(range(len(items)))
        idle: list[_Worker] = []
        busy: dict[_Worker, int] = {}

        def finish(worker: _Worker, result: Any) -> Any:
            results[busy.pop(worker)] = result
            return result

        def start_next() -> None:
            while todo and len(busy) < self.jobs:
                worker = idle.pop() if idle else _Worker.start(self.limits)
                index = todo.popleft()
                worker.give(task, items[index], self.limits.seconds)
                busy[worker] = index

        try:
            while todo or busy:
                start_next()
                ready = wait(
                    [w.connection for w in busy] + [w.process.sentinel for w in busy],
                    timeout=max(0.0, min(w.deadline for w in busy) - time.monotonic()),
                )
                finished = []
                for worker in list(busy):
                    outcome = worker.collect(ready)
                    if outcome is None:
                        continue
                    kind, value = outcome
                    if kind == "done":
                        finished.append(finish(worker, value))
                        idle.append(worker)
                    elif kind == "raised":
                        raise _restored(value)
                    else:  # stopped: out of time, out of memory, crashed
                        finished.append(finish(worker, failed(items[busy[worker]], value)))
                # The freed workers start on their next files before the results are handled:
                # handling one can take a while (in `packet batch`, a case's whole packet), and
                # they would wait for it idle.
                start_next()
                for result in finished:
                    on_done(result)
        finally:
            # Done, Ctrl-C, SIGTERM or a failure: no worker (nor a Tesseract it started) outlives
            # the build; they are killed rather than asked, so that it stops within seconds.
            for worker in [*idle, *busy]:
                worker.kill()
        return results


class _Worker:
    """One worker process and the task it is on."""

    def __init__(self, process: multiprocessing.process.BaseProcess, connection: Connection):
        self.process = process
        self.connection = connection
        self.deadline = 0.0
        self.allowed = 0.0

    @classmethod
    def start(cls, limits: Limits) -> _Worker:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve, args=(theirs, os.getpid(), limits.memory_bytes), daemon=True
        )
        process.start()
        theirs.close()
        return cls(process, ours)

    def give(self, task: Callable[[Any], Any], item: Any, seconds: float) -> None:
        self.allowed = seconds
        self.deadline = time.monotonic() + seconds
        self.connection.send((task, item))

    def collect(self, ready: list[Any]) -> tuple[str, Any] | None:
        """("done", result), ("raised", exception), ("stopped", why), or None: still working."""
        if self.connection in ready:
            try:
                while self.connection.poll():
                    kind, value = self.connection.recv()
                    if kind != "allow":
                        return kind, value
                    self.allowed += value
                    self.deadline += value
            except (EOFError, OSError):
                pass  # it died; said below
        if self.process.sentinel in ready:  # it ended: its group is killed before it is reaped
            self.kill()
            return "stopped", _died(self.process.exitcode)
        if time.monotonic() > self.deadline:
            self.kill()
            return "stopped", (
                f"reading it took longer than {self.allowed:.0f} seconds, the limit for this "
                "file (config/settings.yaml, limits:); it may be damaged or made to hang a "
                "reader; export or scan it again"
            )
        return None

    def kill(self) -> None:
        with contextlib.suppress(OSError, TypeError):  # TypeError: it never started
            os.killpg(self.process.pid, signal.SIGKILL)  # type: ignore[arg-type]
        with contextlib.suppress(OSError):
            self.process.kill()  # in case it had not yet made its own group
        self.process.join(5)
        self.connection.close()


def _died(exitcode: int | None) -> str:
    how = f"signal {-exitcode}" if exitcode and exitcode < 0 else f"exit status {exitcode}"
    return (
        f"the program reading it stopped ({how}): it ran out of the memory one file may use "
        "(config/settings.yaml, limits:) or crashed on it; the file may be damaged or made to "
        "break a reader; export or scan it again"
    )


def _serve(connection: Connection, parent: int, memory: int) -> None:
    """A worker's life: take a task, run it, send back what it returned or raised."""
    global _connection
    os.setpgid(0, 0)  # its own group: killing it takes Tesseract and Ghostscript with it
    _start_worker(parent)
    _limit_memory(memory)
    _connection = connection
    while True:
        try:
            task, item = connection.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("done", task(item))
        except BaseException as exc:  # the build decides what an exception means
            reply = ("raised", _carried(exc))
        try:
            connection.send(reply)
        except Exception as exc:  # e.g. an exception that cannot be pickled
            connection.send(("raised", BuildError(f"a worker could not report back: {exc}")))


def _carried(exc: BaseException) -> tuple[type[BaseException], tuple, dict]:
    """An exception as its class, arguments and attributes: pickling it whole would call its
    __init__ with its arguments only, which fails for one that takes more (MissingProgramError
    takes the message and what to install)."""
    return type(exc), exc.args, dict(vars(exc))


def _restored(carried: tuple[type[BaseException], tuple, dict]) -> BaseException:
    kind, args, state = carried
    exc: BaseException = kind.__new__(kind)
    exc.args = args
    vars(exc).update(state)
    return exc


def _limit_memory(memory: int) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        memory = min(memory, hard)  # only ever lowered: a limit set on the whole build holds
    resource.setrlimit(resource.RLIMIT_AS, (memory, hard))


def _start_worker(parent: int) -> None:
    quiet_logging()
    # The parent decides when to stop (Ctrl-C reaches the whole process group) ...
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # ... and stops a worker with SIGTERM: unwinding (not dying on the spot) lets OCRmyPDF
    # remove its temporary files and stop the Tesseract it is waiting for.
    signal.signal(signal.SIGTERM, _unwind)
    die_with(parent)  # even when it is killed with SIGKILL and cannot clean up


class DaskExecutor:
    """Tasks run on a Dask distributed cluster; results come back to this process.

    The task function is sent by reference, so every worker needs this package installed.
    How long to try to connect is Dask's own setting (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT).
    """

    def __init__(self, address: str) -> None:
        self.address = address

    def map(
        self,
        task: Callable[[T], R],
        items: Sequence[T],
        on_done: Callable[[R], None],
        failed: Callable[[T, str], R],
    ) -> list[R]:
        require_dask()
        from distributed import Client, as_completed

        try:
            client = Client(self.address, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise BuildError(
                f"cannot reach the Dask scheduler at {self.address} ({exc}); start it with "
                "`dask scheduler` and at least one `dask worker ADDRESS`, or leave out --scheduler "
                "to build on this computer."
            ) from None
        with client:
            # pure=False: two equal items are still two tasks; callers dedupe what they mean to
            futures = client.map(task, items, pure=False)
            position = {future.key: i for i, future in enumerate(futures)}
            results: list = [None] * len(items)
            try:
                for future in as_completed(futures, loop=client.loop):
                    i = position[future.key]
                    try:
                        results[i] = future.result()
                    except Exception as exc:  # e.g. KilledWorker: the file broke its workers
                        results[i] = failed(
                            items[i], f"the Dask workers reading it stopped ({exc})"
                        )
                    on_done(results[i])
            except BaseException:
                client.cancel(futures)
                raise
        return results


def require_dask() -> None:
    """--scheduler needs Dask's distributed package, an optional extra most users never need."""
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        raise UsageError(
            "--scheduler sends the work to a Dask cluster, which needs the optional package "
            f"distributed: install it with `{CLUSTER_EXTRA}` (with pipx: `pipx inject "
            "evidence-packet distributed`), or leave out --scheduler to build on this computer."
        )


def _unwind(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends it outright
    raise SystemExit(128 + signum)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def executor_for(jobs: int | None, tasks: int, limits: Limits) -> Executor:
    """A pool of bounded workers, never more than there are tasks: even one file is read in a
    worker, so that a file made to hang or exhaust a reader cannot take the build with it."""
    return ProcessExecutor(max(1, min(jobs or default_jobs(), tasks)), limits)
