/// What a cell means on screen; the backend's theme turns a role into colours and attributes.
///
/// Roles keep the pure core free of terminal codes: the same screen renders in colour, in
/// monochrome (attributes only) and as plain text for snapshots.
public enum StyleRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    /// The top bar of every screen.
    case titleBar
    /// The key bar at the bottom.
    case keyBar
    /// A heading inside the page.
    case heading
    /// Strongly emphasised text.
    case strong
    /// Emphasised text (underlined: terminals rarely have italics).
    case emphasis
    /// Less important text: hints, units, hidden steps.
    case dim
    /// A formula.
    case formula
    /// Code or a typed value.
    case code
    /// A text input that does not have the focus.
    case input
    /// The text input that has the focus.
    case inputFocused
    /// The selected row or item.
    case selected
    /// The step just revealed.
    case highlight
    /// An error message.
    case error
    /// A right answer, a done mark.
    case success
    /// Table headers and rules.
    case tableHeader
    /// Chart cells in one of the six series colours.
    case chartBlue
    case chartRed
    case chartGreen
    case chartMagenta
    case chartCyan
    case chartYellow
}
