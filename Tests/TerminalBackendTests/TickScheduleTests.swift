import Testing
@testable import TerminalBackend

/// When ticks are due: at the interval, catching up after a slow frame, and not at all without one.
@Suite struct TickScheduleTests {
    let start = ContinuousClock.now

    @Test func noIntervalNoTicks() {
        var schedule = TickSchedule()
        schedule.follow(nil, now: start)
        #expect(schedule.next == nil)
        #expect(schedule.due(now: start + .seconds(5)) == 0)
    }

    @Test func ticksComeAtTheInterval() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(100), now: start)
        #expect(schedule.next == start + .milliseconds(100))
        #expect(schedule.due(now: start + .milliseconds(99)) == 0)
        #expect(schedule.due(now: start + .milliseconds(100)) == 1)
        #expect(schedule.next == start + .milliseconds(200))
        // Following the same interval again keeps the rhythm.
        schedule.follow(.milliseconds(100), now: start + .milliseconds(150))
        #expect(schedule.next == start + .milliseconds(200))
    }

    @Test func aSlowFrameIsCaughtUpTickByTick() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(10), now: start)
        #expect(schedule.due(now: start + .milliseconds(55)) == 5)
        #expect(schedule.next == start + .milliseconds(60))
    }

    @Test func aLongStallSkipsAheadInsteadOfCatchingUpForever() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(1), now: start)
        let later = start + .seconds(10)
        #expect(schedule.due(now: later) == TickSchedule.maximumCatchUp)
        #expect(schedule.next == later + .milliseconds(1))
    }

    @Test func stoppingAndChangingTheInterval() {
        var schedule = TickSchedule()
        schedule.follow(.milliseconds(10), now: start)
        schedule.follow(.milliseconds(50), now: start + .milliseconds(5))
        #expect(schedule.next == start + .milliseconds(55))
        schedule.follow(nil, now: start + .milliseconds(6))
        #expect(schedule.due(now: start + .seconds(1)) == 0)
    }
}
