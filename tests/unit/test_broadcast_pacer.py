"""The broadcast's Pacer on a scripted clock: sleeps that wake late and sends that stall, as a
loaded machine makes them, without depending on this machine's load."""

from __future__ import annotations

import itertools
import random

from atspro.bot.broadcast import Pacer

RATE = 20.0
INTERVAL = 1 / RATE


class ScriptedClock:
    """Time moves only when told: a sleep wakes ``late()`` seconds after it was due, and
    ``spend`` stands for the work between two sends (the send, the database)."""

    def __init__(self, late: float = 0.0, seed: int = 3) -> None:
        self.now = 100.0
        self.max_late = late
        self.random = random.Random(seed)

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds + self.random.uniform(0, self.max_late)

    def spend(self, seconds: float) -> None:
        self.now += seconds


async def send_times(clock: ScriptedClock, n: int, work: list[float]) -> list[float]:
    pacer = Pacer(RATE, clock=clock, sleep=clock.sleep)
    times = []
    for i in range(n):
        await pacer.wait()
        times.append(clock())
        clock.spend(work[i % len(work)])
    return times


def most_in(times: list[float], window: float) -> int:
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


async def test_quick_sends_go_out_exactly_at_the_pace() -> None:
    times = await send_times(ScriptedClock(), 100, [0.001])
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) > 0.999 * INTERVAL and max(gaps) < 1.001 * INTERVAL


async def test_late_wake_ups_do_not_slow_the_run_down() -> None:
    # Every sleep wakes up to 60 % of an interval late: the schedule, not the wake-up, sets
    # the next slot, so 200 sends still take 200 intervals (a drifting pacer: up to 1.6x).
    clock = ScriptedClock(late=0.6 * INTERVAL)
    times = await send_times(clock, 200, [0.001])
    assert times[-1] - times[0] < 200 * INTERVAL
    for window in (1.0, 0.5):
        assert most_in(times, window) <= RATE * window + 1


async def test_after_a_stall_the_schedule_restarts_instead_of_bursting() -> None:
    # One send in ten takes a second (a slow database, a slow Telegram): the pacer must not
    # catch up on the slots it missed.
    work = [0.001] * 9 + [1.0]
    times = await send_times(ScriptedClock(), 100, work)
    for window in (1.0, 0.5, 0.25):
        assert most_in(times, window) <= RATE * window + 1, window
    after_stall = [b - a for a, b in itertools.pairwise(times)][9::10]
    assert all(gap >= 1.0 for gap in after_stall)
