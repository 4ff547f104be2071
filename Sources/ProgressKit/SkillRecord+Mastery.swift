extension PracticeStatistics.SkillRecord {
    /// Right answers in a row, without hints, that mark a skill practised.
    public static let streakToPractise = 5
    /// How long after a skill is practised a mastery check is offered: 16 hours, in seconds.
    public static let checkAfter: Double = 16 * 60 * 60

    /// Where the learner stands with the skill.
    public enum Standing: Sendable, Equatable {
        /// Not yet five right in a row.
        case learning
        /// Practised; a mastery check is not due yet.
        case practised
        /// Practised at least `checkAfter` ago: a mastery check with fresh numbers is due.
        case checkDue
        /// The mastery check was passed.
        case mastered
    }

    /// The standing at time `now` (seconds since 1970).
    public func standing(now: Double) -> Standing {
        if masteredAt != nil { return .mastered }
        guard let practisedAt else { return .learning }
        return now - practisedAt >= Self.checkAfter ? .checkDue : .practised
    }

    /// Records one judged answer at `now`: right answers without hints build the streak (a hint or a
    /// wrong answer ends it), five in a row mark the skill practised. A mastery check passed marks it
    /// mastered; failed, it must be practised again.
    public mutating func record(right isRight: Bool, hinted: Bool, now: Double) {
        let wasCheck = standing(now: now) == .checkDue
        attempts += 1
        if isRight { right += 1 }
        streak = isRight && !hinted ? streak + 1 : 0
        if wasCheck {
            if streak > 0 {
                masteredAt = now
            } else {
                practisedAt = nil
            }
        } else if practisedAt == nil && streak >= Self.streakToPractise {
            practisedAt = now
        }
    }
}
