/// Practice problems per skill: how many were tried and right, and the current run without hints.
///
/// Its own `version` lets the practice screen change what it keeps without a new file version.
public struct PracticeStatistics: Sendable, Equatable, Codable {
    public static let currentVersion = 1

    public var version: Int
    /// Per skill, keyed by the skill's id.
    public var skills: [String: SkillRecord]

    public init(skills: [String: SkillRecord] = [:]) {
        self.version = Self.currentVersion
        self.skills = skills
    }

    /// One skill's record.
    public struct SkillRecord: Sendable, Equatable, Codable {
        public var attempts: Int
        public var right: Int
        /// Right answers in a row without hints.
        public var streak: Int
        /// When the skill was last marked practised, in seconds since 1970, if ever.
        public var practisedAt: Double?
        /// When a mastery check of the practised skill was passed, in seconds since 1970, if ever.
        public var masteredAt: Double?

        public init(attempts: Int = 0, right: Int = 0, streak: Int = 0, practisedAt: Double? = nil, masteredAt: Double? = nil) {
            self.attempts = attempts
            self.right = right
            self.streak = streak
            self.practisedAt = practisedAt
            self.masteredAt = masteredAt
        }
    }
}
