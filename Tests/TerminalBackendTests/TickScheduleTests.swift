import Testing
@testable import TerminalBackend

/// When ticks are due: at the interval, catching up after a slow frame, back to back while the app
/// works continuously, and not at all without an interval.
@Suite struct TickScheduleTests {
    let start = ContinuousClock.now

    /// Ticks sent, advancing the schedule after each, as the loop does, until none is due at `now`.
    static func drain(_ schedule: inout TickSchedule, now: ContinuousClock.Instant, limit: Int = 10_000) -> Int {
        var count = 0
        while schedule.isDue(now: now) && count < limit {
            schedule.advance(now: now)
            count += 1
        }
        return count
    }

    @Test func noIntervalNoTicks() {
        var schedule = TickSchedule()
        schedule.follow(nil, now: start)
        #expect(schedule.next == nil)
        #expect(Self.drain(&schedule, now: start + .seconds(5)) == 0)
    }

    @Test func ticksComeAtTheInterval() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(100), now: start)
        #expect(schedule.next == start + .milliseconds(100))
        #expect(!schedule.isDue(now: start + .milliseconds(99)))
        #expect(Self.drain(&schedule, now: start + .milliseconds(100)) == 1)
        #expect(schedule.next == start + .milliseconds(200))
        // Following the same interval again keeps the rhythm.
        schedule.follow(.milliseconds(100), now: start + .milliseconds(150))
        #expect(schedule.next == start + .milliseconds(200))
    }

    @Test func aSlowFrameIsCaughtUpTickByTick() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(10), now: start)
        #expect(Self.drain(&schedule, now: start + .milliseconds(55)) == 5)
        #expect(schedule.next == start + .milliseconds(60))
    }

    @Test func aLongStallSkipsAheadInsteadOfCatchingUpForever() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(1), now: start)
        let later = start + .seconds(10)
        #expect(Self.drain(&schedule, now: later) == 1)
        #expect(schedule.next == later + .milliseconds(1))
    }

    @Test func continuousTicksAreAlwaysDue() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(1), continuous: true, now: start)
        #expect(schedule.next == start)
        #expect(Self.drain(&schedule, now: start, limit: 500) == 500, "due until the loop stops asking")
        // Back to an interval: the next tick waits for it.
        schedule.follow(.milliseconds(1), now: start + .milliseconds(3))
        #expect(schedule.next == start + .milliseconds(4))
    }

    @Test func stoppingAndChangingTheInterval() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(10), now: start)
        schedule.follow(.milliseconds(50), now: start + .milliseconds(5))
        #expect(schedule.next == start + .milliseconds(55))
        schedule.follow(nil, now: start + .milliseconds(6))
        #expect(Self.drain(&schedule, now: start + .seconds(1)) == 0)
    }
}
