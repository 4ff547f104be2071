// Bridges ncursesw into Swift: wide-character API on, and the macros and C globals that Swift
// cannot import wrapped as plain functions (DESIGN.md §10).
#ifndef LOSSLAB_CNCURSESW_SHIM_H
#define LOSSLAB_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <ncursesw/curses.h>

static inline WINDOW *losslab_stdscr(void) { return stdscr; }
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

/// Restores the terminal (cursor visible, main screen, cooked mode), then lets the signal do what it
/// would have done: terminate, or dump core for a crash.
static void losslab_restore_and_reraise(int sig) {
    curs_set(1);
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Installs `losslab_restore_and_reraise` for the termination and crash signals.
static inline void losslab_install_restore_handlers(void) {
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = losslab_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    sigset_t unblock;
    sigemptyset(&unblock);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &action, NULL);
        sigaddset(&unblock, signals[i]);
    }
    // A parent may have blocked them (the mask survives exec); they must reach the handler.
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

/// Puts the default action back for the signals `losslab_install_restore_handlers` took over.
static inline void losslab_remove_restore_handlers(void) {
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
}

#endif
