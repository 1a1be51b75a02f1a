"""Where parallel work runs: the pipeline hands tasks to an Executor and never touches pools.

A local process pool runs one document per core (Tesseract is single-threaded per page when
OMP_THREAD_LIMIT=1, so processes, not threads, keep both cores busy). ``packet batch
--scheduler`` swaps in a Dask cluster (``DaskExecutor``) behind the same seam.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from packet._exec.ocrmypdf import quiet_logging
from packet.errors import BuildError, UsageError

CLUSTER_EXTRA = "pip install 'evidence-packet[cluster]'"

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    def map(
        self, task: Callable[[T], R], items: Sequence[T], on_done: Callable[[R], None]
    ) -> list[R]:
        """Run ``task`` on every item; results in the items' order; ``on_done`` as each finishes."""
        ...


class SerialExecutor:
    def map(
        self, task: Callable[[T], R], items: Sequence[T], on_done: Callable[[R], None]
    ) -> list[R]:
        quiet_logging()
        results = []
        for item in items:
            results.append(task(item))
            on_done(results[-1])
        return results


class ProcessExecutor:
    def __init__(self, jobs: int) -> None:
        self.jobs = jobs

    def map(
        self, task: Callable[[T], R], items: Sequence[T], on_done: Callable[[R], None]
    ) -> list[R]:
        # Imported here: a build whose every scan is in the cache starts no pool.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        # spawn, not fork: the parent may run a progress thread, and fork copies its locks
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
        )
        try:
            futures = {pool.submit(task, item): i for i, item in enumerate(items)}
            results: list = [None] * len(items)
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                on_done(results[futures[future]])
        except BaseException:
            # Ctrl-C, SIGTERM or a failure: stop the workers now rather than let them finish
            # their documents, so that the build stops within seconds and leaves no orphans.
            pool.shutdown(wait=False, cancel_futures=True)
            for worker in multiprocessing.active_children():
                worker.terminate()
            raise
        pool.shutdown()
        return results


def _start_worker(parent: int) -> None:
    quiet_logging()
    # The parent decides when to stop (Ctrl-C reaches the whole process group) ...
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # ... and stops a worker with SIGTERM: unwinding (not dying on the spot) lets OCRmyPDF
    # remove its temporary files and stop the Tesseract it is waiting for.
    signal.signal(signal.SIGTERM, _unwind)
    if sys.platform == "linux":
        import ctypes

        # Die with the parent, even when it is killed with SIGKILL and cannot clean up.
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


class DaskExecutor:
    """Tasks run on a Dask distributed cluster; results come back to this process.

    The task function is sent by reference, so every worker needs this package installed.
    How long to try to connect is Dask's own setting (DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT).
    """

    def __init__(self, address: str) -> None:
        self.address = address

    def map(
        self, task: Callable[[T], R], items: Sequence[T], on_done: Callable[[R], None]
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
                    results[position[future.key]] = future.result()
                    on_done(results[position[future.key]])
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


def executor_for(jobs: int | None, tasks: int) -> Executor:
    jobs = min(jobs or default_jobs(), tasks)
    return ProcessExecutor(jobs) if jobs > 1 else SerialExecutor()
