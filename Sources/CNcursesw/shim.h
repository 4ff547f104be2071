// Bridges ncursesw into Swift: wide-character API on, and the macros and C globals that Swift
// cannot import wrapped as plain functions (DESIGN.md §10); plus the terminal's signal handling,
// which must be plain C because a signal handler may only do async-signal-safe work.
#ifndef LOSSLAB_CNCURSESW_SHIM_H
#define LOSSLAB_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// glibc declares ppoll only under _GNU_SOURCE, which would also rename fd_set's member and clash
// with the same header as Swift's Glibc module imports it; so the prototype is declared here.
int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);

static inline WINDOW *losslab_stdscr(void) { return stdscr; }
static inline WINDOW *losslab_curscr(void) { return curscr; }
static inline int losslab_lines(void) { return LINES; }
static inline int losslab_cols(void) { return COLS; }
static inline int losslab_key_resize(void) { return KEY_RESIZE; }
static inline attr_t losslab_a_bold(void) { return A_BOLD; }
static inline attr_t losslab_a_reverse(void) { return A_REVERSE; }
static inline attr_t losslab_a_underline(void) { return A_UNDERLINE; }
static inline attr_t losslab_a_dim(void) { return A_DIM; }
static inline attr_t losslab_a_normal(void) { return A_NORMAL; }
static inline int losslab_color_pair(int n) { return COLOR_PAIR(n); }
static inline int losslab_key_f(int n) { return KEY_F(n); }

/// Writes one grapheme (up to CCHARW_MAX wide characters) with attributes and a colour pair at row y, column x.
static inline int losslab_put_grapheme(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// MARK: - Checking the terminal type before curses starts

/// What `losslab_check_terminal` found.
enum losslab_terminal_check {
    LOSSLAB_TERMINAL_OK = 0,
    LOSSLAB_TERMINAL_UNSET = 1,        ///< TERM is unset or empty.
    LOSSLAB_TERMINAL_UNKNOWN = 2,      ///< terminfo has no entry for TERM.
    LOSSLAB_TERMINAL_NO_DATABASE = 3,  ///< no terminfo database could be found.
    LOSSLAB_TERMINAL_TOO_SIMPLE = 4,   ///< the entry cannot move the cursor (a hard-copy or dumb terminal).
};

/// Whether a terminfo string capability is present.
static inline int losslab_has_string(const char *name) {
    const char *value = tigetstr(name);
    return value != NULL && value != (const char *)-1 && value[0] != 0;
}

/// Looks TERM up in terminfo without touching the terminal, and says whether curses can drive it
/// (it must move the cursor and clear the screen). Frees the entry it loaded.
static inline enum losslab_terminal_check losslab_check_terminal(void) {
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == 0) return LOSSLAB_TERMINAL_UNSET;
    int status = 0;
    if (setupterm(term, STDOUT_FILENO, &status) != OK) {
        return status == -1 ? LOSSLAB_TERMINAL_NO_DATABASE : LOSSLAB_TERMINAL_UNKNOWN;
    }
    int usable = !tigetflag("hc") && losslab_has_string("cup") && losslab_has_string("clear");
    del_curterm(cur_term);
    return usable ? LOSSLAB_TERMINAL_OK : LOSSLAB_TERMINAL_TOO_SIMPLE;
}

/// Starts curses on standard output and input (the screen `newterm` makes becomes current); false on failure,
/// where `initscr` would have ended the process.
static inline bool losslab_start_curses(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return false;
    set_term(screen);
    return true;
}

/// Writes `text` to the terminal now (bypassing curses' buffer order: flushed first).
static inline void losslab_send(const char *text) {
    fflush(stdout);
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, text, length);
        if (written <= 0 && errno != EINTR) return;
        if (written > 0) { text += written; length -= (size_t)written; }
    }
}

// MARK: - Restoring the terminal from signal handlers

/// What the signal handlers need, kept in one place (a function's static: Swift emits a header's inline
/// functions but not its file-level statics).
struct losslab_signal_state {
    /// The terminal modes from before curses started, restored by the handlers with tcsetattr.
    struct termios saved_modes;
    volatile sig_atomic_t has_saved_modes;
    /// The bytes that give the terminal back (cancel a half-sent sequence, paste mode off, attributes off,
    /// cursor visible, keypad local, main screen), computed from terminfo before any handler can run.
    char reset_bytes[512];
    volatile sig_atomic_t reset_length;
    /// Set by the SIGCONT handler (and after a stop): the loop must take the terminal over again.
    volatile sig_atomic_t resumed;
    /// Which signals (by number) were not ignored when curses started; only those are taken over, so a
    /// signal the parent ignored (nohup's SIGHUP) stays ignored. A handler already there (the Swift
    /// runtime's crash backtracer, curses' own) is replaced: it would run with the terminal still raw.
    unsigned char taken[NSIG];
    /// The actions the taken signals had before, put back when the terminal closes.
    struct sigaction previous[NSIG];
};

static inline struct losslab_signal_state *losslab_signals(void) {
    static struct losslab_signal_state state;
    return &state;
}

/// Bracketed paste on and off (xterm's mode 2004).
#define LOSSLAB_PASTE_ON "\033[?2004h"
#define LOSSLAB_PASTE_OFF "\033[?2004l"

/// The signals whose default action ends the process (terminate or dump core); SIGKILL cannot be caught.
static const int losslab_fatal_signals[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGUSR1, SIGSEGV, SIGUSR2,
    SIGPIPE, SIGALRM, SIGTERM,
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
    SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
#ifdef SIGPOLL
    SIGPOLL,
#endif
#ifdef SIGPWR
    SIGPWR,
#endif
    SIGSYS,
};
#define LOSSLAB_FATAL_COUNT (sizeof losslab_fatal_signals / sizeof losslab_fatal_signals[0])
/// Appends a terminfo string to the reset bytes, leaving out `$<…>` padding.
static inline void losslab_append_reset(const char *text) {
    if (text == NULL || text == (const char *)-1) return;
    int length = losslab_signals()->reset_length;
    for (const char *c = text; *c && length < (int)sizeof losslab_signals()->reset_bytes - 1; c++) {
        if (c[0] == '$' && c[1] == '<') {
            const char *end = strchr(c, '>');
            if (end != NULL) { c = end; continue; }
        }
        losslab_signals()->reset_bytes[length++] = *c;
    }
    losslab_signals()->reset_length = length;
}

/// Writes the reset bytes and puts the saved modes back: async-signal-safe (write and tcsetattr only).
static inline void losslab_give_back_terminal(void) {
    int length = losslab_signals()->reset_length;
    const char *bytes = losslab_signals()->reset_bytes;
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, bytes, (size_t)length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) break;
        bytes += written;
        length -= (int)written;
    }
    if (losslab_signals()->has_saved_modes) tcsetattr(STDIN_FILENO, TCSADRAIN, &losslab_signals()->saved_modes);
}

/// Unblocks `sig` and sends it to this process (or its whole group) with its default action.
static inline void losslab_raise_default(int sig, int whole_group) {
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(sig, &fallback, NULL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, sig);
    sigset_t before;
    sigprocmask(SIG_UNBLOCK, &only, &before);
    if (whole_group) kill(0, sig); else kill(getpid(), sig);
    sigprocmask(SIG_SETMASK, &before, NULL);
}

/// A signal that ends the process: give the terminal back, then let the signal do what it would have done.
static void losslab_on_fatal_signal(int sig) {
    losslab_give_back_terminal();
    losslab_raise_default(sig, 0);
}

static void losslab_on_stop_signal(int sig);

/// Installs `handler` for `sig`, keeping other signals' delivery unchanged.
static inline void losslab_handle(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

/// Stops the process the way SIGTSTP would, with the terminal given back first, and marks it resumed
/// once continued. Async-signal-safe: it is both the SIGTSTP handler's body and what Ctrl-Z does in
/// raw mode (there `whole_group` stops the whole job, as the terminal's own Ctrl-Z would).
static inline void losslab_stop(int whole_group) {
    int saved_errno = errno;
    losslab_give_back_terminal();
    losslab_raise_default(SIGTSTP, whole_group);
    // Continued: take SIGTSTP over again; the loop re-initialises the terminal.
    losslab_handle(SIGTSTP, losslab_on_stop_signal);
    losslab_signals()->resumed = 1;
    errno = saved_errno;
}

static void losslab_on_stop_signal(int sig) {
    (void)sig;
    losslab_stop(0);
}

static void losslab_on_continue(int sig) {
    (void)sig;
    losslab_signals()->resumed = 1;
}

/// Notes `sig`'s current action, and takes it over unless it is ignored.
static inline void losslab_note_signal(int sig) {
    struct losslab_signal_state *state = losslab_signals();
    if (sigaction(sig, NULL, &state->previous[sig]) == 0 && state->previous[sig].sa_handler != SIG_IGN) {
        state->taken[sig] = 1;
    }
}

/// Saves the terminal's modes and notes which signals are not ignored; call before
/// curses starts (curses installs handlers of its own for some of them).
static inline void losslab_prepare_signals(void) {
    if (tcgetattr(STDIN_FILENO, &losslab_signals()->saved_modes) == 0) losslab_signals()->has_saved_modes = 1;
    memset(losslab_signals()->taken, 0, sizeof losslab_signals()->taken);
    for (unsigned i = 0; i < LOSSLAB_FATAL_COUNT; i++) losslab_note_signal(losslab_fatal_signals[i]);
    for (int sig = SIGRTMIN; sig <= SIGRTMAX && sig < NSIG; sig++) losslab_note_signal(sig);
    losslab_note_signal(SIGTSTP);
    losslab_note_signal(SIGCONT);
}

/// Computes the reset bytes from the current terminal's terminfo entry, then installs the handlers:
/// restore-and-re-raise for every ending signal that was not ignored, stop-and-resume for SIGTSTP
/// and a flag for SIGCONT. SIGWINCH stays with curses (KEY_RESIZE). Call after curses started.
static inline void losslab_install_signal_handlers(void) {
    losslab_signals()->reset_length = 0;
    losslab_append_reset("\030");  // CAN: abandons an escape sequence cut off by the signal.
    losslab_append_reset(LOSSLAB_PASTE_OFF);
    losslab_append_reset(tigetstr("sgr0"));
    losslab_append_reset(tigetstr("cnorm"));
    losslab_append_reset(tigetstr("rmkx"));
    losslab_append_reset(tigetstr("rmcup"));
    sigset_t unblock;
    sigemptyset(&unblock);
    for (int sig = 1; sig < NSIG; sig++) {
        if (!losslab_signals()->taken[sig]) continue;
        if (sig == SIGCONT) { losslab_handle(sig, losslab_on_continue); continue; }
        if (sig == SIGTSTP) { losslab_handle(sig, losslab_on_stop_signal); continue; }
        losslab_handle(sig, losslab_on_fatal_signal);
        sigaddset(&unblock, sig);
    }
    // A parent may have blocked them (the mask survives exec); they must reach the handlers. (SIGTSTP and
    // SIGCONT stay held until the loop waits, see `losslab_wait_for_input`.)
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

/// Puts back the actions the signals `losslab_install_signal_handlers` took over had before.
static inline void losslab_remove_signal_handlers(void) {
    struct losslab_signal_state *state = losslab_signals();
    for (int sig = 1; sig < NSIG; sig++) {
        if (state->taken[sig]) sigaction(sig, &state->previous[sig], NULL);
        state->taken[sig] = 0;
    }
}

/// Whether SIGTSTP is ours to act on (false when the parent ignores it, as a shell without job control does).
static inline bool losslab_can_stop(void) { return losslab_signals()->taken[SIGTSTP] != 0; }

/// Returns and clears the resumed flag.
static inline bool losslab_take_resumed(void) {
    if (!losslab_signals()->resumed) return false;
    losslab_signals()->resumed = 0;
    return true;
}

// MARK: - Waiting for input

/// The signals held back while the loop works, and let through only while it waits in `losslab_wait_for_input`:
/// a resize, a stop or a continue then always interrupts the wait, never lands unnoticed between waits.
static inline void losslab_waiting_signals(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGWINCH);
    sigaddset(set, SIGTSTP);
    sigaddset(set, SIGCONT);
}

/// Holds back the waiting signals (see `losslab_waiting_signals`); true to hold, false to release.
static inline void losslab_hold_waiting_signals(bool hold) {
    sigset_t set;
    losslab_waiting_signals(&set);
    sigprocmask(hold ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

/// Waits until standard input has bytes, a waiting signal arrives, or `milliseconds` pass (-1: no limit).
/// Returns 1 when input is ready, 0 on a timeout, -1 when a signal interrupted the wait.
static inline int losslab_wait_for_input(int milliseconds) {
    struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    struct timespec limit = {.tv_sec = milliseconds / 1000, .tv_nsec = (long)(milliseconds % 1000) * 1000000L};
    sigset_t open;
    sigprocmask(SIG_SETMASK, NULL, &open);
    sigset_t waiting;
    losslab_waiting_signals(&waiting);
    for (int sig = 1; sig < NSIG; sig++) {
        if (sigismember(&waiting, sig)) sigdelset(&open, sig);
    }
    int ready = ppoll(&input, 1, milliseconds < 0 ? NULL : &limit, &open);
    return ready > 0 ? 1 : ready == 0 ? 0 : -1;
}

#endif
